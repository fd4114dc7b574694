"""Drafts: announcements an admin pasted with /add, kept until saved or discarded."""

from __future__ import annotations

import datetime as dt
import json

import aiosqlite

from ingest.model import Deadline, Item
from storage.db import transaction


def item_to_json(item: Item) -> str:
    """An item as JSON, every field kept."""
    deadline = item.deadline
    return json.dumps(
        {
            "kind": item.kind,
            "title": item.title,
            "summary": item.summary,
            "link": item.link,
            "source": item.source,
            "published": item.published.isoformat() if item.published else None,
            "deadline": None
            if deadline is None
            else {
                "date": deadline.date.isoformat(),
                "time": deadline.time.strftime("%H:%M") if deadline.time else None,
                "tz": deadline.tz,
            },
            "event_start": item.event_start.isoformat() if item.event_start else None,
            "event_end": item.event_end.isoformat() if item.event_end else None,
            "location": item.location,
        }
    )


def item_from_json(text: str) -> Item:
    """The item a draft holds."""
    data = json.loads(text)
    deadline = data.get("deadline")

    def day(value: str | None) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    return Item(
        kind=data["kind"],
        title=data["title"],
        summary=data.get("summary") or "",
        link=data.get("link"),
        source=data.get("source"),
        published=day(data.get("published")),
        deadline=None
        if not deadline
        else Deadline(
            dt.date.fromisoformat(deadline["date"]),
            dt.time.fromisoformat(deadline["time"]) if deadline.get("time") else None,
            deadline.get("tz"),
        ),
        event_start=day(data.get("event_start")),
        event_end=day(data.get("event_end")),
        location=data.get("location"),
    )


async def save(db: aiosqlite.Connection, *, chat_id: int, item: Item, now: dt.datetime) -> int:
    """Keep a draft; returns its id."""
    async with transaction(db):
        cursor = await db.execute(
            "INSERT INTO drafts (chat_id, item, created_at) VALUES (?, ?, ?)",
            (chat_id, item_to_json(item), int(now.timestamp())),
        )
        return cursor.lastrowid or 0


async def get(db: aiosqlite.Connection, draft_id: int) -> Item | None:
    """The draft's item, or None."""
    rows = await db.execute_fetchall("SELECT item FROM drafts WHERE id = ?", (draft_id,))
    return item_from_json(rows[0][0]) if rows else None


async def update(db: aiosqlite.Connection, draft_id: int, item: Item) -> None:
    """Replace a draft's item."""
    async with transaction(db):
        await db.execute("UPDATE drafts SET item = ? WHERE id = ?", (item_to_json(item), draft_id))


async def discard(db: aiosqlite.Connection, draft_id: int) -> bool:
    """Forget a draft; False if there was none."""
    async with transaction(db):
        cursor = await db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
        return cursor.rowcount > 0
