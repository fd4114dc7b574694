"""Imports that stream: records read lazily, stored in batches, past items never pushed."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from bot.importing import import_items
from ingest import sources as reading
from ingest.model import Deadline, Item
from ingest.sources import Parsed, Rejected, build, read_records
from storage import items, outbox

TZ = "Europe/Brussels"
NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
CHANNEL = "@calls"


def call(title: str, days: int, **fields) -> Item:
    day = (NOW + dt.timedelta(days=days)).date()
    return Item(kind="call", title=title, deadline=Deadline(day, dt.time(17, 0), TZ), **fields)


async def channel_posts(db) -> list[int]:
    return [r["item_id"] for r in await outbox.rows_for(db, CHANNEL) if r["kind"] == "channel_post"]


async def test_an_imported_call_already_closed_or_an_ended_event_is_stored_but_not_pushed(db):
    ended = Item(kind="event", title="Workshop 2025", event_start=dt.date(2025, 3, 1))
    ongoing = Item(
        kind="event",
        title="Long exhibition",
        event_start=dt.date(2026, 11, 1),
        event_end=dt.date(2026, 12, 31),
    )
    parsed = Parsed(items=[call("Closed call", -3), call("Open call", 5), ended, ongoing])
    summary = await import_items(db, parsed, now=NOW, default_tz=TZ, channel=CHANNEL)
    assert summary.added == 4
    titles = [(await items.get(db, i)).title for i in await channel_posts(db)]
    assert titles == ["Open call", "Long exhibition"]


async def test_an_import_without_push_stores_and_owes_nothing(db):
    parsed = Parsed(items=[call("Open call", 5)])
    summary = await import_items(db, parsed, now=NOW, default_tz=TZ, channel=CHANNEL, push=False)
    assert summary.added == 1 and await channel_posts(db) == []


async def test_the_same_entry_twice_in_one_batch_is_one_item(db):
    twice = [
        call("Call A", 5, link="https://x.org/a"),
        call("Call B", 6),
        call("Call A", 9, link="https://x.org/a/"),
    ]
    summary = await import_items(db, Parsed(items=twice), now=NOW, default_tz=TZ, channel=CHANNEL)
    assert (summary.added, summary.updated) == (2, 1)
    [a, b] = await items.all_items(db)
    assert a.deadline.date == (NOW + dt.timedelta(days=9)).date() and b.title == "Call B"
    assert len(await channel_posts(db)) == 2


async def test_batches_give_the_same_result_as_one_item_at_a_time(tmp_path, db):
    from storage.db import connect

    many = [
        call(f"Call number {n}", n % 40 + 1, link=f"https://x.org/{n % 170}") for n in range(400)
    ]
    batched = await import_items(db, Parsed(items=many), now=NOW, default_tz=TZ, batch=64)
    single_db = await connect(tmp_path / "single.db")
    try:
        single = await import_items(single_db, Parsed(items=many), now=NOW, default_tz=TZ, batch=1)
        assert (batched.added, batched.updated, batched.unchanged) == (
            single.added,
            single.updated,
            single.unchanged,
        )
        assert [(i.title, i.deadline) for i in await items.all_items(db)] == [
            (i.title, i.deadline) for i in await items.all_items(single_db)
        ]
    finally:
        await single_db.close()


@pytest.mark.parametrize("chunk", [7, 64, 1 << 16])
def test_a_json_list_is_streamed_across_chunk_boundaries(monkeypatch, chunk):
    monkeypatch.setattr(reading, "CHUNK", chunk)
    records = [{"title": f"Call {n} ü", "text": "x" * (n * 13 % 50), "n": n} for n in range(60)]
    records.append(12345678)
    text = json.dumps(records, indent=1)
    values = [r.value for r in read_records(io.StringIO(text), source="t")]
    assert values == records


def test_records_are_read_lazily_one_at_a_time():
    class Endless(io.StringIO):
        def readline(self, *args):
            line = super().readline(*args)
            if not line:
                raise AssertionError("read past what was asked for")
            return line

        def __next__(self):
            return self.readline()

    lines = "".join(json.dumps({"title": f"t{n}"}) + "\n" for n in range(5))
    stream = read_records(Endless(lines), source="t.jsonl")
    assert [next(stream).value["title"] for _ in range(5)] == [f"t{n}" for n in range(5)]


def test_a_broken_json_list_is_rejected_with_the_record_number():
    got = [
        build(r, source="t")
        for r in read_records(io.StringIO('[{"title": "a"}, {oops'), source="t")
    ]
    assert isinstance(got[0], Item) and isinstance(got[1], Rejected)
    assert got[1].where == "t: record 2" and "not JSON" in got[1].reason


def test_a_digest_file_is_streamed_with_its_heading_skipped(tmp_path):
    path = tmp_path / "digest.txt"
    path.write_text("Heading\n\nFirst call\nDeadline 3 May 2027.\nSecond call\n\nOpen now.\n")
    with path.open(encoding="utf-8") as stream:
        built = [build(r, source="d") for r in read_records(stream, source="d")]
    assert [(i.title, i.summary) for i in built] == [
        ("First call", "Deadline 3 May 2027."),
        ("Second call", "Open now."),
    ]


async def test_items_stored_before_migration_6_are_still_found_by_guid_link_and_title(
    tmp_path, monkeypatch
):
    import hashlib

    from storage import db as storage_db
    from storage.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    monkeypatch.setattr(storage_db, "MIGRATIONS", MIGRATIONS[:4])
    old = await storage_db.connect(path)
    for n, (basis, link) in enumerate(
        [("guid:feed-7", "https://x.org/7"), ("link:https://x.org/8", "https://x.org/8/")]
    ):
        await old.execute(
            "INSERT INTO items (fingerprint, kind, title, link, source, created_at, updated_at) "
            "VALUES (?, 'call', ?, ?, 'feed', 0, 0)",
            (hashlib.sha1(basis.encode()).hexdigest(), f"Old call {n}", link),
        )
    await old.execute(
        "INSERT INTO items (fingerprint, kind, title, source, created_at, updated_at) "
        "VALUES ('x', 'call', 'Old call by title', 'feed', 0, 0)"
    )
    await old.close()
    monkeypatch.setattr(storage_db, "MIGRATIONS", MIGRATIONS)
    db = await storage_db.connect(path)
    try:
        assert await items.fill_identity_keys(db) == 3
        again = [
            Item(kind="call", title="Renamed", guid="feed-7", source="feed"),
            Item(kind="call", title="Old call 1", link="https://x.org/8", source="feed"),
            Item(kind="call", title="OLD call, by title!", source="feed"),
        ]
        summary = await import_items(db, Parsed(items=again), now=NOW, default_tz=TZ)
        assert summary.added == 0 and await items.count(db) == 3
    finally:
        await db.close()


async def test_a_deadline_given_to_the_second_is_stored_to_the_second(db):
    exact = Deadline(dt.date(2027, 5, 19), dt.time(23, 59, 59), TZ)
    parsed = Parsed(items=[Item(kind="call", title="Brokerage event 2027", deadline=exact)])
    await import_items(db, parsed, now=NOW, default_tz=TZ, channel=CHANNEL)
    [stored] = await items.all_items(db)
    assert stored.deadline == exact
    assert stored.deadline.iso() == "2027-05-19T23:59:59+02:00"
