"""`callboard extract` and `callboard evaluate`: the extractor on JSON Lines, and its score."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from ingest.extract import Extraction, extract, is_unsure
from ingest.zones import iana_name

FIELDS = ("kind", "deadline", "instant", "deadline_tz", "event_start", "event_end")
PARTS = ("all", "train", "held-out")


def part_of(record_id: object) -> str:
    """The fixed part of the labelled file a record belongs to: a third is held out.

    Rules are written looking at the misses of "train" only; "held-out" is read for its
    aggregate score, as a stand-in for announcements the extractor has never seen.
    """
    digest = int(hashlib.sha1(str(record_id).encode()).hexdigest(), 16)
    return "held-out" if digest % 3 == 0 else "train"


def _published(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def extraction_record(record_id: object, found: Extraction) -> dict[str, object]:
    """One output line of `callboard extract`."""
    return {
        "id": record_id,
        "kind": found.kind,
        "deadline": found.deadline.iso() if found.deadline else None,
        "deadline_tz": iana_name(found.deadline.tz) if found.deadline else None,
        "event_start": found.event_start.isoformat() if found.event_start else None,
        "event_end": found.event_end.isoformat() if found.event_end else None,
        "location": found.location,
        "confidence": {"kind": found.kind_confidence, "deadline": found.deadline_confidence},
        "evidence": {"kind": found.kind_evidence, "deadline": found.deadline_evidence},
        "unsure": is_unsure(found),
    }


def extract_lines(lines: Iterable[str]) -> Iterator[dict[str, object]]:
    """Run the extractor over JSON Lines records; a bad line yields an error record."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            yield {"id": None, "error": f"line {number}: {exc}"}
            continue
        found = extract(
            str(record.get("title") or ""),
            str(record.get("text") or ""),
            _published(record.get("published")),
        )
        yield extraction_record(record.get("id"), found)


@dataclass
class Score:
    """Per-field hits and the misses with expected and extracted values."""

    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[tuple[str, str, object, object]] = field(default_factory=list)

    def count(self, name: str, record_id: str, expected: object, got: object) -> None:
        """Score one field of one record."""
        self.total[name] += 1
        if expected == got:
            self.hits[name] += 1
        else:
            self.misses.append((record_id, name, expected, got))


def evaluate(records: Iterable[dict], part: str = "all") -> Score:
    """Score the extractor against labelled records (the announcements-dev.jsonl format).

    ``part`` is "all", "train" or "held-out" (see :func:`part_of`).
    """
    score = Score()
    for record in records:
        if part != "all" and part_of(record.get("id")) != part:
            continue
        found = extraction_record(
            record.get("id"),
            extract(
                str(record.get("title") or ""),
                str(record.get("text") or ""),
                _published(record.get("published")),
            ),
        )
        rid = str(record.get("id"))
        expected_deadline = record.get("deadline")
        score.count("kind", rid, record.get("kind"), found["kind"])
        expected_date = expected_deadline[:10] if expected_deadline else None
        got_deadline = found["deadline"]
        got_date = got_deadline[:10] if isinstance(got_deadline, str) else None
        score.count("deadline", rid, expected_date, got_date)
        if expected_deadline and "T" in expected_deadline:
            score.count("instant", rid, _instant(expected_deadline), _instant(got_deadline))
        score.count("deadline_tz", rid, record.get("deadline_tz"), found["deadline_tz"])
        score.count("event_start", rid, record.get("event_start"), found["event_start"])
        score.count("event_end", rid, record.get("event_end"), found["event_end"])
    return score


def _instant(value: object) -> str | None:
    """An ISO timestamp as a UTC instant, so that equal moments compare equal."""
    if not isinstance(value, str) or "T" not in value:
        return value if isinstance(value, str) else None
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return value
    return moment.astimezone(dt.UTC).isoformat()


def evaluate_parts(records: Iterable[dict]) -> dict[str, Score]:
    """The score of every part: "all", "train" and "held-out"."""
    records = list(records)
    return {part: evaluate(records, part) for part in PARTS}


def _cell(score: Score, name: str) -> str:
    total = score.total[name]
    if not total:
        return "-"
    hits = score.hits[name]
    return f"{hits}/{total} ({100 * hits / total:.1f}%)"


def print_parts(scores: dict[str, Score], out: TextIO, part: str | None = None) -> None:
    """Per-field accuracy of every part side by side, then the misses of ``part`` only.

    Without ``part``, the misses of "train" are listed: the held-out part is meant to be
    scored, not read, so its misses show only when asked for by name.
    """
    out.write(f"{'field':<13} " + " ".join(f"{p:<19}" for p in scores).rstrip() + "\n")
    for name in FIELDS:
        cells = " ".join(f"{_cell(s, name):<19}" for s in scores.values())
        out.write(f"{name:<13} {cells}".rstrip() + "\n")
    part = part or "train"
    shown = scores.get(part)
    if shown is not None and shown.misses:
        out.write(f"\n{len(shown.misses)} misses ({part}):\n")
        for record_id, name, expected, got in shown.misses:
            out.write(f"  {record_id}  {name}: expected {expected!r}, extracted {got!r}\n")


def print_score(score: Score, out: TextIO) -> None:
    """Per-field accuracy, then every miss."""
    out.write("field         accuracy\n")
    for name in FIELDS:
        total = score.total[name]
        if total:
            out.write(f"{name:<13} {_cell(score, name)}\n")
    if score.misses:
        out.write(f"\n{len(score.misses)} misses:\n")
        for record_id, name, expected, got in score.misses:
            out.write(f"  {record_id}  {name}: expected {expected!r}, extracted {got!r}\n")
