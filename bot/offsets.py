"""Reminder offsets such as ``7d,1d,2h`` or ``30m``: how long before a deadline to remind."""

from __future__ import annotations

import datetime as dt
import re

_OFFSET = re.compile(r"(\d{1,4})\s*([wdhms])")
_UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes", "s": "seconds"}
MAX_OFFSET = dt.timedelta(days=366)


def parse_offsets(text: str) -> list[dt.timedelta]:
    """Offsets from text like '7d 1d 2h' or '7d,1d,2h', longest first; ValueError if malformed."""
    parts = [p for p in re.split(r"[\s,;]+", text.strip().lower()) if p]
    if not parts:
        raise ValueError("no offsets given")
    offsets = set()
    for part in parts:
        found = _OFFSET.fullmatch(part)
        if found is None:
            raise ValueError(f"{part!r} is not an offset like 7d, 1d, 2h or 30m")
        offset = dt.timedelta(**{_UNITS[found.group(2)]: int(found.group(1))})
        if offset <= dt.timedelta(0) or offset > MAX_OFFSET:
            raise ValueError(f"{part!r} must be more than 0 and at most a year")
        offsets.add(offset)
    return sorted(offsets, reverse=True)


def format_offset(offset: dt.timedelta) -> str:
    """The short form of one offset: 7d, 2h, 30m, 45s."""
    seconds = int(offset.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0 and seconds >= size and unit != "w":
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def format_offsets(offsets: list[dt.timedelta]) -> str:
    """Offsets as the user would type them: '7d,1d,2h'."""
    return ",".join(format_offset(o) for o in offsets)
