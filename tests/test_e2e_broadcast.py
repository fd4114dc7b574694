"""End to end: channel posts, subscriptions, digests, admin commands and feeds."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import write_json
from tests.emulator import BotApiEmulator, Call, Chat
from tests.feedserver import FeedServer, Page, rss

CHANNEL = Chat(-1001234567890, "channel", "Calls")
ALICE = Chat(2001)
BOB = Chat(2002)
ADMIN = Chat(777)
GROUP = Chat(-100555, "supergroup", "Office")


def new_calls(bot_home, *titles: str, days: int = 30, name: str = "new.json"):
    deadline = (dt.datetime.now(dt.UTC) + dt.timedelta(days=days)).replace(
        hour=17, minute=0, second=0, microsecond=0
    )
    records = [
        {
            "title": title,
            "kind": "call",
            "summary": "Apply soon.",
            "link": f"https://example.org/{abs(hash(title))}",
            "deadline": deadline.isoformat(),
        }
        for title in titles
    ]
    return write_json(bot_home / name, records)


def sends_to(emulator: BotApiEmulator, chat: Chat) -> list[Call]:
    return emulator.calls_of("sendMessage", chat.id)


@pytest.fixture
def channel_env(emulator: BotApiEmulator) -> dict[str, str]:
    emulator.chats[CHANNEL.id] = CHANNEL
    emulator.chats[ADMIN.id] = ADMIN
    return {"CHANNEL_ID": str(CHANNEL.id), "ADMIN_IDS": str(ADMIN.id)}


def test_a_new_item_reaches_the_channel_once_and_matching_subscribers_only(
    start_bot, import_files, bot_home, emulator, channel_env
):
    bot = start_bot(**channel_env)
    emulator.reply_to(ALICE, "/subscribe calls energy")
    emulator.reply_to(BOB, "/subscribe events")
    mark = emulator.mark()
    import_files(new_calls(bot_home, "Energy cluster call"), **channel_env)
    post = emulator.wait_for(
        lambda c: c.ok and c.params.get("chat_id") == CHANNEL.id, start=mark, timeout=15
    )
    assert "Energy cluster call" in post.params["text"]
    note = emulator.wait_for(
        lambda c: c.ok and c.params.get("chat_id") == ALICE.id, start=mark, timeout=15
    )
    assert "🆕" in note.params["text"] and "Energy cluster call" in note.params["text"]
    import_files(new_calls(bot_home, "Energy cluster call"), **channel_env)
    bot.stop()
    start_bot(**channel_env)
    time.sleep(2)
    assert len(sends_to(emulator, CHANNEL)) == 1
    assert [c for c in sends_to(emulator, BOB) if "🆕" in c.params["text"]] == []
    assert len([c for c in sends_to(emulator, ALICE) if "🆕" in c.params["text"]]) == 1


def test_a_channel_post_follows_or_opens_its_item_in_the_readers_private_chat(
    start_bot, import_files, bot_home, emulator, channel_env
):
    start_bot(**channel_env)
    import_files(new_calls(bot_home, "Hydrogen valleys call"), **channel_env)
    post = emulator.wait_for(lambda c: c.ok and c.params.get("chat_id") == CHANNEL.id, timeout=15)
    [buttons] = post.params["reply_markup"]["inline_keyboard"]
    assert [b["text"] for b in buttons] == ["🔔 Remind me", "ℹ️ Details"]
    remind, details = (b["url"] for b in buttons)
    assert remind.startswith(f"https://t.me/{emulator.username}?start=remind_")
    # Telegram turns a tap on the link into '/start remind_N' in the reader's private chat.
    followed = emulator.reply_to(BOB, "/start " + remind.split("start=")[1])
    assert "Reminders for #" in followed.result["text"]
    opened = emulator.reply_to(BOB, "/start " + details.split("start=")[1])
    assert "Hydrogen valleys call" in opened.result["text"]
    assert "Hydrogen valleys call" in emulator.reply_to(BOB, "/reminders").result["text"]


def test_a_moved_deadline_edits_the_channel_post_and_says_so(
    start_bot, import_files, bot_home, emulator, channel_env
):
    start_bot(**channel_env)
    import_files(new_calls(bot_home, "Mobility call"), **channel_env)
    post = emulator.wait_for(lambda c: c.ok and c.params.get("chat_id") == CHANNEL.id, timeout=15)
    mark = emulator.mark()
    import_files(new_calls(bot_home, "Mobility call", days=44, name="moved.json"), **channel_env)
    edit = emulator.wait_for(
        lambda c: c.ok and c.method == "editMessageText", start=mark, timeout=15
    )
    assert edit.params["message_id"] == post.result["message_id"]
    assert edit.params["reply_markup"]["inline_keyboard"]  # the edit keeps the post's buttons
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=44)
    assert f"{later.day} {later:%b}" in edit.params["text"]
    note = emulator.wait_for(
        lambda c: c.ok and c.method == "sendMessage" and c.params.get("chat_id") == CHANNEL.id,
        start=mark,
        timeout=15,
    )
    assert "Deadline extended" in note.params["text"]


def test_a_digest_arrives_at_its_local_time_with_every_new_item(
    start_bot, import_files, bot_home, emulator
):
    start_bot()
    tokyo = ZoneInfo("Asia/Tokyo")
    emulator.reply_to(ALICE, "/timezone Asia/Tokyo")
    emulator.reply_to(ALICE, "/subscribe all")
    at = (dt.datetime.now(tokyo) + dt.timedelta(minutes=1)).replace(second=0, microsecond=0)
    if (at - dt.datetime.now(tokyo)).total_seconds() < 8:
        at += dt.timedelta(minutes=1)  # leave time to import before the digest is due
    reply = emulator.reply_to(ALICE, f"/digest daily {at:%H:%M}")
    assert f"{at:%H:%M}" in reply.params["text"]
    mark = emulator.mark()
    import_files(new_calls(bot_home, "First digest call", "Second digest call"))
    time.sleep(1)
    assert [c for c in emulator.calls[mark:] if c.params.get("chat_id") == ALICE.id] == []
    digest = emulator.wait_for(
        lambda c: (
            c.ok and c.params.get("chat_id") == ALICE.id and "digest" in c.params.get("text", "")
        ),
        start=mark,
        timeout=130,
    )
    arrived = dt.datetime.now(tokyo)
    assert dt.timedelta(0) <= arrived - at < dt.timedelta(seconds=4)
    assert "First digest call" in digest.params["text"]
    assert "Second digest call" in digest.params["text"]


def test_admin_commands_are_refused_to_everyone_else(start_bot, emulator, channel_env):
    start_bot(**channel_env)
    for chat in (BOB, GROUP):
        for command in ("/stats", "/sources", "/delete 1", "/add Title"):
            reply = emulator.reply_to(chat, command)
            assert "for the bot's operators" in reply.params["text"], (chat, command)
    assert "items:" in emulator.reply_to(ADMIN, "/stats").params["text"]


def test_add_shows_what_was_read_and_save_stores_and_posts_it(start_bot, emulator, channel_env):
    start_bot(**channel_env)
    draft = emulator.reply_to(
        ADMIN, "/add Call for pilot projects\nApplications are due by 8 May 2027, 17:00 CEST."
    )
    assert "kind: call" in draft.params["text"]
    assert "as announced: 17:00 CEST on 8 May 2027" in draft.params["text"]
    edited = emulator.reply_to(ADMIN, "/edit 1 location Gent")
    assert "location: Gent" in edited.params["text"]
    save = next(
        b["callback_data"]
        for row in edited.params["reply_markup"]["inline_keyboard"]
        for b in row
        if "Save" in b["text"]
    )
    saved = emulator.press(ADMIN, edited.result["message_id"], save)
    assert "Saved as item #1" in saved.params["text"]
    post = emulator.wait_for(lambda c: c.ok and c.params.get("chat_id") == CHANNEL.id, timeout=15)
    assert "Call for pilot projects" in post.params["text"]


def test_feeds_in_the_settings_are_polled_and_their_items_posted(start_bot, emulator, channel_env):
    server = FeedServer().start()
    try:
        server.pages["/feed"] = Page(
            rss(
                (
                    "Call for regional cluster pilots",
                    "Deadline: 12 June 2027, 12:00 CEST.",
                    "https://example.org/pilots",
                )
            )
        )
        server.pages["/broken"] = Page(b"<html>maintenance</html>", content_type="text/html")
        # A feed's first entries are its backlog, pushed only with PUSH_BACKLOG=1.
        start_bot(
            FEEDS=f"{server.url('/broken')} {server.url('/feed')}", PUSH_BACKLOG="1", **channel_env
        )
        post = emulator.wait_for(
            lambda c: c.ok and c.params.get("chat_id") == CHANNEL.id, timeout=20
        )
        assert "Call for regional cluster pilots" in post.params["text"]
        sources = emulator.reply_to(ADMIN, "/sources").params["text"]
        assert "failing (1×: not an RSS or Atom feed" in sources and "ok;" in sources
    finally:
        server.stop()


def test_deleting_a_followed_item_tells_its_follower(
    start_bot, import_files, bot_home, emulator, channel_env
):
    import_files(new_calls(bot_home, "Call to be withdrawn"))
    start_bot(**channel_env)
    emulator.reply_to(ALICE, "/remind 1 1d")
    asked = emulator.reply_to(ADMIN, "/delete 1")
    delete = asked.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    reply = emulator.press(ADMIN, asked.result["message_id"], delete)
    assert "Deleted #1" in reply.params["text"]
    note = emulator.wait_for(
        lambda c: (
            c.ok and c.params.get("chat_id") == ALICE.id and "Withdrawn" in c.params.get("text", "")
        ),
        timeout=15,
    )
    assert "Call to be withdrawn" in note.params["text"]
    assert "no item #1" in emulator.reply_to(ALICE, "/item 1").params["text"]


def test_a_deleted_items_channel_post_says_it_was_withdrawn(
    start_bot, import_files, bot_home, emulator, channel_env
):
    start_bot(**channel_env)
    import_files(new_calls(bot_home, "Call that will be withdrawn"), **channel_env)
    post = emulator.wait_for(lambda c: c.ok and c.params.get("chat_id") == CHANNEL.id, timeout=15)
    asked = emulator.reply_to(ADMIN, "/delete 1")
    mark = emulator.mark()
    delete = asked.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    emulator.press(ADMIN, asked.result["message_id"], delete)
    edit = emulator.wait_for(
        lambda c: c.ok and c.method == "editMessageText" and c.params.get("chat_id") == CHANNEL.id,
        start=mark,
        timeout=15,
    )
    assert edit.params["message_id"] == post.result["message_id"]
    assert (
        "Withdrawn" in edit.params["text"] and "Call that will be withdrawn" in edit.params["text"]
    )
    assert "reply_markup" not in edit.params  # its Remind me button goes with it
