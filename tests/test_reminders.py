"""Reminders: offset arithmetic across DST, follows, deadline moves, the outbox state machine."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from ingest.model import Deadline, Item
from storage import items, outbox, reminders
from storage.schedule import due_at, parse_offsets, plan

TZ = "Europe/Brussels"
NOW = dt.datetime(2026, 3, 20, 12, 0, tzinfo=dt.UTC)
# 30 March 2026, 17:00 in Brussels: the day after Europe moves to summer time.
DEADLINE = Deadline(dt.date(2026, 3, 30), dt.time(17, 0), TZ)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


# -- arithmetic ----------------------------------------------------------------------------


def test_whole_days_keep_the_wall_clock_time_across_a_dst_change():
    assert due_at(DEADLINE, dt.timedelta(days=1), chat_tz=TZ) == utc(2026, 3, 29, 15, 0)
    assert due_at(DEADLINE, dt.timedelta(days=7), chat_tz=TZ) == utc(2026, 3, 23, 16, 0)


def test_hours_and_minutes_are_exact_durations():
    assert due_at(DEADLINE, dt.timedelta(hours=2), chat_tz=TZ) == utc(2026, 3, 30, 13, 0)
    assert due_at(DEADLINE, dt.timedelta(hours=26), chat_tz=TZ) == utc(2026, 3, 29, 13, 0)


def test_a_date_only_deadline_counts_back_from_nine_in_the_readers_zone():
    deadline = Deadline(dt.date(2026, 3, 30))
    assert due_at(deadline, dt.timedelta(days=1), chat_tz="America/New_York") == (
        utc(2026, 3, 29, 13, 0)
    )


def test_aoe_deadlines_are_computed_in_utc_minus_twelve():
    deadline = Deadline(dt.date(2026, 3, 30), dt.time(23, 59), "AoE")
    assert due_at(deadline, dt.timedelta(hours=1), chat_tz=TZ) == utc(2026, 3, 31, 10, 59)


def test_offsets_already_past_are_skipped_and_reported():
    now = utc(2026, 3, 27, 12, 0)
    ahead, past = plan(DEADLINE, parse_offsets("7d 1d 2h"), chat_tz=TZ, now=now)
    assert [o for o, _ in ahead] == [dt.timedelta(days=1), dt.timedelta(hours=2)]
    assert past == [dt.timedelta(days=7)]


# -- follows and moves ---------------------------------------------------------------------


@pytest.fixture
async def item_id(db) -> int:
    item = Item(kind="call", title="Cluster call", link="https://x/1", deadline=DEADLINE)
    return (await items.upsert(db, item, now=NOW, default_tz=TZ)).item_id


async def pending(db, chat_id: int) -> list[tuple[str, dt.datetime]]:
    return [
        (r["kind"], dt.datetime.fromtimestamp(r["due_at"], dt.UTC))
        for r in await outbox.rows_for(db, chat_id)
        if r["state"] == "pending"
    ]


async def follow(db, item_id: int, offsets: str, chat_id: int = 5) -> reminders.FollowResult:
    return await reminders.follow(
        db,
        chat_id=chat_id,
        chat_type="private",
        item_id=item_id,
        deadline=DEADLINE,
        offsets=parse_offsets(offsets),
        default_tz=TZ,
        now=NOW,
    )


async def test_following_puts_one_row_per_reminder_in_the_outbox(db, item_id):
    result = await follow(db, item_id, "7d 1d 2h")
    assert len(result.ahead) == 3
    assert await pending(db, 5) == [
        ("reminder", utc(2026, 3, 23, 16, 0)),
        ("reminder", utc(2026, 3, 29, 15, 0)),
        ("reminder", utc(2026, 3, 30, 13, 0)),
    ]


async def test_following_again_replaces_the_reminders(db, item_id):
    await follow(db, item_id, "7d 1d 2h")
    await follow(db, item_id, "1d")
    assert await pending(db, 5) == [("reminder", utc(2026, 3, 29, 15, 0))]


async def test_forgetting_cancels_the_pending_reminders(db, item_id):
    await follow(db, item_id, "7d 1d")
    assert await reminders.unfollow(db, chat_id=5, item_id=item_id)
    assert await pending(db, 5) == []
    assert not await reminders.unfollow(db, chat_id=5, item_id=item_id)


async def test_a_moved_deadline_notifies_followers_and_moves_their_reminders(db, item_id):
    await follow(db, item_id, "1d", chat_id=5)
    await follow(db, item_id, "2h", chat_id=6)
    later = Deadline(dt.date(2026, 4, 6), dt.time(17, 0), TZ)
    moved = Item(kind="call", title="Cluster call", link="https://x/1", deadline=later)
    result = await items.upsert(db, moved, now=NOW, default_tz=TZ)
    assert result.change is not None
    assert await pending(db, 5) == [("deadline_moved", NOW), ("reminder", utc(2026, 4, 5, 15, 0))]
    assert await pending(db, 6) == [("deadline_moved", NOW), ("reminder", utc(2026, 4, 6, 13, 0))]


async def test_a_removed_deadline_cancels_reminders_with_a_note(db, item_id):
    await follow(db, item_id, "1d")
    gone = Item(kind="call", title="Cluster call", link="https://x/1", deadline=None)
    await items.upsert(db, gone, now=NOW, default_tz=TZ)
    assert await pending(db, 5) == [("deadline_removed", NOW)]


async def follow_at(db, item_id: int, *moments: dt.datetime) -> reminders.FollowResult:
    return await reminders.follow(
        db,
        chat_id=5,
        chat_type="private",
        item_id=item_id,
        deadline=DEADLINE,
        offsets=[],
        default_tz=TZ,
        now=NOW,
        moments=list(moments),
    )


async def test_a_reminder_at_a_named_moment_is_owed_at_that_moment(db, item_id):
    result = await follow_at(db, item_id, utc(2026, 3, 21, 17, 0))
    assert result.at == [utc(2026, 3, 21, 17, 0)] and result.ahead == []
    assert await pending(db, 5) == [("reminder", utc(2026, 3, 21, 17, 0))]
    [entry] = await reminders.followed(db, 5)
    assert (entry.offsets, entry.moments) == ("", [utc(2026, 3, 21, 17, 0)])


async def test_a_moved_deadline_keeps_a_named_moment_before_it_and_drops_one_after(db, item_id):
    await follow_at(db, item_id, utc(2026, 3, 21, 17, 0), utc(2026, 3, 29, 17, 0))
    earlier = Deadline(dt.date(2026, 3, 25), dt.time(17, 0), TZ)
    moved = Item(kind="call", title="Cluster call", link="https://x/1", deadline=earlier)
    await items.upsert(db, moved, now=NOW, default_tz=TZ)
    assert await pending(db, 5) == [
        ("deadline_moved", NOW),
        ("reminder", utc(2026, 3, 21, 17, 0)),
    ]
    # The notice names the moment kept and the one the earlier deadline left behind.
    [notice] = [r for r in await outbox.rows_for(db, 5) if r["kind"] == "deadline_moved"]
    payload = json.loads(notice["payload"])
    assert payload["moments_kept"] == [int(utc(2026, 3, 21, 17, 0).timestamp())]
    assert payload["moments_dropped"] == [int(utc(2026, 3, 29, 17, 0).timestamp())]
    assert payload["offsets"] is False


async def test_following_with_offsets_again_forgets_the_named_moment(db, item_id):
    await follow_at(db, item_id, utc(2026, 3, 21, 17, 0))
    await follow(db, item_id, "1d")
    assert await pending(db, 5) == [("reminder", utc(2026, 3, 29, 15, 0))]
    [entry] = await reminders.followed(db, 5)
    assert (entry.offsets, entry.moments) == ("1d", [])


async def test_the_following_list_shows_the_next_reminder(db, item_id):
    await follow(db, item_id, "7d 1d")
    [entry] = await reminders.followed(db, 5)
    assert entry.item.id == item_id and entry.next_due == utc(2026, 3, 23, 16, 0)


# -- the outbox state machine --------------------------------------------------------------


async def test_claiming_takes_only_due_rows_and_marks_them_in_flight(db, item_id):
    await follow(db, item_id, "7d 1d 2h")
    claimed = await outbox.claim_due(db, now=utc(2026, 3, 29, 16, 0), limit=10)
    assert len(claimed) == 2 and all(r.attempts == 1 for r in claimed)
    assert await outbox.counts(db) == {"sending": 2, "pending": 1}
    assert await outbox.claim_due(db, now=utc(2026, 3, 29, 16, 0), limit=10) == []


async def test_rows_in_flight_at_a_crash_are_pending_again_at_start_up(db, item_id):
    await follow(db, item_id, "7d 1d")
    first, _ = await outbox.claim_due(db, now=utc(2026, 3, 29, 16, 0), limit=10)
    await outbox.mark_sent(db, first.id, now=NOW)
    assert await outbox.release_in_flight(db) == 1
    assert await outbox.counts(db) == {"sent": 1, "pending": 1}


async def test_a_failed_send_waits_and_an_unreachable_chat_is_dropped(db, item_id):
    await follow(db, item_id, "7d 1d")
    first, _ = await outbox.claim_due(db, now=utc(2026, 3, 29, 16, 0), limit=10)
    await outbox.retry_later(db, first.id, due_at=utc(2026, 3, 29, 17, 0), error="timeout")
    assert await outbox.claim_due(db, now=utc(2026, 3, 29, 16, 30), limit=10) == []
    dropped = await outbox.drop_chat(db, 5, reason="Forbidden: bot was blocked", now=NOW)
    assert dropped == 2
    assert await outbox.counts(db) == {"dropped": 2}
    assert await outbox.claim_due(db, now=utc(2026, 4, 1), limit=10) == []


async def test_reminders_whose_deadline_passed_while_offline_are_dropped_and_counted(db, item_id):
    await follow(db, item_id, "7d 1d 2h")
    after_deadline = utc(2026, 3, 31, 12, 0)
    assert await outbox.drop_expired_reminders(db, now=after_deadline) == 3
    assert await outbox.counts(db) == {"dropped": 3}


async def test_deleting_an_item_cancels_its_reminders_with_a_note(db, item_id):
    await follow(db, item_id, "7d 1d")
    deleted = await items.delete(db, item_id, now=NOW)
    assert deleted is not None and deleted.title == "Cluster call"
    rows = [dict(r) for r in await outbox.rows_for(db, 5)]
    assert sorted(r["state"] for r in rows) == ["cancelled", "cancelled", "pending"]
    note = next(r for r in rows if r["state"] == "pending")
    assert note["kind"] == "item_deleted" and "Cluster call" in note["payload"]
    assert await items.get(db, item_id) is None
    assert await items.delete(db, item_id, now=NOW) is None
