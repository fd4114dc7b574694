"""Live boards in storage: one post however often asked, its words read as /search reads
them, an edit owed at most once at a time, and a deleted board told once."""

from __future__ import annotations

import datetime as dt

from ingest.model import Deadline, Item
from storage import boards, items, outbox
from storage.text_query import parse

NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
TZ = "Europe/Brussels"
GROUP = -100900


def call(title: str, days: int, kind: str = "call") -> Item:
    return Item(kind=kind, title=title, deadline=Deadline(NOW.date() + dt.timedelta(days=days)))


async def pending(db) -> list[str]:
    return [r["kind"] for r in await outbox.rows_for(db, GROUP) if r["state"] == "pending"]


async def put(db, words: str = "", kinds: str = "calls") -> bool:
    return await boards.put(
        db,
        chat_id=GROUP,
        chat_type="supergroup",
        thread_id=None,
        kinds=kinds,
        query=parse(words),
        now=NOW,
    )


async def test_asking_twice_before_the_post_went_out_still_owes_one_post(db):
    assert await put(db) is True
    assert await put(db, "energy") is True
    assert await pending(db) == ["board_post"]
    assert (await boards.get(db, GROUP)).query == parse("energy")


async def test_a_posted_board_asked_again_is_edited_not_posted_again(db):
    await put(db)
    await boards.record_post(db, chat_id=GROUP, message_id=7, shown="x", pinned=True, now=NOW)
    for row in await outbox.rows_for(db, GROUP):
        await outbox.mark_sent(db, row["id"], now=NOW)
    assert await put(db, "hydrogen") is False
    await boards.owe_edit(db, chat_id=GROUP, now=NOW)  # one edit waits at a time
    assert await pending(db) == ["board_edit"]


async def test_a_board_shows_next_deadlines_of_its_kinds_matching_its_phrase_and_exclusion(db):
    for item in (
        call("Green hydrogen valleys", 3),
        call("Green hydrogen and nuclear", 2),
        call("Green hydrogen closed", -1),
        call("Green hydrogen info day", 1, kind="event"),
        call("Hydrogen, green", 4),
        call("Green hydrogen hubs", 9),
    ):
        await items.upsert(db, item, now=NOW, default_tz=TZ)
    await put(db, '"green hydrogen" -nuclear')
    shown = await boards.upcoming(db, await boards.get(db, GROUP), now=NOW)
    assert [i.title for i in shown] == ["Green hydrogen valleys", "Green hydrogen hubs"]


async def test_a_deleted_board_stops_and_is_told_once_and_off_unpins_a_pinned_one(db):
    await put(db)
    await boards.record_post(db, chat_id=GROUP, message_id=7, shown="x", pinned=False, now=NOW)
    assert await boards.gone(db, chat_id=GROUP, now=NOW) is True
    assert await boards.gone(db, chat_id=GROUP, now=NOW) is False
    notices = [r for r in await outbox.rows_for(db, GROUP) if r["kind"] == "board_notice"]
    assert [r["payload"] for r in notices] == ['{"notice": "pin_refused"}', '{"notice": "gone"}']
    await put(db)
    await boards.record_post(db, chat_id=GROUP, message_id=9, shown="x", pinned=True, now=NOW)
    removed = await boards.remove(db, chat_id=GROUP, now=NOW)
    assert removed is not None and removed.message_id == 9
    assert await boards.get(db, GROUP) is None
    assert "board_unpin" in await pending(db)
    assert await boards.remove(db, chat_id=GROUP, now=NOW) is None


async def test_a_board_of_a_chat_the_bot_cannot_reach_is_not_kept_current(db):
    await put(db)
    await boards.record_post(db, chat_id=GROUP, message_id=7, shown="x", pinned=True, now=NOW)
    assert [b.chat_id for b in await boards.posted(db)] == [GROUP]
    await outbox.drop_chat(db, GROUP, reason="Forbidden: bot was kicked", now=NOW)
    assert await boards.posted(db) == []
