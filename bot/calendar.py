"""Calendar files: deadlines as events whose alarms are the bot's own reminder times."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from icalendar import Alarm, Calendar, Event

from bot import render
from ingest.model import Item
from ingest.zones import zone_for


@dataclass(frozen=True)
class Entry:
    """One deadline in a calendar.

    ``alarms`` are instants (UTC), the times the bot itself reminds (``schedule.reminder_times``):
    written as absolute triggers, so a calendar app rings when the bot does, whatever it makes
    of a relative '-P1D' across a change of summer time or before a date without a time (the
    bot counts those from 09:00). ``sequence`` and ``stamp`` say how often and when the
    deadline last moved: a calendar app replaces the event it has (same UID) by a later one.
    """

    item: Item
    alarms: list[dt.datetime] = field(default_factory=list)
    sequence: int = 0
    stamp: dt.datetime | None = None


def _start(item: Item, default_tz: str) -> dt.datetime | dt.date:
    deadline = item.deadline
    assert deadline is not None
    if deadline.time is None:
        return deadline.date
    if deadline.tz is None or deadline.tz == "AoE" or deadline.tz.startswith("UTC"):
        # Fixed offsets have no VTIMEZONE of their own: write the instant in UTC.
        return deadline.instant(default_tz)
    return dt.datetime.combine(deadline.date, deadline.time, tzinfo=zone_for(deadline.tz))


def calendar(
    entries: list[Entry], *, loc: render.Locale, default_tz: str, now: dt.datetime
) -> bytes:
    """An .ics file with one event per deadline and one alarm per reminder time; every zone
    named is written with its VTIMEZONE."""
    cal = Calendar()
    cal.add("prodid", "-//Callboard//Deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", render.calendar_name(loc))
    for entry in entries:
        item = entry.item
        if item.deadline is None:
            continue
        title = render.calendar_event_title(loc, item.title)
        event = Event()
        event.add("uid", f"callboard-item-{item.id}@callboard")
        event.add("dtstamp", entry.stamp or now)
        event.add("sequence", entry.sequence)
        event.add("summary", title)
        start = _start(item, default_tz)
        event.add("dtstart", start)
        if isinstance(start, dt.datetime):
            event.add("dtend", start)
        else:
            event.add("dtend", start + dt.timedelta(days=1))
        description = item.summary[:1000]
        if item.link:
            event.add("url", item.link)
            description = f"{description}\n\n{item.link}".strip()
        if description:
            event.add("description", description)
        for moment in entry.alarms:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", title)
            alarm.add("trigger", moment.astimezone(dt.UTC))
            event.add_component(alarm)
        cal.add_component(event)
    first, last = _span(entries, now)
    cal.add_missing_timezones(first_date=first, last_date=last)
    return cal.to_ical()


def _span(entries: list[Entry], now: dt.datetime) -> tuple[dt.date, dt.date]:
    """The years the events and alarms fall in, and one on either side: the VTIMEZONE blocks
    cover them. Transitions since 1970 (icalendar's default) make each zone some 2 KB of
    dates that a calendar polled every hour carries for nothing, and some readers (vobject)
    misread such long lists."""
    days = [now.date()]
    for entry in entries:
        if entry.item.deadline is not None:
            days.append(entry.item.deadline.date)
        days += [alarm.date() for alarm in entry.alarms]
    return dt.date(min(days).year - 1, 1, 1), dt.date(max(days).year + 2, 1, 1)
