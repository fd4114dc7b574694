"""Polling feeds: each source on its own schedule, in its own task, failures isolated.

A short repeating job (:func:`start_due`) looks for sources whose time has come and starts a
task for each one not already being polled, then returns: it never waits for a poll. Each poll
has a total deadline (``FEED_TIMEOUT_SECONDS``), so a feed that drips a byte a second, hangs
or fails delays neither another feed, nor a command reply, nor the dispatcher.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable

import httpx
from telegram.ext import Application, ContextTypes

from bot import metrics, render
from bot.audience import chat_locale
from bot.importing import ImportSummary, import_items
from bot.review import review_for
from bot.settings import Settings
from ingest.feeds import FeedError, RefusedAddress, Resolver, check_address, fetch, parse_feed
from ingest.feeds import resolve as dns_resolve
from storage import chats, items, sources
from storage.database import Database
from storage.sources import Source

log = logging.getLogger("callboard.feeds")

ALERT_AFTER = 3  # failures in a row before the admins hear of it
MAX_BACKOFF = dt.timedelta(hours=6)
POLLS = "feed_polls"  # bot_data key: source id -> its running poll task
# Polls running at once. Each ends within FEED_TIMEOUT_SECONDS, so this many hanging feeds at
# worst delay the others by that long; it bounds the threads and memory that polls take.
MAX_RUNNING = 32


def next_poll(settings: Settings, failures: int, now: dt.datetime) -> dt.datetime:
    """The next poll: the usual interval, doubled per failure in a row, at most six hours."""
    interval = dt.timedelta(minutes=settings.feed_poll_minutes)
    return now + min(interval * (2**failures), max(MAX_BACKOFF, interval))


def tick_seconds(settings: Settings) -> float:
    """How often the scheduler looks for due feeds: often enough for the poll interval."""
    return min(5.0, max(0.25, settings.feed_poll_minutes * 60 / 4))


async def poll_once(
    db: Database,
    client: httpx.AsyncClient,
    url: str,
    settings: Settings,
    now: dt.datetime,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    push: bool = True,
    resolver: Resolver = dns_resolve,
) -> tuple[ImportSummary | None, str | None, str | None]:
    """Fetch a feed and import its items: (summary, or None if unchanged; etag; last-modified).

    ``push`` false stores the entries without pushing them (a feed's backlog). Raises
    FeedError when the feed is down, slow, refused, too big or not a feed.
    """
    fetched = await fetch(
        client,
        url,
        etag=etag,
        last_modified=last_modified,
        total=settings.feed_timeout,
        allow_private=settings.allow_private_feeds,
        resolver=resolver,
    )
    if fetched.content is None:
        return None, fetched.etag, fetched.last_modified
    parsed = await asyncio.to_thread(
        parse_feed, fetched.content, source=url, content_type=fetched.content_type
    )
    summary = await import_items(
        db,
        parsed,
        now=now,
        default_tz=settings.default_timezone,
        channel=settings.channel_id,
        push=push,
        batch=50,  # short transactions: the dispatcher and commands write too
        review=review_for(settings),  # unsure new entries wait for an admin
    )
    return summary, fetched.etag, fetched.last_modified


async def _admins(db: Database, settings: Settings) -> dict[int, render.Locale]:
    """Each admin and the locale of their private chat with the bot, for the alerts they get."""
    return {
        admin: chat_locale(await chats.get(db, admin), settings) for admin in settings.admin_ids
    }


async def poll_source(
    db: Database,
    client: httpx.AsyncClient,
    source: Source,
    settings: Settings,
    now: dt.datetime,
    *,
    resolver: Resolver = dns_resolve,
) -> ImportSummary | None:
    """Poll one registered feed and record the outcome; None when the poll failed.

    The entries of a feed's first successful poll are its backlog: stored, searchable, not
    pushed (unless PUSH_BACKLOG); later new entries are pushed.
    """
    first = source.last_ok_at is None
    await sources.start_poll(db, source.id, now=now)
    try:
        summary, etag, last_modified = await poll_once(
            db,
            client,
            source.url,
            settings,
            now,
            etag=source.etag,
            last_modified=source.last_modified,
            push=settings.push_backlog or not first,
            resolver=resolver,
        )
    except Exception as exc:  # a bug or a database error is this feed's failure, not the bot's
        error = str(exc) if isinstance(exc, FeedError) else f"internal error: {exc!r}"
        if not isinstance(exc, FeedError):
            log.exception("feed %s: unexpected failure", source.id)
        failures = await sources.record_failure(
            db,
            source,
            error=error,
            now=now,
            next_poll=next_poll(settings, source.failures + 1, now),
            alert_after=ALERT_AFTER,
            alerts={
                admin: render.feed_failing(loc, source.url, error, ALERT_AFTER)
                for admin, loc in (await _admins(db, settings)).items()
            },
        )
        log.warning("feed %s failed (%d in a row): %s", source.id, failures, error)
        return None
    await sources.record_success(
        db,
        source,
        etag=etag,
        last_modified=last_modified,
        items_seen=summary.added if summary else 0,
        now=now,
        next_poll=next_poll(settings, 0, now),
        recovered={
            admin: render.feed_recovered(loc, source.url)
            for admin, loc in (await _admins(db, settings)).items()
        },
    )
    log.info("feed %s polled: %s", source.id, summary.line() if summary else "not modified")
    return summary or ImportSummary()


async def _poll_task(
    db: Database,
    source: Source,
    settings: Settings,
    clock: Callable[[], dt.datetime],
    counted: metrics.Metrics | None = None,
) -> None:
    async with httpx.AsyncClient() as client:
        summary = await poll_source(db, client, source, settings, clock())
    if counted is not None:
        counted.feed_polls.inc()
        if summary is None:
            counted.feed_failures.inc()


def start_polls(
    bot_data: dict,
    due: list[Source],
    poll: Callable[[Source], Awaitable[None]],
) -> list[asyncio.Task]:
    """Start a task polling each due source that is not being polled already."""
    running: dict[int, asyncio.Task] = bot_data.setdefault(POLLS, {})
    started = []
    for source in due:
        if source.id in running:
            continue  # never two polls of one feed at once
        if len(running) >= MAX_RUNNING:
            break  # the rest start at the next tick, still due
        task = asyncio.create_task(poll(source), name=f"feed {source.id}")
        running[source.id] = task
        task.add_done_callback(lambda _, key=source.id: running.pop(key, None))
        started.append(task)
    return started


async def start_due(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The repeating job: start a poll for every feed whose time has come, wait for none."""
    bot_data = context.bot_data
    db: Database = bot_data["db"]
    settings: Settings = bot_data["settings"]
    clock = bot_data["clock"]
    if not bot_data.get("feeds_ready"):
        # Polls marked running when the last process stopped are not running any more.
        await sources.clear_polling(db)
        await items.fill_identity_keys(db)
        bot_data["feeds_ready"] = True
    due = await sources.due(db, now=clock())
    counted = metrics.of(bot_data)
    start_polls(bot_data, due, lambda source: _poll_task(db, source, settings, clock, counted))


async def poll_due(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Start the due polls and wait for them (one-off runs and tests)."""
    await start_due(context)
    running = list(context.bot_data.get(POLLS, {}).values())
    if running:
        await asyncio.gather(*running, return_exceptions=True)


async def stop_polls(bot_data: dict) -> None:
    """Cancel the polls still running (at shutdown, before the database closes)."""
    running = list(bot_data.get(POLLS, {}).values())
    for task in running:
        task.cancel()
    if running:
        await asyncio.gather(*running, return_exceptions=True)


def schedule(app: Application) -> None:
    """Register the feed scheduler job (``stop_polls`` ends its polls when the bot stops)."""
    settings: Settings = app.bot_data["settings"]
    assert app.job_queue is not None
    app.job_queue.run_repeating(
        start_due,
        interval=tick_seconds(settings),
        first=1,
        name="feeds",
        job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
    )


async def add_source(
    db: Database,
    url: str,
    settings: Settings,
    now: dt.datetime,
    *,
    resolver: Resolver = dns_resolve,
) -> tuple[Source | None, str | None]:
    """/sources add: (the source, None), or (None, why it is refused), or (source, a warning).

    An address the bot may not fetch is refused at once; a name that does not resolve now is
    added all the same (it may be a passing DNS failure) with a warning.
    """
    try:
        async with asyncio.timeout(10):
            await check_address(url, allow_private=settings.allow_private_feeds, resolver=resolver)
    except RefusedAddress as exc:
        return None, str(exc)
    except (FeedError, TimeoutError) as exc:
        source = await sources.add(db, url, origin="admin", now=now)
        return source, str(exc) or "name resolution timed out"
    return await sources.add(db, url, origin="admin", now=now), None
