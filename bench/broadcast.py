"""One new item to 5,000 subscribed chats, through the real dispatcher and python-telegram-bot.

Usage: python -m bench.broadcast [--chats N] [--failure-rate R]
The Bot API emulator enforces Telegram's limits (30 messages a second per bot, one a second per
private chat, 20 a minute per group) and answers 429 when they are exceeded; a share of sends
fails with a 500. Prints messages per second, lost and duplicate deliveries, and 429s received.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import datetime as dt
import random
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from tests.botprocess import TOKEN
from tests.emulator import BotApiEmulator, Chat, _ApiError, _chat_of

TZ = "Europe/Brussels"


class LimitedEmulator(BotApiEmulator):
    """The emulator, with Telegram's flood limits and some transient failures."""

    def __init__(self, failure_rate: float) -> None:
        super().__init__(TOKEN)
        self.failure_rate = failure_rate
        self.rng = random.Random(11)
        self.recent: collections.deque[float] = collections.deque()
        self.last_by_chat: dict[int, float] = {}
        self.group_sends: dict[int, collections.deque[float]] = collections.defaultdict(
            collections.deque
        )
        self.too_many = 0
        self.transient = 0
        self.delivered: collections.Counter[int] = collections.Counter()
        self.last_delivery = 0.0
        self.lock = threading.Lock()

    def _maybe_fail(self, method: str, params: dict[str, Any]) -> None:
        super()._maybe_fail(method, params)
        if method != "sendMessage":
            return
        chat = _chat_of(params) or 0
        now = time.monotonic()
        with self.lock:
            while self.recent and now - self.recent[0] >= 1.0:
                self.recent.popleft()
            over = len(self.recent) >= 30
            if chat > 0:
                over = over or now - self.last_by_chat.get(chat, -10.0) < 1.0
            else:
                sends = self.group_sends[chat]
                while sends and now - sends[0] >= 60.0:
                    sends.popleft()
                over = over or len(sends) >= 20
            if over:
                self.too_many += 1
                raise _ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
            if self.rng.random() < self.failure_rate:
                self.transient += 1
                raise _ApiError(500, "Internal Server Error")
            self.recent.append(now)
            if chat > 0:
                self.last_by_chat[chat] = now
            else:
                self.group_sends[chat].append(now)
            self.delivered[chat] += 1
            self.last_delivery = now


async def run(chats: int, failure_rate: float) -> None:
    import logging

    from bot import logs
    from bot.app import _post_init, _post_shutdown, build_application
    from bot.importing import import_items
    from bot.settings import Settings
    from ingest.model import Deadline, Item
    from ingest.sources import Parsed
    from storage import subscriptions
    from storage.db import connect

    logs.configure(TOKEN, level=logging.ERROR)
    emulator = LimitedEmulator(failure_rate).start()
    ids = [10_000 + n for n in range(chats)]
    for chat_id in ids:
        emulator.chats[chat_id] = Chat(chat_id)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "broadcast.db"
        db = await connect(path)
        now = dt.datetime.now(dt.UTC)
        for chat_id in ids:
            await subscriptions.add(
                db, chat_id=chat_id, chat_type="private", kinds="calls", keywords=[], now=now
            )
        settings = Settings(
            token=TOKEN,
            api_base_url=emulator.base_url,
            database_path=path,
            default_timezone=TZ,
            dispatch_interval=0.5,
        )
        app = build_application(settings)
        await app.initialize()
        await _post_init(app)
        await app.start()
        item = Item(
            kind="call",
            title="Cluster partnership call",
            summary="Apply soon.",
            link="https://example.org/broadcast",
            deadline=Deadline((now + dt.timedelta(days=30)).date(), dt.time(17), TZ),
        )
        started = time.monotonic()
        await import_items(db, Parsed(items=[item]), now=now, default_tz=TZ)
        last_count, last_change = 0, time.monotonic()
        while len(emulator.delivered) < chats and time.monotonic() - last_change < 60:
            await asyncio.sleep(0.5)
            if len(emulator.delivered) != last_count:
                last_count, last_change = len(emulator.delivered), time.monotonic()
        # The emulator stamps each delivery; polling above only decides when to stop looking.
        elapsed = emulator.last_delivery - started
        await asyncio.sleep(3)  # anything more that would come, comes now
        await app.stop()
        await app.shutdown()
        await _post_shutdown(app)
        await db.close()
    emulator.stop()
    delivered = sum(emulator.delivered.values())
    lost = sum(1 for chat_id in ids if emulator.delivered[chat_id] == 0)
    duplicates = sum(count - 1 for count in emulator.delivered.values() if count > 1)
    print(f"{chats:,} chats, {failure_rate:.0%} of sends failing transiently")
    print(
        f"delivered {delivered:,} in {elapsed:.1f} s: {chats / elapsed:.1f} messages/s (ceiling 30)"
    )
    print(
        f"lost {lost}, duplicates {duplicates}, 429s received {emulator.too_many}, "
        f"transient failures retried {emulator.transient}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=5000)
    parser.add_argument("--failure-rate", type=float, default=0.01)
    arguments = parser.parse_args()
    asyncio.run(run(arguments.chats, arguments.failure_rate))
