"""``callboard migrate-db``: an operator's SQLite database copied to PostgreSQL, whole."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from ingest.model import Deadline, Item
from storage import broadcasts, drafts, items, outbox, reminders, sources, subscriptions
from storage.database import with_schema
from storage.db import connect
from storage.text_query import TextQuery
from tests.botprocess import bot_env, callboard
from tests.conftest import SAMPLE_DIGEST, fresh_schema, future_calls, write_json

NOW = dt.datetime(2026, 5, 4, 12, 0, tzinfo=dt.UTC)
TABLES = (
    "chats",
    "items",
    "deadline_changes",
    "follows",
    "outbox",
    "sources",
    "subscriptions",
    "channel_posts",
    "drafts",
)


async def _fill(path: Path) -> dict[str, int]:
    """Give every table of the SQLite file some rows, through the storage functions."""
    db = await connect(path)
    try:
        call = (await items.all_items(db))[0]
        deadline = Deadline(dt.date(2027, 3, 1), None, "UTC")
        await reminders.follow(
            db,
            chat_id=-1001234567890123,  # wider than 32 bits, as supergroup ids are
            chat_type="supergroup",
            item_id=call.id,
            deadline=deadline,
            offsets=[dt.timedelta(days=1)],
            default_tz="UTC",
            now=NOW,
        )
        moved = await items.upsert(
            db, dataclasses.replace(call, id=None, deadline=deadline), now=NOW, default_tz="UTC"
        )
        assert moved.change is not None
        await subscriptions.add(
            db, chat_id=42, chat_type="private", kinds="calls", query=TextQuery(), now=NOW
        )
        await sources.add(db, "https://example.org/feed.xml", origin="admin", now=NOW)
        await drafts.save(db, chat_id=42, item=Item(kind="call", title="A draft"), now=NOW)
        await broadcasts.record_channel_post(db, item_id=call.id, chat_id="@calls", message_id=7)
        return {table: await db.fetch_value(f"SELECT COUNT(*) FROM {table}") for table in TABLES}
    finally:
        await db.close()


def _counts(stdout: str) -> dict[str, tuple[int, int]]:
    found = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1].isdigit():
            found[parts[0]] = (int(parts[1]), int(parts[2]))
    return found


async def test_migrate_db_copies_everything_keeps_ids_and_can_run_again(tmp_path: Path):
    database = tmp_path / "callboard.db"
    env = bot_env(None, database, CHANNEL_ID="@calls")
    calls = write_json(tmp_path / "calls.json", future_calls(3, now=NOW))
    for source in (SAMPLE_DIGEST, calls):
        assert callboard(["import", str(source)], env, tmp_path).returncode == 0
    expected = await _fill(database)
    assert all(expected[table] > 0 for table in TABLES), expected

    async with fresh_schema() as (url, schema):
        target = with_schema(url, schema)
        first = callboard(["migrate-db", target], env, tmp_path)
        assert first.returncode == 0, first.stderr
        copied = _counts(first.stdout)
        assert {t: copied[t] for t in TABLES} == {t: (n, n) for t, n in expected.items()}
        assert "done: every row is on PostgreSQL" in first.stdout

        again = callboard(["migrate-db", target], env, tmp_path)
        assert again.returncode == 0, again.stderr
        assert _counts(again.stdout) == copied  # nothing twice

        # The bot's own listing reads the same items from the server, ids and all.
        sqlite_listing = callboard(["items"], env, tmp_path).stdout
        server_env = {**env, "DATABASE_URL": target}
        assert callboard(["items"], server_env, tmp_path).stdout == sqlite_listing

        db = await connect(url, schema=schema)
        try:
            old = await connect(database)
            try:
                assert await outbox.counts(db) == await outbox.counts(old)
                assert [i.title for i in await items.search(db, "cluster", limit=5)] == [
                    i.title for i in await items.search(old, "cluster", limit=5)
                ]
                assert len(await items.deadline_changes(db, 1)) == len(
                    await items.deadline_changes(old, 1)
                )
                followed = await reminders.followed(db, -1001234567890123)
                assert [f.item.id for f in followed] == [
                    f.item.id for f in await reminders.followed(old, -1001234567890123)
                ]
                highest = await old.fetch_value("SELECT MAX(id) FROM items")
            finally:
                await old.close()
            # The server's ids go on after the copied ones.
            added = await items.upsert(
                db, Item(kind="news", title="After the move"), now=NOW, default_tz="UTC"
            )
            assert added.item_id == highest + 1
            channel = await db.fetch_all("SELECT chat_id FROM outbox WHERE kind = 'channel_post'")
            assert {row["chat_id"] for row in channel} == {"@calls"}
        finally:
            await db.close()


def test_migrate_db_refuses_a_target_that_is_not_postgresql(tmp_path: Path):
    env = bot_env(None, tmp_path / "c.db")
    result = callboard(["migrate-db", "sqlite:///other.db"], env, tmp_path)
    assert result.returncode == 2
    assert "the target must be a postgresql:// URL" in result.stderr
