"""One database object over SQLite (aiosqlite) or PostgreSQL (asyncpg); nothing else in the
project names a driver.

SQL is written once with ``?`` (positional) or ``:name`` (named) placeholders, as SQLite reads
it; the PostgreSQL engine numbers them (``$1``…) in one place, :func:`numbered`. Where the
dialects differ, storage modules pick the statement by :attr:`Database.dialect`.

``transaction()`` nests: the outermost block is the transaction, an inner block in the same
task a SAVEPOINT, so a function that needs a transaction can be called from inside another.
A failed COMMIT rolls back, so the connection is never left inside a broken transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import functools
import re
import sqlite3
import uuid
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

import aiosqlite
import asyncpg

Params = Sequence[Any] | Mapping[str, Any]

# Errors of either engine, for callers that survive a database failure (the dispatcher).
ERRORS: tuple[type[BaseException], ...] = (
    sqlite3.Error,
    asyncpg.PostgresError,
    asyncpg.InterfaceError,
    ConnectionError,
)


class Dialect(enum.StrEnum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


class Row(Protocol):
    """A result row: by position and by column name (sqlite3.Row and asyncpg.Record both)."""

    def __getitem__(self, key: int | str, /) -> Any: ...


class Database:
    """The interface every storage function takes; one engine per dialect implements it."""

    dialect: Dialect
    # Where the data lives, for messages to operators (never a password).
    location: str
    # Outermost transactions committed so far: tests check that a batch is one transaction.
    commits: int = 0

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; the number of rows it changed."""
        raise NotImplementedError

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """Run one statement once per parameter set."""
        raise NotImplementedError

    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        """Every row of a query (also of ``UPDATE … RETURNING``)."""
        raise NotImplementedError

    async def fetch_one(self, sql: str, params: Params = ()) -> Row | None:
        """The first row of a query, or None."""
        rows = await self.fetch_all(sql, params)
        return rows[0] if rows else None

    async def fetch_value(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, or None."""
        row = await self.fetch_one(sql, params)
        return None if row is None else row[0]

    def transaction(self) -> contextlib.AbstractAsyncContextManager[Database]:
        """A write transaction (a savepoint when nested in one of the same task)."""
        raise NotImplementedError

    async def apply_migration(self, number: int, script: str, stamp: int) -> None:
        """Run migration step ``number`` (several statements) and record it, atomically."""
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError


# ---------------------------------------------------------------------------------- SQLite


class SQLiteDatabase(Database):
    """One connection in autocommit mode; transactions take a lock, so one coroutine writes
    at a time and the others wait (SQLite has one writer anyway)."""

    dialect = Dialect.SQLITE

    def __init__(self, conn: aiosqlite.Connection, path: str) -> None:
        self._conn = conn
        self.location = path
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task | None = None
        self._depth = 0

    @classmethod
    async def open(cls, path: str | Path) -> SQLiteDatabase:
        conn = await aiosqlite.connect(str(path), isolation_level=None)
        conn.row_factory = aiosqlite.Row
        try:
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA busy_timeout = 5000")
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            await conn.close()
            raise
        return cls(conn, str(path))

    async def execute(self, sql: str, params: Params = ()) -> int:
        cursor = await self._conn.execute(sql, params)
        changed = cursor.rowcount
        await cursor.close()
        return changed

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        await self._conn.executemany(sql, rows)

    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        return list(await self._conn.execute_fetchall(sql, params))

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Database]:
        task = asyncio.current_task()
        if self._owner is not None and self._owner is task:
            async with self._savepoint():
                yield self
            return
        async with self._lock:
            self._owner = task
            try:
                await self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self
                except BaseException:
                    await self._conn.execute("ROLLBACK")
                    raise
                try:
                    await self._conn.execute("COMMIT")
                except BaseException:
                    if self._conn.in_transaction:
                        await self._conn.execute("ROLLBACK")
                    raise
                self.commits += 1
            finally:
                self._owner = None

    @contextlib.asynccontextmanager
    async def _savepoint(self) -> AsyncIterator[None]:
        self._depth += 1
        name = f"nested_{self._depth}"
        await self._conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            await self._conn.execute(f"ROLLBACK TO {name}")
            await self._conn.execute(f"RELEASE {name}")
            raise
        finally:
            self._depth -= 1
        await self._conn.execute(f"RELEASE {name}")

    async def apply_migration(self, number: int, script: str, stamp: int) -> None:
        # executescript commits first, so the step carries its own BEGIN/COMMIT; the write
        # lock keeps every other coroutine out meanwhile.
        async with self._lock:
            await self._conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\n"
                f"INSERT INTO schema_version (version, applied_at) VALUES ({number}, {stamp});\n"
                "COMMIT;"
            )

    async def close(self) -> None:
        await self._conn.close()


# ------------------------------------------------------------------------------ PostgreSQL

_PLACEHOLDER = re.compile(r"'(?:[^']|'')*'|::|\?|:([A-Za-z_]\w*)")


@functools.lru_cache(maxsize=1024)
def numbered(sql: str) -> tuple[str, tuple[str, ...] | int]:
    """``sql`` with ``?`` and ``:name`` made ``$1``, ``$2``… (never inside string literals or
    a ``::`` cast), and what fills them: the names in order, or how many positional ones."""
    names: list[str] = []
    positional = 0

    def number(match: re.Match[str]) -> str:
        nonlocal positional
        text = match.group(0)
        if text.startswith("'") or text == "::":
            return text
        if text == "?":
            positional += 1
            return f"${positional}"
        name = match.group(1)
        if name not in names:
            names.append(name)
        return f"${names.index(name) + 1}"

    out = _PLACEHOLDER.sub(number, sql)
    if names and positional:
        raise ValueError("a statement mixes ? and :name placeholders")
    return out, tuple(names) if names else positional


def _arguments(sql: str, params: Params) -> tuple[str, Sequence[Any]]:
    text, fill = numbered(sql)
    if isinstance(fill, tuple):
        assert isinstance(params, Mapping), "named placeholders need a mapping"
        return text, [params[name] for name in fill]
    assert not isinstance(params, Mapping) or not params, "positional placeholders need a tuple"
    return text, list(params)


def _changed(status: str) -> int:
    """Rows an 'UPDATE 3' / 'INSERT 0 1' / 'DELETE 2' status reports."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


def _text(value: Any) -> str:
    # Like SQLite's column affinity: a number given for a TEXT column is stored as its text
    # (a chat id in the outbox's chat column, which also holds '@channel' names).
    return value if isinstance(value, str) else str(value)


async def _setup(conn: asyncpg.Connection) -> None:
    await conn.set_type_codec(
        "text", schema="pg_catalog", encoder=_text, decoder=str, format="text"
    )


class PostgresDatabase(Database):
    """A pool of connections. Outside a transaction each statement takes any connection; a
    transaction keeps one for its task, and nested blocks are savepoints on it."""

    dialect = Dialect.POSTGRESQL

    def __init__(self, pool: asyncpg.Pool, location: str) -> None:
        self._pool = pool
        self.location = location
        self._held: dict[asyncio.Task | None, asyncpg.Connection] = {}

    @classmethod
    async def open(
        cls, url: str, *, min_size: int = 1, max_size: int = 10, schema: str | None = None
    ) -> PostgresDatabase:
        settings = {"search_path": f"{schema}, public"} if schema else None
        pool = await asyncpg.create_pool(
            url, min_size=min_size, max_size=max_size, init=_setup, server_settings=settings
        )
        parts = urlsplit(url)
        where = f"{parts.scheme}://{parts.hostname or ''}:{parts.port or 5432}{parts.path}"
        return cls(pool, where + (f" (schema {schema})" if schema else ""))

    @contextlib.asynccontextmanager
    async def _connection(self) -> AsyncIterator[asyncpg.Connection]:
        held = self._held.get(asyncio.current_task())
        if held is not None:
            yield held
            return
        async with self._pool.acquire() as conn:
            yield conn

    async def execute(self, sql: str, params: Params = ()) -> int:
        text, args = _arguments(sql, params)
        async with self._connection() as conn:
            return _changed(await conn.execute(text, *args))

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        batch = [_arguments(sql, params) for params in rows]
        if not batch:
            return
        async with self._connection() as conn:
            await conn.executemany(batch[0][0], [args for _, args in batch])

    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        text, args = _arguments(sql, params)
        async with self._connection() as conn:
            return await conn.fetch(text, *args)

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Database]:
        task = asyncio.current_task()
        held = self._held.get(task)
        if held is not None:
            async with held.transaction():  # asyncpg nests as a savepoint
                yield self
            return
        async with self._pool.acquire() as conn:
            self._held[task] = conn
            try:
                # asyncpg rolls back when the block raises, and a failed COMMIT leaves no
                # transaction open (the server ends it); the pool resets the connection.
                async with conn.transaction():
                    yield self
                self.commits += 1
            finally:
                del self._held[task]

    async def apply_migration(self, number: int, script: str, stamp: int) -> None:
        async with self.transaction(), self._connection() as conn:
            await conn.execute(script)  # no arguments: the simple protocol runs them all
            await conn.execute(
                "INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)", number, stamp
            )

    async def close(self) -> None:
        await self._pool.close()


