"""The ``callboard`` command: run the bot, import announcements, list items, extract, evaluate."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

from dotenv import load_dotenv

from bot.settings import Settings, SettingsError, check_database_path, load_settings
from storage.database import Database


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="callboard",
        description="A Telegram bot for calls, events and deadlines. Settings come from the "
        "environment or a .env file (see .env.example).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="run the bot (the default)")
    imp = sub.add_parser("import", help="import announcements from digests or JSON files")
    imp.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a text digest, a JSON file, or a feed URL (one poll by hand)",
    )
    imp.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="processes reading announcements in parallel (default: up to 4, one per core)",
    )
    imp.add_argument(
        "--quiet",
        "--no-push",
        dest="no_push",
        action="store_true",
        help="store new items without posting them to the channel or pushing to subscribers",
    )
    sub.add_parser("items", help="list stored items, for operators")
    mig = sub.add_parser(
        "migrate-db",
        help="copy the SQLite database (DATABASE_URL or DATABASE_PATH) to PostgreSQL",
    )
    mig.add_argument("url", metavar="postgresql://…", help="the PostgreSQL database to fill")
    ext = sub.add_parser("extract", help="extract fields from JSON Lines announcements")
    ext.add_argument("file", nargs="?", default="-", help="JSON Lines file (default: stdin)")
    ev = sub.add_parser("evaluate", help="score the extractor against a labelled JSON Lines file")
    ev.add_argument("file", help="labelled file in the format of data/announcements-dev.jsonl")
    ev.add_argument(
        "--part",
        choices=("all", "train", "held-out"),
        help="list the misses of this part (default: train)",
    )
    return parser


def _fail(message: str, status: int = 2) -> int:
    print(f"callboard: {message}", file=sys.stderr)
    return status


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``callboard`` command and ``python -m bot``."""
    args = _parser().parse_args(argv)
    load_dotenv(Path.cwd() / ".env", override=False)
    command = args.command or "run"
    try:
        if command == "extract":
            return _extract(args.file)
        if command == "evaluate":
            return _evaluate(args.file, args.part)
        settings = load_settings(need_token=command == "run")
        if settings.database_url is None:
            check_database_path(settings.database_path)
        _check_database_opens(settings)
        if command == "run":
            return _run(settings)
        if command == "migrate-db":
            return asyncio.run(_migrate_db(settings, args.url))
        if command == "import":
            return asyncio.run(_import(settings, args.paths, jobs=args.jobs, push=not args.no_push))
        return asyncio.run(_items(settings))
    except SettingsError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130


def _check_database_opens(settings: Settings) -> None:
    from storage.database import ERRORS
    from storage.db import connect

    async def probe() -> None:
        conn = await connect(settings.database)
        await conn.close()

    try:
        asyncio.run(probe())
    except (*ERRORS, OSError) as exc:
        where = settings.database_path if settings.database_url is None else "the server"
        raise SettingsError(settings.database_setting, f"cannot open {where}: {exc}") from None


def _run(settings: Settings) -> int:
    from telegram.error import BadRequest, InvalidToken, NetworkError

    from bot import logs
    from bot.app import build_application, run_webhook
    from storage.sender import SenderBusy

    logs.configure(settings.token)
    delay = 1.0
    while True:
        try:
            app = build_application(settings)
            if settings.webhook_url:
                asyncio.run(run_webhook(app))
            else:
                app.run_polling(drop_pending_updates=False)
            return 0
        except SenderBusy as busy:
            other = busy.holder
            where = "the database" if settings.database_url else settings.database_path
            return _fail(
                f"{settings.database_setting}: {where} is in use by another callboard run "
                f"(pid {other.pid} on {other.host}, since {other.started_at:%Y-%m-%d %H:%M} "
                "UTC); two would send everything twice. Stop that one first, or give this one "
                "its own database."
            )
        except InvalidToken:
            return _fail("TELEGRAM_BOT_TOKEN: the Bot API rejected this token")
        except BadRequest as exc:
            if not settings.webhook_url:
                raise
            # setWebhook refused: not https, a port Telegram does not call, an unknown host.
            return _fail(f"WEBHOOK_URL: Telegram refused it: {exc.message}")
        except NetworkError as exc:
            # No network yet (a machine still booting, a proxy down): wait for it with one
            # line per attempt, instead of giving up or printing a traceback.
            where = settings.api_base_url or "https://api.telegram.org"
            print(
                f"callboard: cannot reach the Bot API at {where} ({type(exc).__name__}); "
                f"trying again in {delay:.0f} s",
                file=sys.stderr,
                flush=True,
            )
            time.sleep(delay)
            delay = min(delay * 2, 60.0)
            asyncio.set_event_loop(asyncio.new_event_loop())  # run_polling closed the last one


