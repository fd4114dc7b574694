"""Live deadline boards: one pinned message per chat that the bot keeps current by editing.

A board's text is rendered when its outbox row is sent (like every other message), from the
items as they are then. The refresher (``bot/boards.py``) owes a board an edit only when the
text it would show differs from the one it shows (``shown``, a digest) and its last edit is
at least the board interval old; the unique index on pending ``board_edit`` rows keeps at
most one edit waiting per board.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass

from ingest.model import Item
from storage import chats, outbox
from storage.database import Database, Dialect, Row
from storage.outbox import Kind
from storage.rows import item_from_row
from storage.subscriptions import KIND_FILTERS
from storage.text_query import TextQuery, parse

# A board lists this many deadlines at most: a pinned message read at a glance.
BOARD_SIZE = 10


@dataclass(frozen=True)
class Board:
    """One chat's live board."""

    chat_id: int
    thread_id: int | None
    kinds: str
    query: TextQuery
    message_id: int | None
    shown: str
    pinned: bool
    edited_at: int | None


def digest(text: str) -> str:
    """What ``shown`` holds for a text."""
    return hashlib.sha1(text.encode()).hexdigest()


def _ceil(moment: dt.datetime) -> int:
    """Seconds, rounded up: an edit stamped early would let the next come too soon."""
    return math.ceil(moment.timestamp())


def _board(row: Row) -> Board:
    return Board(
        row["chat_id"],
        row["thread_id"],
        row["kinds"],
        parse(row["keywords"]),
        row["message_id"],
        row["shown"],
        bool(row["pinned"]),
        row["edited_at"],
    )


async def get(db: Database, chat_id: int) -> Board | None:
    """The chat's board, if it has one."""
    rows = await db.fetch_all("SELECT * FROM boards WHERE chat_id = ?", (chat_id,))
    return _board(rows[0]) if rows else None


async def posted(db: Database) -> list[Board]:
    """Every board that has its message, to be kept current; not those of chats the bot can
    no longer reach (removed from a group: each edit would fail), until they write again."""
    rows = await db.fetch_all(
        "SELECT boards.* FROM boards JOIN chats ON chats.chat_id = boards.chat_id "
        "WHERE boards.message_id IS NOT NULL AND chats.active = 1 ORDER BY boards.chat_id"
    )
    return [_board(r) for r in rows]


async def put(
    db: Database,
    *,
    chat_id: int,
    chat_type: str,
    thread_id: int | None,
    kinds: str,
    query: TextQuery,
    now: dt.datetime,
) -> bool:
    """Give the chat a board showing ``kinds`` and ``query``; True when it is new.

    A new board is owed its first post; a board the chat already has keeps its message and is
    owed an edit at once with what it now shows (a new filter is worth an edit now).
    """
    stamp = int(now.timestamp())
    async with db.transaction():
        await chats.ensure(db, chat_id, chat_type=chat_type, now=now)
        old = await db.fetch_all("SELECT message_id FROM boards WHERE chat_id = ?", (chat_id,))
        if old and old[0]["message_id"] is not None:
            await db.execute(
                "UPDATE boards SET kinds = ?, keywords = ? WHERE chat_id = ?",
                (kinds, query.written(), chat_id),
            )
            await outbox.enqueue(
                db, chat_id=chat_id, kind=Kind.BOARD_EDIT, item_id=None, due_at=now, now=now
            )
            return False
        await db.execute(
            "INSERT INTO boards (chat_id, thread_id, kinds, keywords, created_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET "
            "thread_id = excluded.thread_id, kinds = excluded.kinds, "
            "keywords = excluded.keywords",
            (chat_id, thread_id, kinds, query.written(), stamp),
        )
        waiting = await db.fetch_all(
            "SELECT 1 FROM outbox WHERE chat_id = ? AND kind = 'board_post' "
            "AND state IN ('pending', 'sending')",
            (chat_id,),
        )
        if not waiting:  # asked again before its first post went out: still one post
            await outbox.enqueue(
                db,
                chat_id=chat_id,
                kind=Kind.BOARD_POST,
                item_id=None,
                due_at=now,
                now=now,
                thread_id=thread_id,
            )
        return True


