"""Queries on the ``chats`` table: each chat's zone and settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import aiosqlite

from storage.db import transaction


@dataclass(frozen=True)
class Chat:
    """A chat's settings; None means the operator's default applies."""

    chat_id: int
    type: str = "private"
    tz: str | None = None
    reminder_offsets: str | None = None
    active: bool = True
    digest: str | None = None  # None: pushed at once; else 'daily HH:MM' or 'weekly N HH:MM'


async def get(db: aiosqlite.Connection, chat_id: int) -> Chat:
    """The chat's settings, or the defaults for a chat never seen."""
    rows = await db.execute_fetchall("SELECT * FROM chats WHERE chat_id = ?", (chat_id,))
    if not rows:
        return Chat(chat_id=chat_id)
    row = rows[0]
    return Chat(
        chat_id=row["chat_id"],
        type=row["type"],
        tz=row["tz"],
        reminder_offsets=row["reminder_offsets"],
        active=bool(row["active"]),
        digest=row["digest"],
    )


async def ensure(
    db: aiosqlite.Connection, chat_id: int, *, chat_type: str, now: dt.datetime
) -> None:
    """Make sure the chat has a row, and mark it reachable (inside the caller's transaction)."""
    stamp = int(now.timestamp())
    await db.execute(
        "INSERT INTO chats (chat_id, type, created_at, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (chat_id) DO UPDATE SET type = excluded.type, active = 1, "
        "updated_at = excluded.updated_at",
        (chat_id, chat_type, stamp, stamp),
    )


async def set_timezone(
    db: aiosqlite.Connection, chat_id: int, tz: str, *, chat_type: str, now: dt.datetime
) -> None:
    """Store the chat's time zone (an IANA name already checked by the caller)."""
    async with transaction(db):
        await ensure(db, chat_id, chat_type=chat_type, now=now)
        await db.execute("UPDATE chats SET tz = ? WHERE chat_id = ?", (tz, chat_id))


async def set_offsets(
    db: aiosqlite.Connection, chat_id: int, offsets: str, *, chat_type: str, now: dt.datetime
) -> None:
    """Store the chat's default reminder offsets (already checked by the caller)."""
    async with transaction(db):
        await ensure(db, chat_id, chat_type=chat_type, now=now)
        await db.execute(
            "UPDATE chats SET reminder_offsets = ? WHERE chat_id = ?", (offsets, chat_id)
        )


async def reactivate(db: aiosqlite.Connection, chat_id: int, *, now: dt.datetime) -> bool:
    """Mark a chat that was unreachable active again; True when it was inactive."""
    rows = await db.execute_fetchall("SELECT active FROM chats WHERE chat_id = ?", (chat_id,))
    if not rows or rows[0]["active"]:
        return False  # a read only: most updates come from chats that are fine
    async with transaction(db):
        await db.execute(
            "UPDATE chats SET active = 1, updated_at = ? WHERE chat_id = ?",
            (int(now.timestamp()), chat_id),
        )
    return True
