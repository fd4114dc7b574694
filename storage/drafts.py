"""Drafts: announcements an admin pasted with /add, or feed and import entries held for review.

A draft is never deleted: Save and Discard change its state, so its id is never given to
another draft, and its buttons carry a random token, so a stale or forged button (a handled
draft, one that never existed, one made before tokens) matches nothing and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ingest.extract import UNSURE_BELOW
from ingest.model import Item
from storage import outbox
from storage.database import Database
from storage.outbox import Kind
from storage.rows import deadline_from_json, deadline_json


def item_to_json(item: Item) -> str:
    """An item as JSON, every field kept."""
    return json.dumps(
        {
            "kind": item.kind,
            "title": item.title,
            "summary": item.summary,
            "link": item.link,
            "source": item.source,
            "published": item.published.isoformat() if item.published else None,
            "deadline": deadline_json(item.deadline),
            "event_start": item.event_start.isoformat() if item.event_start else None,
            "event_end": item.event_end.isoformat() if item.event_end else None,
            "location": item.location,
            "guid": item.guid,
            "kind_confidence": item.kind_confidence,
            "deadline_confidence": item.deadline_confidence,
            "deadline_evidence": item.deadline_evidence,
            "unsure": item.unsure,
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
        deadline=deadline_from_json(deadline),
        event_start=day(data.get("event_start")),
        event_end=day(data.get("event_end")),
        location=data.get("location"),
        guid=data.get("guid"),
        kind_confidence=data.get("kind_confidence"),
        deadline_confidence=data.get("deadline_confidence"),
        deadline_evidence=data.get("deadline_evidence"),
        unsure=bool(data.get("unsure")),
    )


@dataclass(frozen=True)
class Draft:
    """A stored draft: its item, the token its buttons carry, and where it stands."""

    id: int
    item: Item
    token: str
    state: str  # open, saved, discarded
    origin: str  # add (pasted with /add) or review (a feed or import entry held back)
    reason: str | None
    chat_id: int
    created_at: int
    item_id: int | None = None

    @property
    def open(self) -> bool:
        return self.state == "open"


def new_token() -> str:
    """A random token for a draft's buttons (8 hex digits: forging one is a 1-in-4e9 guess)."""
    return secrets.token_hex(4)


def _draft(row: Any) -> Draft:
    return Draft(
        id=row["id"],
        item=item_from_json(row["item"]),
        token=row["token"],
        state=row["state"],
        origin=row["origin"],
        reason=row["reason"],
        chat_id=row["chat_id"],
        created_at=row["created_at"],
        item_id=row["item_id"],
    )


async def save(db: Database, *, chat_id: int, item: Item, now: dt.datetime) -> int:
    """Keep a draft; returns its id."""
    async with db.transaction():
        return await db.fetch_value(
            "INSERT INTO drafts (chat_id, item, created_at, token) VALUES (?, ?, ?, ?) "
            "RETURNING id",
            (chat_id, item_to_json(item), int(now.timestamp()), new_token()),
        )


async def get(db: Database, draft_id: int) -> Item | None:
    """The item of an open draft, or None (no such draft, or already saved or discarded)."""
    found = await find(db, draft_id)
    return found.item if found is not None and found.open else None


async def find(db: Database, draft_id: int) -> Draft | None:
    """The draft with this id, whatever its state, or None."""
    rows = await db.fetch_all("SELECT * FROM drafts WHERE id = ?", (draft_id,))
    return _draft(rows[0]) if rows else None


async def current(db: Database, draft_id: int, token: str) -> Draft | None:
    """The open draft a button with this id and token stands for, or None if it is stale."""
    found = await find(db, draft_id)
    if found is None or not found.open or not token or found.token != token:
        return None
    return found


async def ensure_token(db: Database, draft_id: int) -> str:
    """The draft's token, giving one to a draft made before tokens existed."""
    async with db.transaction():
        await db.execute(
            "UPDATE drafts SET token = ? WHERE id = ? AND token = ''", (new_token(), draft_id)
        )
    rows = await db.fetch_all("SELECT token FROM drafts WHERE id = ?", (draft_id,))
    return rows[0][0] if rows else ""


async def update(db: Database, draft_id: int, item: Item) -> None:
    """Replace an open draft's item."""
    async with db.transaction():
        await db.execute(
            "UPDATE drafts SET item = ? WHERE id = ? AND state = 'open'",
            (item_to_json(item), draft_id),
        )