async def remove(db: Database, *, chat_id: int, now: dt.datetime) -> Board | None:
    """Stop the chat's board: no more edits, and its pinned message is owed an unpin."""
    async with db.transaction():
        rows = await db.fetch_all("SELECT * FROM boards WHERE chat_id = ?", (chat_id,))
        if not rows:
            return None
        board = _board(rows[0])
        await db.execute("DELETE FROM boards WHERE chat_id = ?", (chat_id,))
        await db.execute(
            "UPDATE outbox SET state = 'cancelled', last_error = 'board removed' "
            "WHERE chat_id = ? AND kind IN ('board_post', 'board_edit') AND state = 'pending'",
            (chat_id,),
        )
        if board.message_id is not None and board.pinned:
            await outbox.enqueue(
                db,
                chat_id=chat_id,
                kind=Kind.BOARD_UNPIN,
                item_id=None,
                due_at=now,
                now=now,
                payload={"message_id": board.message_id},
            )
        return board


async def owe_edit(db: Database, *, chat_id: int, now: dt.datetime) -> None:
    """Owe the board an edit now (ignored while one is already waiting)."""
    async with db.transaction():
        await outbox.enqueue(
            db, chat_id=chat_id, kind=Kind.BOARD_EDIT, item_id=None, due_at=now, now=now
        )


async def record_post(
    db: Database,
    *,
    chat_id: int,
    message_id: int,
    shown: str,
    pinned: bool | None,
    now: dt.datetime,
    thread_id: int | None = None,
) -> None:
    """The board's message went out; when the bot may not pin it (``pinned`` False, not None:
    a passing failure), the chat is told, once since this is the board's one post."""
    async with db.transaction():
        await db.execute(
            "UPDATE boards SET message_id = ?, shown = ?, pinned = ?, edited_at = ? "
            "WHERE chat_id = ?",
            (message_id, shown, int(bool(pinned)), _ceil(now), chat_id),
        )
        if pinned is False:
            await _notice(db, chat_id, "pin_refused", now, thread_id)


async def record_edit(db: Database, *, chat_id: int, shown: str, now: dt.datetime) -> None:
    """The board now shows the text with this digest."""
    async with db.transaction():
        await db.execute(
            "UPDATE boards SET shown = ?, edited_at = ? WHERE chat_id = ?",
            (shown, _ceil(now), chat_id),
        )


async def gone(db: Database, *, chat_id: int, now: dt.datetime) -> bool:
    """The board's message was deleted: stop the board and tell the chat, once (the board
    is gone after the first failing edit, so a second finds nothing to stop)."""
    async with db.transaction():
        changed = await db.execute("DELETE FROM boards WHERE chat_id = ?", (chat_id,))
        if changed:
            await _notice(db, chat_id, "gone", now)
        return bool(changed)


async def _notice(
    db: Database,
    chat_id: int,
    what: str,
    now: dt.datetime,
    thread_id: int | None = None,
) -> None:
    await outbox.enqueue(
        db,
        chat_id=chat_id,
        kind=Kind.BOARD_NOTICE,
        item_id=None,
        due_at=now,
        now=now,
        payload={"notice": what},
        thread_id=thread_id,
    )


async def upcoming(
    db: Database, board: Board, *, now: dt.datetime, limit: int = BOARD_SIZE
) -> list[Item]:
    """What the board shows: the next deadlines of its kinds matching its words (read as
    /search reads them, through the full-text index), nearest first."""
    kinds = KIND_FILTERS[board.kinds]
    marks = ",".join("?" * len(kinds))
    sql = f"SELECT * FROM items WHERE deadline_at > ? AND kind IN ({marks}) "
    params: list[object] = [int(now.timestamp()), *kinds]
    if db.dialect is Dialect.POSTGRESQL:
        query = board.query.tsquery()
        if query is not None:
            sql += "AND search @@ to_tsquery('simple', callboard_fold(?)) "
            params.append(query)
    else:
        query = board.query.fts()
        if query is not None:
            sql += "AND id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?) "
            params.append(query)
    sql += "ORDER BY deadline_at, id LIMIT ?"
    params.append(limit)
    rows = await db.fetch_all(sql, params)
    return [item_from_row(r) for r in rows]
