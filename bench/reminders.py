"""Reminders at scale: start-up, tick times and memory with 1,000,000 pending reminders.

Usage: python -m bench.reminders [--pending N] [--apscheduler-jobs N]
Prints start-up time to the first claim, the dispatcher's step with 0 due rows, the time to send
500 that fall due at once (paced: about 29 a second), the bot's peak RSS,
the database size, and beside it the time and memory of one APScheduler job per reminder.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

TZ = "Europe/Brussels"


def rss_mb() -> float:
    """Peak resident memory of this process, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def fill(path: Path, pending: int) -> None:
    """A database with ``pending`` reminders due over the next year, for 100,000 chats."""
    from bench.queries import make_items
    from storage import items, outbox
    from storage.db import connect

    now = dt.datetime.now(dt.UTC)
    db = await connect(path)
    rng = random.Random(3)
    await items.insert_many(db, make_items(10_000, rng), now=now, default_tz=TZ)
    stamp = int(now.timestamp())
    batch: list[tuple[int, str, int | None, int, int]] = []
    for n in range(pending):
        due = stamp + 3600 + rng.randrange(365 * 86400)
        batch.append((1 + n % 100_000, "reminder", 1 + n % 10_000, due, stamp))
        if len(batch) == 100_000:
            await outbox.insert_many(db, batch)
            batch = []
    if batch:
        await outbox.insert_many(db, batch)
    await db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    await db.close()


