"""Queries on the ``chats`` table: each chat's zone and settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from storage.database import Database


@dataclass(frozen=True)
class Chat:
    """A chat's settings; None means the operator's default applies."""

    chat_id: int
    type: str = "private"
    tz: str | None = None
    reminder_offsets: str | None = None
    active: bool = True
    digest: str | None = None  # None: pushed at once; else 'daily HH:MM' or 'weekly N HH:MM'
    language: str | None = None  # chosen with /language
    user_language: str | None = None  # a private chat's user's Telegram language


async def get(db: Database, chat_id: int) -> Chat:
    """The chat's settings, or the defaults for a chat never seen."""
    rows = await db.fetch_all("SELECT * FROM chats WHERE chat_id = ?", (chat_id,))
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
        language=row["language"],
        user_language=row["user_language"],
    )


async def ensure(db: Database, chat_id: int, *, chat_type: str, now: dt.datetime) -> None:
    """Make sure the chat has a row, and mark it reachable (inside the caller's transaction)."""
    stamp = int(now.timestamp())
    await db.execute(
        "INSERT INTO chats (chat_id, type, created_at, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (chat_id) DO UPDATE SET type = excluded.type, active = 1, "
        "updated_at = excluded.updated_at",
        (chat_id, chat_type, stamp, stamp),
    )


async def _store(
    db: Database,
    chat_id: int,
    statement: str,
    value: str,
    *,
    chat_type: str,
    now: dt.datetime,
) -> None:
    """Run one UPDATE of a setting (``statement`` takes the value, then the chat id) on the
    chat's row, made first if the chat has none."""
    async with db.transaction():
        await ensure(db, chat_id, chat_type=chat_type, now=now)
        await db.execute(statement, (value, chat_id))


async def set_timezone(
    db: Database, chat_id: int, tz: str, *, chat_type: str, now: dt.datetime
) -> None:
    """Store the chat's time zone (an IANA name already checked by the caller)."""
    sql = "UPDATE chats SET tz = ? WHERE chat_id = ?"
    await _store(db, chat_id, sql, tz, chat_type=chat_type, now=now)


async def set_offsets(
    db: Database, chat_id: int, offsets: str, *, chat_type: str, now: dt.datetime
) -> None:
    """Store the chat's default reminder offsets (already checked by the caller)."""
    sql = "UPDATE chats SET reminder_offsets = ? WHERE chat_id = ?"
    await _store(db, chat_id, sql, offsets, chat_type=chat_type, now=now)


async def reactivate(db: Database, chat_id: int, *, now: dt.datetime) -> bool:
    """Mark a chat that was unreachable active again; True when it was inactive."""
    rows = await db.fetch_all("SELECT active FROM chats WHERE chat_id = ?", (chat_id,))
    if not rows or rows[0]["active"]:
        return False  # a read only: most updates come from chats that are fine
    async with db.transaction():
        await db.execute(
            "UPDATE chats SET active = 1, updated_at = ? WHERE chat_id = ?",
            (int(now.timestamp()), chat_id),
        )
    return True


async def set_language(
    db: Database, chat_id: int, language: str, *, chat_type: str, now: dt.datetime
) -> None:
    """Store the language the chat chose (a code the caller checked)."""
    sql = "UPDATE chats SET language = ? WHERE chat_id = ?"
    await _store(db, chat_id, sql, language, chat_type=chat_type, now=now)


async def remember_user_language(
    db: Database, chat_id: int, language: str, *, now: dt.datetime
) -> None:
    """Remember a private chat's user's Telegram language, for messages sent to it later."""
    sql = "UPDATE chats SET user_language = ? WHERE chat_id = ?"
    await _store(db, chat_id, sql, language, chat_type="private", now=now)
