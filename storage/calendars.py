"""Calendar links: a secret token per chat, stored as its digest, and what was last served."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from storage import chats
from storage.database import Database

TOKEN_BYTES = 32  # 256 bits: guessing one is hopeless, so a fast digest is enough


@dataclass(frozen=True)
class Revision:
    """How often an item's deadline moved, and when last (SEQUENCE and DTSTAMP of its event)."""

    sequence: int
    stamp: dt.datetime


def digest(token: str) -> str:
    """What is stored of a token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode()).hexdigest()


async def issue(db: Database, *, chat_id: int, chat_type: str, now: dt.datetime) -> str:
    """A new token for the chat's calendar; the one before it, if any, stops working."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    async with db.transaction():
        await chats.ensure(db, chat_id, chat_type=chat_type, now=now)
        await db.execute(
            "INSERT INTO calendar_links (chat_id, token_hash, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (chat_id) DO UPDATE SET token_hash = excluded.token_hash, "
            "created_at = excluded.created_at, etag = NULL, modified_at = NULL",
            (chat_id, digest(token), int(now.timestamp())),
        )
    return token


async def issued_at(db: Database, chat_id: int) -> dt.datetime | None:
    """When the chat's current link was made; None when it has none."""
    rows = await db.fetch_all("SELECT created_at FROM calendar_links WHERE chat_id = ?", (chat_id,))
    return dt.datetime.fromtimestamp(rows[0][0], dt.UTC) if rows else None


async def chat_for(db: Database, token: str) -> int | None:
    """The chat whose calendar this token opens; None for an unknown or revoked token."""
    rows = await db.fetch_all(
        "SELECT chat_id FROM calendar_links WHERE token_hash = ?", (digest(token),)
    )
    return rows[0][0] if rows else None


async def served(db: Database, *, chat_id: int, etag: str, now: dt.datetime) -> dt.datetime:
    """Record that the calendar with ``etag`` was served; returns since when it is unchanged
    (its Last-Modified): the first time this content was served. An unchanged calendar (most
    polls) writes nothing."""
    rows = await db.fetch_all(
        "SELECT etag, modified_at FROM calendar_links WHERE chat_id = ?", (chat_id,)
    )
    if rows and rows[0]["etag"] == etag and rows[0]["modified_at"] is not None:
        return dt.datetime.fromtimestamp(rows[0]["modified_at"], dt.UTC)
    async with db.transaction():
        await db.execute(
            "UPDATE calendar_links SET etag = ?, modified_at = ? WHERE chat_id = ?",
            (etag, int(now.timestamp()), chat_id),
        )
    return now.replace(microsecond=0)


async def revisions(db: Database, item_ids: list[int]) -> dict[int, Revision]:
    """Each item's count of deadline moves and the time of the last (else its creation)."""
    found: dict[int, Revision] = {}
    for start in range(0, len(item_ids), 500):  # both engines' limits on parameters are far above
        chunk = item_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = await db.fetch_all(
            "SELECT items.id, COUNT(deadline_changes.id), "
            "COALESCE(MAX(deadline_changes.changed_at), items.created_at) "
            "FROM items LEFT JOIN deadline_changes ON deadline_changes.item_id = items.id "
            f"WHERE items.id IN ({marks}) GROUP BY items.id",
            chunk,
        )
        for item_id, moves, stamp in rows:
            found[item_id] = Revision(moves, dt.datetime.fromtimestamp(stamp, dt.UTC))
    return found
