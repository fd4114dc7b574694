"""The outbox: every message the bot owes a chat, and the states it goes through.

pending ──claim──► sending ──► sent
   ▲                  │
   └──retry later─────┤──► failed (can never be sent, or no longer useful)
   ▲                  └──► dropped (chat gone, deadline passed, superseded)
   └──lease expired (its sender died)
pending ──► cancelled (nothing to remind of any more)

A claim records who claimed the row (``claimed_by``) and until when (``lease_until``). The sender
renews the leases of the rows it holds; rows whose lease expired belong to a sender that died and
go back to pending, for any sender to claim. Each row is marked 'sent' as soon as Telegram answers
its send, so a crash repeats at most the sends that were in flight (``SEND_CONCURRENCY``).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass
from typing import Any

from storage.database import Database, Dialect, Row


class Kind(enum.StrEnum):
    """What a row is; the stored value is the enum's value."""

    REMINDER = "reminder"
    DEADLINE_MOVED = "deadline_moved"
    DEADLINE_REMOVED = "deadline_removed"
    ITEM_DELETED = "item_deleted"
    ADMIN_ALERT = "admin_alert"
    CHANNEL_POST = "channel_post"
    CHANNEL_EDIT = "channel_edit"
    CHANNEL_MOVED = "channel_moved"
    CHANNEL_WITHDRAWN = "channel_withdrawn"  # a deleted item's post, edited to say so
    NOTIFICATION = "notification"
    DIGEST_ITEM = "digest_item"
    TOPIC_GONE = "topic_gone"  # a forum topic was deleted: its subscriptions are paused
    BOARD_POST = "board_post"  # a live board's first message, pinned when the bot may
    BOARD_EDIT = "board_edit"  # the board's message, edited to what it shows now
    BOARD_UNPIN = "board_unpin"  # a removed board's message, unpinned
    BOARD_NOTICE = "board_notice"  # to the chat, once: the board could not be pinned, or is gone


class Priority(enum.IntEnum):
    """Which rows go first when more is due than can be sent at once (migration 5 stores it)."""

    PERSONAL = 0  # reminders and notices about what a chat follows: late is useless
    CHANNEL = 1
    BULK = 2  # pushes to subscribers and digests


PRIORITY = {
    Kind.REMINDER: Priority.PERSONAL,
    Kind.DEADLINE_MOVED: Priority.PERSONAL,
    Kind.DEADLINE_REMOVED: Priority.PERSONAL,
    Kind.ITEM_DELETED: Priority.PERSONAL,
    Kind.ADMIN_ALERT: Priority.PERSONAL,
    Kind.CHANNEL_POST: Priority.CHANNEL,
    Kind.CHANNEL_EDIT: Priority.CHANNEL,
    Kind.CHANNEL_MOVED: Priority.CHANNEL,
    Kind.CHANNEL_WITHDRAWN: Priority.CHANNEL,
    Kind.NOTIFICATION: Priority.BULK,
    Kind.DIGEST_ITEM: Priority.BULK,
    # As the generated column ranks the kinds it does not name.
    Kind.TOPIC_GONE: Priority.BULK,
    Kind.BOARD_POST: Priority.BULK,
    Kind.BOARD_EDIT: Priority.BULK,
    Kind.BOARD_UNPIN: Priority.BULK,
    Kind.BOARD_NOTICE: Priority.BULK,
}

# How long after it was owed a row is still worth retrying; a reminder is worth it until its
# deadline, which the dispatcher checks itself.
USEFUL_FOR = {
    Priority.PERSONAL: dt.timedelta(days=3),
    Priority.CHANNEL: dt.timedelta(days=1),
    Priority.BULK: dt.timedelta(days=1),
}


@dataclass(frozen=True)
class OutboxRow:
    """One message owed to a chat."""

    id: int
    chat_id: int | str  # a channel may be '@name'
    kind: str
    item_id: int | None
    payload: dict[str, Any]
    due_at: int
    attempts: int
    created_at: int = 0
    thread_id: int | None = None  # the forum topic it goes into

    @property
    def priority(self) -> Priority:
        try:
            return PRIORITY[Kind(self.kind)]
        except ValueError:
            return Priority.BULK

    def useful_until(self) -> dt.datetime:
        """After this, failing sends are not retried any more."""
        created = dt.datetime.fromtimestamp(self.created_at, dt.UTC)
        return created + USEFUL_FOR[self.priority]


