"""End to end: reminders from the real bot process, through restarts, moves and blocks."""

from __future__ import annotations

import datetime as dt
import re
import time
from zoneinfo import ZoneInfo

from icalendar import Calendar

from tests.conftest import write_json
from tests.emulator import BotApiEmulator, Call, Chat

USER = Chat(1001)
OTHER = Chat(1002)


def deadline_ahead(seconds: int) -> dt.datetime:
    """A deadline on a whole minute at least ``seconds`` from now (announcements give minutes)."""
    moment = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds + 60)
    return moment.replace(second=0, microsecond=0)


def calls_file(bot_home, deadlines: list[dt.datetime], name: str = "calls.json"):
    records = [
        {
            "title": f"Reminder test call {n}",
            "kind": "call",
            "summary": "Apply now.",
            "link": f"https://example.org/r/{n}",
            "deadline": d.isoformat(),
        }
        for n, d in enumerate(deadlines, start=1)
    ]
    return write_json(bot_home / name, records)


def offset_for(deadline: dt.datetime, due_in: float) -> str:
    """The offset (in seconds) whose reminder falls due ``due_in`` seconds from now."""
    return f"{int((deadline - dt.datetime.now(dt.UTC)).total_seconds() - due_in)}s"


def is_reminder(call: Call, chat: Chat) -> bool:
    return (
        call.ok
        and call.method == "sendMessage"
        and call.params.get("chat_id") == chat.id
        and "Deadline" in call.params["text"]
        and "⏰" in call.params["text"]
    )


def reminders_to(emulator: BotApiEmulator, chat: Chat) -> list[Call]:
    return [c for c in emulator.calls_of("sendMessage", chat.id) if is_reminder(c, chat)]


def test_reminders_arrive_on_time(start_bot, import_files, bot_home, emulator):
    deadline = deadline_ahead(60)
    import_files(calls_file(bot_home, [deadline]))
    start_bot()
    reply = emulator.reply_to(
        USER, f"/remind 1 {offset_for(deadline, 4)} {offset_for(deadline, 8)}"
    )
    assert "Reminders for #1" in reply.result["text"]
    expected = [time.monotonic() + 4, time.monotonic() + 8]
    first = emulator.wait_for(lambda c: is_reminder(c, USER), timeout=20)
    second = emulator.wait_for(lambda c: is_reminder(c, USER) and c is not first, timeout=20)
    for call, due in zip((first, second), expected, strict=True):
        assert -1.5 < call.at - due < 3, "a reminder came more than a tick from its time"
    assert "Reminder test call 1" in second.params["text"]


def test_the_remind_me_button_follows_with_the_default_offsets(
    start_bot, import_files, bot_home, emulator
):
    import_files(calls_file(bot_home, [deadline_ahead(30 * 86400)]))
    start_bot()
    detail = emulator.reply_to(USER, "/item 1")
    data = next(
        b["callback_data"]
        for row in detail.params["reply_markup"]["inline_keyboard"]
        for b in row
        if "Remind me" in b["text"]
    )
    edited = emulator.press(USER, detail.result["message_id"], data)
    assert "Stop reminders" in str(edited.params["reply_markup"])
    listing = emulator.reply_to(USER, "/reminders")
    assert "#1 Reminder test call 1" in listing.result["text"]
    assert "(7d,1d,2h)" in listing.result["text"]
    assert "No more reminders" in emulator.reply_to(USER, "/forget 1").result["text"]
    assert "follows nothing" in emulator.reply_to(USER, "/reminders").result["text"]


def test_a_moved_deadline_is_announced_and_reminders_follow_it(
    start_bot, import_files, bot_home, emulator
):
    deadline = deadline_ahead(3 * 86400)
    import_files(calls_file(bot_home, [deadline]))
    start_bot()
    emulator.reply_to(USER, "/remind 1 1d")
    emulator.reply_to(OTHER, "/item 1")  # looks, does not follow
    later = deadline + dt.timedelta(days=7)
    mark = emulator.mark()
    import_files(calls_file(bot_home, [later], name="moved.json"))
    notice = emulator.wait_for(
        lambda c: (
            c.ok and c.method == "sendMessage" and "Deadline extended" in c.params.get("text", "")
        ),
        start=mark,
        timeout=15,
    )
    assert notice.params["chat_id"] == USER.id
    time.sleep(1.5)
    assert not [c for c in emulator.calls[mark:] if c.params.get("chat_id") == OTHER.id]
    listing = emulator.reply_to(USER, "/reminders")
    local = (later - dt.timedelta(days=1)).astimezone(ZoneInfo("Europe/Brussels"))
    expected = f"next reminder {local:%a} {local.day} {local:%b %Y, %H:%M} {local.tzname()}"
    assert expected in listing.result["text"]


