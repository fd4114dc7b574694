"""Pushes caused by new and changed items: the channel post and subscribers' notifications.

Called inside the transaction that inserts or changes the item, so a push is never lost and
never doubled: the outbox's unique index lets each (chat, item, kind) be owed once.
"""

from __future__ import annotations

import datetime as dt

from ingest.model import Deadline, Item
from ingest.zones import zone_for
from storage import outbox, subscriptions
from storage.database import Database
from storage.outbox import Kind
from storage.rows import deadline_json


def is_over(item: Item, *, now: dt.datetime, default_tz: str) -> bool:
    """Whether an item is already past: its deadline has passed, or its event has ended."""
    if item.deadline is not None and item.deadline.instant(default_tz) <= now:
        return True
    ends = item.event_end or item.event_start
    return ends is not None and ends < now.astimezone(zone_for(default_tz)).date()


class Pushes:
    """Decides, for each item added in one transaction, whether and to whom it is pushed.

    The one place that decides pushes, for feeds and imports alike: nothing is pushed when
    ``push`` is false (a feed's first poll, its backlog), nor an item already over, however
    it arrived. Subscriptions are read once per transaction, not once per item.
    """

    def __init__(
        self,
        db: Database,
        *,
        channel: str | None,
        default_tz: str,
        now: dt.datetime,
        push: bool = True,
    ) -> None:
        self.db = db
        self.channel = channel
        self.default_tz = default_tz
        self.now = now
        self.push = push
        self._subscribers: list[tuple[subscriptions.Subscription, str | None, str | None]] | None
        self._subscribers = None

    async def on_item_added(self, item: Item) -> int:
        """Owe the channel a post and each matching subscriber a notification (or digest entry).

        Returns how many subscribed chats (forum topics counted apart) are owed it.
        """
        assert item.id is not None
        if not self.push or is_over(item, now=self.now, default_tz=self.default_tz):
            return 0
        now = self.now
        if self.channel:
            await outbox.enqueue(
                self.db,
                chat_id=self.channel,
                kind=Kind.CHANNEL_POST,
                item_id=item.id,
                due_at=now,
                now=now,
            )
        if self._subscribers is None:
            self._subscribers = await subscriptions.active(self.db)
        # Once per chat and forum topic: two topics of a group may each subscribe to it.
        told: set[tuple[int, int | None]] = set()
        owed: list[tuple] = []
        stamp = int(now.timestamp())
        for subscription, digest, tz in self._subscribers:
            where = (subscription.chat_id, subscription.thread_id)
            if where in told or not subscriptions.matches(subscription, item):
                continue
            told.add(where)
            if digest:
                when = subscriptions.next_digest(digest, tz=tz or self.default_tz, now=now)
                due, kind = int(when.timestamp()), Kind.DIGEST_ITEM
            else:
                due, kind = stamp, Kind.NOTIFICATION
            owed.append((subscription.chat_id, kind, item.id, due, stamp, subscription.thread_id))
        if owed:
            await outbox.enqueue_many(self.db, owed)
        return len(told)


async def on_item_added(
    db: Database,
    *,
    item: Item,
    channel: str | None,
    now: dt.datetime,
    default_tz: str,
    push: bool = True,
) -> int:
    """Owe a newly stored item to the channel and matching subscribers (see :class:`Pushes`)."""
    pushes = Pushes(db, channel=channel, default_tz=default_tz, now=now, push=push)
    return await pushes.on_item_added(item)


async def on_deadline_change(
    db: Database,
    *,
    item_id: int,
    old: Deadline | None,
    new: Deadline | None,
    now: dt.datetime,
) -> None:
    """Edit the item's sent channel posts, each followed by a short 'deadline moved' post."""
    rows = await db.fetch_all("SELECT chat_id FROM channel_posts WHERE item_id = ?", (item_id,))
    payload = {"old": deadline_json(old), "new": deadline_json(new)}
    for row in rows:
        await outbox.enqueue(
            db, chat_id=row["chat_id"], kind=Kind.CHANNEL_EDIT, item_id=item_id, due_at=now, now=now
        )
        await outbox.enqueue(
            db,
            chat_id=row["chat_id"],
            kind=Kind.CHANNEL_MOVED,
            item_id=item_id,
            due_at=now,
            now=now,
            payload=payload,
        )


async def record_channel_post(db: Database, *, item_id: int, chat_id: str, message_id: int) -> None:
    """Remember which message in the channel shows the item, to edit it later."""
    async with db.transaction():
        await db.execute(
            "INSERT INTO channel_posts (item_id, chat_id, message_id) VALUES (?, ?, ?) "
            "ON CONFLICT (item_id, chat_id) DO UPDATE SET message_id = excluded.message_id",
            (item_id, str(chat_id), message_id),
        )


async def on_item_deleted(db: Database, *, item: Item, now: dt.datetime) -> None:
    """Inside the deletion's transaction: each channel post of the item is owed an edit that
    says it was withdrawn (the post would otherwise keep advertising it). The edit carries
    what it needs: the post and the item are gone when it is sent."""
    rows = await db.fetch_all(
        "SELECT chat_id, message_id FROM channel_posts WHERE item_id = ?", (item.id,)
    )
    for row in rows:
        await outbox.enqueue(
            db,
            chat_id=row["chat_id"],
            kind=Kind.CHANNEL_WITHDRAWN,
            item_id=None,
            due_at=now,
            now=now,
            payload={"title": item.title, "item_id": item.id, "message_id": row["message_id"]},
        )


async def channel_post(db: Database, *, item_id: int, chat_id: str) -> int | None:
    """The message id of the item's post in that channel, if it was posted."""
    rows = await db.fetch_all(
        "SELECT message_id FROM channel_posts WHERE item_id = ? AND chat_id = ?",
        (item_id, str(chat_id)),
    )
    return rows[0][0] if rows else None
