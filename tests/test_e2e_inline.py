"""End to end: inline mode in the real bot process. '@bot words' in any chat offers matching
items as cards in the asker's zone and language, and a card's 🔔 button follows the item in
the asker's private chat."""

from __future__ import annotations

import datetime as dt

from tests.conftest import ON_BOTH_ENGINES, write_json
from tests.emulator import BotApiEmulator, Chat

pytestmark = ON_BOTH_ENGINES

READER = Chat(4101)
OTHER = Chat(4102)


def announcements() -> list[dict]:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return [
        {
            "title": "Green hydrogen pilots call",
            "kind": "call",
            "summary": "Pilot projects on green hydrogen.",
            "link": "https://example.org/h2",
            "deadline": (now + dt.timedelta(days=10)).isoformat(),
        },
        {
            "title": "Offshore wind call",
            "kind": "call",
            "link": "https://example.org/wind",
            "deadline": (now + dt.timedelta(days=12)).isoformat(),
        },
    ]


def test_an_inline_query_gets_personal_cards_whose_button_follows_the_item(
    start_bot, import_files, bot_home, emulator: BotApiEmulator
) -> None:
    import_files(write_json(bot_home / "calls.json", announcements()))
    start_bot()
    emulator.reply_to(READER, "/timezone Tokyo")

    answer = emulator.inline_answer(READER.id, "hydrogen")
    [card] = answer.params["results"]
    assert card["title"] == "Green hydrogen pilots call"
    assert "JST" in card["input_message_content"]["message_text"]  # the asker's zone
    assert answer.params["is_personal"] in (True, "true")

    # Another asker gets the same item in their own language and zone.
    emulator.languages[OTHER.id] = "de"
    [german] = emulator.inline_answer(OTHER.id, "hydrogen").params["results"]
    assert "<b>Ausschreibung</b>" in german["input_message_content"]["message_text"]
    assert "JST" not in german["input_message_content"]["message_text"]

    [buttons] = card["reply_markup"]["inline_keyboard"]
    assert buttons[0]["text"] == "🔔 Remind me"
    start = buttons[0]["url"].split("start=")[1]
    followed = emulator.reply_to(READER, f"/start {start}")
    assert "Reminders for #1" in followed.result["text"]
    assert "Green hydrogen pilots call" in emulator.reply_to(READER, "/reminders").result["text"]
