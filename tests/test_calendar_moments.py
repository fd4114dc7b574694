"""Calendar files: a reminder at a moment the reader named is an alarm at that moment."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from bot.calendar import calendar
from ingest.model import Deadline, Item

NOW = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)


def test_offsets_are_relative_alarms_and_a_named_moment_an_absolute_one():
    item = Item(
        kind="call",
        title="Cluster call",
        deadline=Deadline(dt.date(2026, 3, 30), dt.time(17, 0), "Europe/Brussels"),
    )
    item.id = 4
    moment = dt.datetime(2026, 3, 21, 17, 0, tzinfo=dt.UTC)
    data = calendar([(item, [dt.timedelta(days=1)], [moment])], default_tz="UTC", now=NOW)
    [event] = Calendar.from_ical(data).walk("VEVENT")
    triggers = [alarm.decoded("TRIGGER") for alarm in event.walk("VALARM")]
    assert triggers == [-dt.timedelta(days=1), moment]
