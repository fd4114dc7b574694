"""End to end: a live deadline board, pinned and kept current by editing, across a restart."""

from __future__ import annotations

import datetime as dt
import time
from itertools import pairwise

from tests.conftest import ON_BOTH_ENGINES, write_json
from tests.emulator import BotApiEmulator, Call, Chat

pytestmark = ON_BOTH_ENGINES

GROUP = Chat(-1008801, "supergroup", "Research office")
# Boards are looked at every second and edited at most every two in these tests, not every
# minute, so that they run in seconds.
FAST = {"BOARD_INTERVAL_SECONDS": "2"}


def calls_file(bot_home, name: str, *calls: tuple[str, dt.datetime]):
    records = [
        {
            "title": title,
            "kind": "call",
            "summary": "Apply.",
            "link": f"https://example.org/{abs(hash(title))}",
            "deadline": deadline.isoformat(),
        }
        for title, deadline in calls
    ]
    return write_json(bot_home / name, records)


def board_edit(emulator: BotApiEmulator, board_id: int, start: int, predicate) -> Call:
    return emulator.wait_for(
        lambda c: (
            c.ok
            and c.method == "editMessageText"
            and c.params.get("message_id") == board_id
            and predicate(c.params["text"])
        ),
        start=start,
        timeout=90,
    )


def put_up_board(emulator: BotApiEmulator, command: str = "/board calls") -> Call:
    mark = emulator.mark()
    reply = emulator.reply_to(GROUP, command)
    assert "📌" in reply.params["text"] and "/board off" in reply.params["text"]
    return emulator.wait_for(
        lambda c: c.ok and c.method == "sendMessage" and "Next deadlines" in c.params["text"],
        start=mark,
        timeout=20,
    )


def test_a_board_is_pinned_and_edited_as_a_deadline_passes_an_item_arrives_and_after_a_restart(
    start_bot, import_files, bot_home, emulator
):
    now = dt.datetime.now(dt.UTC)
    # Deadlines keep hours and minutes: the next whole minute at least 20 s away.
    soon = (now + dt.timedelta(seconds=80)).replace(second=0, microsecond=0)
    later = (now + dt.timedelta(days=10)).replace(hour=17, minute=0, second=0, microsecond=0)
    import_files(calls_file(bot_home, "a.json", ("Closing soon call", soon), ("Later call", later)))
    bot = start_bot(**FAST)
    board = put_up_board(emulator)
    board_id = board.result["message_id"]
    assert "Closing soon call" in board.params["text"] and "Later call" in board.params["text"]
    assert board.params["text"].index("Closing soon") < board.params["text"].index("Later call")
    assert "in 1 min" in board.params["text"] or "today" in board.params["text"]
    emulator.wait_for(lambda c: c.method == "pinChatMessage", timeout=10)
    assert emulator.pinned[GROUP.id] == [board_id]

    passed = board_edit(emulator, board_id, 0, lambda text: "Closing soon call" not in text)
    assert "Later call" in passed.params["text"]

    mark = emulator.mark()
    import_files(calls_file(bot_home, "b.json", ("Fresh hydrogen call", later)))
    board_edit(emulator, board_id, mark, lambda text: "Fresh hydrogen call" in text)

    bot.stop()
    bot = start_bot(**FAST)
    mark = emulator.mark()
    import_files(calls_file(bot_home, "c.json", ("After restart call", later)))
    after = board_edit(emulator, board_id, mark, lambda text: "After restart call" in text)
    assert "Fresh hydrogen call" in after.params["text"]
    # Still one board: the restart posted no second one, and it stays pinned.
    boards = [
        c
        for c in emulator.calls_of("sendMessage", GROUP.id)
        if "Next deadlines" in c.params["text"]
    ]
    assert len(boards) == 1 and emulator.pinned[GROUP.id] == [board_id]
    # Edited only when the text changed, and never twice within the board interval.
    edits = emulator.calls_of("editMessageText", GROUP.id)
    texts = [board.params["text"]] + [c.params["text"] for c in edits]
    assert all(a != b for a, b in pairwise(texts))
    assert all(b.at - a.at >= 1.9 for a, b in pairwise(edits))

    mark = emulator.mark()
    removed = emulator.reply_to(GROUP, "/board off")
    assert "removed" in removed.params["text"]
    emulator.wait_for(lambda c: c.ok and c.method == "unpinChatMessage", start=mark, timeout=10)
    assert emulator.pinned[GROUP.id] == []
    import_files(calls_file(bot_home, "d.json", ("Unseen call", later)))
    time.sleep(4)
    assert [c for c in emulator.calls[mark:] if c.method == "editMessageText"] == []


