"""Storage: migrations, upserts with change tracking, listings and search, on real SQLite
files and (through ``db``) on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.model import Deadline, Item
from storage import chats, items
from storage.db import connect, schema_version
from storage.migrations import MIGRATIONS, Step
from tests.conftest import fresh_schema

NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
TZ = "Europe/Brussels"


def call(title: str, days: int | None, **fields) -> Item:
    deadline = None
    if days is not None:
        deadline = Deadline((NOW + dt.timedelta(days=days)).date(), dt.time(17, 0), TZ)
    return Item(kind="call", title=title, summary=f"About {title}", deadline=deadline, **fields)


async def test_a_new_database_gets_every_migration_and_reopening_applies_none(tmp_path: Path):
    path = tmp_path / "fresh.db"
    conn = await connect(path)
    assert await schema_version(conn) == len(MIGRATIONS)
    await conn.close()
    conn = await connect(path)
    rows = await conn.fetch_all("SELECT COUNT(*) FROM schema_version")
    assert rows[0][0] == len([step for step in MIGRATIONS if step is not None])
    mode = await conn.fetch_all("PRAGMA journal_mode")
    assert mode[0][0] == "wal"
    await conn.close()


async def test_a_step_written_later_into_an_empty_slot_still_runs(tmp_path: Path, monkeypatch):
    # A branch may take step 10 while step 9 is still being written on another: a database
    # that has 10 gets 9 when it comes.
    import storage.db as storage_db

    empty = [*MIGRATIONS, None, "CREATE TABLE later_step (id INTEGER PRIMARY KEY);"]
    monkeypatch.setattr(storage_db, "MIGRATIONS", empty)
    conn = await connect(tmp_path / "gap.db")
    assert await schema_version(conn) == len(empty)
    await conn.close()
    filled = [*MIGRATIONS, "CREATE TABLE filled_step (id INTEGER PRIMARY KEY);", empty[-1]]
    monkeypatch.setattr(storage_db, "MIGRATIONS", filled)
    conn = await connect(tmp_path / "gap.db")
    tables = await conn.fetch_all("SELECT name FROM sqlite_master WHERE type = 'table'")
    assert {"later_step", "filled_step"} <= {row[0] for row in tables}
    await conn.close()


async def test_postgresql_gets_the_same_numbered_history_translated_or_its_own_script(
    monkeypatch,
):
    # A later branch appends portable steps (translated: wide integers, an identity id, double
    # precision) or a pair with a script per dialect; the slot mechanism is the same.
    import storage.db as storage_db

    later = "CREATE TABLE later_step (id INTEGER PRIMARY KEY, at INTEGER, score REAL);"
    pair = Step(
        sqlite="CREATE TABLE only_sqlite (x INTEGER);",
        postgresql="CREATE TABLE only_pg (x bigint);",
    )
    async with fresh_schema() as (url, schema):
        monkeypatch.setattr(storage_db, "MIGRATIONS", [*MIGRATIONS, None, later, pair])
        conn = await connect(url, schema=schema)
        try:
            assert await schema_version(conn) == len(MIGRATIONS) + 3
            columns = await conn.fetch_all(
                "SELECT column_name, data_type, is_identity FROM information_schema.columns "
                "WHERE table_schema = ? AND table_name = 'later_step' ORDER BY ordinal_position",
                (schema,),
            )
            assert [tuple(row) for row in columns] == [
                ("id", "bigint", "YES"),
                ("at", "bigint", "NO"),
                ("score", "double precision", "NO"),
            ]
            tables = await conn.fetch_all(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
                (schema,),
            )
            names = {row[0] for row in tables}
            assert "only_pg" in names and "only_sqlite" not in names
        finally:
            await conn.close()
        filled = "CREATE TABLE filled_step (id INTEGER PRIMARY KEY);"
        monkeypatch.setattr(storage_db, "MIGRATIONS", [*MIGRATIONS, filled, later, pair])
        conn = await connect(url, schema=schema)
        try:
            assert (
                await conn.fetch_value("SELECT COUNT(*) FROM schema_version")
                == len([step for step in MIGRATIONS if step is not None]) + 3
            )
            assert await conn.fetch_value("SELECT COUNT(*) FROM filled_step") == 0
        finally:
            await conn.close()


async def test_upserting_the_same_item_twice_changes_nothing(db):
    first = await items.upsert(db, call("Cluster call", 5), now=NOW, default_tz=TZ)
    second = await items.upsert(db, call("Cluster call", 5), now=NOW, default_tz=TZ)
    assert (first.status, second.status) == ("added", "unchanged")
    assert first.item_id == second.item_id
    assert await items.count(db) == 1


async def test_titles_differing_only_in_case_and_punctuation_are_one_item(db):
    await items.upsert(db, call("Cluster call!", 5), now=NOW, default_tz=TZ)
    result = await items.upsert(db, call("CLUSTER  call", 5), now=NOW, default_tz=TZ)
    assert result.status == "updated"
    assert await items.count(db) == 1


async def test_a_moved_deadline_updates_the_item_and_records_the_change(db):
    added = await items.upsert(db, call("Cluster call", 5), now=NOW, default_tz=TZ)
    moved = await items.upsert(db, call("Cluster call", 12), now=NOW, default_tz=TZ)
    assert moved.status == "updated"
    assert moved.change is not None
    assert moved.change.old.date == (NOW + dt.timedelta(days=5)).date()
    assert moved.change.new.date == (NOW + dt.timedelta(days=12)).date()
    history = await items.deadline_changes(db, added.item_id)
    assert len(history) == 1
    stored = await items.get(db, added.item_id)
    assert stored.deadline.date == (NOW + dt.timedelta(days=12)).date()


async def test_an_update_that_keeps_the_deadline_records_no_change(db):
    await items.upsert(db, call("Cluster call", 5), now=NOW, default_tz=TZ)
    changed = call("Cluster call", 5)
    changed.summary = "A new summary"
    result = await items.upsert(db, changed, now=NOW, default_tz=TZ)
    assert result.status == "updated" and result.change is None


async def test_feed_guid_wins_over_title_for_identity(db):
    await items.upsert(db, call("Old title", 5, guid="feed-1"), now=NOW, default_tz=TZ)
    result = await items.upsert(db, call("New title", 5, guid="feed-1"), now=NOW, default_tz=TZ)
    assert result.status == "updated"
    assert (await items.get(db, result.item_id)).title == "New title"


async def test_open_calls_are_nearest_first_and_closed_calls_latest_first(db):
    for title, days in [("far", 30), ("past", -3), ("near", 2), ("older", -10)]:
        await items.upsert(db, call(title, days), now=NOW, default_tz=TZ)
    open_titles = [i.title for i in await items.open_calls(db, now=NOW, limit=10)]
    closed_titles = [i.title for i in await items.closed_calls(db, now=NOW, limit=10)]
    assert open_titles == ["near", "far"]
    assert closed_titles == ["past", "older"]


async def test_paging_returns_disjoint_pages(db):
    for n in range(7):
        await items.upsert(db, call(f"call {n}", n + 1), now=NOW, default_tz=TZ)
    first = await items.open_calls(db, now=NOW, limit=5)
    second = await items.open_calls(db, now=NOW, limit=5, offset=5)
    assert len(first) == 5 and len(second) == 2
    assert not {i.id for i in first} & {i.id for i in second}


async def test_a_date_only_deadline_is_open_until_the_end_of_its_day(db):
    today = NOW.date()
    item = Item(kind="call", title="Ends today", deadline=Deadline(today))
    await items.upsert(db, item, now=NOW, default_tz=TZ)
    assert [i.title for i in await items.open_calls(db, now=NOW, limit=5)] == ["Ends today"]
    late = dt.datetime.combine(today, dt.time(23, 30), tzinfo=dt.UTC)
    assert await items.open_calls(db, now=late, limit=5) == []


async def test_an_ongoing_event_is_upcoming_until_its_last_day(db):
    today = NOW.date()
    events = [
        Item(
            kind="event",
            title="ongoing",
            event_start=today - dt.timedelta(days=1),
            event_end=today + dt.timedelta(days=1),
        ),
        Item(
            kind="event",
            title="over",
            event_start=today - dt.timedelta(days=3),
            event_end=today - dt.timedelta(days=2),
        ),
        Item(kind="course", title="soon", event_start=today + dt.timedelta(days=4)),
    ]
    for event in events:
        await items.upsert(db, event, now=NOW, default_tz=TZ)
    upcoming = [i.title for i in await items.upcoming_events(db, today=today, limit=5)]
    past = [i.title for i in await items.past_events(db, today=today, limit=5)]
    assert upcoming == ["ongoing", "soon"]
    assert past == ["over"]


async def test_search_ranks_title_matches_and_ignores_query_syntax(db):
    await items.upsert(db, call("Smart specialisation workshop", 3), now=NOW, default_tz=TZ)
    await items.upsert(db, call("Energy clusters", 3), now=NOW, default_tz=TZ)
    found = await items.search(db, "specialisation", limit=5)
    assert [i.title for i in found] == ["Smart specialisation workshop"]
    for hostile in ['"unbalanced', "a AND OR NOT", "NEAR(x y", "*", "col:value", "'); DROP"]:
        await items.search(db, hostile, limit=5)  # never raises
    assert await items.count(db) == 2


async def test_search_matches_without_accents(db):
    item = Item(kind="event", title="Journée d'information à Bruxelles")
    await items.upsert(db, item, now=NOW, default_tz=TZ)
    assert len(await items.search(db, "journee", limit=5)) == 1


async def test_a_chat_keeps_its_time_zone(db):
    assert (await chats.get(db, 5)).tz is None
    await chats.set_timezone(db, 5, "Asia/Tokyo", chat_type="private", now=NOW)
    assert (await chats.get(db, 5)).tz == "Asia/Tokyo"
