"""Reading announcement files: the text-digest format and JSON (a list, or JSON Lines)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from ingest.extract import extract
from ingest.model import KINDS, Deadline, Item

MAX_TITLE = 500
MAX_SUMMARY = 20_000


@dataclass(frozen=True)
class Rejected:
    """A record that could not become an item, and why."""

    where: str
    reason: str


@dataclass
class Parsed:
    """Items read from one source, and the records that were rejected."""

    items: list[Item] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def item_from_text(
    title: str,
    summary: str,
    *,
    published: dt.date | None = None,
    link: str | None = None,
    source: str | None = None,
    guid: str | None = None,
) -> Item:
    """An item built by the extractor from an announcement's title and text."""
    found = extract(title, summary, published)
    return Item(
        kind=found.kind,
        title=title,
        summary=summary,
        link=link,
        source=source,
        guid=guid,
        published=published,
        deadline=found.deadline,
        event_start=found.event_start,
        event_end=found.event_end,
        location=found.location,
    )


def _clean(text: str) -> str:
    # Control characters (other than newlines and tabs) have no place in a message.
    return "".join(c for c in text if c in "\n\t" or c.isprintable()).strip()


def parse_digest(text: str, *, source: str) -> Parsed:
    """Read a digest: an optional heading line, then a title line and a summary line per item."""
    lines = [_clean(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    parsed = Parsed()
    if len(lines) % 2 == 1:
        lines = lines[1:]  # the heading names the list, it is no item
    for index in range(0, len(lines), 2):
        title, summary = lines[index], lines[index + 1]
        where = f"{source}: item {index // 2 + 1}"
        if len(title) > MAX_TITLE:
            parsed.rejected.append(Rejected(where, f"title longer than {MAX_TITLE} characters"))
            continue
        parsed.items.append(item_from_text(title, summary[:MAX_SUMMARY], source=source))
    return parsed


def parse_json(text: str, *, source: str) -> Parsed:
    """Read JSON: a list of objects, one object, or JSON Lines, each with item fields."""
    parsed = Parsed()
    try:
        data = json.loads(text)
        records = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        records = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                parsed.rejected.append(Rejected(f"{source}: line {number}", f"not JSON: {exc.msg}"))
                records.append(None)
    for number, record in enumerate(records, start=1):
        if record is None:
            continue
        where = f"{source}: record {number}"
        try:
            parsed.items.append(_item_from_record(record, source=source))
        except ValueError as exc:
            parsed.rejected.append(Rejected(where, str(exc)))
    return parsed


def _date_field(record: dict, name: str) -> dt.date | None:
    value = record.get(name)
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"{name} is not an ISO date: {value!r}") from None


def _deadline_field(record: dict) -> Deadline | None:
    value = record.get("deadline")
    if value in (None, ""):
        return None
    text = str(value)
    try:
        if len(text) <= 10:
            return Deadline(dt.date.fromisoformat(text), None, record.get("deadline_tz"))
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"deadline is not ISO 8601: {value!r}") from None
    zone = record.get("deadline_tz")
    if moment.tzinfo is None and zone is None:
        raise ValueError("deadline has a time but neither a UTC offset nor deadline_tz")
    if moment.tzinfo is not None and zone is None:
        offset = moment.utcoffset() or dt.timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        zone = (
            "UTC" if minutes == 0 else f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        )
    return Deadline(moment.date(), moment.time().replace(second=0, microsecond=0), zone)


def _item_from_record(record: object, *, source: str) -> Item:
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    title = _clean(str(record.get("title") or ""))
    if not title:
        raise ValueError("missing title")
    if len(title) > MAX_TITLE:
        raise ValueError(f"title longer than {MAX_TITLE} characters")
    summary = _clean(str(record.get("summary") or record.get("text") or ""))[:MAX_SUMMARY]
    published = _date_field(record, "published")
    link = record.get("link") or None
    guid = record.get("guid") or None
    item = item_from_text(title, summary, published=published, link=link, source=source, guid=guid)
    # Fields the record states win over what the extractor read.
    kind = record.get("kind")
    if kind is not None:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
        item.kind = kind
    if "deadline" in record:
        item.deadline = _deadline_field(record)
    for name in ("event_start", "event_end"):
        if name in record:
            setattr(item, name, _date_field(record, name))
    if "location" in record:
        item.location = record.get("location") or None
    return item


def parse_text(text: str, *, source: str) -> Parsed:
    """Read a file's text as JSON when it looks like JSON, else as a digest."""
    if text.lstrip().startswith(("[", "{")):
        return parse_json(text, source=source)
    return parse_digest(text, source=source)
