"""Times people type in commands, in five languages: how long before a deadline, or a moment.

'/remind 83 2 days' and '/remind 83 1 week 3 hours' are offsets before the deadline (as
'7d 1d 2h' has always been); '/remind 83 tomorrow 18:00', 'on 20 January 9:00', 'dans 2 jours'
are moments, read in the chat's zone unless the text ends with one ('… 17:00 CET').

dateparser reads the words of every language (its locales translate '2 Tage', '2 giorni',
'morgen', 'demain' to English tokens; its parser resolves 'next friday 17:00'); what it does
badly is checked here before it is trusted: a bare number is a month to it ('12' is December),
'18h' is eighteen hours, a time it cannot read ('25:00') is silently dropped, and 'CET' is a
fixed +01:00 in July. Nothing here guesses: what is not read whole is NotUnderstood.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass
from functools import cache

from ingest.zones import ABBREVIATIONS, read_zone, zone_for
from storage.schedule import MAX_OFFSET, parse_offsets

LANGUAGES = ("en", "de", "fr", "es", "it")
# People here write day before month ('1/2' is the first of February), as announcements do.
_SETTINGS = {"PREFER_DATES_FROM": "future", "DATE_ORDER": "DMY", "RETURN_TIME_AS_PERIOD": True}
# dateparser's English for the units of a duration, as its locales translate them.
_UNITS = {
    "week": "weeks",
    "day": "days",
    "hour": "hours",
    "minute": "minutes",
    "second": "seconds",
}
_DURATION = re.compile(r"(?:in )?(?:\d+ (?:week|day|hour|minute|second) ?)+(?:ago)?")
_AMOUNT = re.compile(r"(\d+) (week|day|hour|minute|second)")
# 'before' said after a duration: '2 days before', '2 Tage vorher', '2 jours avant'.
_BEFORE = re.compile(r"\s+(?:before|vorher|davor|avant|antes|prima)$", re.IGNORECASE)
# Times dateparser misreads: '18h', '9h30' (it reads hours of duration), '9 Uhr' (dropped).
_FRENCH_HOUR = re.compile(r"\b(\d{1,2})\s?h(\d{2})?\b", re.IGNORECASE)
_GERMAN_HOUR = re.compile(r"\b(\d{1,2})\s?Uhr\b", re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
# A leading article dateparser's German, Spanish and Italian locales do not know: 'am 20.
# Januar 9:00', 'el 20 de enero 9:00', 'il 20 gennaio 9:00'.
_LEADING_ARTICLES = ("am", "den", "el", "il", "lo")
# 'Next' beside a weekday, which dateparser reads in English only ('next friday'): 'vendredi
# prochain', 'le prochain vendredi', 'nächsten Freitag', 'el próximo viernes', 'el viernes que
# viene', 'venerdì prossimo'. Taken out and said in English before the weekday.
_NEXT = re.compile(
    r"\b(?:prochaine?|n[äa]chste[nrs]?|kommende[nrs]?|pr[óo]xim[oa]|que viene|prossim[oa])\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Days dateparser's locales do not know, in English words it does.
_DAY_WORDS = {"dopodomani": "day after tomorrow", "pasado mañana": "day after tomorrow"}


class Unread(enum.Enum):
    """Why typed text was not taken as a time."""

    UNREADABLE = "unreadable"  # not a time in any of the five languages
    NO_TIME_OF_DAY = "no time of day"  # a day without an hour: 'tomorrow', '20 January'
    TOO_LONG = "too long"  # an offset of more than a year, or of nothing


@dataclass(frozen=True)
class Offsets:
    """Reminders this long before the deadline, longest first."""

    offsets: tuple[dt.timedelta, ...]


@dataclass(frozen=True)
class Moment:
    """A reminder (or a deadline) at this instant, aware, in the zone it was read in."""

    at: dt.datetime
    zone: str


@dataclass(frozen=True)
class Day:
    """A day without a time of day ('20 January'), and the zone the text named, if any."""

    date: dt.date
    zone: str | None


@dataclass(frozen=True)
class NotUnderstood:
    """What could not be read, and why."""

    text: str
    reason: Unread


Reading = Offsets | Moment | NotUnderstood


def read_reminder(text: str, *, zone: str, now: dt.datetime) -> Reading:
    """When a reader wants to be reminded: offsets before the deadline, or a moment.

    ``zone`` is the chat's; ``now`` aware. Offsets in the house syntax ('7d 1d 2h') come first.
    """
    text = " ".join(text.split())
    try:
        return Offsets(tuple(parse_offsets(text)))
    except ValueError:
        if _is_house_syntax(text):
            return NotUnderstood(text, Unread.TOO_LONG)
    before = _BEFORE.search(text)
    words = text[: before.start()] if before else text
    duration = _duration(words)
    if duration is not None:
        span, from_now, ago = duration
        if before and (from_now or ago):  # 'in 2 days before'
            return NotUnderstood(text, Unread.UNREADABLE)
        if (from_now or ago) and not re.search(r"\d", words):
            return NotUnderstood(text, Unread.UNREADABLE)  # 'next week', 'in a while'
        if from_now or ago:  # 'in 2 days', 'dans 2 jours': a moment; '2 days ago' is past
            moment = now + span if from_now else now - span
            return Moment(moment.astimezone(zone_for(zone)), zone)
        if not dt.timedelta(0) < span <= MAX_OFFSET:
            return NotUnderstood(text, Unread.TOO_LONG)
        return Offsets((span,))
    if before:
        return NotUnderstood(text, Unread.UNREADABLE)
    return read_moment(text, zone=zone, now=now)


def read_moment(
    text: str, *, zone: str, now: dt.datetime, day_alone: bool = False
) -> Moment | Day | NotUnderstood:
    """A moment with a time of day: 'tomorrow 18:00', 'next friday 17:00 CET', 'demain 18h'.

    Read in ``zone`` unless the text ends with a zone of its own; the future is preferred.
    With ``day_alone`` a day without a time of day ('next friday') is a Day (a deadline may
    be a date alone; a reminder may not).
    """
    text = " ".join(text.split())
    if not re.search(r"[^\W\d_]", text) and ":" not in text:
        # A bare number is a month, a day or a year to dateparser: never a moment to us.
        return NotUnderstood(text, Unread.UNREADABLE)
    words, named = _named_zone(text)
    zone = named or zone
    local_now = now.astimezone(zone_for(zone)).replace(tzinfo=None)
    plain = _in_english(_GERMAN_HOUR.sub(r"\1:00", _FRENCH_HOUR.sub(_clock_time, words)))
    found = _parse(plain, local_now)
    first, _, rest = plain.partition(" ")
    if found is None and first.lower() in _LEADING_ARTICLES:
        found = _parse(rest, local_now)
    if found is None:
        return NotUnderstood(text, Unread.UNREADABLE)
    value, period = found
    if period != "time":
        # A clock time that dateparser dropped ('25:00') was misread, not left out; 'next
        # week' or 'in a month' names no day.
        day_only = period == "day" and not _CLOCK.search(plain)
        if day_only and day_alone:
            return Day(value.date(), named)
        return NotUnderstood(text, Unread.NO_TIME_OF_DAY if day_only else Unread.UNREADABLE)
    return Moment(value.replace(tzinfo=zone_for(zone)), zone)


def warm_up() -> None:
    """Load dateparser's five locales now, not in a reader's first command (some 150 ms)."""
    read_reminder("morgen 18:00", zone="UTC", now=dt.datetime.now(dt.UTC))
    read_reminder("2 giorni", zone="UTC", now=dt.datetime.now(dt.UTC))


def _is_house_syntax(text: str) -> bool:
    parts = [p for p in re.split(r"[\s,;]+", text.lower()) if p]
    return bool(parts) and all(re.fullmatch(r"\d{1,4}\s*[wdhms]", p) for p in parts)


def _in_english(text: str) -> str:
    """``text`` with 'next' beside a weekday, or a day word dateparser lacks, in English
    ('vendredi prochain à 17:00' → 'next friday 17:00'); unchanged when it has neither, or
    when the rest is not words of one of the five languages."""
    lowered = text.lower()
    day_word = next((word for word in _DAY_WORDS if word in lowered), None)
    if day_word is not None:
        rest = " ".join(lowered.replace(day_word, " ").split())
        translated = _translated(rest) if rest else ""
        return text if translated is None else f"{_DAY_WORDS[day_word]} {translated}".strip()
    if not _NEXT.search(text):
        return text
    rest = " ".join(_NEXT.sub(" ", text).split())
    first, _, after = rest.partition(" ")
    if first.lower() in _LEADING_ARTICLES:
        rest = after  # 'el próximo viernes': dateparser's Spanish has no 'el'
    translated = _translated(rest)
    if translated is None:
        return text
    words = translated.split()
    days = [n for n, word in enumerate(words) if word in _WEEKDAYS]
    if len(days) != 1:
        return text  # 'prochaine semaine', or two weekdays: not a day this can name
    words.insert(days[0], "next")
    return " ".join(words)


def _clock_time(found: re.Match[str]) -> str:
    return f"{found.group(1)}:{found.group(2) or '00'}"


@cache
def _locales() -> tuple:
    from dateparser.languages.loader import default_loader

    return tuple(default_loader.get_locales(languages=list(LANGUAGES)))


def _translated(text: str) -> str | None:
    """``text`` in dateparser's English tokens ('2 Tage' → '2 day'), by the first locale of
    the five that knows every word of it; None when none does."""
    from dateparser.conf import settings

    for locale in _locales():
        if locale.is_applicable(text, strip_timezone=False, settings=settings):
            return " ".join(
                locale.translate(text, keep_formatting=False, settings=settings).split()
            )
    return None


def _is_day_word(word: str) -> bool:
    """'tomorrow', 'morgen', 'demain': a word dateparser turns into an amount of days."""
    if re.search(r"\d", word):
        return False
    translated = _translated(word)
    return translated is not None and _AMOUNT.search(translated) is not None


def _duration(text: str) -> tuple[dt.timedelta, bool, bool] | None:
    """A duration typed in words ('2 days', '1 Woche 3 Stunden', 'dans 2 jours'): its length,
    whether it counts from now ('in'), whether back ('ago'); None if it is no duration."""
    translated = _translated(text)
    if translated is None or not _DURATION.fullmatch(translated):
        return None
    if any(_is_day_word(word) for word in text.split()):
        return None  # 'morgen' is 'in 1 day' to dateparser, but it is a day, not a duration
    span = dt.timedelta()
    for amount, unit in _AMOUNT.findall(translated):
        span += dt.timedelta(**{_UNITS[unit]: int(amount)})
    return span, translated.startswith("in "), translated.endswith("ago")


def _named_zone(text: str) -> tuple[str, str | None]:
    """The text without a zone written at its end, and that zone ('CET' → Europe/Brussels).

    Only abbreviations, offsets and IANA names count: a last word such as 'Friday' is not
    looked up among the cities of the world (nor should 'Lima' make 'Friday 9:00' Peruvian).
    """
    head, _, last = text.rpartition(" ")
    is_zone_like = (
        last.casefold() in ABBREVIATIONS
        or "/" in last
        or re.fullmatch(r"(?i)(?:utc|gmt)?[+\-−–]\d{1,2}(?::?\d{2})?", last) is not None
    )
    if not head or not is_zone_like:
        return text, None
    reading = read_zone(last)
    return (head, reading.zone) if reading.zone else (text, None)


def _parse(text: str, local_now: dt.datetime) -> tuple[dt.datetime, str] | None:
    from dateparser.date import DateDataParser

    if not text:
        return None
    parser = DateDataParser(
        languages=list(LANGUAGES), settings={**_SETTINGS, "RELATIVE_BASE": local_now}
    )
    found = parser.get_date_data(text)
    if found.date_obj is None:
        return None
    return found.date_obj.replace(tzinfo=None), found.period
