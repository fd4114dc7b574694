"""Reading announcement files: the text-digest format and JSON (a list, or JSON Lines)."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from ingest.extract import UNSURE_BELOW, Extraction, extract, is_unsure
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
    sure_of_deadline = found.deadline is not None
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
        kind_confidence=found.kind_confidence,
        deadline_confidence=found.deadline_confidence if sure_of_deadline else None,
        deadline_evidence=found.deadline_evidence if sure_of_deadline else None,
        unsure=is_unsure(found),
    )


def recheck_unsure(item: Item, *, deadline_stated: bool = False) -> None:
    """Recompute ``item.unsure`` after a source stated some fields (they are sure).

    A deadline the source stated, even as none, is sure: only the kind is then checked.
    """
    if deadline_stated:
        item.unsure = item.kind_confidence is not None and item.kind_confidence < UNSURE_BELOW
        return
    item.unsure = is_unsure(
        Extraction(
            kind=item.kind,
            deadline=item.deadline,
            event_start=item.event_start,
            event_end=item.event_end,
            location=item.location,
            language="",
            kind_confidence=1.0 if item.kind_confidence is None else item.kind_confidence,
            deadline_confidence=item.deadline_confidence,
        )
    )


# C0 and C1 control characters but tab and newline (and carriage return, made a newline).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _clean(text: str) -> str:
    # Control characters (other than newlines and tabs) have no place in a message.
    return _CONTROL.sub("", text).replace("\r", "\n").strip()


@dataclass(frozen=True)
class Record:
    """One record read from a file, not yet extracted: a JSON value, or a digest's pair."""

    where: str
    value: object = None
    problem: str | None = None  # the record could not even be read
    digest: bool = False


CHUNK = 1 << 16


def read_records(stream: TextIO, *, source: str) -> Iterator[Record]:
    """The records of a digest or JSON file (a list, one object, or JSON Lines), streamed.

    Only the record being read is held in memory, whatever the file's size (a digest is
    read twice: once to count its lines, since an odd count means a heading).
    """
    first = ""
    while not first:
        first = stream.read(1)
        if not first:
            return
        if first.isspace():
            first = ""
    if first == "[":
        yield from _json_list(stream, source=source)
    elif first == "{":
        yield from _json_lines(first + stream.readline(), stream, source=source)
    else:
        yield from _digest(first, stream, source=source)


