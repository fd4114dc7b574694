"""Every failure path of delivery ends: nothing stranded in 'sending', nothing sent twice.

The real Application runs in-process against the Bot API emulator; a test's clock can be moved
forward to live through a long outage in seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import render
from bot.app import utcnow
from bot.importing import import_items
from ingest.sources import parse_json
from storage import outbox
from tests.emulator import BotApiEmulator, Chat
from tests.inprocess import RunningApp, running, settings_for
from tests.waiting import wait_until

ADMIN = Chat(7007)
ALICE = Chat(2001)


class MovableClock:
    """Real time plus an offset a test can add to."""

    def __init__(self) -> None:
        self.offset = dt.timedelta()

    def __call__(self) -> dt.datetime:
        return utcnow() + self.offset


def calls(titles: list[str], clock=utcnow) -> str:
    deadline = (clock() + dt.timedelta(days=20)).replace(microsecond=0)
    return json.dumps(
        [
            {
                "title": title,
                "kind": "call",
                "summary": "Apply soon.",
                "link": f"https://example.org/{title.lower().replace(' ', '-')}",
                "deadline": deadline.isoformat(),
            }
            for title in titles
        ]
    )


def store(app: RunningApp, titles: list[str], clock=utcnow) -> None:
    """New items arrive (as an import or a feed poll would store them) and the sender is woken."""
    parsed = parse_json(calls(titles, clock), source="test")
    app.call(import_items(app.db, parsed, now=clock(), default_tz="Europe/Brussels"))
    app.call(_wake(app))


async def _wake(app: RunningApp) -> None:
    app.app.bot_data["dispatcher"].wake()


def pushes_to(emulator: BotApiEmulator, chat: Chat) -> list[str]:
    return [
        c.result["text"]
        for c in emulator.calls_of("sendMessage", chat.id)
        if "🆕" in c.result["text"]
    ]


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def bot(emulator: BotApiEmulator, tmp_path: Path, clock: MovableClock) -> Iterator[RunningApp]:
    emulator.chats[ADMIN.id] = ADMIN
    settings = settings_for(emulator, tmp_path / "bot.db", admin_ids=frozenset({ADMIN.id}))
    with running(settings, clock) as app:
        yield app


def subscribers(emulator: BotApiEmulator, count: int) -> list[Chat]:
    chats = [Chat(40_000 + n) for n in range(count)]
    for chat in chats:
        emulator.reply_to(chat, "/subscribe calls")
    return chats


def test_a_database_locked_for_30_seconds_mid_broadcast_strands_and_repeats_nothing(
    bot: RunningApp, emulator: BotApiEmulator, tmp_path: Path
) -> None:
    chats = subscribers(emulator, 60)
    store(bot, ["Energy call"])
    wait_until(lambda: len(emulator.calls_of("sendMessage")) >= 60 + 20, timeout=20)
    locked = threading.Event()

    def hold_the_lock() -> None:
        other = sqlite3.connect(tmp_path / "bot.db", timeout=30)
        other.execute("BEGIN EXCLUSIVE")
        locked.set()
        time.sleep(30)
        other.rollback()
        other.close()

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    locked.wait(10)
    holder.join()
    wait_until(lambda: all(len(pushes_to(emulator, c)) >= 1 for c in chats), timeout=60)
    time.sleep(1)
    assert all(len(pushes_to(emulator, c)) == 1 for c in chats)
    wait_until(lambda: "sending" not in bot.call(outbox.counts(bot.db)), timeout=10)
    assert bot.call(outbox.counts(bot.db)) == {"sent": 60}


def test_a_type_error_in_rendering_is_retried_failed_in_the_end_and_told_once(
    bot: RunningApp, emulator: BotApiEmulator, clock: MovableClock, monkeypatch
) -> None:
    chats = subscribers(emulator, 3)
    original = render.notification

    def broken(loc, item, **kwargs):
        if "Broken" in item.title:
            raise TypeError("unsupported operand in a template")
        return original(loc, item, **kwargs)

    monkeypatch.setattr(render, "notification", broken)
    store(bot, ["Broken call"])
    wait_until(
        lambda: all(
            r["last_error"] and "TypeError" in r["last_error"]
            for c in chats
            for r in bot.call(outbox.rows_for(bot.db, c.id))
        ),
        timeout=10,
    )
    # Retried, not stranded: pending again with the reason, never 'sending'.
    assert bot.call(outbox.counts(bot.db)) == {"pending": 3}
    store(bot, ["Working call"])
    wait_until(lambda: all(len(pushes_to(emulator, c)) == 1 for c in chats), timeout=10)
    # A day later the broken push is no longer useful: it fails with its reason.
    clock.offset = dt.timedelta(days=1, minutes=1)
    bot.call(_wake(bot))
    wait_until(lambda: bot.call(outbox.counts(bot.db)).get("failed") == 3, timeout=10)
    alerts = [
        c.result["text"]
        for c in emulator.calls_of("sendMessage", ADMIN.id)
        if "TypeError" in c.result["text"] or "delivery" in c.result["text"]
    ]
    assert 1 <= len(alerts) <= 2, alerts  # the bug once, its final failure once; not per row
    assert all(
        "unsupported operand" in r["last_error"]
        for c in chats
        for r in bot.call(outbox.rows_for(bot.db, c.id))
        if r["state"] == "failed"
    )


def test_a_user_who_blocked_the_bot_and_came_back_gets_the_next_push(
    bot: RunningApp, emulator: BotApiEmulator
) -> None:
    emulator.reply_to(ALICE, "/subscribe calls")
    emulator.blocked.add(ALICE.id)
    store(bot, ["Call while blocked"])
    wait_until(lambda: bot.call(outbox.counts(bot.db)).get("dropped") == 1, timeout=10)
    emulator.blocked.discard(ALICE.id)
    reply = emulator.reply_to(ALICE, "/calls")
    assert "Call while blocked" in reply.result["text"]
    store(bot, ["Call after coming back"])
    wait_until(lambda: len(pushes_to(emulator, ALICE)) == 1, timeout=10)
    assert "Call after coming back" in pushes_to(emulator, ALICE)[0]


def test_a_thirty_minute_outage_delays_a_reminder_but_loses_it_not(
    bot: RunningApp, emulator: BotApiEmulator, clock: MovableClock
) -> None:
    store(bot, ["Outage call"])
    reply = emulator.reply_to(ALICE, "/remind 1 19d")  # due in a day: the deadline is 20 days off
    assert "Reminders for #1" in reply.result["text"]
    emulator.fail("sendMessage", status=502, description="Bad Gateway", times=10**6)
    clock.offset = dt.timedelta(days=1, minutes=1)
    # Thirty minutes of 502s: each try fails, the next waits longer (at most five minutes).
    start = clock()
    attempts = 0
    while clock() - start < dt.timedelta(minutes=30):
        bot.call(_wake(bot))
        wait_until(
            lambda a=attempts: _row(bot)["attempts"] > a and _row(bot)["state"] == "pending", 5
        )
        row = _row(bot)
        attempts = row["attempts"]
        clock.offset += (
            dt.timedelta(seconds=row["due_at"])
            - dt.timedelta(seconds=clock().timestamp())
            + dt.timedelta(seconds=1)
        )
    row = _row(bot)
    assert "Bad Gateway" in row["last_error"]
    assert row["attempts"] > 10  # more than the old fixed limit, which lost such reminders
    emulator.recover()
    clock.offset += dt.timedelta(minutes=5)  # the longest wait between two tries
    bot.call(_wake(bot))
    wait_until(
        lambda: any(
            "Reminder" in c.result["text"] for c in emulator.calls_of("sendMessage", ALICE.id)
        ),
        timeout=10,
    )
    wait_until(lambda: _row(bot)["state"] == "sent", timeout=5)


def _row(app: RunningApp):
    [row] = app.call(outbox.rows_for(app.db, ALICE.id))
    return row