def test_a_deadline_moved_before_a_chosen_moment_says_that_reminder_is_dropped(
    start_bot, import_files, bot_home, emulator
):
    # Ten minutes of slack: a slow start must not bring the chosen moment under a day before.
    deadline = deadline_ahead(3 * 86400 + 600)
    import_files(calls_file(bot_home, [deadline]))
    start_bot()
    chosen = emulator.reply_to(USER, "/remind 1 in 2 days").result["text"]
    assert re.search(r"\b1 day( \d+ minutes?)? before the deadline", chosen), chosen
    earlier = deadline - dt.timedelta(days=2)  # a day from now: before the chosen moment
    mark = emulator.mark()
    import_files(calls_file(bot_home, [earlier], name="earlier.json"))
    notice = emulator.wait_for(
        lambda c: (
            c.ok and c.method == "sendMessage" and "Deadline moved" in c.params.get("text", "")
        ),
        start=mark,
        timeout=15,
    )
    assert notice.params["chat_id"] == USER.id
    text = notice.params["text"]
    assert "is dropped: it would come after the new deadline" in text
    # Only a chosen moment was set: no reminder moves with the deadline, and none is said to.
    assert "follow the new deadline" not in text and "follow it" not in text
    assert "no reminder left" in emulator.reply_to(USER, "/reminders").result["text"]


def test_a_crash_while_reminders_are_due_sends_each_once_at_most_one_twice(
    start_bot, import_files, bot_home, emulator
):
    deadlines = [deadline_ahead(120)] * 5
    import_files(calls_file(bot_home, deadlines))
    bot = start_bot()
    for n in range(1, 6):
        emulator.reply_to(USER, f"/remind {n} {offset_for(deadlines[0], 5)}")
    emulator.send_delay = 0.4  # each send takes a while, so the kill lands mid-batch
    emulator.wait_for(lambda c: is_reminder(c, USER), timeout=20)
    bot.kill()
    emulator.send_delay = 0.0
    before_restart = len(reminders_to(emulator, USER))
    assert before_restart < 5, "the kill came too late to test anything"
    start_bot()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        titles = [
            re.search(r"call (\d)", c.params["text"]).group(1) for c in reminders_to(emulator, USER)
        ]
        if set(titles) == {"1", "2", "3", "4", "5"}:
            break
        time.sleep(0.2)
    time.sleep(1.5)  # anything more that would come, comes now
    titles = [
        re.search(r"call (\d)", c.params["text"]).group(1) for c in reminders_to(emulator, USER)
    ]
    assert set(titles) == {"1", "2", "3", "4", "5"}
    assert len(titles) - len(set(titles)) <= 1


def test_a_blocked_chat_stops_being_sent_to(start_bot, import_files, bot_home, emulator):
    deadline = deadline_ahead(60)
    import_files(calls_file(bot_home, [deadline, deadline]))
    start_bot()
    emulator.reply_to(USER, f"/remind 1 {offset_for(deadline, 3)}")
    emulator.reply_to(USER, f"/remind 2 {offset_for(deadline, 6)}")
    emulator.blocked.add(USER.id)
    time.sleep(9)
    attempts = [
        c
        for c in emulator.calls
        if c.method == "sendMessage"
        and c.params.get("chat_id") == USER.id
        and "⏰" in c.params.get("text", "")
    ]
    assert len(attempts) == 1 and not attempts[0].ok


def test_ics_sends_a_calendar_with_the_zone_and_alarms(start_bot, import_files, bot_home, emulator):
    deadline = deadline_ahead(30 * 86400)
    import_files(calls_file(bot_home, [deadline]))
    start_bot()
    emulator.reply_to(USER, "/settings offsets 3d 1h")
    document = emulator.reply_to(USER, "/ics 1")
    assert document.method == "sendDocument"
    calendar = Calendar.from_ical(document.files["document"])
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Deadline: Reminder test call 1"
    triggers = sorted(alarm.decoded("TRIGGER") for alarm in event.walk("VALARM"))
    # When the bot would remind: absolute times, so every calendar app rings with it.
    assert triggers == [deadline - dt.timedelta(days=3), deadline - dt.timedelta(hours=1)]
    assert "nothing to put" in emulator.reply_to(USER, "/ics").result["text"].lower()


def test_a_reminder_that_meets_429_and_500_still_arrives_once(
    start_bot, import_files, bot_home, emulator
):
    deadline = deadline_ahead(60)
    import_files(calls_file(bot_home, [deadline]))
    start_bot()
    emulator.reply_to(USER, f"/remind 1 {offset_for(deadline, 3)}")
    emulator.fail(
        "sendMessage",
        status=429,
        description="Too Many Requests: retry after 1",
        retry_after=1,
        chat_id=USER.id,
        times=3,
    )
    emulator.fail("sendMessage", status=500, description="Internal Server Error", chat_id=USER.id)
    reminder = emulator.wait_for(lambda c: is_reminder(c, USER), timeout=30)
    time.sleep(3)
    refused = [
        c
        for c in emulator.calls
        if c.method == "sendMessage" and not c.ok and c.params.get("chat_id") == USER.id
    ]
    assert [c.error.split(":")[0] for c in refused] == ["Too Many Requests"] * 3 + [
        "Internal Server Error"
    ]
    assert reminders_to(emulator, USER) == [reminder]
