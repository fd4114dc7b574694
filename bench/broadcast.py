"""One new item to many subscribed chats through the real Application, beside a plain sender.

Usage: python -m bench.broadcast [--chats N] [--rtt MS ...] [--failure-rate R]
                                [--database-url postgresql://…]
The Bot API emulator enforces Telegram's limits (30 messages a second per bot, one a second per
private chat, 20 a minute per group), answers 429 when they are exceeded, and adds a network
round trip to every call. For each round trip it prints, for Callboard (the real ``callboard run``
process, from the item being stored to the last delivery) and for a plain
python-telegram-bot script (asyncio.gather, a semaphore of 8, AIORateLimiter): messages per
second, lost and duplicate deliveries, 429s received, and the busiest second. With
--database-url, Callboard also runs on that PostgreSQL server (in a schema of its own, dropped
afterwards), beside its run on SQLite.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import functools
import gc
import logging
import tempfile
import time
from pathlib import Path

from tests.botprocess import TOKEN
from tests.emulator import Chat
from tests.limited import LimitedEmulator

TZ = "Europe/Brussels"


def _report(name: str, emulator: LimitedEmulator, ids: list[int], started: float) -> None:
    delivered = sum(emulator.delivered.values())
    lost = sum(1 for chat_id in ids if emulator.delivered[chat_id] == 0)
    duplicates = sum(count - 1 for count in emulator.delivered.values() if count > 1)
    elapsed = emulator.last_delivery - started
    first = emulator.first_delivery - started
    print(
        f"  {name:<38} {len(ids) / elapsed:6.2f} msg/s  ({delivered:,} in {elapsed:6.2f} s)  "
        f"lost {lost}  duplicates {duplicates}  429s {emulator.too_many}  "
        f"busiest second {emulator.peak_per_second}  first after {first:.2f} s"
    )


async def plain(chats: int, rtt: float, failure_rate: float) -> None:
    """The ten-line script: gather every send, eight at a time, through AIORateLimiter."""
    from telegram.ext import AIORateLimiter, ExtBot
    from telegram.request import HTTPXRequest

    emulator = LimitedEmulator(failure_rate, latency=rtt / 2).start()
    ids = [20_000 + n for n in range(chats)]
    for chat_id in ids:
        emulator.chats[chat_id] = Chat(chat_id)
    bot = ExtBot(
        TOKEN,
        base_url=emulator.base_url,
        rate_limiter=AIORateLimiter(max_retries=3),
        request=HTTPXRequest(connection_pool_size=256),
    )
    semaphore = asyncio.Semaphore(8)

    async def one(chat_id: int) -> None:
        async with semaphore:
            # A 500 is lost here: the script keeps no outbox.
            with contextlib.suppress(Exception):
                await bot.send_message(chat_id, "Cluster partnership call")

    async with bot:
        started = time.monotonic()
        await asyncio.gather(*(one(chat_id) for chat_id in ids))
    emulator.stop()
    _report("plain gather + AIORateLimiter", emulator, ids, started)


async def run(chats: int, rtt: float, failure_rate: float, url: str | None = None) -> None:
    """The real ``callboard run`` process, as an operator starts it, against the emulator.

    The process is its own: the emulator's threads in this one do not share its interpreter,
    as Telegram's servers do not. The clock starts when the new item is stored (by this
    process, as ``callboard import`` would) and stops at the last delivery.
    """
    from bot.importing import import_items
    from ingest.model import Deadline, Item
    from ingest.sources import Parsed
    from storage import subscriptions
    from storage.database import scratch_schema, with_schema
    from storage.db import connect
    from storage.text_query import TextQuery
    from tests.botprocess import BotProcess, bot_env

    emulator = LimitedEmulator(failure_rate, latency=rtt / 2).start()
    ids = [10_000 + n for n in range(chats)]
    for chat_id in ids:
        emulator.chats[chat_id] = Chat(chat_id)
    async with contextlib.AsyncExitStack() as stack:
        folder = stack.enter_context(tempfile.TemporaryDirectory())
        path = Path(folder) / "broadcast.db"
        if url is None:
            db = await connect(path)
        else:
            schema = await stack.enter_async_context(scratch_schema(url, "bench"))
            db = await connect(url, schema=schema)
        now = dt.datetime.now(dt.UTC)
        for chat_id in ids:
            await subscriptions.add(
                db, chat_id=chat_id, chat_type="private", kinds="calls", query=TextQuery(), now=now
            )
        env = bot_env(emulator.base_url, path)
        if url is not None:
            env["DATABASE_URL"] = with_schema(url, schema)
        env.pop("DISPATCH_INTERVAL_SECONDS", None)  # the default, as an operator runs it
        polls = emulator.polls
        bot = BotProcess(env, Path(folder)).start()
        try:
            await asyncio.to_thread(emulator.wait_polling, polls, timeout=60)
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
                await asyncio.sleep(0.2)
                if len(emulator.delivered) != last_count:
                    last_count, last_change = len(emulator.delivered), time.monotonic()
            await asyncio.sleep(2)  # anything more that would come (a duplicate), comes now
        finally:
            bot.stop()
            await db.close()
    emulator.stop()
    _report(f"Callboard on {db.dialect} (8 in flight)", emulator, ids, started)


async def main(chats: int, rtts: list[float], failure_rate: float, url: str | None = None) -> None:
    from bot import logs

    logs.configure(TOKEN, level=logging.ERROR)
    print(f"{chats:,} private chats, {failure_rate:.0%} of sends failing transiently (500)")
    for rtt in rtts:
        print(f"round trip {rtt * 1000:.0f} ms:")
        senders = [functools.partial(run, url=None)]
        if url is not None:
            senders.append(functools.partial(run, url=url))
        for sender in (*senders, plain):
            # The emulator lives in this process: the last run's garbage, collected in the
            # middle of this one, would stall its threads and bunch the arrivals it counts.
            gc.collect()
            gc.freeze()
            await sender(chats, rtt, failure_rate)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--rtt", type=float, nargs="+", default=[0, 50, 150], help="ms")
    parser.add_argument("--failure-rate", type=float, default=0.0)
    parser.add_argument(
        "--database-url", metavar="URL", help="also run Callboard on this PostgreSQL server"
    )
    arguments = parser.parse_args()
    rtts = [r / 1000 for r in arguments.rtt]
    asyncio.run(main(arguments.chats, rtts, arguments.failure_rate, arguments.database_url))
