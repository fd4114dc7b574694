"""Copying an SQLite database into PostgreSQL (``callboard migrate-db``).

Every table the migrations made is copied with its ids, parents before children (by their
foreign keys), in batches; a row already on the server (the same primary key) is updated to
the SQLite row, so running the copy again adds nothing twice. Columns the server computes
itself (generated: ``event_until``, ``priority``, the search vector) are left to it, and each
identity sequence restarts after the highest id copied. Not copied: ``schema_version`` (each
database records its own migrations) and ``sender`` (which process sends is a running
process's lease, not data).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from storage.database import Database, Dialect

BATCH = 1000
_SKIPPED = {"schema_version", "sender"}


@dataclass(frozen=True)
class Copied:
    """One table's rows on each side after the copy."""

    table: str
    sqlite: int
    postgresql: int

    @property
    def complete(self) -> bool:
        # More on the server is possible (it was used before); fewer means rows are missing.
        return self.postgresql >= self.sqlite


async def _tables(source: Database) -> list[str]:
    """The SQLite tables to copy, every table after the tables it references."""
    rows = await source.fetch_all(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    # A virtual table (the FTS5 index) and its shadow tables (items_fts_data, …) belong to
    # SQLite's search; the server keeps its own.
    virtual = [r["name"] for r in rows if r["sql"].upper().startswith("CREATE VIRTUAL TABLE")]
    names = [
        r["name"]
        for r in rows
        if r["name"] not in _SKIPPED
        and not any(r["name"] == v or r["name"].startswith(f"{v}_") for v in virtual)
    ]
    parents: dict[str, set[str]] = {}
    for name in names:
        references = await source.fetch_all(f'PRAGMA foreign_key_list("{name}")')
        parents[name] = {r["table"] for r in references} & set(names) - {name}
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)]
        if not ready:  # a cycle: cannot happen with this schema, but never loop forever
            ready = [n for n in names if n not in ordered]
        ordered.extend(ready)
    return ordered


async def _columns(source: Database, target: Database, table: str) -> tuple[list[str], list[str]]:
    """(columns to copy, primary key columns): the SQLite table's stored columns that the
    server's table also has and does not compute."""
    info = await source.fetch_all(f'PRAGMA table_info("{table}")')  # no generated columns
    writable = {
        r["column_name"]
        for r in await target.fetch_all(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? "
            "AND is_generated = 'NEVER'",
            (table,),
        )
    }
    columns = [r["name"] for r in info if r["name"] in writable]
    key = [r["name"] for r in sorted(info, key=lambda r: r["pk"]) if r["pk"]]
    return columns, key


def _insert(table: str, columns: list[str], key: list[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    others = [c for c in columns if c not in key]
    if key and others:
        update = ", ".join(f'"{c}" = excluded."{c}"' for c in others)
        conflict = f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {update}"
    else:
        conflict = "ON CONFLICT DO NOTHING"
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks}) {conflict}'


async def copy_table(source: Database, target: Database, table: str) -> None:
    """Copy one table in batches by rowid, one transaction per batch."""
    columns, key = await _columns(source, target, table)
    if not columns:
        return
    select = ", ".join(f'"{c}"' for c in columns)
    insert = _insert(table, columns, key)
    after = -(2**63)
    while True:
        rows = await source.fetch_all(
            f'SELECT rowid, {select} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT ?',
            (after, BATCH),
        )
        if not rows:
            break
        async with target.transaction():
            await target.executemany(insert, [tuple(row)[1:] for row in rows])
        after = rows[-1][0]
    await _restart_identity(target, table)


async def _restart_identity(target: Database, table: str) -> None:
    """Let the server's next id follow the highest copied one."""
    identities = await target.fetch_all(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND table_name = ? AND is_identity = 'YES'",
        (table,),
    )
    for row in identities:
        column = row["column_name"]
        await target.fetch_value(
            f"SELECT setval(pg_get_serial_sequence(?, ?), "
            f'GREATEST((SELECT MAX("{column}") FROM "{table}"), 1))',
            (table, column),
        )


async def copy_database(
    source: Database, target: Database, *, progress: Callable[[str], None] = lambda _: None
) -> list[Copied]:
    """Copy every table of ``source`` (SQLite) into ``target`` (PostgreSQL, migrated); the
    rows of each table on both sides afterwards."""
    if source.dialect is not Dialect.SQLITE or target.dialect is not Dialect.POSTGRESQL:
        raise ValueError("copies an SQLite database into a PostgreSQL one")
    counts = []
    for table in await _tables(source):
        progress(table)
        await copy_table(source, target, table)
        counts.append(
            Copied(
                table,
                await source.fetch_value(f'SELECT COUNT(*) FROM "{table}"'),
                await target.fetch_value(f'SELECT COUNT(*) FROM "{table}"'),
            )
        )
    return counts
