"""End to end: broadcasts survive kill -9 and a second process on the same database.

The real ``callboard run`` process against an emulator that enforces Telegram's flood limits.
The design's promise (docs/DESIGN.md): nothing is lost, and a crash repeats at most the sends
that were in flight, ``SEND_CONCURRENCY`` of them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import subscriptions
from storage.db import connect
from storage.text_query import TextQuery
from tests.botprocess import ROOT, BotProcess, bot_env, callboard
from tests.conftest import write_json
from tests.emulator import Chat
from tests.limited import LimitedEmulator
from tests.waiting import wait_until

CONCURRENCY = 8


@pytest.fixture
def limited() -> Iterator[LimitedEmulator]:
    server = LimitedEmulator(latency=0.01).start()
    yield server
    server.stop()


def subscribe_chats(database: Path | str, count: int, limited: LimitedEmulator) -> list[int]:
    """``count`` private chats subscribed to calls, known to the emulator."""
    ids = [30_000 + n for n in range(count)]

    async def add() -> None:
        db = await connect(database)
        now = dt.datetime.now(dt.UTC)
        for chat_id in ids:
            await subscriptions.add(
                db, chat_id=chat_id, chat_type="private", kinds="calls", query=TextQuery(), now=now
            )
        await db.close()

    asyncio.run(add())
    for chat_id in ids:
        limited.chats[chat_id] = Chat(chat_id)
    return ids


def one_call(home: Path) -> Path:
    deadline = (dt.datetime.now(dt.UTC) + dt.timedelta(days=30)).replace(microsecond=0)
    record = {
        "title": "Cluster partnership call",
        "kind": "call",
        "summary": "Apply soon.",
        "link": "https://example.org/broadcast",
        "deadline": deadline.isoformat(),
    }
    return write_json(home / "call.json", [record])


def start(env: dict[str, str], home: Path, limited: LimitedEmulator) -> BotProcess:
    polls = limited.polls
    process = BotProcess(env, home).start()
    limited.wait_polling(polls, timeout=30)
    return process


def test_kill_9_five_times_during_a_broadcast_loses_nothing(
    limited: LimitedEmulator, bot_home: Path
) -> None:
    database = bot_home / "callboard.db"
    ids = subscribe_chats(database, 1000, limited)
    env = bot_env(limited.base_url, database, SEND_CONCURRENCY=str(CONCURRENCY))
    process = start(env, bot_home, limited)
    result = callboard(["import", str(one_call(bot_home))], env, bot_home)
    assert result.returncode == 0, result.stderr
    for kill in range(1, 6):
        wait_until(lambda k=kill: sum(limited.delivered.values()) >= 150 * k, timeout=60)
        process.kill()
        process = start(env, bot_home, limited)
    wait_until(lambda: all(limited.delivered[c] for c in ids), timeout=120)
    time.sleep(2)  # a repeat still on its way would arrive now
    log = process.log()
    process.stop()
    lost = [c for c in ids if limited.delivered[c] == 0]
    repeated = sum(n - 1 for n in limited.delivered.values() if n > 1)
    assert lost == []
    assert repeated <= 5 * CONCURRENCY, f"{repeated} repeated over five kills"
    assert log.count("took over from sender pid") >= 5


def test_a_second_process_on_the_same_database_is_refused_and_nothing_is_sent_twice(
    limited: LimitedEmulator, bot_home: Path
) -> None:
    database = bot_home / "callboard.db"
    ids = subscribe_chats(database, 300, limited)
    env = bot_env(limited.base_url, database)
    first = start(env, bot_home, limited)
    second = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env={**env, "PYTHONPATH": str(ROOT)},
        cwd=bot_home,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert second.returncode == 2
    assert "in use by another callboard run" in second.stderr
    assert f"pid {first.proc.pid}" in second.stderr
    assert "Traceback" not in second.stderr
    result = callboard(["import", str(one_call(bot_home))], env, bot_home)
    assert result.returncode == 0, result.stderr
    wait_until(lambda: all(limited.delivered[c] for c in ids), timeout=60)
    time.sleep(2)
    first.stop()
    assert max(limited.delivered[c] for c in ids) == 1
    # Once the first stops cleanly, a new one starts at once.
    again = start(env, bot_home, limited)
    assert again.proc.poll() is None
    again.stop()


def test_a_reminder_due_behind_2500_owed_pushes_arrives_within_seconds_of_its_time(
    limited: LimitedEmulator, bot_home: Path
) -> None:
    """Personal, time-critical messages go before bulk pushes (outbox priorities)."""
    from ingest.model import Deadline, Item
    from storage import items, outbox

    database = bot_home / "callboard.db"
    reader = 39_999
    limited.chats[reader] = Chat(reader)
    pushed = [50_000 + n for n in range(2500)]
    for chat_id in pushed:
        limited.chats[chat_id] = Chat(chat_id)
    now = dt.datetime.now(dt.UTC)
    due = now + dt.timedelta(seconds=30)

    async def fill() -> None:
        db = await connect(database)
        deadline = Deadline((now + dt.timedelta(days=9)).date(), dt.time(17), "Europe/Paris")
        news = Item(kind="call", title="A call for everyone", deadline=deadline)
        followed = Item(kind="call", title="The call you follow", deadline=deadline)
        news_id = (await items.upsert(db, news, now=now, default_tz="UTC")).item_id
        followed_id = (await items.upsert(db, followed, now=now, default_tz="UTC")).item_id
        stamp = int(now.timestamp())
        await outbox.insert_many(db, [(c, "notification", news_id, stamp, stamp) for c in pushed])
        async with db.transaction():
            await outbox.enqueue(
                db, chat_id=reader, kind="reminder", item_id=followed_id, due_at=due, now=now
            )
        await db.close()

    asyncio.run(fill())
    env = bot_env(limited.base_url, database)
    process = start(env, bot_home, limited)
    try:
        wait_until(lambda: limited.delivered[reader] == 1, timeout=60)
    finally:
        process.stop()
    arrived = limited.arrivals(reader)[0]
    # The emulator stamps arrivals on the monotonic clock; convert the due time to it.
    late = arrived - (time.monotonic() - (dt.datetime.now(dt.UTC) - due).total_seconds())
    assert late < 5, f"the reminder came {late:.1f} s after its time"
    assert sum(limited.delivered.values()) < 2500 + 1  # pushes were still going out
    assert "The call you follow" in limited.texts(reader)[0]
