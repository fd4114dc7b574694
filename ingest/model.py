"""The item model shared by ingest, storage and rendering."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ingest.zones import zone_for

KINDS = ("call", "event", "course", "news", "extension")


@dataclass(frozen=True)
class Deadline:
    """A deadline as announced: a local date, maybe a time of day, maybe a named zone."""

    date: dt.date
    time: dt.time | None = None
    tz: str | None = None  # IANA name, "AoE" or "UTC"; None when the text names no zone

    @property
    def has_time(self) -> bool:
        """Whether the announcement gave a time of day."""
        return self.time is not None

    def instant(self, default_tz: str) -> dt.datetime:
        """The UTC instant of the deadline; a date alone means the end of that day.

        The day ends in the zone the text named, else in ``default_tz`` (the operator's zone).
        """
        zone = zone_for(self.tz or default_tz)
        local_time = self.time if self.time is not None else dt.time(23, 59, 59)
        local = dt.datetime.combine(self.date, local_time, tzinfo=zone)
        return local.astimezone(dt.UTC)

    def time_text(self) -> str | None:
        """The time of day as stored: 'HH:MM', with the seconds only when the text gave them
        ('23:59:59 Brussels local time')."""
        if self.time is None:
            return None
        return self.time.strftime("%H:%M:%S" if self.time.second else "%H:%M")

    def iso(self) -> str:
        """ISO 8601 for `callboard extract`: with the UTC offset when time and zone are known."""
        if self.time is None or self.tz is None:
            return self.date.isoformat()
        local = dt.datetime.combine(self.date, self.time, tzinfo=zone_for(self.tz))
        return local.isoformat()


@dataclass
class Item:
    """One announcement: what it is, when it closes, when and where it happens."""

    kind: str
    title: str
    summary: str = ""
    link: str | None = None
    source: str | None = None
    guid: str | None = None
    published: dt.date | None = None
    deadline: Deadline | None = None
    event_start: dt.date | None = None
    event_end: dt.date | None = None
    location: str | None = None
    id: int | None = None
    extra: dict[str, str] = field(default_factory=dict)
    # How the extractor read it: sure of the kind and of the deadline (0..1; None when there
    # was nothing to read, or the source stated the field), the deadline's words as written,
    # and whether an admin should check it before it is published (``extract.is_unsure``).
    kind_confidence: float | None = None
    deadline_confidence: float | None = None
    deadline_evidence: str | None = None
    unsure: bool = False
