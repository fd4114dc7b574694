"""Inline mode: '@bot words' in any chat offers items to share, in the asker's zone and language."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import utcnow
from bot.importing import import_items
from ingest.sources import parse_json
from tests.emulator import BotApiEmulator, Chat
from tests.inprocess import RunningApp, running, settings_for

READER = Chat(3003)


def records() -> list[dict]:
    """Open calls, an event ahead and a closed call, all about hydrogen; more calls besides."""
    now = dt.datetime.now(dt.UTC).replace(hour=15, minute=0, second=0, microsecond=0)
    day = dt.timedelta(days=1)
    hydrogen = [
        {
            "title": "Hydrogen valleys conference",
            "kind": "event",
            "event_start": (now + 20 * day).date().isoformat(),
        },
        {
            "title": "Hydrogen call closed last month",
            "kind": "call",
            "deadline": (now - 30 * day).isoformat(),
        },
        {
            "title": "Green hydrogen pilots call",
            "kind": "call",
            "deadline": (now + 10 * day).isoformat(),
            "link": "https://example.org/h2",
        },
    ]
    others = [
        {
            "title": f"Cluster call number {n}",
            "kind": "call",
            "deadline": (now + (2 + n) * day).isoformat(),
        }
        for n in range(14)
    ]
    return hydrogen + others


@pytest.fixture
def bot(emulator: BotApiEmulator, tmp_path: Path) -> Iterator[RunningApp]:
    with running(settings_for(emulator, tmp_path / "bot.db")) as app:
        parsed = parse_json(json.dumps(records()), source="test")
        app.call(import_items(app.db, parsed, now=utcnow(), default_tz="Europe/Brussels"))
        yield app


def titles(answer) -> list[str]:
    return [result["title"] for result in answer.params["results"]]


def test_words_offer_open_calls_first_then_events_ahead_then_the_rest(
    bot, emulator: BotApiEmulator
) -> None:
    answer = emulator.inline_answer(READER.id, "hydrogen")
    assert titles(answer) == [
        "Green hydrogen pilots call",
        "Hydrogen valleys conference",
        "Hydrogen call closed last month",
    ]
    assert answer.params["is_personal"] in (True, "true")  # per asker: their zone
    assert int(answer.params["cache_time"]) <= 60


def test_a_shared_card_follows_the_item_in_the_readers_private_chat(
    bot, emulator: BotApiEmulator
) -> None:
    [card] = emulator.inline_answer(READER.id, "pilots").params["results"]
    assert "Green hydrogen pilots call" in card["input_message_content"]["message_text"]
    [buttons] = card["reply_markup"]["inline_keyboard"]
    remind = buttons[0]["url"]
    assert buttons[0]["text"] == "🔔 Remind me" and "?start=remind_" in remind
    followed = emulator.reply_to(READER, "/start " + remind.split("start=")[1])
    assert "Reminders for #" in followed.result["text"]


def test_the_card_is_in_the_askers_zone(bot, emulator: BotApiEmulator) -> None:
    emulator.reply_to(READER, "/timezone Tokyo")
    [card] = emulator.inline_answer(READER.id, "pilots").params["results"]
    assert "JST" in card["input_message_content"]["message_text"]
    assert "JST" in card["description"]


def test_an_empty_query_pages_through_the_next_deadlines(bot, emulator: BotApiEmulator) -> None:
    first = emulator.inline_answer(READER.id, "")
    assert len(first.params["results"]) == 10
    assert first.params["next_offset"] == "10"
    second = emulator.inline_answer(READER.id, "", offset="10")
    assert 0 < len(second.params["results"]) <= 10
    assert not set(titles(first)) & set(titles(second))
    assert "Hydrogen call closed last month" not in titles(first) + titles(second)
    # A client may send back any offset: one int() refuses ('²') reads as the first page.
    assert titles(emulator.inline_answer(READER.id, "", offset="\u00b2")) == titles(first)


def test_hostile_or_unmatched_words_get_an_empty_answer(bot, emulator: BotApiEmulator) -> None:
    assert emulator.inline_answer(READER.id, 'nothing" OR * NEAR(').params["results"] == []
    assert emulator.inline_answer(READER.id, "x", offset="not a number").params["results"] == []


def test_the_card_speaks_the_askers_telegram_language(bot, emulator: BotApiEmulator) -> None:
    emulator.languages[READER.id] = "fr-CA"
    [card] = emulator.inline_answer(READER.id, "pilots").params["results"]
    assert card["title"] == "Green hydrogen pilots call"  # as published
    text = card["input_message_content"]["message_text"]
    assert "<b>Appel</b>: Green hydrogen pilots call" in text and "Date limite :" in text
    assert card["description"].startswith("Appel · date limite ")
    assert card["reply_markup"]["inline_keyboard"][0][0]["text"] == "🔔 Me le rappeler"


def test_the_language_chosen_in_the_private_chat_wins_for_inline(
    bot, emulator: BotApiEmulator
) -> None:
    emulator.languages[READER.id] = "fr"
    emulator.reply_to(READER, "/language it")
    [card] = emulator.inline_answer(READER.id, "pilots").params["results"]
    assert (
        "<b>Bando</b>: Green hydrogen pilots call" in card["input_message_content"]["message_text"]
    )
    assert "🔔 Ricordamelo" in str(card["reply_markup"])
