"""Every command in the README, through the real Application and handlers, answers as documented.

These run the Application in-process against the Bot API emulator and assert on each reply, so a
refactor that breaks a command (as one once broke /subscribe, /subscriptions and /digest for every
user while the storage tests stayed green) fails here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import render
from bot.app import utcnow
from bot.importing import import_items
from ingest.sources import parse_json
from storage import subscriptions
from tests.conftest import future_calls
from tests.emulator import BotApiEmulator, Chat
from tests.inprocess import RunningApp, running, settings_for

USER = Chat(1001)
ADMIN = Chat(7007)
GROUP = Chat(-100200300, "supergroup", "Research office")
FAILED = "Sorry, something went wrong"


@pytest.fixture
def bot(emulator: BotApiEmulator, tmp_path: Path) -> Iterator[RunningApp]:
    """The Application running with three future calls stored (#1, #2, #3) and one admin."""
    settings = settings_for(emulator, tmp_path / "bot.db", admin_ids=frozenset({ADMIN.id}))
    with running(settings) as app:
        parsed = parse_json(json.dumps(future_calls(3)), source="test")
        app.call(import_items(app.db, parsed, now=utcnow(), default_tz="Europe/Brussels"))
        yield app


def say(emulator: BotApiEmulator, chat: Chat, text: str) -> str:
    """What the bot answers in ``chat`` to ``text``; never the generic failure."""
    call = emulator.reply_to(chat, text)
    reply = call.params.get("caption") or call.result.get("text") or ""
    assert FAILED not in reply, f"{text!r} failed: {reply}"
    return reply


def test_start_and_help_list_the_commands(bot, emulator: BotApiEmulator) -> None:
    for command in ("/start", "/help"):
        reply = say(emulator, USER, command)
        assert "/calls" in reply and "/subscribe" in reply and "/remind" in reply


def test_browsing_commands_answer_with_their_lists(bot, emulator: BotApiEmulator) -> None:
    assert "Future call number 1" in say(emulator, USER, "/calls")
    assert "Future call number" not in say(emulator, USER, "/calls closed")
    assert say(emulator, USER, "/events")
    assert say(emulator, USER, "/events past")
    assert "Future call number 1" in say(emulator, USER, "/deadlines")
    assert "Future call number 2" in say(emulator, USER, "/search round 2")
    item = say(emulator, USER, "/item 1")
    assert "Future call number 1" in item and "Read the announcement" in item


def test_subscribe_confirms_and_lists_the_subscription(bot, emulator: BotApiEmulator) -> None:
    reply = say(emulator, USER, "/subscribe calls energy")
    assert re.search(r"Subscription \d+: calls", reply) and "energy" in reply
    listing = say(emulator, USER, "/subscriptions")
    assert "energy" in listing and "pushed as they arrive" in listing


def test_subscribing_twice_to_the_same_thing_keeps_one_subscription(
    bot, emulator: BotApiEmulator
) -> None:
    first = say(emulator, USER, "/subscribe calls energy")
    second = say(emulator, USER, "/subscribe calls energy")
    number = re.search(r"Subscription (\d+)", first).group(1)
    assert f"Subscription {number}:" in second
    assert len(bot.call(subscriptions.of_chat(bot.db, USER.id))) == 1


def test_subscribe_in_a_group_answers_there(bot, emulator: BotApiEmulator) -> None:
    assert "Subscription" in say(emulator, GROUP, "/subscribe all")
    assert "all new items" in say(emulator, GROUP, "/subscriptions")


def test_unsubscribe_removes_one_or_all(bot, emulator: BotApiEmulator) -> None:
    number = re.search(r"Subscription (\d+)", say(emulator, USER, "/subscribe calls")).group(1)
    say(emulator, USER, "/subscribe events")
    assert f"Subscription {number} removed" in say(emulator, USER, f"/unsubscribe {number}")
    assert "Removed all 1" in say(emulator, USER, "/unsubscribe all")
    assert "No subscriptions" in say(emulator, USER, "/subscriptions")


def test_digest_shows_sets_and_turns_off(bot, emulator: BotApiEmulator) -> None:
    assert "pushed as they arrive" in say(emulator, USER, "/digest")
    daily = say(emulator, USER, "/digest daily 08:00")
    assert "daily" in daily and "08:00" in daily
    assert "daily" in say(emulator, USER, "/digest")
    weekly = say(emulator, USER, "/digest weekly monday 09:30")
    assert "Monday" in weekly and "09:30" in weekly
    assert "pushed as they arrive" in say(emulator, USER, "/digest off")


def test_reminder_commands_follow_list_and_forget(bot, emulator: BotApiEmulator) -> None:
    reminded = say(emulator, USER, "/remind 3 1d 2h")
    assert "Reminders for #3" in reminded and "1d before" in reminded
    assert "#3 Future call number 3" in say(emulator, USER, "/reminders")
    assert "callboard" in say(emulator, USER, "/ics") or emulator.calls_of("sendDocument")
    assert "1 deadline" in say(emulator, USER, "/ics 2")
    assert "No more reminders for #3" in say(emulator, USER, "/forget 3")
    assert "follows nothing" in say(emulator, USER, "/reminders")


def test_settings_and_timezone_show_and_change(bot, emulator: BotApiEmulator) -> None:
    assert "Time zone: Europe/Brussels" in say(emulator, USER, "/settings")
    assert "3d" in say(emulator, USER, "/settings offsets 3d 1d")
    assert "Europe/Paris" in say(emulator, USER, "/settings timezone Europe/Paris")
    assert "Europe/Paris" in say(emulator, USER, "/timezone")
    assert "America/New_York" in say(emulator, USER, "/timezone America/New_York")
    assert "Time zone: America/New_York" in say(emulator, USER, "/settings")


def test_admin_adds_edits_and_saves_a_draft(bot, emulator: BotApiEmulator) -> None:
    draft = emulator.reply_to(
        ADMIN,
        "/add Call for energy pilots\nProposals are due on 12 March 2031 at 17:00 Brussels time.",
    )
    text = draft.result["text"]
    assert "Draft" in text and "kind: call" in text and "12 Mar 2031" in text
    number = re.search(r"Draft (\d+)", text).group(1)
    assert "kind: event" in say(emulator, ADMIN, f"/edit {number} kind event")
    save = next(
        b["callback_data"]
        for row in draft.params["reply_markup"]["inline_keyboard"]
        for b in row
        if "Save" in b["text"]
    )
    saved = emulator.press(ADMIN, draft.result["message_id"], save)
    assert "Saved as item #4" in saved.params["text"]
    assert "Call for energy pilots" in say(emulator, USER, "/item 4")


def confirm(emulator: BotApiEmulator, command: str, button: str):
    """Send ``command`` as the admin and press the button labelled ``button`` under its reply."""
    asked = emulator.reply_to(ADMIN, command)
    [row] = asked.params["reply_markup"]["inline_keyboard"]
    data = next(b["callback_data"] for b in row if button in b["text"])
    return asked, emulator.press(ADMIN, asked.result["message_id"], data)


def test_admin_deletes_lists_sources_and_reads_stats(bot, emulator: BotApiEmulator) -> None:
    asked, deleted = confirm(emulator, "/delete 2", "Delete")
    assert "Delete #2 Future call number 2" in asked.result["text"]
    assert "Deleted #2" in deleted.params["text"]
    assert "There is no item #2" in say(emulator, USER, "/item 2")
    assert "No feeds" in say(emulator, ADMIN, "/sources")
    added = say(emulator, ADMIN, "/sources add https://example.org/feed.xml")
    assert "Feed 1 added" in added
    assert "example.org/feed.xml" in say(emulator, ADMIN, "/sources")
    assert "Feed 1 removed" in say(emulator, ADMIN, "/sources remove 1")
    stats = say(emulator, ADMIN, "/stats")
    assert "items: 2" in stats and "outbox:" in stats


def test_admin_commands_refuse_everyone_else(bot, emulator: BotApiEmulator) -> None:
    for command in ("/add x", "/edit 1 kind call", "/delete 1", "/sources", "/stats"):
        assert "for the bot's operators" in say(emulator, USER, command)


@pytest.mark.parametrize(
    ("typed", "zone", "read_as"),
    [
        ("Paris", "Europe/Paris", None),
        ("paris", "Europe/Paris", None),
        ("Europe/Paris", "Europe/Paris", None),
        ("New York", "America/New_York", None),
        ("UTC+2", "UTC+02:00", "fixed"),
        ("GMT-3", "UTC-03:00", "fixed"),
        ("+05:30", "UTC+05:30", "fixed"),
        ("CET", "Europe/Brussels", "summer time included"),
        ("EST", "America/New_York", "summer time included"),
        ("Etc/GMT+2", "UTC-02:00", "fixed"),  # IANA's POSIX sign: two hours behind UTC
    ],
)
def test_a_zone_as_people_type_it_is_set_at_once(
    bot, emulator: BotApiEmulator, typed: str, zone: str, read_as: str | None
) -> None:
    reply = say(emulator, USER, f"/timezone {typed}")
    assert f"Time zone set to {zone}" in reply
    assert "set to Etc/" not in reply
    if read_as == "fixed":
        assert f"{zone} there now" in reply and "no summer time" in reply
    elif read_as is not None:
        assert read_as in reply
    assert zone in say(emulator, USER, "/timezone")


def test_a_zone_typed_loosely_is_offered_as_buttons_that_set_it(
    bot, emulator: BotApiEmulator
) -> None:
    offered = emulator.reply_to(USER, "/timezone Brusels")
    assert "Did you mean one of these?" in offered.params["text"]
    buttons = offered.params["reply_markup"]["inline_keyboard"]
    assert [row[0]["text"] for row in buttons] == ["Europe/Brussels"]
    chosen = emulator.press(USER, offered.result["message_id"], buttons[0][0]["callback_data"])
    assert "Time zone set to <b>Europe/Brussels</b>" in chosen.params["text"]
    assert "Europe/Brussels" in say(emulator, USER, "/timezone")


def test_a_forged_zone_button_changes_nothing(bot, emulator: BotApiEmulator) -> None:
    say(emulator, USER, "/timezone Europe/Paris")
    offered = emulator.reply_to(USER, "/timezone Brusels")
    emulator.user_presses(USER, offered.result["message_id"], "z|Mars/Olympus_Mons")
    answer = emulator.wait_for(lambda c: c.method == "answerCallbackQuery")
    assert "no longer current" in answer.params["text"]
    assert "Europe/Paris" in say(emulator, USER, "/timezone")


def test_a_zone_nobody_has_gets_examples(bot, emulator: BotApiEmulator) -> None:
    reply = say(emulator, USER, "/timezone UTC+15")
    assert "not a time zone I know" in reply and "UTC+2" in reply


def test_every_item_line_in_a_list_opens_the_item_with_one_tap(
    bot, emulator: BotApiEmulator
) -> None:
    listing = say(emulator, USER, "/calls")
    assert "/item_2" in listing  # one word: Telegram makes all of it tappable
    opened = say(emulator, USER, "/item_2")
    assert "Future call number 2" in opened and "Read the announcement" in opened
    assert "There is no item #999" in say(emulator, USER, "/item_999")


def test_deep_links_open_an_item_or_follow_it(bot, emulator: BotApiEmulator) -> None:
    opened = say(emulator, USER, "/start item_1")
    assert "Future call number 1" in opened and "Read the announcement" in opened
    followed = say(emulator, USER, "/start remind_2")
    assert "Reminders for #2" in followed
    assert "#2 Future call number 2" in say(emulator, USER, "/reminders")
    assert "There is no item #77" in say(emulator, USER, "/start remind_77")
    assert "/calls" in say(emulator, USER, "/start somethingelse")  # the greeting


def test_delete_asks_first_and_keep_it_deletes_nothing(bot, emulator: BotApiEmulator) -> None:
    _, kept = confirm(emulator, "/delete 1", "Keep")
    assert "Nothing was deleted" in kept.params["text"]
    assert "Future call number 1" in say(emulator, USER, "/item 1")


def test_an_old_or_forged_delete_button_deletes_nothing(bot, emulator: BotApiEmulator) -> None:
    asked = emulator.reply_to(ADMIN, "/delete 3")
    for forged in ("x|3|0000deadbeef", "x|3", "x|nonsense|1"):
        start = emulator.mark()
        emulator.user_presses(ADMIN, asked.result["message_id"], forged)
        answer = emulator.wait_for(lambda c: c.method == "answerCallbackQuery", start=start)
        assert "no longer current" in answer.params["text"]
    # A member who forges the admin's button on a message of their own chat
    [row] = asked.params["reply_markup"]["inline_keyboard"]
    own = emulator.reply_to(USER, "/calls")
    start = emulator.mark()
    emulator.user_presses(USER, own.result["message_id"], row[0]["callback_data"])
    refused = emulator.wait_for(lambda c: c.method == "answerCallbackQuery", start=start)
    assert refused.params["text"] == render.admins_only(render.ENGLISH)
    assert "Future call number 3" in say(emulator, USER, "/item 3")


# Numbers no 64-bit integer holds (neither engine binds them), and a digit int() refuses.
HUGE = "9" * 25
BEYOND = str(2**63)


def test_buttons_forged_with_numbers_too_big_for_any_id_have_expired(
    bot, emulator: BotApiEmulator
) -> None:
    listing = emulator.reply_to(USER, "/calls")
    for forged in (
        f"i|{HUGE}",
        f"i|{BEYOND}",
        f"f|{HUGE}",
        f"u|{BEYOND}",
        f"p|calls|{HUGE}|",
        f"p|search|{BEYOND}|hydrogen",
        f"i|1|search|{HUGE}|x",
        "i|\u00b2",
    ):
        start = emulator.mark()
        emulator.user_presses(USER, listing.result["message_id"], forged)
        answer = emulator.wait_for(lambda c: c.method == "answerCallbackQuery", start=start)
        assert answer.params["text"] == render.button_expired(render.ENGLISH), forged
    assert (
        emulator.calls_of("sendMessage", USER.id)[-1].params["text"] == (listing.params["text"])
    ), "nothing but the answers to the presses was sent"


def test_ids_too_big_for_any_engine_get_the_usage_not_a_failure(
    bot, emulator: BotApiEmulator
) -> None:
    for number in (HUGE, BEYOND, "\u00b2"):
        assert "Usage" in say(emulator, USER, f"/unsubscribe {number}")
        assert "not an item number" in say(emulator, USER, f"/item {number}")
        assert "not an item number" in say(emulator, USER, f"/remind {number}")
        assert "Usage" in say(emulator, ADMIN, f"/review {number}")
        assert "/sources" in say(emulator, ADMIN, f"/sources remove {number}")
    assert "Future call number 1" in say(emulator, USER, "/item 1")


MEMBER = 5151  # a group member who is not one of its administrators
OWNER = 6161


@pytest.fixture
def group(emulator: BotApiEmulator) -> Chat:
    emulator.admins[GROUP.id] = {OWNER}
    return GROUP


@pytest.mark.parametrize(
    ("command", "start"),
    [
        ("/timezone Europe/Paris", ""),
        ("/settings offsets 3d", ""),
        ("/subscribe calls", ""),
        ("/unsubscribe all", ""),
        ("/digest daily 08:00", ""),
        ("/remind 1", "remind_1"),
        ("/start remind_1", "remind_1"),
        ("/forget 1", ""),
    ],
)
def test_a_group_member_is_refused_a_group_setting_and_offered_a_private_chat(
    bot, emulator: BotApiEmulator, group: Chat, command: str, start: str
) -> None:
    refused = emulator.reply_to(group, command, user_id=MEMBER)
    assert "Only this group's administrators" in refused.result["text"]
    [[button]] = refused.params["reply_markup"]["inline_keyboard"]
    link = f"https://t.me/{emulator.username}" + (f"?start={start}" if start else "")
    assert button["url"] == link
    assert "follows nothing" in emulator.reply_to(group, "/reminders").result["text"]
    assert "Europe/Brussels" in emulator.reply_to(group, "/timezone").result["text"]


def test_the_groups_administrator_changes_its_settings(
    bot, emulator: BotApiEmulator, group: Chat
) -> None:
    assert "Europe/Paris" in emulator.reply_to(group, "/tz Paris", user_id=OWNER).result["text"]
    reply = emulator.reply_to(group, "/remind 1", user_id=OWNER)
    assert "Reminders for #1" in reply.result["text"]
    stop = emulator.reply_to(group, "/item 1", user_id=MEMBER)  # a member may look
    [row] = stop.params["reply_markup"]["inline_keyboard"][:1]
    data = next(b["callback_data"] for b in row if b["callback_data"].startswith("u|"))
    start = emulator.mark()
    emulator.user_presses(group, stop.result["message_id"], data, user_id=MEMBER)
    answer = emulator.wait_for(lambda c: c.method == "answerCallbackQuery", start=start)
    assert "Only this group's administrators" in answer.params["text"]
    assert "#1" in emulator.reply_to(group, "/reminders").result["text"]  # still followed
    lookups = emulator.member_lookups
    emulator.reply_to(group, "/tz Rome", user_id=OWNER)
    assert emulator.member_lookups == lookups  # asked once, cached briefly


def test_start_tells_a_user_their_id_and_an_operator_that_the_bot_knows_them(
    bot, emulator: BotApiEmulator
) -> None:
    assert f"Your Telegram user id is {USER.id}" in say(emulator, USER, "/start")
    assert "one of this bot's operators" in say(emulator, ADMIN, "/start")
    assert "user id" not in say(emulator, GROUP, "/start")  # not told to a whole group
