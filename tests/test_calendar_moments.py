"""Calendar files: an offset and a moment the reader named are alarms at the bot's times."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from bot.calendar import Entry, calendar
from bot.render import Locale
from ingest.model import Deadline, Item
from storage.schedule import reminder_times

NOW = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)


def test_offsets_and_a_named_moment_are_absolute_alarms_at_the_bots_reminder_times():
    deadline = Deadline(dt.date(2026, 3, 30), dt.time(17, 0), "Europe/Brussels")
    item = Item(kind="call", title="Cluster call", deadline=deadline)
    item.id = 4
    moment = dt.datetime(2026, 3, 21, 17, 0, tzinfo=dt.UTC)
    alarms = reminder_times(
        deadline, [dt.timedelta(days=1)], [moment], chat_tz="UTC", default_tz="UTC", now=NOW
    )
    data = calendar([Entry(item, alarms)], loc=Locale(), default_tz="UTC", now=NOW)
    [event] = Calendar.from_ical(data).walk("VEVENT")
    triggers = [alarm.decoded("TRIGGER") for alarm in event.walk("VALARM")]
    # The day before on Brussels' wall clock: 17:00 CEST is 15:00 UTC (summer time began on
    # the 29th; a relative -P1D would have meant 16:00 UTC to some calendar apps).
    assert triggers == [moment, dt.datetime(2026, 3, 29, 15, 0, tzinfo=dt.UTC)]