def chat_of(value: int | str) -> int | str:
    """A chat as stored in the outbox, as Telegram addresses it: a number (PostgreSQL keeps
    the column as text, ``storage.migrations``) or a channel's '@name'."""
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return value


def _row(row: Row) -> OutboxRow:
    return OutboxRow(
        row["id"],
        chat_of(row["chat_id"]),
        row["kind"],
        row["item_id"],
        json.loads(row["payload"]),
        row["due_at"],
        row["attempts"],
        row["created_at"],
        row["thread_id"],
    )


async def enqueue(
    db: Database,
    *,
    chat_id: int | str,
    kind: str,
    item_id: int | None,
    due_at: dt.datetime,
    now: dt.datetime,
    payload: dict[str, Any] | None = None,
    thread_id: int | None = None,
) -> None:
    """Owe ``chat_id`` (its forum topic ``thread_id``) a message of ``kind`` at ``due_at``
    (inside the caller's transaction)."""
    await db.execute(
        "INSERT INTO outbox "
        "(chat_id, kind, item_id, payload, due_at, created_at, thread_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (
            chat_id,
            kind,
            item_id,
            json.dumps(payload or {}),
            int(due_at.timestamp()),
            int(now.timestamp()),
            thread_id,
        ),
    )


async def claim_due(
    db: Database,
    *,
    now: dt.datetime,
    limit: int,
    owner: str = "local",
    lease: dt.timedelta = dt.timedelta(minutes=2),
    per_chat: int | None = None,
    skip_chats: frozenset[int | str] = frozenset(),
) -> list[OutboxRow]:
    """Claim up to ``limit`` due rows for ``owner`` and return them, most urgent first.

    Most urgent is by priority, then due time. With ``per_chat``, no chat gets more than that
    many rows in one claim, so one chat with thousands of rows waiting (a group paced at
    20 a minute) does not fill the claim and hold up every other chat. ``skip_chats`` are
    chats the caller still holds enough rows for.
    """
    stamp = int(now.timestamp())
    cap = per_chat or limit
    async with db.transaction():
        await _expire_leases(db, stamp, owner)
        chosen: list[int] = []
        for priority in Priority:
            if len(chosen) >= limit:
                break
            # Rank only within this priority's due rows: the partial index on
            # (priority, due_at, id) makes this a range scan however much waits for later.
            candidates = await db.fetch_all(
                "SELECT id, chat_id FROM ("
                "  SELECT id, chat_id, due_at, ROW_NUMBER() OVER ("
                "    PARTITION BY chat_id ORDER BY due_at, id) AS n FROM outbox"
                "  WHERE state = 'pending' AND priority = ? AND due_at <= ?"
                ") AS due WHERE n <= ? ORDER BY due_at, id",
                (int(priority), stamp, cap),
            )
            for row in candidates:
                if chat_of(row["chat_id"]) in skip_chats:
                    continue
                chosen.append(row["id"])
                if len(chosen) >= limit:
                    break
        if not chosen:
            return []
        # A chat's due digest entries are one message: claim all of them together, whatever
        # the per-chat cap, or a digest of twenty would arrive as four.
        digest_chats = await db.fetch_all(
            "SELECT DISTINCT chat_id FROM outbox WHERE id IN "
            f"({','.join('?' * len(chosen))}) AND kind = 'digest_item'",
            chosen,
        )
        for row in digest_chats:
            more = await db.fetch_all(
                "SELECT id FROM outbox WHERE state = 'pending' AND kind = 'digest_item' "
                "AND chat_id = ? AND due_at <= ? ORDER BY due_at, id LIMIT 500",
                (row["chat_id"], stamp),
            )
            chosen.extend(r["id"] for r in more if r["id"] not in chosen)
        marks = ",".join("?" * len(chosen))
        # SQLite has one writer: the transaction alone makes the claim exclusive. PostgreSQL
        # senders claim at once: each takes only rows no other holds locked (SKIP LOCKED) and
        # still pending once it has them, so two claims never share a row, and neither waits.
        chosen_rows = f"id IN ({marks}) AND state = 'pending'"
        if db.dialect is Dialect.POSTGRESQL:
            chosen_rows = (
                f"id IN (SELECT id FROM outbox WHERE {chosen_rows} FOR UPDATE SKIP LOCKED)"
            )
        rows = await db.fetch_all(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_by = ?, "
            f"lease_until = ? WHERE {chosen_rows} RETURNING *",
            (owner, stamp + int(lease.total_seconds()), *chosen),
        )
    claimed = [_row(r) for r in rows]
    return sorted(claimed, key=lambda r: (r.priority, r.due_at, r.id))


