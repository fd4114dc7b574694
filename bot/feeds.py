"""Polling feeds: each source on its own schedule, failures isolated and reported once."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

import aiosqlite
import httpx
from telegram.ext import ContextTypes

from bot import render
from bot.importing import ImportSummary, import_items
from bot.settings import Settings
from ingest.feeds import FeedError, fetch, parse_feed
from storage import sources
from storage.sources import Source

log = logging.getLogger("callboard.feeds")

ALERT_AFTER = 3  # failures in a row before the admins hear of it
MAX_BACKOFF = dt.timedelta(hours=6)
CONCURRENT = 4


def next_poll(settings: Settings, failures: int, now: dt.datetime) -> dt.datetime:
    """The next poll: the usual interval, doubled per failure in a row, at most six hours."""
    interval = dt.timedelta(minutes=settings.feed_poll_minutes)
    return now + min(interval * (2**failures), max(MAX_BACKOFF, interval))


async def poll_once(
    db: aiosqlite.Connection,
    client: httpx.AsyncClient,
    url: str,
    settings: Settings,
    now: dt.datetime,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> tuple[ImportSummary | None, str | None, str | None]:
    """Fetch a feed and import its items: (summary, or None if unchanged; etag; last-modified).

    Raises FeedError when the feed is down, too big or not a feed.
    """
    fetched = await fetch(client, url, etag=etag, last_modified=last_modified)
    if fetched.content is None:
        return None, fetched.etag, fetched.last_modified
    parsed = await asyncio.to_thread(parse_feed, fetched.content, source=url)
    summary = await import_items(
        db, parsed, now=now, default_tz=settings.default_timezone, channel=settings.channel_id
    )
    return summary, fetched.etag, fetched.last_modified


async def poll_source(
    db: aiosqlite.Connection,
    client: httpx.AsyncClient,
    source: Source,
    settings: Settings,
    now: dt.datetime,
) -> ImportSummary | None:
    """Poll one registered feed and record the outcome; None when the poll failed."""
    try:
        summary, etag, last_modified = await poll_once(
            db,
            client,
            source.url,
            settings,
            now,
            etag=source.etag,
            last_modified=source.last_modified,
        )
    except FeedError as exc:
        failures = await sources.record_failure(
            db,
            source,
            error=str(exc),
            now=now,
            next_poll=next_poll(settings, source.failures + 1, now),
            admins=settings.admin_ids,
            alert_after=ALERT_AFTER,
            alert_text=render.feed_failing(source.url, str(exc), ALERT_AFTER),
        )
        log.warning("feed %s failed (%d in a row): %s", source.id, failures, exc)
        return None
    await sources.record_success(
        db,
        source,
        etag=etag,
        last_modified=last_modified,
        items_seen=summary.added if summary else 0,
        now=now,
        next_poll=next_poll(settings, 0, now),
        admins=settings.admin_ids,
        recovered_text=render.feed_recovered(source.url),
    )
    log.info("feed %s polled: %s", source.id, summary.line() if summary else "not modified")
    return summary or ImportSummary()


async def poll_due(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The repeating job: poll every feed whose time has come, a few at a time."""
    db: aiosqlite.Connection = context.bot_data["db"]
    settings: Settings = context.bot_data["settings"]
    now = context.bot_data["clock"]()
    due = await sources.due(db, now=now)
    if not due:
        return
    limit = asyncio.Semaphore(CONCURRENT)

    async def one(source: Source) -> None:
        async with limit:
            await poll_source(db, client, source, settings, now)

    async with httpx.AsyncClient() as client:
        # poll_source records each feed's failure itself, so one feed cannot stop the others.
        await asyncio.gather(*(one(source) for source in due))
