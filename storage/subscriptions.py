"""Subscriptions: which new items a chat wants pushed, and digest schedules."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ingest.model import Item
from ingest.zones import zone_for
from storage import chats, outbox
from storage.database import Database, Row
from storage.text_query import Problem, TextQuery, parse

KIND_FILTERS = {
    "calls": ("call", "extension"),
    "events": ("event",),
    "courses": ("course",),
    "all": ("call", "extension", "event", "course", "news"),
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Subscription:
    """What one chat asked to be told about."""

    id: int
    chat_id: int
    kinds: str
    query: TextQuery
    thread_id: int | None = None  # the forum topic it was made in, which its pushes go into
    paused: bool = False  # its topic was deleted


def parse_filter(args: list[str]) -> tuple[str, TextQuery, Problem | None]:
    """'[calls|events|courses|all] words "a phrase" -excluded' (a subscription's or a board's)
    as the kinds, the query, and what is wrong with it: only exclusions, or words typed that
    hold nothing to look for ('***'). No words at all is no problem: every item of the kinds."""
    kinds = "all"
    if args and args[0].lower() in KIND_FILTERS:
        kinds, args = args[0].lower(), args[1:]
    query = parse(" ".join(args))
    problem = query.problem if args or query.problem is Problem.ONLY_EXCLUDED else None
    return kinds, query, problem


def matches(subscription: Subscription, item: Item) -> bool:
    """Whether a new item is one the subscription asked for.

    Its words, phrases and exclusions are read as /search reads them (``storage.text_query``):
    any form of a word, 'webinars' is pushed an item about a webinar; a phrase in order,
    within the title or within the summary; an item with an excluded word is not pushed.
    """
    if item.kind not in KIND_FILTERS[subscription.kinds]:
        return False
    return subscription.query.matches(item.title, item.summary)


async def add(
    db: Database,
    *,
    chat_id: int,
    chat_type: str,
    kinds: str,
    query: TextQuery,
    now: dt.datetime,
    thread_id: int | None = None,
) -> int:
    """Subscribe a chat (in its forum topic ``thread_id``); returns the subscription's id.

    Asking again for the same kinds and keywords in the same topic returns the subscription
    the chat already has: a user who retries (or taps a command twice) must not be pushed
    each item twice.
    """
    stamp = int(now.timestamp())
    joined = query.written()
    async with db.transaction():
        await chats.ensure(db, chat_id, chat_type=chat_type, now=now)
        same = await db.fetch_all(
            "SELECT id FROM subscriptions WHERE chat_id = ? AND kinds = ? AND keywords = ? "
            "AND coalesce(thread_id, 0) = ? AND paused_at IS NULL ORDER BY id LIMIT 1",
            (chat_id, kinds, joined, thread_id or 0),
        )
        if same:
            return same[0]["id"]
        return await db.fetch_value(
            "INSERT INTO subscriptions (chat_id, kinds, keywords, created_at, thread_id) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id",
            (chat_id, kinds, joined, stamp, thread_id),
        )


def _subscription(row: Row) -> Subscription:
    # Keywords are stored as written by TextQuery.written(): plain words before phrases and
    # exclusions existed read back the same.
    return Subscription(
        row["id"],
        row["chat_id"],
        row["kinds"],
        parse(row["keywords"]),
        row["thread_id"],
        row["paused_at"] is not None,
    )


async def of_chat(db: Database, chat_id: int) -> list[Subscription]:
    """A chat's subscriptions, oldest first."""
    rows = await db.fetch_all(
        "SELECT * FROM subscriptions WHERE chat_id = ? ORDER BY id", (chat_id,)
    )
    return [_subscription(r) for r in rows]


async def remove(db: Database, *, chat_id: int, subscription_id: int | None) -> int:
    """Remove one of a chat's subscriptions (or all with None); returns how many went."""
    async with db.transaction():
        if subscription_id is None:
            changed = await db.execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,))
        else:
            changed = await db.execute(
                "DELETE FROM subscriptions WHERE chat_id = ? AND id = ?",
                (chat_id, subscription_id),
            )
        return changed


