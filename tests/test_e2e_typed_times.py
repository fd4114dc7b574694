"""End to end: /remind and /edit read times as people type them, in five languages.

The real bot process and the Bot API emulator; what was understood is checked in the reply, in
the outbox rows of the bot's database and, for reminders due within seconds, in what arrives.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from storage import outbox
from storage.database import Row
from storage.db import connect
from tests.conftest import ON_BOTH_ENGINES, write_json
from tests.emulator import Chat
from tests.test_e2e_reminders import deadline_ahead, is_reminder

USER = Chat(1001)
ADMIN = Chat(777)
BRUSSELS = ZoneInfo("Europe/Brussels")

pytestmark = ON_BOTH_ENGINES


def shown(moment: dt.datetime) -> str:
    """A moment as the bot writes it: 'Sat 21 Mar 2026, 18:00 CET'."""
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M} {moment.tzname()}"


def import_calls(import_files, bot_home: Path, deadlines: list[dt.datetime]) -> None:
    records = [
        {
            "title": f"Typed time call {n}",
            "kind": "call",
            "summary": "Apply now.",
            "link": f"https://example.org/t/{n}",
            "deadline": d.isoformat(),
        }
        for n, d in enumerate(deadlines, start=1)
    ]
    import_files(write_json(bot_home / "calls.json", records))


def pending_reminders(database: Path | str, item_id: int = 1) -> list[dt.datetime]:
    """When the bot owes USER a reminder of the item, read from its database."""

    async def read() -> list[Row]:
        db = await connect(database)
        try:
            return await outbox.rows_for(db, USER.id)
        finally:
            await db.close()

    return [
        dt.datetime.fromtimestamp(r["due_at"], dt.UTC)
        for r in asyncio.run(read())
        if r["item_id"] == item_id and r["kind"] == "reminder" and r["state"] == "pending"
    ]


def tomorrow_at(hour: int, zone: ZoneInfo = BRUSSELS) -> dt.datetime:
    day = dt.datetime.now(zone).date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour, 0), tzinfo=zone)


@pytest.fixture
def far_call(start_bot, import_files, bot_home, emulator) -> dt.datetime:
    """A running bot with call #1 due in 400 days (on a whole minute, UTC)."""
    deadline = deadline_ahead(400 * 86400)
    import_calls(import_files, bot_home, [deadline])
    start_bot()
    return deadline


@pytest.mark.parametrize(
    ("typed", "before"),
    [
        ("2 days", dt.timedelta(days=2)),
        ("1 week 3 hours", dt.timedelta(days=7, hours=3)),
        ("1 Woche 3 Stunden", dt.timedelta(days=7, hours=3)),
        ("2 jours", dt.timedelta(days=2)),
        ("2 giorni", dt.timedelta(days=2)),
        ("2 días antes", dt.timedelta(days=2)),
        ("7d 1d", dt.timedelta(days=7)),  # the house syntax keeps working
    ],
)
def test_a_duration_in_words_sets_a_reminder_that_long_before_the_deadline(
    far_call, emulator, database, typed, before
):
    reply = emulator.reply_to(USER, f"/remind 1 {typed}")
    due = far_call - before  # the deadline is in UTC: whole days are exact
    assert "Reminders for #1" in reply.result["text"]
    assert shown(due.astimezone(BRUSSELS)) in reply.result["text"]
    assert due in pending_reminders(database)


@pytest.mark.parametrize(
    "typed",
    ["tomorrow 18:00", "morgen 18:00", "demain 18h", "mañana 18:00", "domani 18:00"],
)
def test_a_day_and_time_sets_a_reminder_at_that_moment_in_the_chats_zone(
    far_call, emulator, database, typed
):
    expected = tomorrow_at(18)
    reply = emulator.reply_to(USER, f"/remind 1 {typed}")
    text = reply.result["text"]
    assert shown(expected) in text, text
    assert "before the deadline" in text and shown(far_call.astimezone(BRUSSELS)) in text
    assert pending_reminders(database) == [expected.astimezone(dt.UTC)]
    assert shown(expected) in emulator.reply_to(USER, "/reminders").result["text"]


def test_a_date_and_time_is_read_in_the_zone_the_chat_chose(far_call, emulator, database):
    tokyo = ZoneInfo("Asia/Tokyo")
    emulator.reply_to(USER, "/timezone Asia/Tokyo")
    reply = emulator.reply_to(USER, "/remind 1 on 20 January 9:00")
    today = dt.datetime.now(tokyo)
    year = today.year + (today >= dt.datetime(today.year, 1, 20, 9, 0, tzinfo=tokyo))
    expected = dt.datetime(year, 1, 20, 9, 0, tzinfo=tokyo)
    assert shown(expected) in reply.result["text"]
    assert pending_reminders(database) == [expected.astimezone(dt.UTC)]


