"""The outbox: every message the bot owes a chat, and the states it goes through.

pending ──claim──► sending ──► sent
   ▲                  │
   └──retry later─────┤──► failed (can never be sent)
                      └──► dropped (chat gone, deadline passed, superseded)
pending ──► cancelled (nothing to remind of any more)

Rows are claimed as 'sending' and marked 'sent' one by one right after each send; at start-up,
rows still 'sending' go back to 'pending', so a crash repeats at most the message in flight.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import aiosqlite

from storage.db import transaction


@dataclass(frozen=True)
class OutboxRow:
    """One message owed to a chat."""

    id: int
    chat_id: int | str  # a channel may be '@name'
    kind: str
    item_id: int | None
    payload: dict[str, Any]
    due_at: int
    attempts: int


def _row(row: aiosqlite.Row) -> OutboxRow:
    return OutboxRow(
        row["id"],
        row["chat_id"],
        row["kind"],
        row["item_id"],
        json.loads(row["payload"]),
        row["due_at"],
        row["attempts"],
    )


async def enqueue(
    db: aiosqlite.Connection,
    *,
    chat_id: int | str,
    kind: str,
    item_id: int | None,
    due_at: dt.datetime,
    now: dt.datetime,
    payload: dict[str, Any] | None = None,
) -> None:
    """Owe ``chat_id`` a message of ``kind`` at ``due_at`` (inside the caller's transaction)."""
    await db.execute(
        "INSERT OR IGNORE INTO outbox (chat_id, kind, item_id, payload, due_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            chat_id,
            kind,
            item_id,
            json.dumps(payload or {}),
            int(due_at.timestamp()),
            int(now.timestamp()),
        ),
    )


async def claim_due(db: aiosqlite.Connection, *, now: dt.datetime, limit: int) -> list[OutboxRow]:
    """Mark up to ``limit`` due rows as being sent and return them, earliest first."""
    async with transaction(db):
        rows = await db.execute_fetchall(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id IN ("
            "SELECT id FROM outbox WHERE state = 'pending' AND due_at <= ? "
            "ORDER BY due_at, id LIMIT ?) RETURNING *",
            (int(now.timestamp()), limit),
        )
    return sorted((_row(r) for r in rows), key=lambda r: (r.due_at, r.id))


async def mark_sent(db: aiosqlite.Connection, row_id: int, *, now: dt.datetime) -> None:
    """The message went out."""
    async with transaction(db):
        await db.execute(
            "UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ?",
            (int(now.timestamp()), row_id),
        )


async def retry_later(
    db: aiosqlite.Connection, row_id: int, *, due_at: dt.datetime, error: str
) -> None:
    """Sending failed for now: try again at ``due_at``."""
    async with transaction(db):
        await db.execute(
            "UPDATE outbox SET state = 'pending', due_at = ?, last_error = ? WHERE id = ?",
            (int(due_at.timestamp()), error[:500], row_id),
        )


async def release(db: aiosqlite.Connection, row_ids: list[int]) -> None:
    """Give claimed rows back unsent (the tick stopped early), without counting an attempt."""
    if not row_ids:
        return
    async with transaction(db):
        await db.executemany(
            "UPDATE outbox SET state = 'pending', attempts = attempts - 1 WHERE id = ? "
            "AND state = 'sending'",
            [(row_id,) for row_id in row_ids],
        )


async def finish(db: aiosqlite.Connection, row_id: int, *, state: str, reason: str) -> None:
    """End a row without sending it: 'failed' or 'dropped', with the reason."""
    assert state in ("failed", "dropped", "cancelled")
    async with transaction(db):
        await db.execute(
            "UPDATE outbox SET state = ?, last_error = ? WHERE id = ?",
            (state, reason[:500], row_id),
        )


async def drop_chat(
    db: aiosqlite.Connection, chat_id: int, *, reason: str, now: dt.datetime
) -> int:
    """The chat cannot be reached: mark it inactive and drop everything owed to it."""
    stamp = int(now.timestamp())
    async with transaction(db):
        await db.execute(
            "INSERT INTO chats (chat_id, active, created_at, updated_at) VALUES (?, 0, ?, ?) "
            "ON CONFLICT (chat_id) DO UPDATE SET active = 0, updated_at = excluded.updated_at",
            (chat_id, stamp, stamp),
        )
        cursor = await db.execute(
            "UPDATE outbox SET state = 'dropped', last_error = ? "
            "WHERE chat_id = ? AND state IN ('pending', 'sending')",
            (reason[:500], chat_id),
        )
        return cursor.rowcount


async def release_in_flight(db: aiosqlite.Connection) -> int:
    """At start-up: rows a previous run was sending go back to pending."""
    async with transaction(db):
        cursor = await db.execute("UPDATE outbox SET state = 'pending' WHERE state = 'sending'")
        return cursor.rowcount


async def drop_expired_reminders(db: aiosqlite.Connection, *, now: dt.datetime) -> int:
    """Drop pending reminders whose deadline has passed (at start-up, after downtime)."""
    async with transaction(db):
        cursor = await db.execute(
            "UPDATE outbox SET state = 'dropped', last_error = 'deadline passed while offline' "
            "WHERE state = 'pending' AND kind = 'reminder' AND due_at <= :now AND item_id IN ("
            "SELECT id FROM items WHERE deadline_at <= :now)",
            {"now": int(now.timestamp())},
        )
        return cursor.rowcount


async def due_later_for(db: aiosqlite.Connection, row: OutboxRow, *, now: dt.datetime) -> bool:
    """Whether a later reminder of the same item to the same chat is also due already."""
    rows = await db.execute_fetchall(
        "SELECT 1 FROM outbox WHERE chat_id = ? AND item_id = ? AND kind = 'reminder' "
        "AND state = 'pending' AND due_at > ? AND due_at <= ? LIMIT 1",
        (row.chat_id, row.item_id, row.due_at, int(now.timestamp())),
    )
    return bool(rows)


async def counts(db: aiosqlite.Connection) -> dict[str, int]:
    """How many rows are in each state."""
    rows = await db.execute_fetchall("SELECT state, COUNT(*) FROM outbox GROUP BY state")
    return {state: number for state, number in rows}


async def rows_for(db: aiosqlite.Connection, chat_id: int) -> list[aiosqlite.Row]:
    """Every row owed to one chat (for tests and operators)."""
    return await db.execute_fetchall(
        "SELECT * FROM outbox WHERE chat_id = ? ORDER BY due_at, id", (chat_id,)
    )


async def enqueue_many(
    db: aiosqlite.Connection, rows: list[tuple[int | str, str, int | None, int, int]]
) -> None:
    """Owe many messages at once: (chat_id, kind, item_id, due_at, created_at), no payload.

    Runs inside the caller's transaction; one statement, so owing an item to thousands of
    subscribers is not thousands of round trips to the database thread.
    """
    await db.executemany(
        "INSERT OR IGNORE INTO outbox (chat_id, kind, item_id, due_at, created_at, payload) "
        "VALUES (?, ?, ?, ?, ?, '{}')",
        rows,
    )


async def insert_many(
    db: aiosqlite.Connection, rows: list[tuple[int | str, str, int | None, int, int]]
) -> None:
    """Bulk load pending rows in a transaction of their own (benchmarks, migrations)."""
    async with transaction(db):
        await enqueue_many(db, rows)