async def active(db: Database) -> list[tuple[Subscription, str | None, str | None]]:
    """Every subscription of an active chat, not paused, with the chat's digest and zone."""
    rows = await db.fetch_all(
        "SELECT subscriptions.*, chats.digest, chats.tz FROM subscriptions "
        "JOIN chats ON chats.chat_id = subscriptions.chat_id "
        "WHERE chats.active = 1 AND subscriptions.paused_at IS NULL ORDER BY subscriptions.id"
    )
    return [(_subscription(r), r["digest"], r["tz"]) for r in rows]


async def topic_deleted(
    db: Database, *, chat_id: int, thread_id: int, reason: str, now: dt.datetime
) -> int:
    """A forum topic is gone: pause its subscriptions, end what it is owed, and owe the chat
    (outside any topic) one notice for its administrators, only when this paused something,
    so a topic's many failing rows tell them once. Returns how many were paused."""
    stamp = int(now.timestamp())
    async with db.transaction():
        changed = await db.execute(
            "UPDATE subscriptions SET paused_at = ? "
            "WHERE chat_id = ? AND thread_id = ? AND paused_at IS NULL",
            (stamp, chat_id, thread_id),
        )
        paused = changed
        await outbox.drop_topic(db, chat_id, thread_id, reason=reason)
        if paused:
            await outbox.enqueue(
                db,
                chat_id=chat_id,
                kind=outbox.Kind.TOPIC_GONE,
                item_id=None,
                due_at=now,
                now=now,
                payload={"thread_id": thread_id, "paused": paused},
            )
    return paused


def parse_digest(args: list[str]) -> str | None:
    """'daily HH:MM' or 'weekly DAY HH:MM' as stored; ValueError when malformed."""
    if len(args) == 2 and args[0] == "daily" and re.fullmatch(r"\d{1,2}:\d{2}", args[1]):
        hour, minute = map(int, args[1].split(":"))
        if hour < 24 and minute < 60:
            return f"daily {hour:02d}:{minute:02d}"
    if len(args) == 3 and args[0] == "weekly" and re.fullmatch(r"\d{1,2}:\d{2}", args[2]):
        day = next((n for n, name in enumerate(WEEKDAYS) if name.startswith(args[1][:3])), None)
        hour, minute = map(int, args[2].split(":"))
        if day is not None and len(args[1]) >= 3 and hour < 24 and minute < 60:
            return f"weekly {day} {hour:02d}:{minute:02d}"
    raise ValueError("expected daily HH:MM or weekly DAY HH:MM")


def next_digest(setting: str, *, tz: str, now: dt.datetime) -> dt.datetime:
    """The next time (UTC) a digest with this setting goes out, in the chat's zone."""
    parts = setting.split()
    hour, minute = map(int, parts[-1].split(":"))
    zone = zone_for(tz)
    local_now = now.astimezone(zone)
    for days in range(0, 8):
        day = local_now.date() + dt.timedelta(days=days)
        if parts[0] == "weekly" and day.weekday() != int(parts[1]):
            continue
        moment = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)
        if moment > now:
            return moment.astimezone(dt.UTC)
    raise AssertionError("a digest time falls within a week")


async def set_digest(
    db: Database,
    *,
    chat_id: int,
    chat_type: str,
    setting: str | None,
    tz: str,
    now: dt.datetime,
) -> dt.datetime | None:
    """Store the chat's digest setting; pending digest entries move to the new time."""
    when = next_digest(setting, tz=tz, now=now) if setting else now
    async with db.transaction():
        await chats.ensure(db, chat_id, chat_type=chat_type, now=now)
        await db.execute("UPDATE chats SET digest = ? WHERE chat_id = ?", (setting, chat_id))
        await db.execute(
            "UPDATE outbox SET due_at = ? WHERE chat_id = ? AND kind = 'digest_item' "
            "AND state = 'pending'",
            (int(when.timestamp()), chat_id),
        )
    return when if setting else None


async def subscriber_count(db: Database) -> int:
    """How many chats have at least one subscription."""
    rows = await db.fetch_all("SELECT COUNT(DISTINCT chat_id) FROM subscriptions")
    return rows[0][0]
