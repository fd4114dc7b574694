"""Delivery keeps Telegram's limits per chat and per bot, and a waiting chat holds up nobody.

The real Application runs in-process against an emulator that refuses (429) whatever Telegram
would: more than 30 messages a second, more than one a second to a private chat, more than 20 a
minute to a group.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.app import utcnow
from bot.pacing import PRIVATE_INTERVAL, WINDOW_SECONDS, WINDOW_SENDS, Pacer, PerChatUpdates
from storage import outbox
from tests.botprocess import TOKEN
from tests.emulator import BotApiEmulator, Chat
from tests.inprocess import RunningApp, running, settings_for
from tests.limited import LimitedEmulator
from tests.waiting import wait_until

GROUP = Chat(-100555, "supergroup", "Research office")


@pytest.fixture
def limited() -> Iterator[LimitedEmulator]:
    server = LimitedEmulator(latency=0.02).start()
    yield server
    server.stop()


@pytest.fixture
def bot(limited: LimitedEmulator, tmp_path: Path) -> Iterator[RunningApp]:
    with running(settings_for(limited, tmp_path / "bot.db")) as app:
        yield app


def owe(app: RunningApp, chat_id: int, texts: list[str]) -> None:
    """Owe ``chat_id`` these messages now, as the outbox would hold them."""

    async def enqueue() -> None:
        now = utcnow()
        async with app.db.transaction():
            for text in texts:
                await outbox.enqueue(
                    app.db,
                    chat_id=chat_id,
                    kind="admin_alert",
                    item_id=None,
                    due_at=now,
                    now=now,
                    payload={"text": text},
                )

    app.call(enqueue())


def test_many_messages_to_chats_and_a_group_keep_their_limits_order_and_nobody_waits(
    bot: RunningApp, limited: LimitedEmulator
) -> None:
    privates = [Chat(5000 + n) for n in range(10)]
    bystander = Chat(6000)
    for chat in [*privates, GROUP, bystander]:
        limited.chats[chat.id] = chat
    for chat in [*privates, GROUP]:
        owe(bot, chat.id, [f"message {n} to {chat.id}" for n in range(25)])
    started = time.monotonic()
    bot.call(_wake(bot))
    time.sleep(1.0)
    owe(bot, bystander.id, ["for the bystander"])  # owed once the others are well under way
    owed_at = time.monotonic()
    bot.call(_wake(bot))
    wait_until(lambda: limited.delivered[bystander.id] == 1, timeout=10)
    assert limited.arrivals(bystander.id)[0] - owed_at < 1.5, "a new chat waited for others"
    wait_until(lambda: all(limited.delivered[c.id] == 25 for c in privates), timeout=60)
    private_done = time.monotonic() - started
    wait_until(lambda: limited.delivered[GROUP.id] == 25, timeout=120)
    assert limited.too_many == 0
    for chat in [*privates, GROUP]:
        assert limited.texts(chat.id) == [f"message {n} to {chat.id}" for n in range(25)]
    # The private chats went at their own pace (one a second), not the group's (one in three).
    assert private_done < 40
    arrivals = limited.arrivals(privates[0].id)
    assert min(b - a for a, b in itertools.pairwise(arrivals)) >= 1.0
    wait_until(lambda: bot.call(outbox.counts(bot.db)) == {"sent": 25 * 11 + 1}, timeout=5)


async def _wake(app: RunningApp) -> None:
    app.app.bot_data["dispatcher"].wake()


def test_a_429_for_one_chat_delays_that_chat_only(
    bot: RunningApp, limited: LimitedEmulator
) -> None:
    slow, other = Chat(7001), Chat(7002)
    limited.chats[slow.id], limited.chats[other.id] = slow, other
    limited.fail(
        "sendMessage",
        status=429,
        description="Too Many Requests: retry after 4",
        retry_after=4,
        chat_id=slow.id,
    )
    owe(bot, slow.id, ["first to slow", "second to slow"])
    owe(bot, other.id, [f"to other {n}" for n in range(3)])
    started = time.monotonic()
    bot.call(_wake(bot))
    wait_until(lambda: limited.delivered[other.id] == 3, timeout=10)
    assert time.monotonic() - started < 4, "the other chat waited for the slow one's 429"
    wait_until(lambda: limited.delivered[slow.id] == 2, timeout=15)
    assert limited.texts(slow.id) == ["first to slow", "second to slow"]
    assert limited.arrivals(slow.id)[0] - started >= 4


def test_a_noisy_user_does_not_hold_up_another(bot: RunningApp, limited: LimitedEmulator) -> None:
    noisy, quiet = Chat(8001), Chat(8002)
    for _ in range(100):
        limited.user_sends(noisy, "/help")
    time.sleep(0.5)
    start = limited.mark()
    asked = time.monotonic()
    limited.user_sends(quiet, "/start")
    reply = limited.wait_for(
        lambda c: c.ok and c.method == "sendMessage" and c.params.get("chat_id") == quiet.id,
        start=start,
        timeout=10,
    )
    assert "/calls" in reply.result["text"]
    assert time.monotonic() - asked < 2.0
    # The noisy user's replies keep coming, one a second, with no 429; what they sent beyond
    # what can wait (a flood) is dropped rather than answered for minutes.
    wait_until(lambda: limited.delivered[noisy.id] >= 5, timeout=10)
    assert limited.too_many == 0
    assert bot.app.update_processor.dropped == 100 - PerChatUpdates.MAX_BACKLOG


def test_replies_to_one_chat_stay_in_the_order_of_its_commands(
    bot: RunningApp, limited: LimitedEmulator
) -> None:
    user = Chat(8101)
    for command in ("/timezone Europe/Paris", "/timezone", "/timezone Asia/Tokyo", "/timezone"):
        limited.user_sends(user, command)
    wait_until(lambda: limited.delivered[user.id] == 4, timeout=15)
    texts = limited.texts(user.id)
    assert texts[0].startswith("Time zone set to <b>Europe/Paris")
    assert texts[1].startswith("This chat's time zone is <b>Europe/Paris")
    assert texts[2].startswith("Time zone set to <b>Asia/Tokyo")
    assert texts[3].startswith("This chat's time zone is <b>Asia/Tokyo")


def test_a_broadcast_stays_under_thirty_a_second(bot: RunningApp, limited: LimitedEmulator) -> None:
    chats = [Chat(9000 + n) for n in range(150)]
    for chat in chats:
        limited.chats[chat.id] = chat
        owe(bot, chat.id, ["news"])
    bot.call(_wake(bot))
    wait_until(lambda: sum(limited.delivered.values()) == 150, timeout=30)
    assert limited.too_many == 0 and limited.peak_per_second <= 30


async def test_the_bots_second_counts_from_when_a_request_really_left() -> None:
    # A request let go by the Pacer may leave late (the event loop was busy): if it counted
    # from when it was let go, 29 more could follow within Telegram's second of its arrival.
    pacer = Pacer(per_second=1000)  # the bot's spacing out of the way: the second alone counts
    server = BotApiEmulator(TOKEN).start()  # no round trip: requests follow each other fast
    url = f"{server.base_url}{TOKEN}/getMe"
    async with httpx.AsyncClient(event_hooks={"request": [pacer.departures]}) as client:
        await pacer.acquire(None, chat_limit=False)
        await asyncio.sleep(0.5)  # held up between being let go and leaving
        left = time.monotonic()
        await client.get(url)
        for _ in range(WINDOW_SENDS - 1):
            await pacer.acquire(None, chat_limit=False)
            await client.get(url)
        await pacer.acquire(None, chat_limit=False)
        thirtieth = time.monotonic()
    server.stop()
    assert thirtieth - left >= 0.99 * WINDOW_SECONDS


async def test_a_chats_next_message_counts_from_when_its_last_really_left() -> None:
    # A message held up after its slot (a busy event loop) reaches the chat late; the next,
    # sent on time, would follow it too closely for Telegram's one a second to a private chat.
    pacer = Pacer()
    server = BotApiEmulator(TOKEN).start()
    url = f"{server.base_url}{TOKEN}/getMe"
    async with httpx.AsyncClient(event_hooks={"request": [pacer.departures]}) as client:
        await pacer.acquire(5001)
        await asyncio.sleep(0.5)  # held up between being let go and leaving
        await client.get(url)
        left = time.monotonic()
        await pacer.acquire(5001)
        second = time.monotonic()
        await client.get(url)
        await pacer.acquire(5002)  # another chat is not held up by it
        other = time.monotonic()
    server.stop()
    assert second - left >= PRIVATE_INTERVAL - 0.05
    assert other - second < 0.5