async def _expire_leases(db: Database, stamp: int, owner: str) -> int:
    """Rows whose sender stopped renewing their lease are owed again (inside a transaction).

    Never the claiming sender's own rows: it still holds them, and may have sent one whose
    outcome it could not record yet (a locked database); taking it back would send it twice.
    """
    changed = await db.execute(
        "UPDATE outbox SET state = 'pending', claimed_by = NULL, lease_until = NULL "
        "WHERE state = 'sending' AND lease_until < ? AND claimed_by IS DISTINCT FROM ?",
        (stamp, owner),
    )
    return changed


async def renew_leases(db: Database, *, owner: str, now: dt.datetime, lease: dt.timedelta) -> int:
    """Extend the leases of every row ``owner`` still holds; returns how many."""
    async with db.transaction():
        changed = await db.execute(
            "UPDATE outbox SET lease_until = ? WHERE state = 'sending' AND claimed_by = ?",
            (int((now + lease).timestamp()), owner),
        )
        return changed


async def release_owner(db: Database, owner: str) -> int:
    """Give back every row ``owner`` holds unsent (it stopped), without counting an attempt."""
    async with db.transaction():
        changed = await db.execute(
            "UPDATE outbox SET state = 'pending', "
            "attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, "
            "claimed_by = NULL, lease_until = NULL WHERE state = 'sending' AND claimed_by = ?",
            (owner,),
        )
        return changed


async def mark_sent(db: Database, row_id: int, *, now: dt.datetime) -> None:
    """The message went out."""
    async with db.transaction():
        await db.execute(
            "UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ?",
            (int(now.timestamp()), row_id),
        )


async def retry_later(db: Database, row_id: int, *, due_at: dt.datetime, error: str) -> None:
    """Sending failed for now: try again at ``due_at``."""
    async with db.transaction():
        await db.execute(
            "UPDATE outbox SET state = 'pending', due_at = ?, last_error = ?, claimed_by = NULL, "
            "lease_until = NULL WHERE id = ?",
            (int(due_at.timestamp()), error[:500], row_id),
        )


async def release(db: Database, row_ids: list[int]) -> None:
    """Give claimed rows back unsent (the tick stopped early), without counting an attempt."""
    if not row_ids:
        return
    async with db.transaction():
        await db.executemany(
            "UPDATE outbox SET state = 'pending', attempts = attempts - 1, claimed_by = NULL, "
            "lease_until = NULL WHERE id = ? AND state = 'sending'",
            [(row_id,) for row_id in row_ids],
        )


async def finish(db: Database, row_id: int, *, state: str, reason: str) -> None:
    """End a row without sending it: 'failed' or 'dropped', with the reason."""
    assert state in ("failed", "dropped", "cancelled")
    async with db.transaction():
        await db.execute(
            "UPDATE outbox SET state = ?, last_error = ? WHERE id = ?",
            (state, reason[:500], row_id),
        )


async def drop_chat(
    db: Database,
    chat_id: int | str,
    *,
    reason: str,
    now: dt.datetime,
    channel: bool = False,
) -> int:
    """The chat cannot be reached: mark it inactive and drop everything owed to it.

    A channel (the operator's CHANNEL_ID, '@name' or numeric) has no row in ``chats``: its
    rows fail with the reason, for the operators to see, and nothing is retried.
    """
    stamp = int(now.timestamp())
    async with db.transaction():
        if channel or isinstance(chat_id, str):
            changed = await db.execute(
                "UPDATE outbox SET state = 'failed', last_error = ?, claimed_by = NULL "
                "WHERE chat_id = ? AND state IN ('pending', 'sending')",
                (reason[:500], chat_id),
            )
            return changed
        await db.execute(
            "INSERT INTO chats (chat_id, active, created_at, updated_at) VALUES (?, 0, ?, ?) "
            "ON CONFLICT (chat_id) DO UPDATE SET active = 0, updated_at = excluded.updated_at",
            (chat_id, stamp, stamp),
        )
        changed = await db.execute(
            "UPDATE outbox SET state = 'dropped', last_error = ?, claimed_by = NULL "
            "WHERE chat_id = ? AND state IN ('pending', 'sending')",
            (reason[:500], chat_id),
        )
        return changed