# ---------------------------------------------------------------------------------- opening


def is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def sqlite_path(url: str) -> Path:
    """The file of a ``sqlite:///relative.db`` or ``sqlite:////absolute.db`` URL."""
    parts = urlsplit(url)
    if parts.scheme != "sqlite" or parts.netloc:
        raise ValueError(f"not an SQLite URL: {url!r} (sqlite:///file.db)")
    path = unquote(parts.path)
    return Path(path[1:] if path.startswith("/") else path)


def dialect_of(url: str) -> Dialect:
    scheme = urlsplit(url).scheme
    if scheme == "sqlite":
        return Dialect.SQLITE
    if scheme in ("postgresql", "postgres"):
        return Dialect.POSTGRESQL
    raise ValueError(f"unsupported database URL scheme {scheme!r}: sqlite:// or postgresql://")


@contextlib.asynccontextmanager
async def scratch_schema(url: str, prefix: str = "scratch") -> AsyncIterator[str]:
    """A new empty schema on the PostgreSQL server of ``url``, dropped with everything in it
    afterwards (tests and benchmarks each work in their own)."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = await PostgresDatabase.open(url, max_size=1)
    try:
        await admin.execute(f'CREATE SCHEMA "{name}"')
        try:
            yield name
        finally:
            await admin.execute(f'DROP SCHEMA "{name}" CASCADE')
    finally:
        await admin.close()


def with_schema(url: str, schema: str) -> str:
    """``url`` whose connections use ``schema`` first (for another process: DATABASE_URL)."""
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}search_path={schema},public"


async def open_database(target: str | Path, *, schema: str | None = None) -> Database:
    """Open (no migrations) the database a URL or an SQLite file path names."""
    if not is_url(target):
        return await SQLiteDatabase.open(target)
    url = str(target)
    if dialect_of(url) is Dialect.SQLITE:
        return await SQLiteDatabase.open(sqlite_path(url))
    return await PostgresDatabase.open(url, schema=schema)
