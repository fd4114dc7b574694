"""Figures for operators: items by kind, chats, subscribers, outbox states, drafts waiting."""

from __future__ import annotations

from dataclasses import dataclass

from storage.database import Database


@dataclass(frozen=True)
class Stats:
    """What /stats shows."""

    items_by_kind: dict[str, int]
    chats_active: int
    chats_inactive: int
    subscribers: int
    follows: int
    outbox: dict[str, int]
    drafts_waiting: int = 0  # open drafts: held entries and /add drafts not yet handled


async def collect(db: Database) -> Stats:
    """Count everything /stats shows."""
    kinds = await db.fetch_all("SELECT kind, COUNT(*) FROM items GROUP BY kind")
    chats = await db.fetch_all("SELECT active, COUNT(*) FROM chats GROUP BY active")
    by_active = {bool(active): number for active, number in chats}
    subscribers = await db.fetch_all("SELECT COUNT(DISTINCT chat_id) FROM subscriptions")
    follows = await db.fetch_all("SELECT COUNT(*) FROM follows")
    states = await db.fetch_all("SELECT state, COUNT(*) FROM outbox GROUP BY state")
    waiting = await db.fetch_all("SELECT COUNT(*) FROM drafts WHERE state = 'open'")
    return Stats(
        items_by_kind={kind: number for kind, number in kinds},
        chats_active=by_active.get(True, 0),
        chats_inactive=by_active.get(False, 0),
        subscribers=subscribers[0][0],
        follows=follows[0][0],
        outbox={state: number for state, number in states},
        drafts_waiting=waiting[0][0],
    )
