"""Follows and the reminders they put in the outbox."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.model import Deadline, Item
from storage import chats, outbox
from storage.database import Database
from storage.outbox import Kind
from storage.rows import deadline_json, item_from_row
from storage.schedule import (
    format_moments,
    format_offsets,
    parse_moments,
    plan,
    plan_moments,
    stored_offsets,
)


@dataclass(frozen=True)
class FollowResult:
    """Reminders set when following, and the offsets skipped because they had passed.

    ``at`` holds the reminders set at moments the reader named, ``missed`` those of them no
    longer ahead of now and before the deadline.
    """

    ahead: list[tuple[dt.timedelta, dt.datetime]]
    past: list[dt.timedelta]
    at: list[dt.datetime] = field(default_factory=list)
    missed: list[dt.datetime] = field(default_factory=list)


@dataclass(frozen=True)
class Followed:
    """An item a chat follows, and its next reminder (None when none is left)."""

    item: Item
    offsets: str
    next_due: dt.datetime | None
    moments: list[dt.datetime] = field(default_factory=list)


async def _chat_zone(db: Database, chat_id: int, default_tz: str) -> str:
    rows = await db.fetch_all("SELECT tz FROM chats WHERE chat_id = ?", (chat_id,))
    return (rows[0]["tz"] if rows else None) or default_tz


async def _schedule(
    db: Database,
    *,
    chat_id: int,
    item_id: int,
    deadline: Deadline,
    offsets: str,
    moments: str,
    chat_tz: str,
    default_tz: str,
    now: dt.datetime,
) -> FollowResult:
    await db.execute(
        "UPDATE outbox SET state = 'cancelled', last_error = 'rescheduled' "
        "WHERE chat_id = ? AND item_id = ? AND kind = 'reminder' AND state = 'pending'",
        (chat_id, item_id),
    )
    ahead, past = plan(deadline, stored_offsets(offsets), chat_tz=chat_tz, now=now)
    at, missed = plan_moments(deadline, parse_moments(moments), default_tz=default_tz, now=now)
    owed = [(due, {"offset": int(offset.total_seconds())}) for offset, due in ahead]
    owed += [(moment, {"at": int(moment.timestamp())}) for moment in at]
    for due, payload in owed:
        await outbox.enqueue(
            db,
            chat_id=chat_id,
            kind=Kind.REMINDER,
            item_id=item_id,
            due_at=due,
            now=now,
            payload=payload,
        )
    return FollowResult(ahead, past, at, missed)


async def follow(
    db: Database,
    *,
    chat_id: int,
    chat_type: str,
    item_id: int,
    deadline: Deadline,
    offsets: list[dt.timedelta],
    default_tz: str,
    now: dt.datetime,
    moments: Sequence[dt.datetime] = (),
) -> FollowResult:
    """Follow an item with these offsets and moments; its pending reminders are replaced."""
    stamp = int(now.timestamp())
    text = format_offsets(offsets)
    at = format_moments(moments)
    async with db.transaction():
        await chats.ensure(db, chat_id, chat_type=chat_type, now=now)
        await db.execute(
            "INSERT INTO follows (chat_id, item_id, offsets, moments, created_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id, item_id) "
            "DO UPDATE SET offsets = excluded.offsets, moments = excluded.moments",
            (chat_id, item_id, text, at, stamp),
        )
        chat_tz = await _chat_zone(db, chat_id, default_tz)
        return await _schedule(
            db,
            chat_id=chat_id,
            item_id=item_id,
            deadline=deadline,
            offsets=text,
            moments=at,
            chat_tz=chat_tz,
            default_tz=default_tz,
            now=now,
        )


async def unfollow(db: Database, *, chat_id: int, item_id: int) -> bool:
    """Stop following; pending reminders are cancelled. False if it was not followed."""
    async with db.transaction():
        changed = await db.execute(
            "DELETE FROM follows WHERE chat_id = ? AND item_id = ?", (chat_id, item_id)
        )
        await db.execute(
            "UPDATE outbox SET state = 'cancelled', last_error = 'unfollowed' "
            "WHERE chat_id = ? AND item_id = ? AND kind = 'reminder' AND state = 'pending'",
            (chat_id, item_id),
        )
        return changed > 0


async def is_following(db: Database, *, chat_id: int, item_id: int) -> bool:
    """Whether the chat follows the item."""
    rows = await db.fetch_all(
        "SELECT 1 FROM follows WHERE chat_id = ? AND item_id = ?", (chat_id, item_id)
    )
    return bool(rows)


async def followed(db: Database, chat_id: int) -> list[Followed]:
    """What a chat follows, nearest deadline first, with each next reminder."""
    rows = await db.fetch_all(
        "SELECT items.*, follows.offsets AS follow_offsets, follows.moments AS follow_moments, ("
        "  SELECT MIN(due_at) FROM outbox WHERE outbox.chat_id = :outbox_chat "
        "  AND outbox.item_id = follows.item_id AND kind = 'reminder' AND state = 'pending'"
        ") AS next_due FROM follows JOIN items ON items.id = follows.item_id "
        "WHERE follows.chat_id = :chat ORDER BY items.deadline_at IS NULL, items.deadline_at",
        # Two names for one value: the outbox's chat column is text on PostgreSQL.
        {"chat": chat_id, "outbox_chat": chat_id},
    )
    return [
        Followed(
            item_from_row(r),
            r["follow_offsets"],
            dt.datetime.fromtimestamp(r["next_due"], dt.UTC) if r["next_due"] else None,
            parse_moments(r["follow_moments"]),
        )
        for r in rows
    ]


async def on_deadline_change(
    db: Database,
    *,
    item_id: int,
    old: Deadline | None,
    new: Deadline | None,
    default_tz: str,
    now: dt.datetime,
) -> int:
    """Inside the change's transaction: tell every follower, and move their reminders.

    Returns how many chats were told.
    """
    rows = await db.fetch_all(
        "SELECT follows.chat_id, follows.offsets, follows.moments, chats.tz FROM follows "
        "JOIN chats ON chats.chat_id = follows.chat_id "
        "WHERE follows.item_id = ? AND chats.active = 1",
        (item_id,),
    )
    for row in rows:
        payload: dict[str, object] = {"old": deadline_json(old), "new": deadline_json(new)}
        if new is None:
            await db.execute(
                "UPDATE outbox SET state = 'cancelled', last_error = 'deadline removed' "
                "WHERE chat_id = ? AND item_id = ? AND kind = 'reminder' "
                "AND state = 'pending'",
                (row["chat_id"], item_id),
            )
        else:
            planned = await _schedule(
                db,
                chat_id=row["chat_id"],
                item_id=item_id,
                deadline=new,
                offsets=row["offsets"],
                moments=row["moments"],
                chat_tz=row["tz"] or default_tz,
                default_tz=default_tz,
                now=now,
            )
            # Reminders at a moment the reader named do not move with the deadline: the
            # notice says which stay and which the new deadline left behind.
            payload["moments_kept"] = [int(m.timestamp()) for m in planned.at]
            payload["moments_dropped"] = [int(m.timestamp()) for m in planned.missed if m > now]
            payload["offsets"] = bool(stored_offsets(row["offsets"]))
        await outbox.enqueue(
            db,
            chat_id=row["chat_id"],
            kind=Kind.DEADLINE_MOVED if new is not None else Kind.DEADLINE_REMOVED,
            item_id=item_id,
            due_at=now,
            now=now,
            payload=payload,
        )
    return len(rows)


async def on_item_deleted(db: Database, *, item: Item, now: dt.datetime) -> None:
    """Inside the deletion's transaction: a note to each follower, reminders cancelled."""
    await db.execute(
        "UPDATE outbox SET state = 'cancelled', last_error = 'item deleted' "
        "WHERE item_id = ? AND state = 'pending'",
        (item.id,),
    )
    rows = await db.fetch_all(
        "SELECT follows.chat_id FROM follows JOIN chats ON chats.chat_id = follows.chat_id "
        "WHERE follows.item_id = ? AND chats.active = 1",
        (item.id,),
    )
    for row in rows:
        # The item is gone by the time this is sent: the note carries what it needs.
        await outbox.enqueue(
            db,
            chat_id=row["chat_id"],
            kind=Kind.ITEM_DELETED,
            item_id=None,
            due_at=now,
            now=now,
            payload={"title": item.title, "item_id": item.id},
        )


def payload_offset(payload: str | dict) -> dt.timedelta | None:
    """The offset a reminder row was set for."""
    data = json.loads(payload) if isinstance(payload, str) else payload
    seconds = data.get("offset")
    return dt.timedelta(seconds=seconds) if seconds is not None else None
