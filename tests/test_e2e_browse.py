"""End to end: the real bot process answers browsing commands through the Bot API emulator."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ON_BOTH_ENGINES, SAMPLE_DIGEST, future_calls, write_json
from tests.emulator import BotApiEmulator, Chat

pytestmark = ON_BOTH_ENGINES

USER = Chat(1001)
GROUP = Chat(-100200300, "supergroup", "Research office")


def buttons(call) -> list[tuple[str, str]]:
    markup = call.params.get("reply_markup") or {}
    return [
        (b["text"], b["callback_data"]) for row in markup.get("inline_keyboard", []) for b in row
    ]


def button(call, text: str) -> str:
    return next(data for label, data in buttons(call) if label == text)


@pytest.fixture
def bot(start_bot, import_files, bot_home, emulator: BotApiEmulator) -> BotApiEmulator:
    """A running bot whose database holds the sample digest and seven future calls."""
    import_files(SAMPLE_DIGEST, write_json(bot_home / "future.json", future_calls(7)))
    start_bot()
    return emulator


def test_start_lists_commands_and_the_menu_is_registered(bot: BotApiEmulator) -> None:
    reply = bot.reply_to(USER, "/start")
    assert "/calls" in reply.params["text"] and "/search" in reply.params["text"]
    assert {c["command"] for c in bot.commands} >= {"calls", "events", "search", "timezone"}


def test_calls_lists_open_calls_nearest_deadline_first(bot: BotApiEmulator) -> None:
    reply = bot.reply_to(USER, "/calls")
    text = reply.result["text"]
    numbers = [int(n) for n in re.findall(r"Future call number (\d+)", text)]
    assert numbers == [1, 2, 3, 4, 5]
    assert "tomorrow" not in text.split("Future call number 2")[0] or "in 2 days" in text
    assert "Next »" in [label for label, _ in buttons(reply)]


def test_next_and_prev_buttons_edit_the_list_in_place(bot: BotApiEmulator) -> None:
    first = bot.reply_to(USER, "/calls")
    message_id = first.result["message_id"]
    second = bot.press(USER, message_id, button(first, "Next »"))
    assert second.method == "editMessageText"
    assert second.params["message_id"] == message_id
    assert re.findall(r"Future call number (\d+)", second.result["text"]) == ["6", "7"]
    back = bot.press(USER, message_id, button(second, "« Prev"))
    assert re.findall(r"Future call number (\d+)", back.result["text"])[0] == "1"


def test_calls_closed_shows_the_sample_call_with_its_brussels_deadline(bot) -> None:
    reply = bot.reply_to(USER, "/calls closed")
    text = reply.result["text"]
    assert "ESCP-S3" in text
    assert "8 Mar 2018, 17:00 CET" in text


def test_events_past_lists_the_sample_events_with_dates_and_places(bot) -> None:
    reply = bot.reply_to(USER, "/events past")
    text = reply.result["text"]
    assert "GROW your REGIOn" in text
    assert "8–9 Nov 2017 · Valencia, Spain" in text


def test_search_finds_items_by_words(bot: BotApiEmulator) -> None:
    reply = bot.reply_to(USER, "/search peer reviewers")
    assert "CLUSTERS3 - Call for Peer Reviewers" in reply.result["text"]


def test_search_finds_other_forms_of_the_words_typed(bot: BotApiEmulator) -> None:
    reply = bot.reply_to(USER, "/search peer reviewer")
    assert "CLUSTERS3 - Call for Peer Reviewers" in reply.result["text"]
    reply = bot.reply_to(USER, "/search information day workshops")
    assert "INFORMATION DAYS" in reply.result["text"]


def test_search_with_query_syntax_characters_answers_normally(bot) -> None:
    reply = bot.reply_to(USER, '/search "cluster* AND (NEAR OR -')
    assert reply.ok
    assert "Search" in reply.result["text"] or "Nothing matches" in reply.result["text"]


def test_item_button_opens_the_item_and_back_returns(bot: BotApiEmulator) -> None:
    listing = bot.reply_to(USER, "/calls closed")
    detail = bot.press(USER, listing.result["message_id"], button(listing, "1"))
    assert "Deadline" in detail.result["text"]
    back = bot.press(USER, listing.result["message_id"], button(detail, "« Back"))
    assert back.result["text"].startswith("Closed calls")


def test_timezone_changes_how_deadlines_are_shown(bot: BotApiEmulator) -> None:
    reply = bot.reply_to(USER, "/timezone America/New_York")
    assert "America/New_York" in reply.result["text"]
    listing = bot.reply_to(USER, "/calls closed")
    assert "8 Mar 2018, 11:00 EST" in listing.result["text"]


def test_unknown_timezone_is_refused_with_suggestions(bot: BotApiEmulator) -> None:
    reply = bot.reply_to(USER, "/timezone Europe/Pariss")
    assert "not a time zone" in reply.result["text"]
    offered = [row[0]["text"] for row in reply.params["reply_markup"]["inline_keyboard"]]
    assert "Europe/Paris" in offered
    listing = bot.reply_to(USER, "/calls closed")
    assert "17:00 CET" in listing.result["text"]


def test_unknown_command_gets_a_pointer_to_help(bot: BotApiEmulator) -> None:
    reply = bot.reply_to(USER, "/frobnicate now")
    assert "/frobnicate" in reply.result["text"] and "/help" in reply.result["text"]


def test_unknown_item_and_malformed_id_get_short_answers(bot: BotApiEmulator) -> None:
    assert "no item #99999" in bot.reply_to(USER, "/item 99999").result["text"]
    assert "not an item number" in bot.reply_to(USER, "/item twelve").result["text"]
    assert "Usage" in bot.reply_to(USER, "/item").result["text"]


def test_commands_addressed_to_the_bot_work_in_groups(bot: BotApiEmulator) -> None:
    reply = bot.reply_to(GROUP, "/calls@callboard_test_bot")
    assert "Future call number 1" in reply.result["text"]


def test_hostile_announcement_text_is_shown_literally(
    start_bot, import_files, bot_home, emulator: BotApiEmulator
) -> None:
    hostile = [
        {
            "title": "<script>alert(1)</script> & <b>Zalgo z̷̢a̸l̵g̶o \u202e call",
            "summary": "</i><a href='x'>" + "x" * 30000,
            "kind": "call",
            "deadline": "2099-01-01",
        }
    ]
    import_files(write_json(bot_home / "hostile.json", hostile))
    start_bot()
    listing = emulator.reply_to(USER, "/calls")
    assert "<script>alert(1)</script> & <b>Zalgo" in listing.result["text"]
    detail = emulator.press(USER, listing.result["message_id"], button(listing, "1"))
    assert detail.ok and len(detail.result["text"]) <= 4096
