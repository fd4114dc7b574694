"""Times typed in commands: offsets before a deadline or moments, in five languages, in the
chat's zone, and nothing guessed."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.typed_times import (
    Day,
    Moment,
    NotUnderstood,
    Offsets,
    Unread,
    read_moment,
    read_reminder,
)

BRUSSELS = "Europe/Brussels"
# Friday 20 March 2026, 12:00 in Brussels (11:00 UTC), a week before summer time.
NOW = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)


def local(*args: int, zone: str = BRUSSELS) -> dt.datetime:
    return dt.datetime(*args, tzinfo=ZoneInfo(zone))


def read(text: str, zone: str = BRUSSELS):
    return read_reminder(text, zone=zone, now=NOW)


DAYS = dt.timedelta(days=1)
HOURS = dt.timedelta(hours=1)


@pytest.mark.parametrize(
    ("typed", "offsets"),
    [
        ("7d 1d 2h", (7 * DAYS, DAYS, 2 * HOURS)),  # the house syntax keeps working
        ("7d,1d", (7 * DAYS, DAYS)),
        ("2 days", (2 * DAYS,)),
        ("1 week 3 hours", (7 * DAYS + 3 * HOURS,)),
        ("1 week, 3 hours", (7 * DAYS + 3 * HOURS,)),
        ("2 days and 3 hours", (2 * DAYS + 3 * HOURS,)),
        ("90 min", (90 * dt.timedelta(minutes=1),)),
        ("2 Tage", (2 * DAYS,)),
        ("1 Woche 3 Stunden", (7 * DAYS + 3 * HOURS,)),
        ("2 jours", (2 * DAYS,)),
        ("2 días", (2 * DAYS,)),
        ("2 giorni", (2 * DAYS,)),
        ("1 settimana 3 ore", (7 * DAYS + 3 * HOURS,)),
        ("2 days before", (2 * DAYS,)),
        ("2 Tage vorher", (2 * DAYS,)),
        ("2 jours avant", (2 * DAYS,)),
        ("2 días antes", (2 * DAYS,)),
        ("2 giorni prima", (2 * DAYS,)),
    ],
)
def test_a_duration_alone_is_how_long_before_the_deadline(typed, offsets):
    assert read(typed) == Offsets(offsets)


@pytest.mark.parametrize(
    ("typed", "moment"),
    [
        ("tomorrow 18:00", local(2026, 3, 21, 18, 0)),
        ("morgen 18:00", local(2026, 3, 21, 18, 0)),
        ("demain 18h", local(2026, 3, 21, 18, 0)),  # not eighteen hours from tomorrow
        ("demain à 9h30", local(2026, 3, 21, 9, 30)),
        ("mañana 18:00", local(2026, 3, 21, 18, 0)),
        ("domani 18:00", local(2026, 3, 21, 18, 0)),
        ("on 20 January 9:00", local(2027, 1, 20, 9, 0)),  # the future: next January
        ("am 20. Januar um 9 Uhr", local(2027, 1, 20, 9, 0)),
        ("le 20 janvier à 9h", local(2027, 1, 20, 9, 0)),
        ("el 20 de enero a las 9:00", local(2027, 1, 20, 9, 0)),
        ("il 20 gennaio alle 9:00", local(2027, 1, 20, 9, 0)),
        ("1/2 9:00", local(2027, 2, 1, 9, 0)),  # day first
        ("next friday 17:00", local(2026, 3, 27, 17, 0)),
        ("Montag 9:00", local(2026, 3, 23, 9, 0)),
    ],
)
def test_a_day_and_a_time_is_a_moment_in_the_chats_zone(typed, moment):
    assert read(typed) == Moment(moment, BRUSSELS)


@pytest.mark.parametrize(
    "typed",
    [
        "next friday 17:00",
        "vendredi prochain à 17h",
        "le prochain vendredi 17:00",
        "nächsten Freitag um 17 Uhr",
        "am kommenden Freitag 17:00",
        "el próximo viernes a las 17:00",
        "el viernes que viene 17:00",
        "venerdì prossimo alle 17:00",
        "il prossimo venerdì 17:00",
    ],
)
def test_next_weekday_is_the_same_day_in_every_language(typed):
    # dateparser reads 'next' beside a weekday in English only.
    assert read(typed) == Moment(local(2026, 3, 27, 17, 0), BRUSSELS)


@pytest.mark.parametrize(
    "typed", ["übermorgen 9:00", "après-demain 9h", "pasado mañana a las 9:00", "dopodomani 9:00"]
)
def test_the_day_after_tomorrow_in_every_language(typed):
    assert read(typed) == Moment(local(2026, 3, 22, 9, 0), BRUSSELS)


def test_a_moment_is_read_in_the_chats_own_zone():
    assert read("tomorrow 18:00", zone="Asia/Tokyo") == Moment(
        local(2026, 3, 21, 18, 0, zone="Asia/Tokyo"), "Asia/Tokyo"
    )


def test_a_zone_named_at_the_end_wins_and_cet_keeps_summer_time():
    summer = read("26 July 17:00 CET")
    assert summer == Moment(local(2026, 7, 26, 17, 0), BRUSSELS)
    assert summer.at.utcoffset() == dt.timedelta(hours=2)  # CEST, not a fixed +01:00
    assert read("tomorrow 18:00 EST") == Moment(
        local(2026, 3, 21, 18, 0, zone="America/New_York"), "America/New_York"
    )


@pytest.mark.parametrize(
    ("typed", "moment"),
    [
        ("in 2 days", local(2026, 3, 22, 12, 0)),
        ("dans 2 jours", local(2026, 3, 22, 12, 0)),
        ("in 2 Tagen", local(2026, 3, 22, 12, 0)),
        ("tra 2 giorni", local(2026, 3, 22, 12, 0)),
        ("in 3 hours", local(2026, 3, 20, 15, 0)),
    ],
)
def test_a_duration_from_now_is_a_moment(typed, moment):
    assert read(typed) == Moment(moment, BRUSSELS)


def test_the_past_is_read_as_the_past_for_the_caller_to_refuse():
    assert read("2 days ago").at == local(2026, 3, 18, 12, 0)
    assert read("vor 2 Tagen").at == local(2026, 3, 18, 12, 0)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("12", Unread.UNREADABLE),  # a month to dateparser
        ("2026", Unread.UNREADABLE),
        ("banana", Unread.UNREADABLE),
        ("tomorrow banana 18:00", Unread.UNREADABLE),
        ("tomorrow 25:00", Unread.UNREADABLE),  # dateparser drops the time it cannot read
        ("next week", Unread.UNREADABLE),
        ("prochain 17:00", Unread.UNREADABLE),  # next what?
        ("prochain vendredi samedi 9:00", Unread.UNREADABLE),
        ("1 month", Unread.UNREADABLE),
        ("in 2 days before", Unread.UNREADABLE),
        ("tomorrow", Unread.NO_TIME_OF_DAY),
        ("20 January", Unread.NO_TIME_OF_DAY),
        ("400d", Unread.TOO_LONG),
        ("0 days", Unread.TOO_LONG),
        ("2 years", Unread.UNREADABLE),
    ],
)
def test_what_is_not_read_whole_is_not_guessed(typed, reason):
    assert read(typed) == NotUnderstood(typed, reason)


def test_a_deadline_may_be_a_day_alone_in_the_zone_it_names():
    assert read_moment("next friday", zone=BRUSSELS, now=NOW, day_alone=True) == Day(
        dt.date(2026, 3, 27), None
    )
    assert read_moment("vendredi prochain", zone=BRUSSELS, now=NOW, day_alone=True) == Day(
        dt.date(2026, 3, 27), None
    )
    assert read_moment("next friday 17:00 CET", zone="Asia/Tokyo", now=NOW) == Moment(
        local(2026, 3, 27, 17, 0), BRUSSELS
    )