async def _import(settings: Settings, paths: list[str], *, jobs: int = 0, push: bool = True) -> int:
    from bot.clock import utcnow
    from storage.db import connect

    jobs = jobs or min(4, os.cpu_count() or 1)
    conn = await connect(settings.database)
    failed = False
    try:
        await _fill_keys(conn)
        for path in paths:
            if path.startswith(("http://", "https://")):
                failed |= not await _poll_url(conn, settings, path)
                continue
            try:
                summary = await _import_file(
                    conn, settings, Path(path), now=utcnow(), jobs=jobs, push=push
                )
            except (OSError, UnicodeDecodeError) as exc:
                print(f"{path}: cannot read: {exc}", file=sys.stderr)
                failed = True
                continue
            print(f"{path}: {summary.line()}")
            for rejected in summary.rejected:
                print(f"  rejected {rejected.where}: {rejected.reason}")
            for change in summary.moved:
                old = change.old.iso() if change.old else "none"
                new = change.new.iso() if change.new else "none"
                print(f"  item {change.item_id}: deadline moved {old} -> {new}")
    finally:
        await conn.close()
    return 1 if failed else 0


async def _fill_keys(conn: Database) -> None:
    from storage.items import fill_identity_keys

    await fill_identity_keys(conn)


async def _import_file(
    conn: Database,
    settings: Settings,
    path: Path,
    *,
    now: dt.datetime,
    jobs: int,
    push: bool,
):
    """Stream a file in: read records, extract them in ``jobs`` processes, store in batches.

    At most ``2 * jobs + 1`` batches are in memory at once, whatever the file's size;
    batches are stored in file order (an extension notice finds the call before it).
    """
    import collections
    import concurrent.futures
    import multiprocessing

    from bot.importing import BATCH, ImportSummary, store_items
    from bot.review import review_for
    from ingest.sources import Rejected, build_batch, read_records

    summary = ImportSummary()
    source = path.name
    loop = asyncio.get_running_loop()
    pool = (
        concurrent.futures.ProcessPoolExecutor(
            jobs, mp_context=multiprocessing.get_context("spawn")
        )
        if jobs > 1
        else None
    )
    in_flight: collections.deque[asyncio.Future] = collections.deque()
    stored = 0

    async def store_next() -> None:
        nonlocal stored
        built = await in_flight.popleft()
        summary.rejected.extend(b for b in built if isinstance(b, Rejected))
        fresh = [b for b in built if not isinstance(b, Rejected)]
        await store_items(
            conn,
            fresh,
            summary,
            now=now,
            default_tz=settings.default_timezone,
            channel=settings.channel_id,
            push=push,
            review=review_for(settings),
        )
        before, stored = stored, stored + len(fresh)
        if stored // 10_000 != before // 10_000:
            print(f"  {stored} stored", flush=True)

    try:
        with path.open(encoding="utf-8") as stream:
            batch = []
            for record in read_records(stream, source=source):
                batch.append(record)
                if len(batch) < BATCH:
                    continue
                in_flight.append(loop.run_in_executor(pool, build_batch, batch, source))
                batch = []
                # Two batches per worker in flight: one being extracted, one waiting, so a
                # worker that finishes while this process stores has the next at hand.
                if len(in_flight) > 2 * jobs:
                    await store_next()
            if batch:
                in_flight.append(loop.run_in_executor(pool, build_batch, batch, source))
            while in_flight:
                await store_next()
    finally:
        for future in in_flight:
            future.cancel()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return summary


