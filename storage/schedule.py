"""Reminder arithmetic: offsets like ``7d,1d,2h``, moments a reader named, and when each
reminder falls due. Pure."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import StrEnum

from ingest.model import Deadline
from ingest.zones import zone_for

_OFFSET = re.compile(r"(\d{1,4})\s*([wdhms])")
_UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes", "s": "seconds"}
MAX_OFFSET = dt.timedelta(days=366)
# A deadline given as a date alone is counted back from this hour of that day: the reader
# still has the day to act, whatever hour the organiser closes.
DATE_ONLY_ANCHOR = dt.time(9, 0)


class OffsetRule(StrEnum):
    """A rule offsets must keep (its value: the English message, for logs and settings)."""

    GIVEN = "no offsets given"
    FORM = "{part!r} is not an offset like 7d, 1d, 2h or 30m"
    RANGE = "{part!r} must be more than 0 and at most a year"


class OffsetError(ValueError):
    """Offsets that do not parse: which ``part`` breaks which ``rule`` (the bot says it in the
    reader's language)."""

    def __init__(self, rule: OffsetRule, part: str = "") -> None:
        super().__init__(rule.value.format(part=part))
        self.rule = rule
        self.part = part


def parse_offsets(text: str) -> list[dt.timedelta]:
    """Offsets from text like '7d 1d 2h' or '7d,1d,2h', longest first; OffsetError (a
    ValueError) if malformed."""
    parts = [p for p in re.split(r"[\s,;]+", text.strip().lower()) if p]
    if not parts:
        raise OffsetError(OffsetRule.GIVEN)
    offsets = set()
    for part in parts:
        found = _OFFSET.fullmatch(part)
        if found is None:
            raise OffsetError(OffsetRule.FORM, part)
        offset = dt.timedelta(**{_UNITS[found.group(2)]: int(found.group(1))})
        if offset <= dt.timedelta(0) or offset > MAX_OFFSET:
            raise OffsetError(OffsetRule.RANGE, part)
        offsets.add(offset)
    return sorted(offsets, reverse=True)


def stored_offsets(text: str) -> list[dt.timedelta]:
    """A follow's offsets as stored: none when it has only moments ('')."""
    return parse_offsets(text) if text.strip() else []


def format_moments(moments: Iterable[dt.datetime]) -> str:
    """Moments as stored with a follow: UTC epoch seconds, earliest first, comma-separated."""
    return ",".join(str(int(m.timestamp())) for m in sorted(moments))


def parse_moments(text: str) -> list[dt.datetime]:
    """A follow's moments as stored (aware, UTC)."""
    return [dt.datetime.fromtimestamp(int(p), dt.UTC) for p in text.split(",") if p.strip()]


def format_offset(offset: dt.timedelta) -> str:
    """The short form of one offset: 7d, 2h, 30m, 45s."""
    seconds = int(offset.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0 and seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def format_offsets(offsets: list[dt.timedelta]) -> str:
    """Offsets as the user would type them: '7d,1d,2h'."""
    return ",".join(format_offset(o) for o in offsets)


def anchor(deadline: Deadline, *, chat_tz: str) -> dt.datetime:
    """The local moment reminders count back from: the deadline, or 09:00 of a date alone."""
    if deadline.time is not None:
        zone = zone_for(deadline.tz or chat_tz)
        return dt.datetime.combine(deadline.date, deadline.time, tzinfo=zone)
    zone = zone_for(deadline.tz if deadline.tz and deadline.tz != "AoE" else chat_tz)
    return dt.datetime.combine(deadline.date, DATE_ONLY_ANCHOR, tzinfo=zone)


def due_at(deadline: Deadline, offset: dt.timedelta, *, chat_tz: str) -> dt.datetime:
    """When the reminder ``offset`` before ``deadline`` falls due (UTC).

    Whole days count on the wall clock of the deadline's zone, so '1d' before 17:00 is 17:00
    the day before even across a change to or from summer time; hours and less are exact.
    """
    start = anchor(deadline, chat_tz=chat_tz)
    days = dt.timedelta(days=offset.days)
    rest = offset - days
    wall = start.replace(tzinfo=None) - days
    local = wall.replace(tzinfo=start.tzinfo)
    return local.astimezone(dt.UTC) - rest


def plan(
    deadline: Deadline, offsets: list[dt.timedelta], *, chat_tz: str, now: dt.datetime
) -> tuple[list[tuple[dt.timedelta, dt.datetime]], list[dt.timedelta]]:
    """The reminders still ahead as (offset, due time), and the offsets already past."""
    ahead, past = [], []
    for offset in offsets:
        when = due_at(deadline, offset, chat_tz=chat_tz)
        (ahead.append((offset, when)) if when > now else past.append(offset))
    return ahead, past


def plan_moments(
    deadline: Deadline, moments: list[dt.datetime], *, default_tz: str, now: dt.datetime
) -> tuple[list[dt.datetime], list[dt.datetime]]:
    """The moments still ahead and before the deadline, and those that are not (passed, or
    left behind by a deadline moved earlier)."""
    end = deadline.instant(default_tz)
    ahead = [m for m in moments if now < m < end]
    return ahead, [m for m in moments if m not in ahead]


def reminder_times(
    deadline: Deadline,
    offsets: list[dt.timedelta],
    moments: list[dt.datetime],
    *,
    chat_tz: str,
    default_tz: str,
    now: dt.datetime,
) -> list[dt.datetime]:
    """When the bot reminds of this deadline from ``now`` on (UTC, in order): the offsets'
    and the named moments' times still ahead, as following schedules them."""
    ahead, _ = plan(deadline, offsets, chat_tz=chat_tz, now=now)
    at, _ = plan_moments(deadline, moments, default_tz=default_tz, now=now)
    return sorted({due for _, due in ahead} | set(at))
