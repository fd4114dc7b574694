"""Importing large files: items per second and peak memory of ``callboard import``.

Usage: python -m bench.imports [--sizes 10000,100000] [--keep DIR]

Generates realistic announcements (about 1 KB of text each) from the labelled ones in
data/announcements-dev.jsonl: five languages, every kind, deadlines and event dates spread
over the years, unique titles and links, and one extension notice in a hundred naming a
call before it. Each size is written as JSON Lines and imported into a fresh database by
the real ``callboard import`` in a subprocess; its wall time and peak resident memory
(``ru_maxrss`` from ``wait4``) are printed, beside the extractor alone on the same records.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "announcements-dev.jsonl"
TEXT_BYTES = 1000

FILLER = {
    "en": (
        "Applicants are encouraged to read the guidelines carefully before submitting. "
        "Consortia must include partners from at least three eligible countries. "
        "The programme supports innovation, internationalisation and skills in SMEs. "
    ),
    "de": (
        "Antragsteller sollten die Leitlinien vor der Einreichung sorgfältig lesen. "
        "Konsortien müssen Partner aus mindestens drei förderfähigen Ländern umfassen. "
        "Das Programm fördert Innovation, Internationalisierung und Qualifizierung in KMU. "
    ),
    "fr": (
        "Les candidats sont invités à lire attentivement le guide avant de soumettre. "
        "Les consortiums doivent réunir des partenaires d'au moins trois pays éligibles. "
        "Le programme soutient l'innovation, l'internationalisation et les compétences. "
    ),
    "es": (
        "Se recomienda a los solicitantes leer atentamente las bases antes de presentar. "
        "Los consorcios deben incluir socios de al menos tres países elegibles. "
        "El programa apoya la innovación, la internacionalización y las competencias. "
    ),
    "it": (
        "Si invitano i candidati a leggere attentamente le linee guida prima dell'invio. "
        "I consorzi devono comprendere partner di almeno tre paesi ammissibili. "
        "Il programma sostiene l'innovazione, l'internazionalizzazione e le competenze. "
    ),
}
_YEAR = re.compile(r"\b20[12]\d\b")


def records(count: int, *, seed: int = 7):
    """``count`` realistic announcements as import records (a generator: memory stays flat)."""
    rng = random.Random(seed)
    seeds = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    calls: list[tuple[str, int]] = []
    for n in range(count):
        if calls and n % 100 == 99:
            identifier, year = rng.choice(calls)
            yield {
                "title": f"Deadline extended: {identifier}",
                "text": f"The deadline of call {identifier} is extended until "
                f"{rng.randint(1, 28)} June {year}, 17:00 CET. " + FILLER["en"] * 4,
                "published": f"{year}-01-15",
                "link": f"https://example.org/notices/{n}",
            }
            continue
        base = seeds[n % len(seeds)]
        shift = rng.randint(-3, 3)

        def moved(match: re.Match, shift: int = shift) -> str:
            return str(int(match.group(0)) + shift)

        text = _YEAR.sub(moved, base["text"])
        title = f"{_YEAR.sub(moved, base['title'])} (no. {n})"
        identifier = f"CLUST-{n}-{2020 + n % 8}"
        if base.get("kind") == "call":
            title = f"{title} {identifier}"
            deadline_year = _YEAR.search(text)
            calls.append((identifier, int(deadline_year.group(0)) if deadline_year else 2026))
            calls = calls[-400:]
        filler = FILLER.get(base.get("lang", "en"), FILLER["en"])
        while len(text.encode()) < TEXT_BYTES:
            text += " " + filler
        published = base.get("published")
        if published:
            published = _YEAR.sub(moved, published)
            try:
                dt.date.fromisoformat(published[:10])
            except ValueError:
                published = None
        yield {
            "title": title,
            "text": text[: TEXT_BYTES + 200],
            "published": published,
            "link": f"https://example.org/announcements/{n}",
        }


def write(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in records(count):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _tree(pid: int) -> list[int]:
    """The process and its children (the import's extraction workers), from /proc."""
    found = [pid]
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as children:
            found += [int(child) for child in children.read().split()]
    except OSError:
        pass
    return found


class TreeMemory(threading.Thread):
    """Samples the summed resident memory of a process and its children (Linux /proc)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, 0.0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.25):
            self.peak = max(self.peak, sum(_rss_mb(p) for p in _tree(self.pid)))


def run_import(path: Path, database: Path, jobs: int) -> tuple[float, float, float, str]:
    """(seconds, peak MB of the import process, of it and its workers, last line)."""
    env = {**os.environ, "DATABASE_PATH": str(database), "PYTHONPATH": str(ROOT)}
    env.pop("CHANNEL_ID", None)
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "import", f"--jobs={jobs}", str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    sampler = TreeMemory(process.pid)
    sampler.start()
    last = ""
    for line in process.stdout:
        if "added" in line:
            last = line.strip()
    _, status, usage = os.wait4(process.pid, 0)
    sampler.done.set()
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"import failed ({process.returncode}): {last}")
    return seconds, usage.ru_maxrss / 1024, sampler.peak, last


def extractor_rate(path: Path, limit: int = 3000) -> float:
    """Items per second of the extractor alone on the first ``limit`` records."""
    from ingest.sources import item_from_text

    with path.open(encoding="utf-8") as stream:
        sample = [json.loads(line) for _, line in zip(range(limit), stream, strict=False)]
    parsed = [
        (r["title"], r["text"], dt.date.fromisoformat(r["published"]) if r["published"] else None)
        for r in sample
    ]
    item_from_text(*parsed[0][:2])
    start = time.perf_counter()
    for title, text, published in parsed:
        item_from_text(title, text, published=published)
    return len(parsed) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--jobs", default="1,2", help="extraction processes to try, e.g. 1,2")
    parser.add_argument("--keep", help="write the files and databases here, and keep them")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    jobs = [int(j) for j in args.jobs.split(",") if j]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{os.cpu_count()} cores seen; peak MB: the import process / with its workers")
        print(
            f"{'items':>8} {'file MB':>8} {'jobs':>5} {'seconds':>8} {'items/s':>8} "
            f"{'peak MB':>8} {'all MB':>8}"
        )
        for size in sizes:
            path = folder / f"announcements-{size}.jsonl"
            write(path, size)
            for job in jobs:
                database = folder / f"import-{size}-{job}.db"
                database.unlink(missing_ok=True)
                seconds, peak, tree, last = run_import(path, database, job)
                print(
                    f"{size:>8} {path.stat().st_size / 2**20:>8.1f} {job:>5} {seconds:>8.1f} "
                    f"{size / seconds:>8.0f} {peak:>8.0f} {tree:>8.0f}   ({last})",
                    flush=True,
                )
                if not args.keep:
                    database.unlink(missing_ok=True)
        rate = extractor_rate(folder / f"announcements-{sizes[0]}.jsonl")
        print(f"extractor alone, same records, one process: {rate:.0f} items/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