def _json_list(stream: TextIO, *, source: str) -> Iterator[Record]:
    decoder = json.JSONDecoder()
    buffer, position, number, ended = "", 0, 0, False
    while True:
        while position < len(buffer) and (buffer[position].isspace() or buffer[position] == ","):
            position += 1
        if position >= len(buffer) or (not ended and len(buffer) - position < CHUNK // 2):
            more = stream.read(CHUNK)
            buffer, position = buffer[position:] + more, 0
            if not more:
                ended = True
            if not buffer:
                return
            continue
        if buffer[position] == "]":
            return
        try:
            value, end = decoder.raw_decode(buffer, position)
        except json.JSONDecodeError as exc:
            if not ended:
                more = stream.read(CHUNK)
                buffer, position = buffer[position:] + more, 0
                ended = not more
                continue
            yield Record(f"{source}: record {number + 1}", problem=f"not JSON: {exc.msg}")
            return
        if end == len(buffer) and not ended and not isinstance(value, (dict, list)):
            more = stream.read(CHUNK)  # a number or word may go on in the next chunk
            buffer, position = buffer[position:] + more, 0
            ended = not more
            continue
        number += 1
        yield Record(f"{source}: record {number}", value)
        position = end


def _json_lines(first: str, stream: TextIO, *, source: str) -> Iterator[Record]:
    try:
        value = json.loads(first)
    except json.JSONDecodeError:
        # Not one object per line: one object over many lines (a small file), read whole.
        whole = first + stream.read()
        try:
            value = json.loads(whole)
        except json.JSONDecodeError:
            yield from _lines(io.StringIO(whole), source=source)
            return
        yield Record(f"{source}: record 1", value)
        return
    yield Record(f"{source}: record 1", value)
    yield from _lines(stream, source=source, start=2)


def _lines(stream: TextIO, *, source: str, start: int = 1) -> Iterator[Record]:
    for number, line in enumerate(stream, start=start):
        if not line.strip():
            continue
        try:
            yield Record(f"{source}: record {number}", json.loads(line))
        except json.JSONDecodeError as exc:
            yield Record(f"{source}: line {number}", problem=f"not JSON: {exc.msg}")


def _digest(first: str, stream: TextIO, *, source: str) -> Iterator[Record]:
    """A digest, in one of two layouts.

    Items separated by blank lines: each block's first line is the title, the rest (any number
    of lines) the summary; a first block of one line is a heading. Without blank lines between
    items: a heading line (when the count is odd), then a title line and a summary line per
    item, as the platform's e-mail digest has them.
    """
    start = stream.tell() if stream.seekable() else None
    held = (first + stream.read()).splitlines() if start is None else []  # stdin: hold it

    def raw() -> Iterator[str]:
        """The file's lines from the top; read twice (layout, then items) unless held."""
        if start is None:
            return iter(held)
        stream.seek(start)
        return _rejoin(first, stream)

    count, blocks, shortest, length = 0, 0, 0, 0  # shortest block after the first
    for line in itertools.chain(raw(), [""]):  # a blank line ends the last block
        if _clean(line):
            count += 1
            length += 1
            continue
        if length:
            blocks += 1
            if blocks == 2:
                shortest = length
            elif blocks > 2:
                shortest = min(shortest, length)
            length = 0
    # Every block after the first (which may be a heading) has a title and a summary: items
    # are blocks. Otherwise blank lines mean nothing, and lines pair up as title and summary.
    if blocks > 1 and shortest >= 2:
        yield from _digest_blocks(raw(), source=source)
        return
    lines = (c for c in (_clean(line) for line in raw()) if c)
    if count % 2 == 1:
        next(lines, None)  # the heading names the list, it is no item
    for number, title in enumerate(lines, start=1):
        summary = next(lines, "")
        yield Record(f"{source}: item {number}", (title, summary), digest=True)


def _digest_blocks(lines: Iterator[str], *, source: str) -> Iterator[Record]:
    """Blank-line separated items: the title, then a summary of any number of lines."""
    blocks = _blocks(lines)
    first = next(blocks, None)
    if first is None:
        return
    if len(first) > 1:  # else a first block of one line: the digest's heading
        blocks = itertools.chain([first], blocks)
    for number, block in enumerate(blocks, start=1):
        yield Record(f"{source}: item {number}", (block[0], " ".join(block[1:])), digest=True)


def _blocks(lines: Iterator[str]) -> Iterator[list[str]]:
    block: list[str] = []
    for line in lines:
        cleaned = _clean(line)
        if cleaned:
            block.append(cleaned)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _rejoin(first: str, stream: TextIO) -> Iterator[str]:
    yield first + stream.readline()
    yield from stream


def build(record: Record, *, source: str) -> Item | Rejected:
    """The item a record describes (extracted), or why it cannot be one."""
    if record.problem is not None:
        return Rejected(record.where, record.problem)
    if record.digest:
        title, summary = record.value  # type: ignore[misc]
        if len(title) > MAX_TITLE:
            return Rejected(record.where, f"title longer than {MAX_TITLE} characters")
        return item_from_text(title, summary[:MAX_SUMMARY], source=source)
    try:
        return _item_from_record(record.value, source=source)
    except ValueError as exc:
        return Rejected(record.where, str(exc))


def build_batch(records: list[Record], source: str) -> list[Item | Rejected]:
    """:func:`build` for a batch (what a worker process is given)."""
    return [build(record, source=source) for record in records]


def _collect(records: Iterable, *, source: str) -> Parsed:
    parsed = Parsed()
    for record in records:
        built = build(record, source=source)
        if isinstance(built, Rejected):
            parsed.rejected.append(built)
        else:
            parsed.items.append(built)
    return parsed


def parse_digest(text: str, *, source: str) -> Parsed:
    """Read a digest: an optional heading line, then a title line and a summary line per item."""
    return _collect(_digest("", io.StringIO(text), source=source), source=source)


def parse_json(text: str, *, source: str) -> Parsed:
    """Read JSON: a list of objects, one object, or JSON Lines, each with item fields."""
    stream = io.StringIO(text)
    return _collect(read_records(stream, source=source), source=source)


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
        item.kind_confidence = None  # stated, not read
    if "deadline" in record:
        item.deadline = _deadline_field(record)
        item.deadline_confidence = item.deadline_evidence = None  # stated: nothing to show
    for name in ("event_start", "event_end"):
        if name in record:
            setattr(item, name, _date_field(record, name))
    if "location" in record:
        item.location = record.get("location") or None
    recheck_unsure(item, deadline_stated="deadline" in record)
    return item


def parse_text(text: str, *, source: str) -> Parsed:
    """Read a file's text as JSON when it looks like JSON, else as a digest."""
    stream = io.StringIO(text)
    return _collect(read_records(stream, source=source), source=source)