async def bot_side(path: Path, emulator_url: str, token: str) -> dict[str, float]:
    """What the bot does with that database: start, claim idle, send 500 that fall due."""
    from telegram.ext import ExtBot

    from bot.dispatcher import Dispatcher
    from bot.pacing import PacedRateLimiter, Pacer
    from bot.settings import Settings
    from storage import outbox
    from storage.db import connect

    started = time.perf_counter()
    db = await connect(path)
    now = dt.datetime.now(dt.UTC)
    await outbox.drop_expired_reminders(db, now=now)
    settings = Settings(token=token, default_timezone=TZ)
    pacer = Pacer()
    bot = ExtBot(token, base_url=emulator_url, rate_limiter=PacedRateLimiter(pacer))
    await bot.initialize()
    app = SimpleNamespace(bot=bot, bot_data={"db": db, "settings": settings})
    sender = Dispatcher(
        app,  # type: ignore[arg-type]
        owner="bench",
        pacer=pacer,
        concurrency=8,
        claim_interval=0.0,  # every step claims: what a tick of the old design did
        clock=lambda: dt.datetime.now(dt.UTC),
    )
    await sender.step()  # the first claim: nothing is due
    startup = time.perf_counter() - started

    idle = []
    for _ in range(50):
        t = time.perf_counter()
        await sender.step()
        idle.append(time.perf_counter() - t)

    # 500 reminders fall due now, for items whose deadline is ahead, to 500 chats.
    rows = await db.fetch_all(
        "SELECT id FROM items WHERE deadline_at > ? LIMIT 500", (int(now.timestamp()) + 86400,)
    )
    stamp = int(dt.datetime.now(dt.UTC).timestamp())
    await outbox.insert_many(
        db, [(1_000_000 + n, "reminder", row[0], stamp - 1, stamp) for n, row in enumerate(rows)]
    )
    t = time.perf_counter()
    while (await outbox.counts(db)).get("sent", 0) < len(rows) and time.perf_counter() - t < 120:
        await sender.step()
        await asyncio.sleep(0.005)
    busy = time.perf_counter() - t
    sent = (await outbox.counts(db)).get("sent", 0)

    # The database work of a 500-row tick alone: claim and mark sent, no network.
    stamp = int(dt.datetime.now(dt.UTC).timestamp())
    await outbox.insert_many(
        db, [(2_000_000 + n, "reminder", row[0], stamp - 1, stamp) for n, row in enumerate(rows)]
    )
    t = time.perf_counter()
    claimed = await outbox.claim_due(db, now=dt.datetime.now(dt.UTC), limit=500)
    for row in claimed:
        await outbox.mark_sent(db, row.id, now=dt.datetime.now(dt.UTC))
    db_only = time.perf_counter() - t
    await sender.stop()
    await bot.shutdown()
    await db.close()
    idle.sort()
    return {
        "startup_s": startup,
        "idle_median_ms": idle[len(idle) // 2] * 1000,
        "idle_max_ms": idle[-1] * 1000,
        "busy_s": busy,
        "busy_sent": sent,
        "db_only_ms": db_only * 1000,
        "claimed": len(claimed),
        "rss_mb": rss_mb(),
    }


async def apscheduler_side(jobs: int) -> dict[str, float]:
    """One APScheduler job per reminder, the way a per-reminder design would hold them."""
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    async def remind(chat_id: int) -> None:
        return None

    before = rss_mb()
    scheduler = AsyncIOScheduler(timezone="UTC")
    scheduler.start(paused=True)
    start = time.perf_counter()
    now = dt.datetime.now(dt.UTC)
    for n in range(jobs):
        scheduler.add_job(
            remind, "date", run_date=now + dt.timedelta(hours=1, seconds=n), args=[n], id=f"r{n}"
        )
    took = time.perf_counter() - start
    scheduler.shutdown(wait=False)
    return {"seconds": took, "rss_mb": rss_mb(), "rss_before_mb": before}


def child(mode: str, *args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.reminders", "--child", mode, *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(pending: int) -> dict[str, float]:
    """Fill a database with ``pending`` reminders and measure the bot's side on it."""
    from tests.botprocess import TOKEN
    from tests.emulator import BotApiEmulator, Chat

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reminders.db"
        t = time.perf_counter()
        asyncio.run(fill(path, pending))
        size = sum(p.stat().st_size for p in Path(folder).iterdir()) / 2**20
        print(
            f"filled {pending:,} pending reminders in {time.perf_counter() - t:.1f} s; "
            f"database {size:.0f} MB"
        )
        emulator = BotApiEmulator(TOKEN).start()
        for n in range(500):
            emulator.chats[1_000_000 + n] = Chat(1_000_000 + n)
        try:
            return child("bot", str(path), emulator.base_url, TOKEN)
        finally:
            emulator.stop()


def main(pending: int, jobs: int) -> None:
    small = measure(10_000)
    print(
        f"  with 10,000 pending: start-up {small['startup_s'] * 1000:.1f} ms, idle tick "
        f"{small['idle_median_ms']:.2f} ms"
    )
    bot = measure(pending)
    print(f"start-up to the end of the first claim: {bot['startup_s'] * 1000:8.1f} ms")
    print(
        f"dispatcher step with 0 due rows (median / max): {bot['idle_median_ms']:8.2f} / "
        f"{bot['idle_max_ms']:.2f} ms"
    )
    print(
        f"500 due rows sent to a local Bot API emulator: {bot['busy_s']:.2f} s "
        f"({bot['busy_sent']:.0f} sent, paced under 30 a second)"
    )
    print(
        f"  of which database work (claim + mark sent, {bot['claimed']:.0f} rows): "
        f"{bot['db_only_ms']:.1f} ms"
    )
    print(f"bot process peak RSS:                  {bot['rss_mb']:8.1f} MB")
    aps = child("apscheduler", str(jobs))
    print(
        f"APScheduler, one job per reminder: {jobs:,} jobs took {aps['seconds']:.1f} s to add, "
        f"RSS {aps['rss_before_mb']:.0f} -> {aps['rss_mb']:.0f} MB "
        f"(about {(aps['rss_mb'] - aps['rss_before_mb']) * 10:.0f} MB per million)"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pending", type=int, default=1_000_000)
    parser.add_argument("--apscheduler-jobs", type=int, default=100_000)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    if arguments.child:
        mode, *rest = arguments.child
        if mode == "bot":
            result = asyncio.run(bot_side(Path(rest[0]), rest[1], rest[2]))
        else:
            result = asyncio.run(apscheduler_side(int(rest[0])))
        print(json.dumps(result))
    else:
        main(arguments.pending, arguments.apscheduler_jobs)
