"""End to end: feeds that cannot hurt the bot, against the real ``callboard run`` process."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from tests.emulator import BotApiEmulator, Chat
from tests.feedserver import FeedServer, Page, rss

CHANNEL = Chat(-1001234567890, "channel", "Calls")
ALICE = Chat(2001)
BOB = Chat(2002)
ADMIN = Chat(777)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    served = FeedServer().start()
    yield served
    served.stop()


@pytest.fixture
def env(emulator: BotApiEmulator) -> dict[str, str]:
    emulator.chats[CHANNEL.id] = CHANNEL
    emulator.chats[ADMIN.id] = ADMIN
    return {"CHANNEL_ID": str(CHANNEL.id), "ADMIN_IDS": str(ADMIN.id)}


def call(n: int, *, year: int = 2027, guid: str = "", published: str = "") -> tuple[str, ...]:
    entry = (
        f"Call {n} for cluster partnerships",
        f"Deadline: {n % 28 + 1} March {year}, 17:00 Brussels time.",
        f"https://example.org/calls/{year}/{n}",
        guid,
    )
    return (*entry, published) if published else entry


def event(n: int, *, year: int) -> tuple[str, ...]:
    return (
        f"Cluster workshop number {n}",
        f"The workshop takes place on {n % 28 + 1} February {year} in Gent.",
        f"https://example.org/events/{year}/{n}",
        "",
        f"Mon, 06 Jan {year} 09:00:00 GMT",
    )


def requests_to(server: FeedServer, path: str) -> int:
    return sum(1 for requested, _ in list(server.requests) if requested == path)


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        time.sleep(0.1)


def pushes(emulator: BotApiEmulator, chat: Chat, text: str = "") -> list:
    return [
        c
        for c in emulator.calls_of("sendMessage", chat.id)
        if text in c.params.get("text", "") and (chat is CHANNEL or "🆕" in c.params["text"])
    ]


def test_a_dripping_feed_delays_neither_a_healthy_one_nor_commands_nor_pushes(
    start_bot, emulator, env, server
):
    # One byte a second: the whole body would take minutes.
    server.pages["/drip"] = Page(rss(*[call(n) for n in range(1, 4)]), drip=1.0)
    # A healthy feed with one more entry on every poll: each new one is pushed to the channel.
    server.pages["/ok"] = Page(lambda n: rss(*[call(100 + k) for k in range(n)]))
    start_bot(
        FEEDS=f"{server.url('/drip')} {server.url('/ok')}",
        FEED_POLL_MINUTES="0.02",  # every 1.2 s
        FEED_TIMEOUT_SECONDS="8",
        **env,
    )
    wait_until(lambda: requests_to(server, "/ok") >= 4, 10, "four polls of the healthy feed")
    # ... all while the dripping feed's first poll is still running
    assert requests_to(server, "/drip") == 1
    began = time.monotonic()
    listing = emulator.reply_to(ADMIN, "/sources", timeout=3).params["text"]
    assert time.monotonic() - began < 3
    assert "polling since" in listing and "ok;" in listing
    # the healthy feed's new entries reached the channel meanwhile (its first poll was backlog)
    emulator.wait_for(
        lambda c: c.ok and c.params.get("chat_id") == CHANNEL.id and "Call 101" in c.params["text"],
        timeout=5,
    )
    assert requests_to(server, "/drip") == 1

    def drip_failed() -> bool:
        text = emulator.reply_to(ADMIN, "/sources", timeout=3).params["text"]
        return "failing (1×: timed out (no complete answer within 8 s)" in text

    wait_until(drip_failed, 15, "the dripping feed shown failing with its reason")


def test_a_feed_rotating_guids_polled_ten_times_stores_and_pushes_each_entry_once(
    start_bot, emulator, env, server
):
    backlog = [call(n) for n in range(1, 4)]
    fresh = call(50)

    def body(request: int) -> bytes:
        entries = backlog + ([fresh] if request >= 3 else [])
        # every poll, every entry gets a guid it never had before
        return rss(*[(*e[:3], f"urn:uuid:{request}-{i}") for i, e in enumerate(entries)])

    server.pages["/rot"] = Page(body)
    start_bot(FEEDS=server.url("/rot"), FEED_POLL_MINUTES="0.01", **env)
    emulator.reply_to(ALICE, "/subscribe calls")
    wait_until(lambda: requests_to(server, "/rot") >= 11, 20, "ten polls after the first")
    time.sleep(1.5)  # leave the dispatcher time to send anything (wrongly) owed
    assert [c.params["text"].count("Call 50") for c in pushes(emulator, CHANNEL)] == [1]
    assert len(pushes(emulator, ALICE, "Call 50")) == 1
    assert len(pushes(emulator, ALICE)) == 1
    listing = emulator.reply_to(ADMIN, "/sources").params["text"]
    assert "4 items" in listing
    found = emulator.reply_to(ALICE, "/search cluster partnerships").params["text"]
    assert found.count("Call 50 for cluster") == 1 and found.count("Call 1 for cluster") == 1


def test_adding_a_feed_of_300_entries_pushes_none_and_its_next_entry_once(
    start_bot, emulator, env, server
):
    entries = (
        [call(n) for n in range(1, 201)]
        + [call(n, year=2019, published="Mon, 07 Jan 2019 09:00:00 GMT") for n in range(1, 51)]
        + [event(n, year=2020) for n in range(1, 51)]
    )
    newest = ("Call for energy cluster pilots", "Deadline: 9 April 2027.", "https://x.org/p")
    state = {"new": False}
    server.pages["/big"] = Page(lambda _: rss(*entries, *([newest] if state["new"] else [])))
    start_bot(FEED_POLL_MINUTES="0.02", **env)
    emulator.reply_to(ALICE, "/subscribe calls")
    emulator.reply_to(BOB, "/subscribe events")
    reply = emulator.reply_to(ADMIN, f"/sources add {server.url('/big')}").params["text"]
    assert "Feed 1 added" in reply
    wait_until(
        lambda: "300 items" in emulator.reply_to(ADMIN, "/sources").params["text"],
        60,
        "the feed's 300 entries stored",
    )
    assert "Call 17 for cluster" in emulator.reply_to(ALICE, "/search call 17").params["text"]
    time.sleep(1.5)
    assert pushes(emulator, CHANNEL) == [] and pushes(emulator, ALICE) == []
    mark = emulator.mark()
    state["new"] = True
    emulator.wait_for(
        lambda c: c.ok and c.params.get("chat_id") == ALICE.id and "energy" in c.params["text"],
        start=mark,
        timeout=30,
    )
    time.sleep(2)
    assert len(pushes(emulator, CHANNEL)) == 1
    assert len(pushes(emulator, CHANNEL, "Call for energy cluster pilots")) == 1
    assert len(pushes(emulator, ALICE)) == 1
    assert pushes(emulator, BOB) == []


def test_a_private_address_is_refused_with_its_reason_unless_allowed(
    start_bot, emulator, env, server
):
    server.pages["/feed"] = Page(rss(call(1)))
    start_bot(FEEDS=server.url("/feed"), ALLOW_PRIVATE_FEEDS="0", FEED_POLL_MINUTES="0.02", **env)
    port = server.server.server_address[1]
    reply = emulator.reply_to(ADMIN, f"/sources add http://[::1]:{port}/other").params["text"]
    assert "Feed not added" in reply and "::1 is a loopback address" in reply
    wait_until(
        lambda: (
            "refused: 127.0.0.1 is a loopback address"
            in emulator.reply_to(ADMIN, "/sources").params["text"]
        ),
        10,
        "the configured feed shown refused",
    )
    assert server.requests == []
