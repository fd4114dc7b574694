"""Opening the database: pragmas, migrations, and transactions on a shared connection."""

from __future__ import annotations

import asyncio
import contextlib
import time
import weakref
from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite

from storage.migrations import MIGRATIONS

_locks: weakref.WeakKeyDictionary[aiosqlite.Connection, asyncio.Lock] = weakref.WeakKeyDictionary()


async def connect(path: str | Path) -> aiosqlite.Connection:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date."""
    db = await aiosqlite.connect(str(path), isolation_level=None)
    db.row_factory = aiosqlite.Row
    try:
        await db.execute("PRAGMA journal_mode = WAL")
        await db.execute("PRAGMA busy_timeout = 5000")
        await db.execute("PRAGMA foreign_keys = ON")
        await db.execute("PRAGMA synchronous = NORMAL")
        await migrate(db)
    except BaseException:
        await db.close()
        raise
    return db


async def schema_version(db: aiosqlite.Connection) -> int:
    """The number of migrations applied to this database."""
    await db.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)"
    )
    rows = await db.execute_fetchall("SELECT MAX(version) FROM schema_version")
    return rows[0][0] or 0


async def migrate(db: aiosqlite.Connection) -> int:
    """Apply every migration the database has not seen, each in its own transaction."""
    current = await schema_version(db)
    rows = await db.execute_fetchall("SELECT version FROM schema_version")
    applied = {row[0] for row in rows}
    for number, script in enumerate(MIGRATIONS, start=1):
        # By the set applied, not the highest: a step written later into an empty slot
        # below a step already applied still runs.
        if number in applied or script is None:
            continue
        # executescript commits first, so wrap the step in BEGIN/COMMIT inside the script.
        stamp = int(time.time())
        await db.executescript(
            f"BEGIN IMMEDIATE;\n{script}\n"
            f"INSERT INTO schema_version (version, applied_at) VALUES ({number}, {stamp});\n"
            "COMMIT;"
        )
        current = max(current, number)
    return current


@contextlib.asynccontextmanager
async def transaction(db: aiosqlite.Connection) -> AsyncIterator[aiosqlite.Connection]:
    """Run the block as one write transaction; other coroutines on this connection wait."""
    lock = _locks.setdefault(db, asyncio.Lock())
    async with lock:
        await db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            await db.execute("ROLLBACK")
            raise
        await db.execute("COMMIT")
