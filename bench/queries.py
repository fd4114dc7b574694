"""Time the queries behind /calls, /events, /deadlines and /search on 100,000 items.

Usage: python -m bench.queries [--items N] [--runs N] [--database-url postgresql://…]
Prints the median and 99th percentile of each query, through the storage functions as the bot
runs them: on a new SQLite file, or with --database-url in a new schema on that PostgreSQL
server (dropped afterwards).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from ingest.model import Deadline, Item
from storage import items
from storage.database import Database, scratch_schema
from storage.db import connect

TZ = "Europe/Brussels"
NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
WORDS = (
    "cluster smart specialisation call partnership innovation energy regional workshop "
    "conference digital health agrifood industrial modernisation investment platform "
    "research mobility climate water circular economy skills training network matchmaking "
    "interreg horizon europe programme funding grant proposal deadline summer school course "
    "webinar hackathon startup sme biotech materials manufacturing tourism creative culture"
).split()


def zipf_word(rng: random.Random, vocabulary: list[str]) -> str:
    """A word drawn as in real text: the first few very often, most of them rarely."""
    return vocabulary[min(int(rng.paretovariate(1.0)) - 1, len(vocabulary) - 1)]


def make_items(count: int, rng: random.Random) -> list[Item]:
    """Items of every kind, deadlines and events spread over three years around now."""
    made = []
    weights = [0.4, 0.3, 0.1, 0.2]
    vocabulary = WORDS + [f"term{n}" for n in range(20_000)]
    for n in range(count):
        kind = rng.choices(["call", "event", "course", "news"], weights)[0]
        title_words = [zipf_word(rng, vocabulary) for _ in range(8)] + [f"item{n}"]
        summary = " ".join(zipf_word(rng, vocabulary) for _ in range(60))
        item = Item(
            kind=kind, title=" ".join(title_words), summary=summary, link=f"https://example.org/{n}"
        )
        day = (NOW + dt.timedelta(days=rng.uniform(-730, 365))).date()
        if kind == "call":
            item.deadline = (
                Deadline(day, dt.time(17, 0), TZ) if rng.random() < 0.8 else Deadline(day)
            )
        else:
            item.event_start = day
            item.event_end = day + dt.timedelta(days=rng.choice([0, 1, 2, 4]))
        made.append(item)
    return made


async def timed(runs: int, query: Callable[[int], Awaitable[object]]) -> tuple[float, float]:
    """Median and p99 in milliseconds over ``runs`` calls."""
    samples = []
    for run in range(runs):
        start = time.perf_counter()
        await query(run)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


async def main(count: int, runs: int, url: str | None = None) -> None:
    if url is None:
        with tempfile.TemporaryDirectory() as folder:
            db = await connect(Path(folder) / "bench.db")
            await measure(db, count, runs)
        return
    async with scratch_schema(url, "bench") as schema:
        db = await connect(url, schema=schema)
        await measure(db, count, runs)


async def measure(db: Database, count: int, runs: int) -> None:
    """Fill ``db`` with ``count`` items, then time each query ``runs`` times; closes ``db``."""
    rng = random.Random(7)
    try:
        print(f"{db.dialect}: {db.location}")
        start = time.perf_counter()
        batch = make_items(count, rng)
        await items.insert_many(db, batch, now=NOW, default_tz=TZ)
        await db.execute("ANALYZE")
        print(f"filled {count:,} items in {time.perf_counter() - start:.1f} s")
        pages = [0, 0, 0, 5, 10, 20, 45]
        today = NOW.date()
        cases: dict[str, Callable[[int], Awaitable[object]]] = {
            "/calls": lambda r: items.open_calls(db, now=NOW, limit=6, offset=pages[r % 7]),
            "/calls closed": lambda r: items.closed_calls(
                db, now=NOW, limit=6, offset=pages[r % 7]
            ),
            "/events": lambda r: items.upcoming_events(
                db, today=today, limit=6, offset=pages[r % 7]
            ),
            "/events past": lambda r: items.past_events(
                db, today=today, limit=6, offset=pages[r % 7]
            ),
            "/deadlines": lambda r: items.upcoming_deadlines(
                db, now=NOW, limit=6, offset=pages[r % 7]
            ),
            "/search (rare word)": lambda r: items.search(db, f"term{500 + r}", limit=6),
            "/search (two words)": lambda r: items.search(
                db, f"{WORDS[r % 10]} {WORDS[10 + r % 30]}", limit=6
            ),
            "/search (commonest word)": lambda r: items.search(db, WORDS[0], limit=6),
            "/search (page 5, common)": lambda r: items.search(db, WORDS[1], limit=6, offset=20),
        }
        print(f"{'query':<26}{'median ms':>10}{'p99 ms':>10}   ({runs} runs each)")
        for name, query in cases.items():
            await query(0)  # warm the page cache
            median, p99 = await timed(runs, query)
            print(f"{name:<26}{median:>10.2f}{p99:>10.2f}")
    finally:
        await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument(
        "--database-url", metavar="URL", help="a PostgreSQL server (default: an SQLite file)"
    )
    arguments = parser.parse_args()
    asyncio.run(main(arguments.items, arguments.runs, arguments.database_url))
