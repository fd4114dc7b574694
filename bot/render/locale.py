"""The locale seam: who reads a message (language and zone), and how words, dates and numbers
are written for them.

Every render function takes a ``Locale``; nothing holds a "current language". Sentences are
gettext messages (``loc._``, ``loc.n_`` for plurals) from ``bot/locales``; dates, month and
weekday names and numbers come from Babel for the language. English is the source language:
its messages are the msgids, and its dates keep the bot's original shape ("Mon 30 Mar 2026").
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date, format_interval, format_skeleton
from babel.numbers import format_decimal

from bot.language import Lang
from ingest.zones import zone_for

LOCALES = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "callboard"


def N_(message: str) -> str:
    """Mark a message for extraction where it is defined; it is translated where it is used."""
    return message


@functools.cache
def translations(lang: Lang) -> gettext.NullTranslations:
    """The compiled catalog of ``lang`` (English is the source: no catalog)."""
    if lang is Lang.EN:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=LOCALES, languages=[lang.value])


@dataclass(frozen=True)
class Locale:
    """The reader of a message: their language, their zone, and the operator's zone for
    deadlines announced without one."""

    lang: Lang = Lang.EN
    tz: str = "Europe/Brussels"
    default_tz: str = "Europe/Brussels"

    def with_lang(self, lang: Lang) -> Locale:
        return Locale(lang, self.tz, self.default_tz)

    def with_tz(self, tz: str) -> Locale:
        return Locale(self.lang, tz, self.default_tz)

    # -- words -------------------------------------------------------------------------------

    def _(self, message: str, **values: object) -> str:
        """The translation of a whole sentence, its ``%(name)s`` placeholders filled."""
        text = translations(self.lang).gettext(message)
        return text % values if values else text

    def n_(self, singular: str, plural: str, count: int, **values: object) -> str:
        """The plural form for ``count`` (the language's rule), ``%(count)s`` filled."""
        text = translations(self.lang).ngettext(singular, plural, count)
        return text % {"count": self.number(count), **values}

    # -- numbers and dates -------------------------------------------------------------------

    def number(self, value: int) -> str:
        """A count as the language writes it (1,234 / 1.234 / 1 234)."""
        if abs(value) < 10_000:  # no grouping for small numbers in any of our languages
            return str(value)
        return format_decimal(value, locale=self.lang.value)

    def date(self, value: dt.date) -> str:
        """'30 Mar 2026', '30. März 2026', '30 mars 2026'."""
        if self.lang is Lang.EN:
            return format_date(value, "d MMM y", locale="en")
        return format_skeleton("yMMMd", value, locale=self.lang.value)

    def day(self, value: dt.date) -> str:
        """A date with its weekday: 'Mon 30 Mar 2026', 'Mo., 30. März 2026'."""
        if self.lang is Lang.EN:
            return format_date(value, "EEE d MMM y", locale="en")
        return format_skeleton("yMMMEd", value, locale=self.lang.value)

    def dates(self, start: dt.date, end: dt.date) -> str:
        """A range of days: '8–9 Nov 2017', '30 Jun – 2 Jul 2026', '8.–9. Nov. 2017'."""
        if self.lang is not Lang.EN:
            return format_interval(start, end, "yMMMd", locale=self.lang.value)
        month = format_date(end, "MMM", locale="en")
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{end.day} {month} {end.year}"
        if start.year == end.year:
            return f"{start.day} {format_date(start, 'MMM', locale='en')} – {self.date(end)}"
        return f"{self.date(start)} – {self.date(end)}"

    def weekday(self, index: int) -> str:
        """The full name of a weekday, Monday being 0."""
        monday = dt.date(2024, 1, 1)
        return format_date(monday + dt.timedelta(days=index), "EEEE", locale=self.lang.value)

    def moment(self, value: dt.datetime) -> str:
        """An instant on the reader's clock: 'Mon 30 Mar 2026, 17:00 CEST'."""
        return f"{self.day(value.date())}, {value:%H:%M} {value.tzname() or ''}".rstrip()

    def local(self, value: dt.datetime) -> dt.datetime:
        """``value`` on the reader's clock."""
        return value.astimezone(zone_for(self.tz))


ENGLISH = Locale()