def test_a_board_the_bot_may_not_pin_or_whose_message_was_deleted_is_said_once(
    start_bot, import_files, bot_home, emulator
):
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=5)).replace(microsecond=0)
    import_files(calls_file(bot_home, "a.json", ("First call", later)))
    emulator.pins_refused.add(GROUP.id)
    start_bot(**FAST)
    board = put_up_board(emulator)
    refused = emulator.wait_for(
        lambda c: c.ok and "may not pin" in c.params.get("text", ""), timeout=15
    )
    assert refused.params["chat_id"] == GROUP.id
    emulator.delete_message(GROUP, board.result["message_id"])
    mark = emulator.mark()
    import_files(calls_file(bot_home, "b.json", ("Second call", later)))
    gone = emulator.wait_for(
        lambda c: c.ok and "was deleted" in c.params.get("text", ""), start=mark, timeout=20
    )
    assert "/board" in gone.params["text"]
    import_files(calls_file(bot_home, "c.json", ("Third call", later)))
    time.sleep(4)
    sent = [c.params.get("text", "") for c in emulator.calls_of("sendMessage", GROUP.id)]
    assert sum("may not pin" in t for t in sent) == 1 and sum("was deleted" in t for t in sent) == 1
    tries = [c for c in emulator.calls if c.method == "editMessageText"]
    assert len(tries) == 1  # the one that found the message gone; then the board stopped


def test_only_a_groups_administrators_may_put_up_a_board_and_bad_words_change_nothing(
    start_bot, emulator
):
    start_bot(**FAST)
    emulator.admins[GROUP.id] = {4242}
    refused = emulator.reply_to(GROUP, "/board calls", user_id=5555)
    assert "administrators" in refused.params["text"]
    bad = emulator.reply_to(GROUP, "/board calls -nuclear")
    assert "only leaves items out" in bad.params["text"]
    none = emulator.reply_to(GROUP, "/board off")
    assert "no board" in none.params["text"]
    time.sleep(2)
    assert [
        c
        for c in emulator.calls_of("sendMessage", GROUP.id)
        if "Next deadlines" in c.params["text"]
    ] == []


def test_a_channel_gets_a_board_from_its_own_post_and_it_is_pinned(
    start_bot, import_files, bot_home, emulator
):
    channel = Chat(-1008802, "channel", "Deadlines channel")
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).replace(microsecond=0)
    import_files(calls_file(bot_home, "a.json", ("Channel call", later)))
    start_bot(**FAST)
    mark = emulator.mark()
    emulator.channel_posts(channel, "/board calls")
    board = emulator.wait_for(
        lambda c: c.ok and c.method == "sendMessage" and "Next deadlines" in c.params["text"],
        start=mark,
        timeout=20,
    )
    assert board.params["chat_id"] == channel.id and "Channel call" in board.params["text"]
    emulator.wait_for(lambda c: c.ok and c.method == "pinChatMessage", start=mark, timeout=10)
    assert emulator.pinned[channel.id] == [board.result["message_id"]]


def test_a_board_put_up_in_a_forum_topic_lives_in_that_topic(
    start_bot, import_files, bot_home, emulator
):
    forum = Chat(-1008803, "supergroup", "Forum", is_forum=True)
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).replace(microsecond=0)
    import_files(calls_file(bot_home, "a.json", ("Topic call", later)))
    start_bot(**FAST)
    mark = emulator.mark()
    reply = emulator.reply_to(forum, "/board", thread_id=21)
    assert reply.params["message_thread_id"] == 21
    board = emulator.wait_for(
        lambda c: c.ok and c.method == "sendMessage" and "Next deadlines" in c.params["text"],
        start=mark,
        timeout=20,
    )
    assert board.params["message_thread_id"] == 21 and "Topic call" in board.params["text"]
