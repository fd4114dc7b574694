"""End to end: an unsure feed entry waits for an admin, who saves it to the channel.

The real ``callboard run`` process, the Bot API emulator and a local feed server. The admin is
told of the held entry through the outbox (with its buttons once ``bot/dispatcher.py`` renders
review rows, as plain text with a /review pointer until then); /review ID shows the draft with
Save, Edit and Discard; Save posts it to the channel once.
"""

from __future__ import annotations

import re
import time

from tests.emulator import BotApiEmulator, Chat
from tests.feedserver import FeedServer, Page, rss

CHANNEL = Chat(-1001234567890, "channel", "Calls")
ADMIN = Chat(777)
UNSURE = "Call for proposals: energy pilots"
SURE = "Call for proposals: heat networks"


def channel_posts(emulator: BotApiEmulator, title: str) -> list:
    return [c for c in emulator.calls_of("sendMessage", CHANNEL.id) if title in c.params["text"]]


def test_an_unsure_feed_entry_goes_to_the_admin_and_save_posts_it(start_bot, emulator):
    emulator.chats[CHANNEL.id] = CHANNEL
    emulator.chats[ADMIN.id] = ADMIN
    server = FeedServer().start()
    try:
        server.pages["/feed"] = Page(
            rss(
                (
                    SURE,
                    "Proposals are due until 14 March 2031 at 1pm CET.",
                    "https://example.org/heat",
                ),
                (UNSURE, "We invite proposals for energy pilots.", "https://example.org/energy"),
            )
        )
        start_bot(
            FEEDS=server.url("/feed"),
            PUSH_BACKLOG="1",
            REVIEW="unsure",
            FEED_POLL_MINUTES="0.02",
            CHANNEL_ID=str(CHANNEL.id),
            ADMIN_IDS=str(ADMIN.id),
        )
        emulator.wait_for(lambda c: c.ok and bool(channel_posts(emulator, SURE)), timeout=20)
        alert = emulator.wait_for(
            lambda c: (
                c.ok and c.params.get("chat_id") == ADMIN.id and UNSURE in c.params.get("text", "")
            ),
            timeout=20,
        )
        number = re.search(r"(?:/review|Review) (\d+)", alert.params["text"]).group(1)
        # Polled again and again: no second draft, and nothing reaches the channel.
        served = server.pages["/feed"].served
        deadline = time.monotonic() + 20
        while server.pages["/feed"].served < served + 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not channel_posts(emulator, UNSURE)
        listing = emulator.reply_to(ADMIN, "/review").params["text"]
        assert f"{number}. {UNSURE}" in listing and "call without deadline" in listing
        assert listing.count(UNSURE) == 1
        assert "drafts waiting for review: 1" in emulator.reply_to(ADMIN, "/stats").params["text"]

        shown = emulator.reply_to(ADMIN, f"/review {number}")
        assert "(unsure — check it)" in shown.params["text"]
        save = next(
            b["callback_data"]
            for row in shown.params["reply_markup"]["inline_keyboard"]
            for b in row
            if "Save" in b["text"]
        )
        saved = emulator.press(ADMIN, shown.result["message_id"], save)
        assert "Saved as item #" in saved.params["text"]
        emulator.wait_for(lambda c: c.ok and bool(channel_posts(emulator, UNSURE)), timeout=20)
        # A second Save, and later polls, change nothing.
        start = emulator.mark()
        emulator.user_presses(ADMIN, shown.result["message_id"], save)
        answer = emulator.wait_for(lambda c: c.method == "answerCallbackQuery", start=start)
        assert "no longer current" in answer.params.get("text", "")
        served = server.pages["/feed"].served
        deadline = time.monotonic() + 20
        while server.pages["/feed"].served < served + 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.5)
        assert len(channel_posts(emulator, UNSURE)) == 1
        assert "No drafts wait" in emulator.reply_to(ADMIN, "/review").params["text"]
    finally:
        server.stop()


def test_callboard_import_holds_unsure_entries_for_the_admins(tmp_path):
    from tests.botprocess import bot_env, callboard
    from tests.conftest import write_json

    records = [
        {"title": UNSURE, "summary": "We invite proposals for energy pilots."},
        {"title": SURE, "summary": "Proposals are due until 14 March 2031 at 1pm CET."},
    ]
    path = write_json(tmp_path / "in.json", records)
    env = bot_env(None, tmp_path / "c.db", ADMIN_IDS=str(ADMIN.id), REVIEW="unsure")
    first = callboard(["import", str(path)], env, tmp_path)
    again = callboard(["import", str(path)], env, tmp_path)
    assert "added 1, updated 0, unchanged 0, rejected 0, held for review 1" in first.stdout
    assert "added 0, updated 0, unchanged 2, rejected 0" in again.stdout
    listing = callboard(["items"], env, tmp_path).stdout
    assert SURE in listing and UNSURE not in listing
    # REVIEW=off, or no admins: published at once.
    off = callboard(["import", str(path)], {**env, "REVIEW": "off"}, tmp_path)
    assert "added 1" in off.stdout