async def release_in_flight(db: Database, *, keep: str | None = None) -> int:
    """Rows other senders were sending go back to pending (taking over from a dead sender)."""
    async with db.transaction():
        changed = await db.execute(
            "UPDATE outbox SET state = 'pending', claimed_by = NULL, lease_until = NULL "
            "WHERE state = 'sending' AND claimed_by IS DISTINCT FROM ?",
            (keep,),
        )
        return changed


async def drop_expired_reminders(db: Database, *, now: dt.datetime) -> int:
    """Drop pending reminders whose deadline has passed (at start-up, after downtime)."""
    async with db.transaction():
        changed = await db.execute(
            "UPDATE outbox SET state = 'dropped', last_error = 'deadline passed while offline' "
            "WHERE state = 'pending' AND kind = 'reminder' AND due_at <= :now AND item_id IN ("
            "SELECT id FROM items WHERE deadline_at <= :now)",
            {"now": int(now.timestamp())},
        )
        return changed


async def due_later_for(db: Database, row: OutboxRow, *, now: dt.datetime) -> bool:
    """Whether a later reminder of the same item to the same chat is also due already."""
    rows = await db.fetch_all(
        "SELECT 1 FROM outbox WHERE chat_id = ? AND item_id = ? AND kind = 'reminder' "
        "AND state = 'pending' AND due_at > ? AND due_at <= ? LIMIT 1",
        (row.chat_id, row.item_id, row.due_at, int(now.timestamp())),
    )
    return bool(rows)


async def counts(db: Database) -> dict[str, int]:
    """How many rows are in each state."""
    rows = await db.fetch_all("SELECT state, COUNT(*) FROM outbox GROUP BY state")
    return {state: number for state, number in rows}


async def counts_by_state_and_kind(db: Database) -> list[tuple[str, str, int]]:
    """How many rows are in each state, per kind (for /metrics)."""
    rows = await db.fetch_all(
        "SELECT state, kind, COUNT(*) FROM outbox GROUP BY state, kind ORDER BY state, kind"
    )
    return [(row[0], row[1], row[2]) for row in rows]


async def rows_for(db: Database, chat_id: int) -> list[Row]:
    """Every row owed to one chat (for tests and operators)."""
    return await db.fetch_all(
        "SELECT * FROM outbox WHERE chat_id = ? ORDER BY due_at, id", (chat_id,)
    )


async def enqueue_many(db: Database, rows: list[tuple]) -> None:
    """Owe many messages at once: (chat_id, kind, item_id, due_at, created_at[, thread_id]),
    no payload; without a thread_id, into the chat itself.

    Runs inside the caller's transaction; one statement, so owing an item to thousands of
    subscribers is not thousands of round trips to the database thread.
    """
    await db.executemany(
        "INSERT INTO outbox "
        "(chat_id, kind, item_id, due_at, created_at, thread_id, payload) "
        "VALUES (?, ?, ?, ?, ?, ?, '{}') ON CONFLICT DO NOTHING",
        [row if len(row) == 6 else (*row, None) for row in rows],
    )


async def drop_topic(db: Database, chat_id: int | str, thread_id: int, *, reason: str) -> int:
    """End every row owed to a deleted forum topic (inside the caller's transaction)."""
    changed = await db.execute(
        "UPDATE outbox SET state = 'dropped', last_error = ? "
        "WHERE chat_id = ? AND thread_id = ? AND state IN ('pending', 'sending')",
        (reason, chat_id, thread_id),
    )
    return changed


async def insert_many(
    db: Database, rows: list[tuple[int | str, str, int | None, int, int]]
) -> None:
    """Bulk load pending rows in a transaction of their own (benchmarks, migrations)."""
    async with db.transaction():
        await enqueue_many(db, rows)
