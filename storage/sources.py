"""Feed sources: their URLs, cache validators, poll schedule and failure state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from storage import outbox
from storage.database import Database, Row
from storage.outbox import Kind


@dataclass(frozen=True)
class Source:
    """A feed the bot polls."""

    id: int
    url: str
    origin: str
    etag: str | None
    last_modified: str | None
    next_poll_at: int
    last_polled_at: int | None
    last_ok_at: int | None
    failures: int
    last_error: str | None
    alerted: bool
    items_seen: int
    polling_since: int | None = None


def _source(row: Row) -> Source:
    return Source(
        row["id"],
        row["url"],
        row["origin"],
        row["etag"],
        row["last_modified"],
        row["next_poll_at"],
        row["last_polled_at"],
        row["last_ok_at"],
        row["failures"],
        row["last_error"],
        bool(row["alerted"]),
        row["items_seen"],
        row["polling_since"],
    )


async def add(db: Database, url: str, *, origin: str, now: dt.datetime) -> Source:
    """Register a feed (polled at once); an existing one is returned unchanged."""
    async with db.transaction():
        await db.execute(
            "INSERT INTO sources (url, origin, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (url) DO NOTHING",
            (url, origin, int(now.timestamp())),
        )
        rows = await db.fetch_all("SELECT * FROM sources WHERE url = ?", (url,))
    return _source(rows[0])


async def remove(db: Database, source_id: int) -> Source | None:
    """Stop polling a feed; None if there is no such source."""
    async with db.transaction():
        rows = await db.fetch_all("SELECT * FROM sources WHERE id = ?", (source_id,))
        if not rows:
            return None
        await db.execute("DELETE FROM sources WHERE id = ?", (source_id,))
    return _source(rows[0])


async def listing(db: Database) -> list[Source]:
    """Every source, by id."""
    return [_source(r) for r in await db.fetch_all("SELECT * FROM sources ORDER BY id")]


async def by_url(db: Database, url: str) -> Source | None:
    """The source with this URL, if registered."""
    rows = await db.fetch_all("SELECT * FROM sources WHERE url = ?", (url,))
    return _source(rows[0]) if rows else None


async def due(db: Database, *, now: dt.datetime) -> list[Source]:
    """Sources whose next poll time has come."""
    rows = await db.fetch_all(
        "SELECT * FROM sources WHERE next_poll_at <= ? ORDER BY next_poll_at",
        (int(now.timestamp()),),
    )
    return [_source(r) for r in rows]


async def start_poll(db: Database, source_id: int, *, now: dt.datetime) -> None:
    """Mark a poll of the source as running (shown by /sources until it ends)."""
    async with db.transaction():
        await db.execute(
            "UPDATE sources SET polling_since = ? WHERE id = ?", (int(now.timestamp()), source_id)
        )


async def clear_polling(db: Database) -> None:
    """No poll is running (at start-up: a previous process may have stopped mid-poll)."""
    async with db.transaction():
        await db.execute("UPDATE sources SET polling_since = NULL WHERE polling_since IS NOT NULL")


async def _alert(db: Database, alerts: Mapping[int, str], now: dt.datetime) -> None:
    for admin, text in sorted(alerts.items()):
        await outbox.enqueue(
            db,
            chat_id=admin,
            kind=Kind.ADMIN_ALERT,
            item_id=None,
            due_at=now,
            now=now,
            payload={"text": text},
        )


async def record_success(
    db: Database,
    source: Source,
    *,
    etag: str | None,
    last_modified: str | None,
    items_seen: int,
    now: dt.datetime,
    next_poll: dt.datetime,
    recovered: Mapping[int, str],
) -> None:
    """A poll worked: reset failures; if admins had been told it failed, tell them it is back
    (``recovered``: each admin's message, in their language)."""
    async with db.transaction():
        await db.execute(
            "UPDATE sources SET etag = ?, last_modified = ?, last_polled_at = ?, last_ok_at = ?, "
            "failures = 0, last_error = NULL, alerted = 0, next_poll_at = ?, "
            "items_seen = items_seen + ?, polling_since = NULL WHERE id = ?",
            (
                etag,
                last_modified,
                int(now.timestamp()),
                int(now.timestamp()),
                int(next_poll.timestamp()),
                items_seen,
                source.id,
            ),
        )
        if source.alerted:
            await _alert(db, recovered, now)


async def record_failure(
    db: Database,
    source: Source,
    *,
    error: str,
    now: dt.datetime,
    next_poll: dt.datetime,
    alert_after: int,
    alerts: Mapping[int, str],
) -> int:
    """A poll failed: count it, back off; at ``alert_after`` failures in a row, tell admins once
    (``alerts``: each admin's message, in their language)."""
    failures = source.failures + 1
    alert = failures >= alert_after and not source.alerted
    async with db.transaction():
        await db.execute(
            "UPDATE sources SET last_polled_at = ?, failures = ?, last_error = ?, "
            "next_poll_at = ?, alerted = CASE WHEN ? = 1 THEN 1 ELSE alerted END, "
            "polling_since = NULL WHERE id = ?",
            (
                int(now.timestamp()),
                failures,
                error[:300],
                int(next_poll.timestamp()),
                int(alert),
                source.id,
            ),
        )
        if alert:
            await _alert(db, alerts, now)
    return failures
