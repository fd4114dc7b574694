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
    )


async def set_timezone(
    db: aiosqlite.Connection, chat_id: int, tz: str, *, chat_type: str, now: dt.datetime
) -> None:
    """Store the chat's time zone (an IANA name already checked by the caller)."""
    stamp = int(now.timestamp())
    async with transaction(db):
        await db.execute(
            "INSERT INTO chats (chat_id, type, tz, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET "
            "tz = excluded.tz, type = excluded.type, updated_at = excluded.updated_at",
            (chat_id, chat_type, tz, stamp, stamp),
        )


async def set_offsets(
    db: aiosqlite.Connection, chat_id: int, offsets: str, *, chat_type: str, now: dt.datetime
) -> None:
    """Store the chat's default reminder offsets (already checked by the caller)."""
    stamp = int(now.timestamp())
    async with transaction(db):
        await db.execute(
            "INSERT INTO chats (chat_id, type, reminder_offsets, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET "
            "reminder_offsets = excluded.reminder_offsets, updated_at = excluded.updated_at",
            (chat_id, chat_type, offsets, stamp, stamp),
        )
