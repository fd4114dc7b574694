"""Whether the database can serve this process: it opens, answers, and its schema is complete."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import aiosqlite

from storage.database import Database
from storage.migrations import MIGRATIONS


async def missing_migrations(where: Path | Database) -> list[int]:
    """The numbered steps this code has and the database has not recorded (empty: ready).

    An SQLite file (``where`` a path) is asked on a connection of its own, opened for the
    question and closed after it: the process's connection keeps its open file whatever
    happens to the path (a volume unmounted, a file moved away), and would say all is well.
    ``mode=rw`` never creates a missing file (so the path is absolute: the process may change
    its folder). A PostgreSQL server is asked through the process's own pool, whose every
    query goes over the network to it. Raises the engine's error when the database cannot
    be reached or read.
    """
    if isinstance(where, Path):
        uri = f"file:{quote(str(where))}?mode=rw"
        async with aiosqlite.connect(uri, uri=True, timeout=1.0) as db:
            rows = list(await db.execute_fetchall("SELECT version FROM schema_version"))
    else:
        database: Database = where
        rows = await database.fetch_all("SELECT version FROM schema_version")
    applied = {row[0] for row in rows}
    return [
        number
        for number, step in enumerate(MIGRATIONS, start=1)
        if step is not None and number not in applied
    ]
