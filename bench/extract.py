"""Items per second: Callboard's extractor (five languages) against dateparser (English only).

Usage: python -m bench.extract [--rounds N] [--trials K]
Both run over the same texts (title and text of data/announcements-dev.jsonl) in this process,
in K trials taken in turn (one of ours, one of theirs), so a slow spell of a shared machine
falls on both; each rate is the median of its trials, shown with the slowest and fastest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time
import warnings
from pathlib import Path

from ingest.extract import extract

DATA = Path(__file__).resolve().parent.parent / "data" / "announcements-dev.jsonl"


def load() -> list[tuple[str, str, dt.date | None]]:
    """The announcements as (title, text, published)."""
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    return [
        (r["title"], r["text"], dt.date.fromisoformat(r["published"]) if r["published"] else None)
        for r in records
    ]


def rate(work, texts: list, rounds: int) -> float:
    """Items per second of ``work`` over ``texts`` repeated ``rounds`` times."""
    work(*texts[0])  # warm caches and lazy imports outside the timing
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            work(*text)
    return rounds * len(texts) / (time.perf_counter() - start)


def dateparser_alone(records: list[dict]) -> None:
    """Score dateparser's first date as the deadline, and show what it reads in the sample."""
    from dateparser.search import search_dates

    languages = ["en", "de", "fr", "es", "it"]
    dated = hits = timed = exact = 0
    for record in records:
        label = record["deadline"]
        settings = (
            {"RELATIVE_BASE": dt.datetime.fromisoformat(record["published"])}
            if record["published"]
            else {}
        )
        found = (
            search_dates(
                f"{record['title']}\n{record['text']}", languages=languages, settings=settings
            )
            or []
        )
        if label:
            dated += 1
            hits += bool(found) and found[0][1].date().isoformat() == label[:10]
            if "T" in label:
                timed += 1
                moment = found[0][1] if found else None
                exact += bool(moment and moment.tzinfo and moment.isoformat() == label)
    print(
        f"dateparser alone (first date found, five languages): deadline dates {hits}/{dated}, "
        f"exact instants {exact}/{timed}"
    )
    sample = [r for r in records if r["id"].startswith("seed-")]
    misread = []
    for record in sample:
        for text, moment in (
            search_dates(f"{record['title']}\n{record['text']}", languages=["en"]) or []
        ):
            if not any(ch.isdigit() for ch in text) or len(text.strip()) <= 4:
                misread.append(f"{text.strip()!r}->{moment:%Y-%m-%d}")
    print(f"read as dates in the sample digest, though they are not: {', '.join(misread[:12])}")


def main(rounds: int, trials: int) -> None:
    from dateparser.search import search_dates

    warnings.filterwarnings("ignore")
    texts = load()

    def callboard(title: str, text: str, published: dt.date | None) -> object:
        return extract(title, text, published)

    def dateparser_en(title: str, text: str, published: dt.date | None) -> object:
        return search_dates(f"{title}\n{text}", languages=["en"])

    dateparser_alone([json.loads(line) for line in DATA.read_text().splitlines()])
    ours, theirs = [], []
    for _ in range(trials):
        ours.append(rate(callboard, texts, rounds))
        theirs.append(rate(dateparser_en, texts, max(1, rounds // 10)))
    mine, other = statistics.median(ours), statistics.median(theirs)
    print(f"{len(texts)} announcements, en/de/fr/es/it, {trials} trials in turn, medians")
    print(
        f"callboard extractor (5 languages):   {mine:10.1f} items/s"
        f"  ({min(ours):.0f}-{max(ours):.0f})"
    )
    print(
        f"dateparser search_dates (en only):   {other:10.1f} items/s"
        f"  ({min(theirs):.0f}-{max(theirs):.0f})"
    )
    print(f"ratio:                                {mine / other:10.1f}x")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--trials", type=int, default=5)
    arguments = parser.parse_args()
    main(arguments.rounds, arguments.trials)
