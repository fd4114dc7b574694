"""The database object: the same behaviour from SQLite and PostgreSQL (both through ``db``)."""

from __future__ import annotations

import asyncio

import pytest

from storage.database import ERRORS, numbered
from storage.migrations import script_for

TABLE = (
    "CREATE TABLE nodes (id INTEGER PRIMARY KEY, label TEXT NOT NULL, "
    "parent INTEGER REFERENCES nodes (id) DEFERRABLE INITIALLY DEFERRED)"
)


async def create(db) -> None:
    """The table, as a portable migration step would make it on this engine."""
    await db.execute(script_for(TABLE, db.dialect))


async def labels(db) -> list[str]:
    return [row["label"] for row in await db.fetch_all("SELECT label FROM nodes ORDER BY id")]


async def test_a_failing_inner_block_is_undone_alone_and_the_outer_one_commits(db):
    await create(db)
    async with db.transaction():
        await db.execute("INSERT INTO nodes (id, label) VALUES (?, ?)", (1, "kept"))
        with pytest.raises(RuntimeError):
            async with db.transaction():
                await db.execute("INSERT INTO nodes (id, label) VALUES (?, ?)", (2, "undone"))
                raise RuntimeError("inner block fails")
        async with db.transaction():
            await db.execute(
                "INSERT INTO nodes (id, label) VALUES (:id, :label)",
                {"id": 3, "label": "also kept"},
            )
    assert await labels(db) == ["kept", "also kept"]


async def test_a_failing_outer_block_undoes_everything_in_it(db):
    await create(db)
    with pytest.raises(RuntimeError):
        async with db.transaction():
            async with db.transaction():
                await db.execute("INSERT INTO nodes (id, label) VALUES (?, ?)", (1, "gone"))
            raise RuntimeError("outer block fails")
    assert await labels(db) == []


async def test_a_commit_that_fails_is_rolled_back_and_the_database_stays_usable(db):
    await create(db)
    commits = db.commits
    with pytest.raises(ERRORS):
        async with db.transaction():
            await db.execute("INSERT INTO nodes (id, label) VALUES (?, ?)", (1, "orphan"))
            # The missing parent is only checked at COMMIT (a deferred constraint).
            await db.execute("INSERT INTO nodes (id, label, parent) VALUES (?, ?, ?)", (2, "x", 99))
    assert db.commits == commits
    assert await labels(db) == []
    async with db.transaction():
        await db.execute("INSERT INTO nodes (id, label) VALUES (?, ?)", (1, "after"))
    assert await labels(db) == ["after"] and db.commits == commits + 1


async def test_transactions_of_two_tasks_do_not_interleave(db):
    await create(db)

    async def write(first: int) -> None:
        async with db.transaction():
            for n in range(first, first + 5):
                await db.execute("INSERT INTO nodes (id, label) VALUES (?, ?)", (n, f"n{n}"))
                await asyncio.sleep(0)

    await asyncio.gather(write(1), write(100))
    assert await db.fetch_value("SELECT COUNT(*) FROM nodes") == 10


async def test_execute_counts_changed_rows_and_fetch_helpers_read_one_row_or_value(db):
    await create(db)
    await db.executemany("INSERT INTO nodes (label) VALUES (?)", [("a",), ("b",), ("c",)])
    assert await db.execute("UPDATE nodes SET label = 'z' WHERE id >= ?", (2,)) == 2
    row = await db.fetch_one("SELECT id, label FROM nodes WHERE id = ?", (3,))
    assert (row[0], row["label"]) == (3, "z")
    assert await db.fetch_one("SELECT id FROM nodes WHERE id = ?", (9,)) is None
    assert await db.fetch_value("SELECT label FROM nodes WHERE id = ?", (1,)) == "a"
    new_id = await db.fetch_value("INSERT INTO nodes (label) VALUES (?) RETURNING id", ("d",))
    assert new_id == 4


def test_placeholders_are_numbered_outside_strings_and_casts():
    assert numbered("SELECT ? WHERE a = '?' AND b = ?") == ("SELECT $1 WHERE a = '?' AND b = $2", 2)
    assert numbered("SELECT :x::int, ':y', :z, :x") == ("SELECT $1::int, ':y', $2, $1", ("x", "z"))
    assert numbered("SELECT 'it''s :not' || :yes") == ("SELECT 'it''s :not' || $1", ("yes",))
