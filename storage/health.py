"""Whether the database can serve this process: it opens, answers, and its schema is complete."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import aiosqlite

from storage.migrations import MIGRATIONS


async def missing_migrations(path: str | Path) -> list[int]:
    """The numbered steps this code has and the database has not recorded (empty: ready).

    A connection of its own, opened for the question and closed after it: the process's
    connection keeps its open file whatever happens to the path (a volume unmounted, a file
    moved away), and would say all is well. ``mode=rw`` never creates a missing file (so
    ``path`` is absolute: the process may change its folder). Raises
    ``sqlite3.Error`` when the database cannot be opened or read.
    """
    uri = f"file:{quote(str(path))}?mode=rw"
    async with aiosqlite.connect(uri, uri=True, timeout=1.0) as db:
        rows = await db.execute_fetchall("SELECT version FROM schema_version")
    applied = {row[0] for row in rows}
    return [
        number
        for number, step in enumerate(MIGRATIONS, start=1)
        if step is not None and number not in applied
    ]
