"""End to end: forum topics. What is asked in a topic is answered and delivered there; a
deleted topic pauses its subscriptions and the group is told once."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

from tests.conftest import ON_BOTH_ENGINES
from tests.emulator import BotApiEmulator, Call, Chat
from tests.test_e2e_broadcast import new_calls

pytestmark = ON_BOTH_ENGINES

FORUM = Chat(-1007001, "supergroup", "Cluster forum", is_forum=True)
HYDROGEN_TOPIC, SOLAR_TOPIC = 11, 12


def pushes(emulator: BotApiEmulator) -> list[Call]:
    return [c for c in emulator.calls_of("sendMessage", FORUM.id) if "🆕" in c.params["text"]]


def test_a_subscription_made_in_a_forum_topic_is_answered_and_delivered_there(
    start_bot, import_files, bot_home, emulator
):
    start_bot()
    reply = emulator.reply_to(FORUM, "/subscribe calls hydrogen", thread_id=HYDROGEN_TOPIC)
    assert "✅" in reply.params["text"]
    assert reply.params.get("message_thread_id") == HYDROGEN_TOPIC
    reply = emulator.reply_to(FORUM, "/subscribe calls solar", thread_id=SOLAR_TOPIC)
    assert reply.params.get("message_thread_id") == SOLAR_TOPIC
    listing = emulator.reply_to(FORUM, "/subscriptions")  # the General topic: no thread
    assert "message_thread_id" not in listing.params
    mark = emulator.mark()
    import_files(new_calls(bot_home, "Hydrogen valleys call", "Solar rooftops call"))
    emulator.wait_for(lambda c: len(pushes(emulator)) >= 2, start=mark, timeout=20)
    by_topic = {c.params.get("message_thread_id"): c.params["text"] for c in pushes(emulator)}
    assert set(by_topic) == {HYDROGEN_TOPIC, SOLAR_TOPIC}
    assert "Hydrogen valleys call" in by_topic[HYDROGEN_TOPIC]
    assert "Solar rooftops call" in by_topic[SOLAR_TOPIC]


def test_a_deleted_topic_pauses_its_subscriptions_and_the_group_is_told_once(
    start_bot, import_files, bot_home, emulator
):
    start_bot()
    emulator.reply_to(FORUM, "/subscribe calls hydrogen", thread_id=HYDROGEN_TOPIC)
    emulator.reply_to(FORUM, "/subscribe calls solar", thread_id=SOLAR_TOPIC)
    emulator.delete_topic(FORUM, HYDROGEN_TOPIC)
    mark = emulator.mark()
    import_files(
        new_calls(bot_home, "Hydrogen valleys call", "Hydrogen storage call", "Solar call")
    )
    notice = emulator.wait_for(
        lambda c: c.ok and c.params.get("chat_id") == FORUM.id and "⏸" in c.params["text"],
        start=mark,
        timeout=20,
    )
    assert "message_thread_id" not in notice.params  # the General topic, for the admins
    assert "1 subscription is paused" in notice.params["text"]
    solar = emulator.wait_for(
        lambda c: c.ok and "Solar call" in c.params.get("text", ""), start=mark, timeout=20
    )
    assert solar.params["message_thread_id"] == SOLAR_TOPIC
    listing = emulator.reply_to(FORUM, "/subscriptions", thread_id=SOLAR_TOPIC)
    assert "paused: its topic was deleted" in listing.params["text"]
    # A later item for the paused subscription is not even tried, and nobody is told again.
    mark = emulator.mark()
    import_files(new_calls(bot_home, "Hydrogen trucks call", name="later.json"))
    time.sleep(3)
    tried = [c for c in emulator.calls[mark:] if c.params.get("message_thread_id")]
    assert tried == []
    notices = [
        c for c in emulator.calls_of("sendMessage", FORUM.id) if "was deleted:" in c.params["text"]
    ]
    assert len(notices) == 1


def test_a_digest_gathers_each_topics_items_into_that_topic(
    start_bot, import_files, bot_home, emulator
):
    start_bot()
    emulator.reply_to(FORUM, "/subscribe calls hydrogen", thread_id=HYDROGEN_TOPIC)
    emulator.reply_to(FORUM, "/subscribe calls solar", thread_id=SOLAR_TOPIC)
    brussels = ZoneInfo("Europe/Brussels")
    at = (dt.datetime.now(brussels) + dt.timedelta(minutes=1)).replace(second=0, microsecond=0)
    if (at - dt.datetime.now(brussels)).total_seconds() < 8:
        at += dt.timedelta(minutes=1)  # leave time to import before the digest is due
    emulator.reply_to(FORUM, f"/digest daily {at:%H:%M}")
    mark = emulator.mark()
    import_files(
        new_calls(bot_home, "Hydrogen valleys call", "Hydrogen storage call", "Solar call")
    )

    def digest_in(topic: int) -> Call:
        return emulator.wait_for(
            lambda c: (
                c.ok
                and c.params.get("chat_id") == FORUM.id
                and "digest" in c.params.get("text", "")
                and c.params.get("message_thread_id") == topic
            ),
            start=mark,
            timeout=130,
        )

    hydrogen = digest_in(HYDROGEN_TOPIC).params["text"]
    assert "Hydrogen valleys call" in hydrogen and "Hydrogen storage call" in hydrogen
    assert "Solar call" not in hydrogen
    assert "Solar call" in digest_in(SOLAR_TOPIC).params["text"]