async def claim(
    db: Database,
    draft_id: int,
    token: str,
    *,
    state: str,
    by: int | None,
    now: dt.datetime,
) -> Draft | None:
    """Mark an open draft saved or discarded, once: the draft, or None if it was not current.

    One UPDATE decides, so of two Saves (two admins, a double tap) exactly one gets the draft.
    """
    assert state in ("saved", "discarded")
    async with db.transaction():
        changed = await db.execute(
            "UPDATE drafts SET state = ?, handled_at = ?, handled_by = ? "
            "WHERE id = ? AND token = ? AND token != '' AND state = 'open'",
            (state, int(now.timestamp()), by, draft_id, token),
        )
        if changed != 1:
            return None
    return await find(db, draft_id)


async def reopen(db: Database, draft_id: int) -> None:
    """Put back a claimed draft whose saving failed, so nothing is lost."""
    async with db.transaction():
        await db.execute(
            "UPDATE drafts SET state = 'open', handled_at = NULL, handled_by = NULL WHERE id = ?",
            (draft_id,),
        )


async def record_item(db: Database, draft_id: int, item_id: int | None) -> None:
    """Remember which item a saved draft became."""
    async with db.transaction():
        await db.execute("UPDATE drafts SET item_id = ? WHERE id = ?", (item_id, draft_id))


async def discard(db: Database, draft_id: int) -> bool:
    """Discard an open draft (kept, so its id is not reused); False if there was none open."""
    async with db.transaction():
        changed = await db.execute(
            "UPDATE drafts SET state = 'discarded' WHERE id = ? AND state = 'open'", (draft_id,)
        )
        return changed > 0


async def waiting(db: Database, *, limit: int = 50) -> list[Draft]:
    """Open drafts, oldest first (what /review lists)."""
    rows = await db.fetch_all(
        "SELECT * FROM drafts WHERE state = 'open' ORDER BY id LIMIT ?", (limit,)
    )
    return [_draft(row) for row in rows]


async def count_waiting(db: Database) -> int:
    """How many drafts wait for an admin."""
    rows = await db.fetch_all("SELECT COUNT(*) FROM drafts WHERE state = 'open'")
    return rows[0][0]


REVIEW_MODES = ("unsure", "all", "off")


@dataclass(frozen=True)
class Review:
    """Which new entries are held for the admins instead of being published.

    ``notice`` gives the text of the message each admin is owed for a held entry (the bot
    renders it; storage does not know about messages).
    """

    mode: str
    admins: tuple[int, ...]
    notice: Callable[[int, Item, str], str] | None = None

    def reason(self, item: Item) -> str | None:
        """Why ``item`` is held, or None when it is published at once."""
        if self.mode == "off" or not self.admins:
            return None
        if item.unsure:
            return unsure_reason(item)
        if self.mode == "all":
            return "every new item is reviewed (REVIEW=all)"
        return None


def unsure_reason(item: Item) -> str:
    """Why an item's reading is unsure, in a few words."""
    reasons = []
    if item.kind_confidence is not None and item.kind_confidence < UNSURE_BELOW:
        reasons.append(f"kind unsure ({item.kind_confidence:.2f})")
    if item.deadline_confidence is not None and item.deadline_confidence < UNSURE_BELOW:
        reasons.append(f"deadline unsure ({item.deadline_confidence:.2f})")
    if item.deadline is None and item.kind in ("call", "extension"):
        reasons.append(f"a{'n' if item.kind == 'extension' else ''} {item.kind} without deadline")
    return ", ".join(reasons) or "unsure reading"


async def hold(
    db: Database,
    item: Item,
    *,
    fingerprint: str,
    link_key: str | None,
    title_key: str,
    reason: str,
    review: Review,
    now: dt.datetime,
) -> int | None:
    """Keep a new entry as a draft for review and owe each admin a message about it.

    Inside the caller's transaction. An entry already held (waiting, saved or discarded),
    known by its fingerprint, or by its link and title together (a feed may rotate guids;
    one link alone may be every entry's), is not held again: None.
    """
    if link_key is not None:
        same = await db.fetch_all(
            "SELECT 1 FROM drafts WHERE link_key = ? AND title_key = ? AND origin = 'review' "
            "LIMIT 1",
            (link_key, title_key),
        )
        if same:
            return None
    draft_id = await db.fetch_value(
        "INSERT INTO drafts (chat_id, item, created_at, token, origin, reason, "
        "fingerprint, link_key, title_key) VALUES (0, ?, ?, ?, 'review', ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING RETURNING id",
        (
            item_to_json(item),
            int(now.timestamp()),
            new_token(),
            reason,
            fingerprint,
            link_key,
            title_key,
        ),
    )
    if draft_id is None:
        return None
    text = review.notice(draft_id, item, reason) if review.notice else item.title
    for admin in review.admins:
        await outbox.enqueue(
            db,
            chat_id=admin,
            kind=Kind.ADMIN_ALERT,
            item_id=None,
            due_at=now,
            now=now,
            payload={"text": text, "draft_id": draft_id},
        )
    return draft_id