async def _poll_url(conn: Database, settings: Settings, url: str) -> bool:
    """One poll of a feed by hand; a registered source's state is updated as the bot would."""
    import httpx

    from bot.app import utcnow
    from bot.feeds import poll_once, poll_source
    from ingest.feeds import FeedError
    from storage import sources

    source = await sources.by_url(conn, url)
    error = None
    async with httpx.AsyncClient() as client:
        if source is not None:
            summary = await poll_source(conn, client, source, settings, utcnow())
            if summary is None:
                refreshed = await sources.by_url(conn, url)
                error = refreshed.last_error if refreshed else "failed"
        else:
            try:
                # An unregistered feed polled by hand: all it holds is backlog.
                summary, _, _ = await poll_once(
                    conn, client, url, settings, utcnow(), push=settings.push_backlog
                )
            except FeedError as exc:
                summary, error = None, str(exc)
    if error is not None:
        print(f"{url}: poll failed: {error}", file=sys.stderr)
        return False
    print(f"{url}: {summary.line() if summary else 'not modified'}")
    for rejected in summary.rejected if summary else []:
        print(f"  rejected {rejected.where}: {rejected.reason}")
    return True


async def _migrate_db(settings: Settings, url: str) -> int:
    from storage.copy import copy_database
    from storage.database import ERRORS, Dialect, dialect_of
    from storage.db import connect

    if settings.database_url is not None:
        return _fail("migrate-db: DATABASE_URL already names PostgreSQL; it copies from SQLite")
    try:
        if dialect_of(url) is not Dialect.POSTGRESQL:
            raise ValueError("the target must be a postgresql:// URL")
    except ValueError as exc:
        return _fail(f"migrate-db: {exc}")
    source = await connect(settings.database_path)
    try:
        try:
            target = await connect(url)
        except (*ERRORS, OSError) as exc:
            return _fail(f"migrate-db: cannot open the PostgreSQL database: {exc}")
        try:
            print(f"copying {settings.database_path} to {target.location}")
            copied = await copy_database(
                source, target, progress=lambda table: print(f"  {table} …", flush=True)
            )
        finally:
            await target.close()
    finally:
        await source.close()
    print(f"{'table':<20} {'sqlite':>10} {'postgresql':>10}")
    for table in copied:
        mark = "" if table.complete else "  MISSING ROWS"
        print(f"{table.table:<20} {table.sqlite:>10} {table.postgresql:>10}{mark}")
    if not all(table.complete for table in copied):
        return _fail("migrate-db: some rows did not reach PostgreSQL", 1)
    print("done: every row is on PostgreSQL (safe to run again)")
    return 0


async def _items(settings: Settings) -> int:
    from storage import items
    from storage.db import connect

    conn = await connect(settings.database)
    try:
        for item in await items.all_items(conn):
            deadline = item.deadline.iso() if item.deadline else "-"
            event = item.event_start.isoformat() if item.event_start else "-"
            if item.event_end:
                event += f"..{item.event_end.isoformat()}"
            print(f"{item.id}\t{item.kind}\t{deadline}\t{event}\t{item.title}")
    finally:
        await conn.close()
    return 0


def _open_input(path: str):
    return sys.stdin if path == "-" else open(path, encoding="utf-8")


def _extract(path: str) -> int:
    from ingest.evaluate import extract_lines

    try:
        stream = _open_input(path)
    except OSError as exc:
        return _fail(f"extract: cannot read {path}: {exc}", 1)
    with stream:
        for record in extract_lines(stream):
            print(json.dumps(record, ensure_ascii=False), flush=False)
    return 0


def _evaluate(path: str, part: str | None = None) -> int:
    from ingest.evaluate import evaluate_parts, print_parts

    try:
        with open(path, encoding="utf-8") as stream:
            records = [json.loads(line) for line in stream if line.strip()]
    except (OSError, ValueError) as exc:
        return _fail(f"evaluate: cannot read {path}: {exc}", 1)
    print_parts(evaluate_parts(records), sys.stdout, part)
    return 0
