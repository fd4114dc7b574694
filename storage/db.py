"""Opening the database (an SQLite file or a PostgreSQL server) and bringing its schema up to
date with the numbered migrations."""

from __future__ import annotations

import time
from pathlib import Path

from storage.database import Database, Dialect, open_database
from storage.migrations import MIGRATIONS, script_for

# Every PostgreSQL process migrating the same database takes this lock first, so two replicas
# starting together apply each step once.
_MIGRATION_LOCK = 0x63616C6C  # 'call'


async def connect(target: str | Path, *, schema: str | None = None) -> Database:
    """Open (creating if needed) the database a URL or an SQLite path names, migrated.

    ``schema``: PostgreSQL only, the schema to use first (tests give each its own)."""
    db = await open_database(target, schema=schema)
    try:
        await migrate(db)
    except BaseException:
        await db.close()
        raise
    return db


async def schema_version(db: Database) -> int:
    """The number of migrations applied to this database."""
    wide = "BIGINT" if db.dialect is Dialect.POSTGRESQL else "INTEGER"
    await db.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        f"(version {wide} PRIMARY KEY, applied_at {wide} NOT NULL)"
    )
    return await db.fetch_value("SELECT MAX(version) FROM schema_version") or 0


async def migrate(db: Database) -> int:
    """Apply every migration the database has not seen, each in its own transaction."""
    if db.dialect is Dialect.POSTGRESQL:
        async with db.transaction():
            await db.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            return await _migrate(db)
    return await _migrate(db)


async def _migrate(db: Database) -> int:
    current = await schema_version(db)
    applied = {row[0] for row in await db.fetch_all("SELECT version FROM schema_version")}
    for number, step in enumerate(MIGRATIONS, start=1):
        # By the set applied, not the highest: a step written later into an empty slot
        # below a step already applied still runs.
        if number in applied or step is None:
            continue
        await db.apply_migration(number, script_for(step, db.dialect), int(time.time()))
        current = max(current, number)
    return current
