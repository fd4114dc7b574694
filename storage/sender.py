"""The one process that sends for a database: a single row, kept alive by heartbeats.

Two ``callboard run`` on one database would each claim and send the same broadcast; the
second one is refused instead (see docs/DESIGN.md, "One sender per database").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from storage.database import Database, Row


@dataclass(frozen=True)
class Holder:
    """Who sends for the database."""

    owner: str
    host: str
    pid: int
    started_at: dt.datetime
    heartbeat_at: dt.datetime


class SenderBusy(Exception):
    """Another live process sends for this database."""

    def __init__(self, holder: Holder) -> None:
        super().__init__(f"{holder.owner} sends for this database")
        self.holder = holder


def _holder(row: Row) -> Holder:
    return Holder(
        row["owner"],
        row["host"],
        row["pid"],
        dt.datetime.fromtimestamp(row["started_at"], dt.UTC),
        dt.datetime.fromtimestamp(row["heartbeat_at"], dt.UTC),
    )


async def current(db: Database) -> Holder | None:
    """The registered sender, alive or not."""
    rows = await db.fetch_all("SELECT * FROM sender WHERE id = 1")
    return _holder(rows[0]) if rows else None


async def acquire(
    db: Database,
    *,
    owner: str,
    host: str,
    pid: int,
    now: dt.datetime,
    stale_after: dt.timedelta,
    is_alive: Callable[[Holder], bool],
) -> Holder | None:
    """Become the sender; returns the dead sender taken over from, if there was one.

    Raises SenderBusy when the registered sender is still alive: its heartbeat is fresh, or
    ``is_alive`` says its process still runs (a sender whose database was locked for a while
    misses heartbeats but is not dead).
    """
    stamp = int(now.timestamp())
    async with db.transaction():
        rows = await db.fetch_all("SELECT * FROM sender WHERE id = 1")
        previous = _holder(rows[0]) if rows else None
        if previous is not None and previous.owner != owner:
            fresh = now - previous.heartbeat_at < stale_after
            if is_alive(previous) if previous.host == host else fresh:
                raise SenderBusy(previous)
        await db.execute(
            "INSERT INTO sender (id, owner, host, pid, started_at, heartbeat_at) "
            "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, "
            "host = excluded.host, pid = excluded.pid, started_at = excluded.started_at, "
            "heartbeat_at = excluded.heartbeat_at",
            (owner, host, pid, stamp, stamp),
        )
    return previous if previous is not None and previous.owner != owner else None


async def heartbeat(db: Database, *, owner: str, now: dt.datetime) -> bool:
    """Say ``owner`` is alive; False when it is no longer the sender."""
    async with db.transaction():
        changed = await db.execute(
            "UPDATE sender SET heartbeat_at = ? WHERE id = 1 AND owner = ?",
            (int(now.timestamp()), owner),
        )
        return changed == 1


async def release(db: Database, *, owner: str) -> None:
    """``owner`` stops sending (a clean stop): the next process starts at once."""
    async with db.transaction():
        await db.execute("DELETE FROM sender WHERE id = 1 AND owner = ?", (owner,))
