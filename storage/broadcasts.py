"""Pushes caused by new and changed items: the channel post and subscribers' notifications.

Called inside the transaction that inserts or changes the item, so a push is never lost and
never doubled: the outbox's unique index lets each (chat, item, kind) be owed once.
"""

from __future__ import annotations

import datetime as dt

import aiosqlite

from ingest.model import Deadline, Item
from storage import outbox, subscriptions
from storage.db import transaction
from storage.reminders import deadline_json


async def on_item_added(
    db: aiosqlite.Connection,
    *,
    item: Item,
    channel: str | None,
    now: dt.datetime,
    default_tz: str,
) -> int:
    """Owe the channel a post and each matching subscriber a notification (or digest entry)."""
    assert item.id is not None
    if channel:
        await outbox.enqueue(
            db, chat_id=channel, kind="channel_post", item_id=item.id, due_at=now, now=now
        )
    told: set[int] = set()
    owed: list[tuple[int | str, str, int | None, int, int]] = []
    stamp = int(now.timestamp())
    for subscription, digest, tz in await subscriptions.active(db):
        if subscription.chat_id in told or not subscriptions.matches(subscription, item):
            continue
        told.add(subscription.chat_id)
        if digest:
            when = subscriptions.next_digest(digest, tz=tz or default_tz, now=now)
            owed.append(
                (subscription.chat_id, "digest_item", item.id, int(when.timestamp()), stamp)
            )
        else:
            owed.append((subscription.chat_id, "notification", item.id, stamp, stamp))
    await outbox.enqueue_many(db, owed)
    return len(told)


async def on_deadline_change(
    db: aiosqlite.Connection,
    *,
    item_id: int,
    old: Deadline | None,
    new: Deadline | None,
    now: dt.datetime,
) -> None:
    """Edit the item's sent channel posts, each followed by a short 'deadline moved' post."""
    rows = await db.execute_fetchall(
        "SELECT chat_id FROM channel_posts WHERE item_id = ?", (item_id,)
    )
    payload = {"old": deadline_json(old), "new": deadline_json(new)}
    for row in rows:
        await outbox.enqueue(
            db, chat_id=row["chat_id"], kind="channel_edit", item_id=item_id, due_at=now, now=now
        )
        await outbox.enqueue(
            db,
            chat_id=row["chat_id"],
            kind="channel_moved",
            item_id=item_id,
            due_at=now,
            now=now,
            payload=payload,
        )


async def record_channel_post(
    db: aiosqlite.Connection, *, item_id: int, chat_id: str, message_id: int
) -> None:
    """Remember which message in the channel shows the item, to edit it later."""
    async with transaction(db):
        await db.execute(
            "INSERT INTO channel_posts (item_id, chat_id, message_id) VALUES (?, ?, ?) "
            "ON CONFLICT (item_id, chat_id) DO UPDATE SET message_id = excluded.message_id",
            (item_id, str(chat_id), message_id),
        )


async def channel_post(db: aiosqlite.Connection, *, item_id: int, chat_id: str) -> int | None:
    """The message id of the item's post in that channel, if it was posted."""
    rows = await db.execute_fetchall(
        "SELECT message_id FROM channel_posts WHERE item_id = ? AND chat_id = ?",
        (item_id, str(chat_id)),
    )
    return rows[0][0] if rows else None
