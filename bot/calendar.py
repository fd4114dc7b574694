"""Calendar files: deadlines as events with the chat's offsets as alarms (iCalendar)."""

from __future__ import annotations

import datetime as dt

from icalendar import Alarm, Calendar, Event

from ingest.model import Item
from ingest.zones import zone_for


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
    entries: list[tuple[Item, list[dt.timedelta], list[dt.datetime]]],
    *,
    default_tz: str,
    now: dt.datetime,
) -> bytes:
    """An .ics file with one event per deadline and one alarm per offset and per moment."""
    cal = Calendar()
    cal.add("prodid", "-//Callboard//Deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Callboard deadlines")
    for item, offsets, moments in entries:
        if item.deadline is None:
            continue
        event = Event()
        event.add("uid", f"callboard-item-{item.id}@callboard")
        event.add("dtstamp", now)
        event.add("summary", f"Deadline: {item.title}")
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
        # A moment the reader named is an absolute trigger (UTC): it does not move with the
        # event as an offset does.
        for trigger in [-offset for offset in offsets] + [m.astimezone(dt.UTC) for m in moments]:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"Deadline: {item.title}")
            alarm.add("trigger", trigger)
            event.add_component(alarm)
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
