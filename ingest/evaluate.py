"""`callboard extract` and `callboard evaluate`: the extractor on JSON Lines, and its score."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from ingest.extract import Extraction, extract

FIELDS = ("kind", "deadline", "instant", "deadline_tz", "event_start", "event_end")


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
        "deadline_tz": found.deadline.tz if found.deadline else None,
        "event_start": found.event_start.isoformat() if found.event_start else None,
        "event_end": found.event_end.isoformat() if found.event_end else None,
        "location": found.location,
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


def evaluate(records: Iterable[dict]) -> Score:
    """Score the extractor against labelled records (the announcements-dev.jsonl format)."""
    score = Score()
    for record in records:
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


def print_score(score: Score, out: TextIO) -> None:
    """Per-field accuracy, then every miss."""
    out.write("field         accuracy\n")
    for name in FIELDS:
        total = score.total[name]
        if total:
            hits = score.hits[name]
            out.write(f"{name:<13} {hits}/{total} ({100 * hits / total:.1f}%)\n")
    if score.misses:
        out.write(f"\n{len(score.misses)} misses:\n")
        for record_id, name, expected, got in score.misses:
            out.write(f"  {record_id}  {name}: expected {expected!r}, extracted {got!r}\n")