def test_a_bare_remind_still_sets_the_default_offsets(far_call, emulator, database):
    reply = emulator.reply_to(USER, "/remind 1")
    assert "Reminders for #1" in reply.result["text"]
    expected = [far_call - dt.timedelta(days=7), far_call - dt.timedelta(days=1)]
    expected.append(far_call - dt.timedelta(hours=2))
    assert pending_reminders(database) == sorted(expected)


@pytest.mark.parametrize("typed", ["banana", "12", "tomorrow 25:00", "next week", "1 month"])
def test_what_cannot_be_read_gets_examples_and_changes_nothing(far_call, emulator, database, typed):
    emulator.reply_to(USER, "/remind 1 7d")
    before = pending_reminders(database)
    reply = emulator.reply_to(USER, f"/remind 1 {typed}")
    text = reply.result["text"]
    assert "could not read" in text and "/remind 1 tomorrow 18:00" in text
    assert "/remind 1 2 days" in text
    assert pending_reminders(database) == before == [far_call - dt.timedelta(days=7)]


def test_a_day_without_a_time_asks_for_the_time(far_call, emulator, database):
    reply = emulator.reply_to(USER, "/remind 1 tomorrow")
    assert "names a day but not a time of day" in reply.result["text"]
    assert "/remind 1 tomorrow 18:00" in reply.result["text"]
    assert pending_reminders(database) == []


def test_a_moment_in_the_past_or_after_the_deadline_is_refused(
    start_bot, import_files, bot_home, database, emulator
):
    deadline = deadline_ahead(3 * 86400)
    import_calls(import_files, bot_home, [deadline])
    start_bot()
    past = emulator.reply_to(USER, "/remind 1 yesterday 9:00").result["text"]
    assert "has already passed, so no reminder was set" in past
    late = emulator.reply_to(USER, "/remind 1 in 5 days").result["text"]
    assert "is after the deadline of #1" in late and "no reminder was set" in late
    assert pending_reminders(database) == []


def test_reminders_typed_in_words_arrive_and_a_moment_survives_a_restart(
    start_bot, import_files, bot_home, emulator
):
    deadline = deadline_ahead(60)
    import_calls(import_files, bot_home, [deadline, deadline])
    bot = start_bot()
    seconds = int((deadline - dt.datetime.now(dt.UTC)).total_seconds()) - 4
    emulator.reply_to(USER, f"/remind 1 {seconds} seconds")  # that long before the deadline
    first = emulator.wait_for(lambda c: is_reminder(c, USER), timeout=20)
    assert "Typed time call 1" in first.params["text"]

    reply = emulator.reply_to(USER, "/remind 2 in 12 seconds")  # a moment, from now
    assert "before the deadline" in reply.result["text"]
    bot.stop()
    mark = emulator.mark()
    start_bot()
    second = emulator.wait_for(lambda c: is_reminder(c, USER), start=mark, timeout=30)
    assert "Typed time call 2" in second.params["text"]


def test_an_admin_sets_a_drafts_deadline_in_words_in_the_zone_named(start_bot, emulator):
    emulator.chats[ADMIN.id] = ADMIN
    start_bot(ADMIN_IDS=str(ADMIN.id))
    emulator.reply_to(ADMIN, "/timezone Asia/Tokyo")  # 'CET' below wins over the chat's zone
    emulator.reply_to(ADMIN, "/add Call for pilot projects\nApplications are welcome.")
    edited = emulator.reply_to(ADMIN, "/edit 1 deadline next friday 17:00 CET")
    today = dt.datetime.now(BRUSSELS).date()
    friday = today + dt.timedelta(days=(4 - today.weekday()) % 7 or 7)
    assert (
        f"as announced: 17:00 Europe/Brussels on {friday.day} {friday:%b %Y}"
        in (edited.params["text"])
    )
    local = emulator.reply_to(ADMIN, "/edit 1 deadline tomorrow 9:00").params["text"]
    tokyo = tomorrow_at(9, ZoneInfo("Asia/Tokyo"))
    assert f"as announced: 09:00 Asia/Tokyo on {tokyo.day} {tokyo:%b %Y}" in local
    refused = emulator.reply_to(ADMIN, "/edit 1 deadline soonish").params["text"]
    assert "Not changed" in refused and "next friday 17:00 CET" in refused
