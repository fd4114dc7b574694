"""Finding dates, ranges, times of day and zones in announcement prose.

A *mention* is one date or date range as written, with the time and zone written beside it.
Years left out by the text are filled in later by :func:`resolve_years`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import zoneinfo
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from ingest.fastre import fast_compile, heads
from ingest.lexicon import (
    CITY_ALIASES,
    COUNTRY_ZONES,
    LONG_WEEKDAY_NAMES,
    MONTHS,
    NUMBER_WORDS,
    STEP_WORDS,
    WEEK_UNITS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    ZONE_PHRASES,
    hours_in,
)

# The month names and number words as alternations, longest first so that 'sept' does not
# stop 'september' short.
_MONTH_NAMES = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_NUMBER_NAMES = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
_MONTH_RE = fast_compile(
    r"(?<![^\W\d_])(" + _MONTH_NAMES + r")"
    r"(?![^\W\d_])\.?",
)
_SUFFIX = r"(?:st|nd|rd|th|er|re|º|°|ª)?"
# 'dal 7 all'11 settembre': Italian elides 'al' before a vowel ('all'8', 'all'11').
# ('le 3 et le 4 mars', 'el 3 y el 4 de marzo', 'il 3 e il 4 marzo': an article may repeat)
_LINK = (
    r"(?:(?:-|–|—|/|&|to|and|und|bis(?:\s+zum)?|au|al(?:l['’])?|et|e|y|,)"
    r"(?:\s*(?:le|el|il|am|den)(?=\s))?)"
)
# Day numbers written before a month name: "8", "8-9", "17, 18 e 19", "21. bis 26.".
_DAYS_BEFORE = fast_compile(
    rf"(?<![\d/.,:])(?P<days>(?:\d{{1,2}}{_SUFFIX}\.?\s*{_LINK}\s*)*"
    rf"|\d{{1,2}}\s+(?:e|et|y|und|and|&)\s+(?:{LONG_WEEKDAY_NAMES}),?\s+"
    # ('Wed 14 – Fri 16 July': a short weekday name, between a dash and a day, is one too)
    # ('du lundi 1er au vendredi 5 juillet': the first day with its ordinal suffix)
    rf"|\d{{1,2}}{_SUFFIX}\.?\s*(?:-|–|au|al|a|bis|to)\s*(?:{LONG_WEEKDAY_NAMES}"
    r"|(?:(?<=[-–]\s)|(?<=bis\s)|(?<=to\s))(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun|mo|di|mi|do|fr"
    r"|sa|so)\.?),?\s+)"
    rf"(?P<day>\d{{1,2}}){_SUFFIX}\.?\s*(?:de\s+|of\s+|th\s+of\s+)?$",
    re.IGNORECASE,
)
# Words that number what follows: 'Day 1', 'Tag 2', 'Jour 3'.
_COUNTED = re.compile(
    r"\b(?:day|tag|jour|d[íi]a|giorno|week|woche|semaine|semana|settimana|session|module|modul"
    # 'Round 1 – 15 January', 'Stage 2: 9 September', 'Fase 1 - 3 marzo': a step's number
    r"|" + STEP_WORDS + r")\s*$"
)
_SUFFIXED = re.compile(_SUFFIX.removesuffix("?"), re.IGNORECASE)
_WEEKDAY_END = re.compile(rf"(?:{LONG_WEEKDAY_NAMES}),?\s+$", re.IGNORECASE)
_YEAR_AFTER = fast_compile(r"^\.?\s*,?\s*(?:de\s+|del\s+)?(?P<year>(?:19|20)\d{2})(?!\d)")
# Month first: "July 31, 2023", "October, 13th, 2016", "September 17-18", "October 6 (AOE), 2023".
# (a weekday in brackets may follow a day: 'May 15 (Sat) and 16 (Sun), 2027')
_DAY_ASIDE = r"(?:\s*\((?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)[a-z]{0,6}\.?\))?"
_DAYS_AFTER = fast_compile(
    rf"^\.?\s*,?\s*(?P<day>\d{{1,2}}){_SUFFIX}(?!\d|[:.]\d){_DAY_ASIDE}"
    rf"(?:\s*(?:-|–|—|to|and|&)\s*(?P<day2>\d{{1,2}}){_SUFFIX}(?!\d|[:.]\d))?"
    r"(?:\s*(?:\([^)]{0,16}\))?\s*,?\s*(?P<year>(?:19|20)\d{2})(?!\d))?",
    re.IGNORECASE,
)
# Two spaces or more, a tab or a line break: the gap between a table's columns.
_COLUMN_GAP = re.compile(r"\s{2,}|\t|\n")
# (read in the lowered text, as every date is: '2027-02-28T23:59:00Z' is met as '…t23:59:00z')
_ISO = fast_compile(
    r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[t ](?P<H>\d{2}):(?P<M>\d{2})(?::\d{2}(?:\.\d+)?)?"
    r"\s*(?P<off>z\b|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_DOTTED = fast_compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?!\d)")
# With the year's last two digits, as German forms write it: 'Einsendeschluss: 19.2.27, 16 Uhr'
# (only 2020-2039: '3.4.12' is more often a section than a date).
_DOTTED_YY = fast_compile(r"(?<![\w.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>[23]\d)(?!\d|[.,]\d)")
# '14.–16.10.2026', and with slashes or words: '14-16/10/2026', 'du 14 au 16/10/2026'.
_DOTTED_RANGE = fast_compile(
    r"(?<![\d./])(?P<d1>\d{1,2})\.?\s*(?:[-–]|au|al|bis)\s*(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})"
    r"(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)"
)
# A day, a month's name and a year joined by hyphens, as forms print them: '8-Mar-2018'.
_DASHED_NAMED = fast_compile(
    r"(?<![\w-])(?P<d>\d{1,2})-(?P<month>[^\W\d_]{3,10})\.?-(?P<y>(?:19|20)\d{2})(?![\d-])"
)
_DASHED = fast_compile(r"(?<![\d-])(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d{2})(?![\d-])")
# 'end of March 2019', 'bis Ende März 2019', 'fin mars 2019': the last day of that month.
_MONTH_END = fast_compile(
    # ('fin du mois de février 2028', 'fine del mese di marzo 2027': the month named so)
    r"\b(?:(?:the\s+)?end\s+of|ende|fin(?:\s+du\s+mois)?(?:\s+de)?|finales\s+de(?:l\s+mes\s+de)?"
    r"|a\s+fine|fine(?:\s+del\s+mese)?(?:\s+di)?)\s+"
    r"(?P<month>[^\W\d_]+)\.?,?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{2})(?!\d)",
)
# The same without a year, only after a word of limit: 'bis Ende Oktober', 'by the end of May'.
_MONTH_END_BARE = fast_compile(
    # ('Applications close at the end of April': the closing said, then the month's end)
    # ('Anmeldeschluss ist Ende Juni')
    r"(?:\b(?:bis|until|by|jusqu['’]à|entro|hasta|before|avant|close[sd]?\s+at)|schluss\s+ist)\s+"
    r"(?P<end>(?:(?:the\s+)?end\s+of|ende"
    r"|(?:la\s+)?fin(?:\s+du\s+mois)?(?:\s+de)?|finales\s+de(?:l\s+mes\s+de)?"
    r"|(?:la\s+)?fine(?:\s+del\s+mese)?(?:\s+di)?)\s+(?P<month>[^\W\d_]+))\b"
    r"(?!\.?,?\s+(?:de\s+|del\s+)?(?:19|20)\d{2})",
)
# Days and months listed before a last date with its year: 'bis zu den Stichtagen 31.01.,
# 30.04., 31.07. und 31.10.2027' (each followed by another of the list).
_DOTTED_LISTED = fast_compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?=\s*(?:,|und|and|et|e|y|sowie)\s*\d{1,2}\.\d{1,2}\.)"
)
_SLASHED = fast_compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])")
# The year first, with slashes or dots, as East Asian and many conference pages write it:
# 'Paper submission: 2027/02/28', '2027.03.15'.
_YEAR_FIRST = fast_compile(
    r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})(?:/(?P<m>\d{1,2})/(?P<d>\d{1,2})"
    # (with dots, two digits each: '2021.1.3' is a version's number)
    r"|\.(?P<m2>\d{2})\.(?P<d2>\d{2}))(?![\d/]|\.\d)"
)
# Day and month without a year ("entro il giorno 24.11"): only right after a word of limit.
_DOTTED_SHORT = fast_compile(
    # ('jusqu'au 10/10 inclus', 'hasta el 30-04 a las 14:00')
    # ('Anmeldung bitte bis spätestens 10.06.', 'Einsendeschluss ist der 15.2.')
    r"(?:il\s+giorno|entro(?:\s+il)?|bis(?:\s+spätestens)?(?:\s+zum)?|until|by|am|zum|vom|von|ab|dal"
    r"|du|from|il|le|el|ist\s+der"
    r"|jusqu['’]au|fino\s+al"
    # (or a weekday's full name alone: 'Registration closes Monday 3/15 at 5 PM PT', 'Freitag,
    # 24.9., 18 Uhr')
    r"|(?P<weekday>(?<![^\W\d_])(?=(?:" + LONG_WEEKDAY_NAMES + r"),?\s+\d)))\s*"
    # (its weekday between, in bold or not: 'by **Mon 15/05 EOD**'; German's two letters with
    # their dot: 'bis Mo., 8.2., 12 Uhr')
    r"(?:\*\*)?(?:(?:" + WEEKDAY_NAMES + r")\.?,?\s+|(?:mo|di|mi|do|fr|sa|so)\.,?\s+)?"
    # ('Iscrizioni entro il 12/11 h 18': a slash as well as a dot)
    r"(?P<d>\d{1,2})(?:\.(?P<m>\d{1,2})\.?|[/-](?P<m3>\d{1,2}))(?![\d/-]|\.\d)"
    # '(Scadenza|Deadline|Frist): 20/7 ore 13.00': a limit's label, then day and month
    r"|(?:scadenza|deadline|frist|date\s+limite|plazo|fecha\s+l[íi]mite)\s*:\s*"
    r"(?P<d2>\d{1,2})[/.](?P<m2>\d{1,2})(?![\d/]|\.\d)",
)
# A range of days and months without a year, each closed by its dot: 'Termine: 17.09. bis
# 11.12.' (the dots after the month tell it from a time or a decimal).
_DOTTED_SHORT_RANGE = fast_compile(
    r"(?<![\d.])(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.\s*(?:bis(?:\s+zum)?|–|-)\s*"
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?!\d|\.\d)",
)
# The same range with the year after its last day: '30.9.–2.10.2027', '28.12. bis 3.1.2028'.
# And with slashes: '30/06–04/07/2027', 'du 30/06 au 04/07/2027'.
# (a weekday may stand before the last day: 'Mo., 30.11. bis Mi., 02.12.2026')
_SPAN_WEEKDAY = (
    r"(?:(?i:" + LONG_WEEKDAY_NAMES + r"|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar"
    r"|mer|jeu|ven|sam|dim)\.?,?\s+)?"
)
_DOTTED_SPAN = fast_compile(
    r"(?<![\d./])(?P<d1>\d{1,2})(?P<sep>[./])(?P<m1>\d{1,2})\.?\s*(?:bis(?:\s+zum)?|–|-|au|al|to)\s*"
    + _SPAN_WEEKDAY
    + r"(?P<d>\d{1,2})(?P=sep)(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)",
)
# Words that open a window at an hour, right before its first day: 'dalle ore 10.00 del',
# 'a partire dalle ore 9:00 di lunedì', 'from 10:00 on', 'desde las 9:00 del'.
_OPENS_WINDOW = fast_compile(
    r"(?:\bdall[ea']|\ba\s+partire\s+dall[ea']|\bfrom|\bdesde\s+las|\bà\s+partir\s+de|\bab|\bdès)\s*"
    r"(?:ore\s+)?(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?\s*(?:uhr|h|horas)?\s*,?\s*"
    r"(?:del(?:\s+giorno)?|di|on|of|de|du|am|el)?"
    r"\s*(?:(?:" + LONG_WEEKDAY_NAMES + r")\.?,?\s*)?$",
    re.IGNORECASE,
)
_OPENS_READ = 64  # characters before a window's first date read for its opening words
_LIMIT_WORD = fast_compile(r"\b(?:entro|fino|until|till|bis|hasta|jusqu)", re.IGNORECASE)
# A time's zone named between it and the 'on' of its day: 'Lisbon time on', 'Eastern Time on',
# 'CET on' (lower-cased text).
_ZONE_NAMED_BEFORE_ON = (
    r"(?:(?:[^\W\d_]+[ \t]+){1,2}time|cest|cet|mesz|mez|utc|gmt|bst|aoe|eest|eet|west|wet"
    r"|e[sd]?t|p[sd]?t|c[sd]?t|aest|aedt"
    # (a region's clock named alone: '4 p.m. Eastern on Thursday, October 1')
    r"|eastern|pacific|central|mountain|atlantic|hawaii(?:an)?|alaska(?:n)?)"
    # (its abbreviation after it: '4:30 p.m. Hawaii Standard Time (HST) on Thursday')
    r"(?:[ \t]+\([^()\d\n]{1,12}\))?,?[ \t]+(?=on\b|am\b)"
)
_RANGE_JOIN_TIMED = fast_compile(
    # ('dalle ore 10.00 del 9 settembre ed entro le ore 13.00 del 22 ottobre': the limit's words
    # may come before the hour of the end)
    # (the first day's opening hour may stand after it: 'dal 1° mar. ore 10.00 fino alle h.
    # 12.00 del 15 apr.')
    r"^\s*(?:(?:ore|h\.?|alle(?:\s+ore)?|at|um|à|a\s+las)\s*(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?"
    r"\s*(?:uhr|h|horas)?\s*,?\s*)?"
    r"(?P<limit>(?:ed|e|y|and|und|et)\s+)?"
    r"(?:alle|fino\s+alle|entro\s+(?:e\s+non\s+oltre\s+)?(?:le|alle)|to|until|till|bis"
    r"|au|à|jusqu'à|a\s+las|hasta\s+las)\s+(?:ore\s+|um\s+|h\.?\s*)?"
    r"(?P<h>[01]?\d|2[0-4])(?:[:.h](?P<m>[0-5]\d)|(?<=ore\s\d)|(?<=ore\s\d\d)|(?=\s*[ap]\.?m\b))"
    r"\s*(?:(?P<ap>[ap])\.?m\.?\s+|uhr\s+|horas\s+|heures\s+|h\s+)?"
    # the zone of that time may stand in brackets: 'hasta las 23:59 horas (hora canaria) del', or
    # be named: 'until 17:00 Lisbon time on 30 April', 'until 5 pm CET on'
    r"(?:\([^()]{1,30}\)\s*|"
    + _ZONE_NAMED_BEFORE_ON
    + r")?(?:del(?:\s+(?:giorno|día))?|di|on|am|du|de|el|le)?\s*(?:(?:"
    + LONG_WEEKDAY_NAMES
    + r")\.?,?\s*)?$",
    re.IGNORECASE,
)
# A window whose first day has its opening hour after it, then the word to its last day: '1
# February 2027 at 10:00 until', '01.02.2027 (9 Uhr) bis', 'du 1er février à 10h au', '1 February
# 2027, 10:00 CET –'. (Not '10:00 to 12:00', which is a day's hours: a date must follow.)
_RANGE_JOIN_OPENED = fast_compile(
    r"^\s*,?\s*\(?\s*(?:at|um|à|a\s+las|alle(?:\s+ore)?|ore|dalle(?:\s+ore)?)?\s*"
    r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?\s*(?:[ap]\.?m\.?|h|uhr|horas|hrs)?\.?\s*(?:[a-z]{2,5})?"
    r"\s*\)?\s*,?\s*(?:to|until|till|bis(?:\s+zum)?|au|jusqu'au|al|hasta(?:\s+el)?|–|—|-)"
    r"\s*(?:(?:the|le|il|el|den)\s+)?(?:(?:" + LONG_WEEKDAY_NAMES + r")\.?,?\s*)?$",
    re.IGNORECASE,
)
# A limit's word before a date: the date ends something, and opens no window to the next
# ('inicialmente previsto hasta el 31 de mayo, hasta el 14 de junio': an old limit, then the new)
_LIMIT_BEFORE = fast_compile(
    r"(?:\bhasta\s+el|\buntil|\bbis\s+zum|\bjusqu'au|\bfino\s+al|\bentro\s+il)\s*"
    r"(?:(?:" + LONG_WEEKDAY_NAMES + r")\.?,?\s*)?$",
    re.IGNORECASE,
)
_RANGE_JOIN = fast_compile(
    r"^\s*(?:\d{1,2}:\d{2}\s*)?,?\s*(?:-|–|—|to|till|until|through|thru|bis(?:\s+zum)?|au|al|a"
    r"|fino\s+al|hasta\s+el)\s*(?:(?:" + LONG_WEEKDAY_NAMES + r")\.?,?\s*)?$",
    re.IGNORECASE,
)

_TIME_12 = fast_compile(
    r"(?<![\d.:/])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})(?::\d{2})?)?\s*(?P<ap>[ap])\.?\s?m\b\.?",
)
_TIME_24 = fast_compile(
    # the end of the day written as its last hour, 23:59: '31.10.2026, 24:00 Uhr', 'à 24h00'
    # ('alle ore 24.00 del 20 ottobre' too)
    r"(?<![\d.:/,])(?:(?P<end>24(?::00|h00|\.00(?=\s*uhr)|(?<=ore\s24)(?:\.00)?|(?=\s*uhr\b)))(?!\d|[.:]\d)"
    r"|(?P<h>[01]?\d|2[0-3])(?:[:](?P<m>[0-5]\d)|\.(?P<md>[0-5]\d)(?=\s|$|[),;]|h\b)"
    r"|\s?[hH]\s?(?P<mh>[0-5]\d)?(?![^\W\d_]))(?::(?P<s>[0-5]\d))?(?!\d|[.:]\d)(?:\s*(?:h|hrs?|hours|uhr)\b)?)",
)
# Words that make a number before them an hour: '16 Uhr', '17 heures', '12 horas', '5 o'clock'.
_HOUR_WORDS = r"uhr|heures?|horas|o'clock|hs"
# An hour alone after the Italian word for hours: 'entro le ore 12 del 18 ottobre'.
_TIME_ORE = fast_compile(
    # ('ore 14.00.' at a sentence's end, which the reading of '14.00' above leaves)
    # ('alle h. 18', 'entro le h 12': 'h' for 'ore', after the article that says an hour, or
    # after a date's comma: 'lunedì 7 giugno 2027, h. 12')
    r"(?:\bore|\b(?:alle|le|dalle)\s+h\.?|(?<=,\s)h\.|(?<=\d\s)h\.?(?=\s?\d))\s*(?P<h>[01]?\d|2[0-3])(?:[.:](?P<om>[0-5]\d))?\b"
    r"(?![:.,]\d)"
    # ('alle 17.' closing a clause, 'alle 12 del 15 marzo'; not 'alle 17 imprese')
    # ('alle 17 (ora di Bruxelles)': its clock in brackets after it)
    r"|\balle\s+(?P<h3>[01]?\d|2[0-3])(?=\s*(?:[.,;)]|$|del\b|di\b|\(ora\b))"
    # ('a las 12 hs': Argentina's and Uruguay's hours)
    r"|(?<![\d.:,])(?P<h2>[01]?\d|2[0-3])\s*(?:" + _HOUR_WORDS + r")\b"
)
# Four figures and what says they are a time: '1500 GMT', '1700 hrs', '2359 UTC', '1200Z'.
_TIME_MILITARY = fast_compile(
    r"(?<![\d.:,/])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?=(?:hrs?|hours|gmt|utc|z)\b)"
)
_TIME_WORDS = fast_compile(
    r"\b(?P<noon>noon|midday|midi|mezzogiorno|mediod[ií]a|mittag)\b"
    # ('January 15, 2027, EOD PST': the end of that day)
    r"|\b(?P<midnight>midnight|minuit|mezzanotte|medianoche|mitternacht|eod)\b",
)
_UTC = fast_compile(
    # 'UCT' is UTC misspelt (and IANA's alias of it)
    r"\b(?:utc|gmt|uct)(?:\s*/\s*(?:utc|gmt))?\b(?:\s*(?P<sign>[+\-−])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?)?",
    re.IGNORECASE,
)
_ZONES = [(fast_compile(pattern, re.IGNORECASE), zone) for pattern, zone in ZONE_PHRASES]
# The first letters of every phrase, in one pattern: most stretches read for a zone hold none
# ('17:00', 'at noon on'), and asking the fifty in turn to learn it was a twentieth of
# extraction. Those that may start with anything (the anchored '^\W{0,3}Eastern') are asked.
_ZONE_HEADS = [heads(pattern, re.IGNORECASE) for pattern, _ in ZONE_PHRASES]
_ANY_ZONE_HEAD = fast_compile("|".join(re.escape(h) for found in _ZONE_HEADS for h in found or ()))
_UNHEADED_ZONES = [zone for zone, found in zip(_ZONES, _ZONE_HEADS, strict=True) if found is None]
_YEAR_TOKEN = fast_compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_WEEKDAY_BEFORE = fast_compile(r"(?:" + WEEKDAY_NAMES + r")\.?,?\s*$", re.IGNORECASE)
_NEAR = 48  # characters between a date and the time or zone written beside it


@dataclass(frozen=True)
class Mention:
    """A date or a range of dates as written, with what was written beside it."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    end_day: int | None = None
    end_month: int | None = None
    end_year: int | None = None
    time: dt.time | None = None
    zone: str | None = None
    year_given: bool = True
    # a window whose end a word of limit introduces: '… ed entro le ore 12:00 del 15 aprile'
    closes: bool = False
    # the last day of a month named without its year ('bis Ende Februar'): its day is known
    # once the year is (29 February in a leap year)
    month_end: bool = False

    @property
    def is_range(self) -> bool:
        """Whether the mention spans more than one day."""
        return self.end_day is not None

    def first(self) -> dt.date | None:
        """The (first) date, or None while the year is unknown or the date impossible."""
        return _date(self.year, self.month, self.day)

    def last(self) -> dt.date | None:
        """The last date of a range, or the date itself."""
        if self.end_day is None:
            return self.first()
        return _date(self.end_year, self.end_month or self.month, self.end_day)


def _date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class TimeMark:
    """A time of day found in the text, and the zone named beside it."""

    start: int
    end: int
    time: dt.time
    zone: str | None


def _lower(text: str) -> str:
    # Same length as the input, so positions found in it are positions in the text.
    low = text.lower()
    if len(low) == len(text):
        return low  # nearly always: only a few letters ('İ') grow when lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def find_mentions(text: str) -> list[Mention]:
    """Every date and date range written in ``text``, in reading order."""
    low = _lower(text)
    found: list[Mention] = []
    for match in _MONTH_RE.finditer(low):
        month = MONTHS[match.group(1)]
        mention = _around_month(low, match.start(), match.end(), month)
        if mention is not None:
            found.append(mention)
    found.extend(_numeric_mentions(low))
    found.sort(key=lambda m: m.start)
    found = _drop_overlaps(found)
    return _share_list_years(low, _join_ranges(low, found))


def _around_month(low: str, ms: int, me: int, month: int) -> Mention | None:
    window = low[max(0, ms - 48) : ms]
    before = _DAYS_BEFORE.search(window)
    after_text = low[me : me + 40]
    if (
        before is not None
        and _COLUMN_GAP.search(window, before.end("day"))
        and _DAYS_AFTER.match(after_text)
    ):
        # 'Cycle 2      June 4, 2025': a row's number, a column apart, is no day of the
        # month that the next column writes first
        before = None
    if before is not None:
        day = int(before.group("day"))
        start = ms - (len(before.group(0)))
        year_match = _YEAR_AFTER.match(after_text)
        year = int(year_match.group("year")) if year_match else None
        end = me + (year_match.end() if year_match else 0)
        listed = [int(n) for n in re.findall(r"\d{1,2}", before.group("days") or "")]
        if listed and _COUNTED.search(window[: before.start()]):
            listed = []  # 'Day 1, 17 March': a day of the programme, then its date
            start = ms - len(before.group(0)) + len(before.group("days"))
        days = before.group("days") or ""
        joined_by_and = re.search(r"\s(?:e|et|y|und|and|&)\s", days)
        if listed and _WEEKDAY_END.search(days) and joined_by_and and day - listed[-1] != 1:
            listed = []  # 'sabato 7 e domenica 8': two days in a row, nothing else
        if listed and all(0 < n < day for n in listed):
            return Mention(
                start, end, listed[0], month, year, day, month, year, year_given=year is not None
            )
        return Mention(start, end, day, month, year, year_given=year is not None)
    after = _DAYS_AFTER.match(after_text)
    if after is None:
        return None
    if (
        "," in after_text[: after.start("day")]
        and not (after.group("year") or after.group("day2"))
        and not _SUFFIXED.match(after_text, after.end("day"))
    ):
        return None  # 'pitch sessions in November, 24 SMEs': a month, then a count
    day = int(after.group("day"))
    year = int(after.group("year")) if after.group("year") else None
    end = me + after.end()
    if after.group("day2") and int(after.group("day2")) > day:
        day2 = int(after.group("day2"))
        return Mention(ms, end, day, month, year, day2, month, year, year_given=year is not None)
    return Mention(ms, end, day, month, year, year_given=year is not None)


_NUMERIC_DATE = re.compile(r"\d[./-]\d")


def _numeric_mentions(low: str) -> list[Mention]:
    found: list[Mention] = []
    numeric = _NUMERIC_DATE.search(low) is not None  # every numeric date has one
    for m in _ISO.finditer(low) if numeric else ():
        time = zone = None
        if m.group("H"):
            time = dt.time(int(m.group("H")), int(m.group("M")))
            zone = _offset_zone(m.group("off")) if m.group("off") else None
        found.append(
            Mention(
                m.start(),
                m.end(),
                int(m.group("d")),
                int(m.group("m")),
                int(m.group("y")),
                time=time,
                zone=zone,
            )
        )
    for m in _MONTH_END.finditer(low):
        month = MONTHS.get(m.group("month").lower())
        if month is not None:
            year = int(m.group("y"))
            last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
            found.append(Mention(m.start(), m.end(), last, month, year))
    for m in _MONTH_END_BARE.finditer(low):
        month = MONTHS.get(m.group("month").lower())
        if month is not None:
            # (the year is found later: February's last day is set then)
            last = (dt.date(2001 + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
            found.append(Mention(m.start("end"), m.end(), last, month, None, month_end=True))
    for m in _DASHED_NAMED.finditer(low):
        month = MONTHS.get(m.group("month"))
        if month is not None:
            found.append(Mention(m.start(), m.end(), int(m.group("d")), month, int(m.group("y"))))
    if not numeric:
        return [m for m in found if 1 <= m.month <= 12 and 1 <= m.day <= 31]
    for m in _DOTTED_RANGE.finditer(low):
        first, last, month = int(m.group("d1")), int(m.group("d")), int(m.group("m"))
        if 0 < first < last <= 31 and 1 <= month <= 12:
            year = int(m.group("y"))
            found.append(Mention(m.start(), m.end(), first, month, year, last, month, year))
    # A page that writes one slashed date month first ('02/15/2012') writes them all so:
    # its '03/08/2012' is 8 March.
    slashed = list(_SLASHED.finditer(low))
    month_first = any(int(m.group("m")) > 12 and int(m.group("d")) <= 12 for m in slashed)
    for pattern, matches in (
        (_DOTTED, _DOTTED.finditer(low)),
        (_SLASHED, slashed),
        (_DASHED, _DASHED.finditer(low)),
    ):
        for m in matches:
            day, month = int(m.group("d")), int(m.group("m"))
            # month/day order, as in the United States, said by the date or by its page
            if day <= 12 and (month > 12 or (month_first and pattern is _SLASHED)):
                day, month = month, day
            found.append(Mention(m.start(), m.end(), day, month, int(m.group("y"))))
    for m in _YEAR_FIRST.finditer(low):
        day, month = int(m.group("d") or m.group("d2")), int(m.group("m") or m.group("m2"))
        found.append(Mention(m.start(), m.end(), day, month, int(m.group("y"))))
    for m in _DOTTED_YY.finditer(low):
        found.append(
            Mention(
                m.start(), m.end(), int(m.group("d")), int(m.group("m")), 2000 + int(m.group("y"))
            )
        )
    for m in _DOTTED_SHORT.finditer(low):
        d, mo = ("d", "m" if m.group("m") else "m3") if m.group("d") else ("d2", "m2")
        day, month = int(m.group(d)), int(m.group(mo))
        if mo != "m" and day <= 12 < month:
            day, month = month, day  # month first, as in the United States: 'by 3/15'
        elif m.group("weekday") is not None and mo != "m":
            # ('jueves 14/1 a las 19 h': after a weekday alone, a slash is read month first
            # only; a dot, 'Freitag, 24.9.', is day first as ever)
            continue
        found.append(Mention(m.start(d), m.end(), day, month, None, year_given=False))
    for m in _DOTTED_LISTED.finditer(low):
        # (each takes the year of the list's last date, in `_share_list_years`)
        day, month = int(m.group("d")), int(m.group("m"))
        found.append(Mention(m.start(), m.end(), day, month, None, year_given=False))
    for m in _DOTTED_SPAN.finditer(low):
        first, first_month = int(m.group("d1")), int(m.group("m1"))
        last, last_month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if 1 <= first_month <= 12 and 1 <= last_month <= 12 and 1 <= first <= 31:
            first_year = year - 1 if first_month > last_month else year
            found.append(
                Mention(m.start(), m.end(), first, first_month, first_year, last, last_month, year)
            )
    for m in _DOTTED_SHORT_RANGE.finditer(low):
        first, first_month = int(m.group("d1")), int(m.group("m1"))
        last, last_month = int(m.group("d")), int(m.group("m"))
        if 1 <= first_month <= 12 and 1 <= last_month <= 12 and 1 <= last <= 31:
            found.append(
                Mention(
                    m.start(),
                    m.end(),
                    first,
                    first_month,
                    None,
                    last,
                    last_month,
                    None,
                    year_given=False,
                )
            )
    return [m for m in found if 1 <= m.month <= 12 and 1 <= m.day <= 31]


def _offset_zone(offset: str) -> str:
    if offset.upper() == "Z" or offset.replace(":", "") in ("+0000", "-0000"):
        return "UTC"
    digits = offset.replace(":", "")
    return f"UTC{digits[0]}{digits[1:3]}:{digits[3:5]}"


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            if (mention.end - mention.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


# 'between 12 January and 27 February', 'zwischen dem 1. und dem 5. März', 'entre le … et le',
# 'entre el … y el', 'tra il … e il': the two days are the ends of one stretch.
_BETWEEN = re.compile(
    r"\b(?:between|zwischen(?:\s+dem)?|entre(?:\s+(?:le|la|el))?|tra(?:\s+il)?|fra(?:\s+il)?)\s+$"
)
_BETWEEN_AND = re.compile(
    r"^\s*,?\s*(?:and|und(?:\s+dem)?|et(?:\s+le)?|y(?:\s+el)?|e(?:\s+il)?)\s+$"
)
_BETWEEN_READ = 16  # characters before a first day read for 'between'


def _on_24_hours(hour: int, ap: str | None) -> int:
    """An hour read on the 24-hour clock: '5' with 'p' (p.m.) is 17, '12' with 'a' is 0."""
    if ap and 1 <= hour <= 12:
        return hour % 12 + (12 if ap.lower() == "p" else 0)
    return hour


def _hour(timed: re.Match[str]) -> dt.time:
    """The closing hour a window's words give: '17:00', 'ore 12', '5 p.m.'; 'ore 24.00' is
    the day's last minute."""
    if timed.group("h") == "24":
        return dt.time(23, 59)
    return dt.time(
        _on_24_hours(int(timed.group("h")), timed.group("ap")), int(timed.group("m") or 0)
    )


def _join_ranges(low: str, mentions: list[Mention]) -> list[Mention]:
    """Join 'A to B' into one range when A and B are single dates ('30 June - 2 July 2026')."""
    joined: list[Mention] = []
    for mention in mentions:
        if joined:
            prev = joined[-1]
            gap = low[prev.end : mention.start]
            timed = _RANGE_JOIN_TIMED.match(gap)
            opened = bool(
                timed and _OPENS_WINDOW.search(low[max(0, prev.start - _OPENS_READ) : prev.start])
            )
            if timed and timed.group("limit") and not opened:
                timed = None  # '… ed entro le ore 13 del' joins only a date said to open
            between = bool(
                _BETWEEN_AND.match(gap)
                and _BETWEEN.search(low[max(0, prev.start - _BETWEEN_READ) : prev.start])
            )
            # a window opened at an hour: its days are in order, and the hour is the opening's
            opened_at = _RANGE_JOIN_OPENED.match(gap) and (prev.year or 0, prev.month, prev.day) < (
                mention.year or 0,
                mention.month,
                mention.day,
            )
            if (
                # a range is written on one line: '- 31.01.' above '- 31.05.' is none
                "\n" not in gap
                and not prev.is_range
                and not mention.is_range
                and (
                    (
                        _RANGE_JOIN.match(gap)
                        and not _LIMIT_BEFORE.search(
                            low, max(0, prev.start - _OPENS_READ), prev.start
                        )
                    )
                    or _next_days(prev, mention, gap)
                    or timed
                    or opened_at
                    or between
                )
            ):
                year = mention.year
                start_year = prev.year
                if start_year is None and year is not None:
                    start_year = (
                        year - 1 if (prev.month, prev.day) > (mention.month, mention.day) else year
                    )
                joined[-1] = Mention(
                    prev.start,
                    mention.end,
                    prev.day,
                    prev.month,
                    start_year,
                    mention.day,
                    mention.month,
                    year,
                    time=_hour(timed) if timed else mention.time,
                    zone=mention.zone or (find_zone(gap) if timed else None),
                    year_given=mention.year_given,
                    closes=bool(timed) and (opened or bool(_LIMIT_WORD.search(gap))),
                )
                continue
        joined.append(mention)
    return joined


_AND_DAY = fast_compile(
    r"^\s*,?\s*(?:and|et|und|y|e)\s+(?:(?:" + LONG_WEEKDAY_NAMES + r")\.?,?\s*)?$",
    re.IGNORECASE,
)


def _next_days(first: Mention, second: Mention, gap: str) -> bool:
    """'Saturday, July 27th, and Sunday, July 28th': two days in a row are one stretch."""
    if not _AND_DAY.match(gap) or first.month != second.month:
        return False
    return 0 < second.day - first.day <= 2


_LIST_LINK = re.compile(r"^\s*(?:[,;]|and|et|und|y|e|ou|o|or)\s*(?:[,;]\s*)?$", re.IGNORECASE)


def _share_list_years(low: str, mentions: list[Mention]) -> list[Mention]:
    """'31 March, 30 June and 30 September 2026': the year written at the end of a list of dates
    is the year of each of them (the year before, for a month after the next one's)."""
    result = list(mentions)
    for index in range(len(result) - 2, -1, -1):
        mention, following = result[index], result[index + 1]
        if mention.year is not None or mention.is_range or following.year is None:
            continue
        if not following.year_given or not _LIST_LINK.match(low[mention.end : following.start]):
            continue
        year = following.year - (1 if mention.month > following.month else 0)
        result[index] = replace(mention, year=year, year_given=True)
    return result


def find_zone(text: str) -> str | None:
    """The zone a stretch of text names; a named place wins over an abbreviation."""
    found = zone_words(text)
    return found[0] if found else None


@cache
def _places() -> dict[str, str]:
    """Every city an IANA zone is named by ('helsinki', 'new york'), its aliases and the
    adjectives of single-zone countries, lower-cased, to the zone."""
    places = {}
    nested = []
    for zone in zoneinfo.available_timezones():
        area, _, city = zone.partition("/")
        if area in _AREAS and "/" not in city:
            places[city.replace("_", " ").casefold()] = zone
        elif area in _AREAS:
            nested.append(zone)
    for zone in nested:
        # 'America/Argentina/Buenos_Aires' is the zone IANA keeps; 'America/Buenos_Aires' is
        # an old link to it. (Nested names add no new city: 'North_Dakota/Center' is no place
        # a text names.)
        city = zone.rpartition("/")[2].replace("_", " ").casefold()
        if city in places:
            places[city] = zone
    return places | CITY_ALIASES | COUNTRY_ZONES


_TIME_WORD = re.compile(r"time\b|heure|\bora\b|\bhoras?\b|zeit\b", re.IGNORECASE)
_AREAS = frozenset("Europe America Asia Africa Australia Pacific Atlantic Indian".split())


@cache
def _place_time() -> re.Pattern[str]:
    """'Helsinki time', 'Finnish (local) time', 'heure de Genève', 'ora di Milano',
    'hora de Lisboa', 'Wiener Zeit': a place named as the clock a time is read on."""
    names = "|".join(
        re.escape(name).replace(r"\ ", r"\s+") for name in sorted(_places(), key=len, reverse=True)
    )
    return fast_compile(
        rf"\b(?P<a>{names})(?:\s+local)?\s+(?:standard\s+)?time\b"
        # ('heure légale du Maroc', 'hora oficial de Colombia': the country's legal clock)
        # ('a las 15:00 horas de Santiago': the hour's word in the plural)
        rf"|\b(?:heure|ora|horas?)\s+(?:l[ée]gale\s+|officielle\s+|oficial\s+|ufficiale\s+)?"
        rf"(?:de\s+|di\s+|du\s+|del\s+|d['’]\s*)?(?:la\s+)?(?P<b>{names})\b"
        rf"|\b(?P<c>{names})(?:er)?\s+(?:orts)?zeit\b"
        # the clock named first: 'Ortszeit Berlin', 'local time Brussels', 'heure locale de Paris'
        rf"|\b(?:ortszeit|local\s+time|heure\s+locale\s+(?:de\s+|d['’]\s*)?|ora\s+locale\s+(?:di\s+)?"
        # (or in brackets: 'local time (Ottawa)')
        rf"|hora\s+local\s+(?:de\s+)?)\s*\(?\s*(?:in\s+)?(?P<d>{names})\b",
        re.IGNORECASE,
    )


def _place_zone(text: str) -> tuple[str, str] | None:
    found = _place_time().search(text)
    if found is None:
        return None
    named = found.group("a") or found.group("b") or found.group("c") or found.group("d")
    place = " ".join(named.split())
    zone = _places().get(place.casefold())
    return (zone, " ".join(found.group(0).split())) if zone else None


_ZONE_ABBREVIATION = re.compile(r"[A-Z]{2,5}")


def zone_words(text: str) -> tuple[str, str] | None:
    """The zone a stretch of text names and its words as written ('MEZ', 'Brussels time',
    'UTC+1'): a reader is shown the zone as the announcement wrote it, not only its IANA name."""
    place_named = _TIME_WORD.search(text) is not None
    low = text.lower()
    phrases = _ZONES if len(low) != len(text) or _ANY_ZONE_HEAD.search(low) else _UNHEADED_ZONES
    for pattern, zone in phrases:
        found = pattern.search(text)
        if found:
            if place_named and _ZONE_ABBREVIATION.fullmatch(found.group(0).strip()):
                # '17:00 Geneva time (CET)': the place wins over the abbreviation
                return _place_zone(text) or (zone, found.group(0).strip())
            return zone, " ".join(found.group(0).split())
    # Any other place named as the clock, after the phrases above (places written in ways a
    # city name alone is not, and abbreviations), before a bare offset.
    place = _place_zone(text) if place_named else None
    if place is not None:
        return place
    utc = _UTC.search(text)
    if utc is None:
        return None
    words = " ".join(utc.group(0).split())
    if not utc.group("sign"):
        return "UTC", words
    hours, minutes = int(utc.group("h")), int(utc.group("m") or 0)
    if hours == 12 and minutes == 0 and utc.group("sign") in "-−":
        return "AoE", words
    sign = "-" if utc.group("sign") in "-−" else "+"
    if hours == 0 and minutes == 0:
        return "UTC", words
    return f"UTC{sign}{hours:02d}:{minutes:02d}", words


_OFFSET_BEFORE = re.compile(r"(?:utc|gmt|uct)\s*[+\-−]\s*$")


def find_times(text: str) -> list[TimeMark]:
    """Every time of day written in ``text`` with the zone named right after it."""
    low = _lower(text)
    marks: list[tuple[int, int, dt.time]] = []
    for m in _TIME_12.finditer(low):
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        if not 1 <= hour <= 12:
            continue
        marks.append((m.start(), m.end(), dt.time(_on_24_hours(hour, m.group("ap")), minute)))
    for m in _TIME_24.finditer(low):
        if m.group("end"):
            marks.append((m.start(), m.end(), dt.time(23, 59)))
            continue
        minute = m.group("m") or m.group("md") or m.group("mh") or "0"
        is_plain_hour = not (m.group("m") or m.group("md")) and "h" not in m.group(0)
        if is_plain_hour:
            continue
        # ('23:59:59 Brussels local time': the second is kept, as the instant is exact)
        second = int(m.group("s") or 0)
        marks.append((m.start(), m.end(), dt.time(int(m.group("h")), int(minute), second)))
    for m in _TIME_ORE.finditer(low):
        group = "h" if m.group("h") else "h2" if m.group("h2") else "h3"
        minute = int(m.group("om") or 0) if group == "h" else 0
        marks.append((m.start(group), m.end(), dt.time(int(m.group(group)), minute)))
    for m in _TIME_MILITARY.finditer(low):
        marks.append((m.start(), m.end(), dt.time(int(m.group("h")), int(m.group("m")))))
    for m in _TIME_WORDS.finditer(low):
        marks.append((m.start(), m.end(), dt.time(12, 0) if m.group("noon") else dt.time(23, 59)))
    marks.sort(key=lambda mark: (mark[0], -mark[1]))  # the longest reading of a spot wins
    kept: list[tuple[int, int, dt.time]] = []
    for start, end, time in marks:
        if kept and start < kept[-1][1]:
            continue
        if kept and re.fullmatch(r"\s*[-–]\s*", low[kept[-1][1] : start]):
            continue  # the end of a slot like "11:30-13:00" is no time of its own
        if _OFFSET_BEFORE.search(low, max(0, start - 8), start):
            continue  # '17:00 (UTC +02:00)': an offset is no time of day
        kept.append((start, end, time))
    result: list[TimeMark] = []
    for number, (start, end, time) in enumerate(kept):
        window = text[end : end + _NEAR]
        window = re.split(r"(?<=[;!?])\s|(?<=[^.]\.)\s(?=[A-Z])|\n", window, maxsplit=1)[0]
        # a zone named before the next time is this one's, not the next's: '18:00 CET / 12:00
        # ET' (with none between, the next restates this one: '12:00 noon (Brussels time)')
        stop = kept[number + 1][0] - end if number + 1 < len(kept) else len(window)
        zone = find_zone(window[:stop]) if stop < len(window) else None
        result.append(TimeMark(start, end, time, zone or find_zone(window)))
    return result


def attach_times(
    text: str, mentions: list[Mention], times: list[TimeMark] | None = None
) -> list[Mention]:
    """Give each mention the time and zone written beside it (after it first, else before).

    ``times`` are the text's find_times(), when the caller has them already.
    """
    low = _lower(text)
    times = find_times(text) if times is None else times
    result = []
    claimed: set[int] = set()
    for index, mention in enumerate(mentions):
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        prev_end = mentions[index - 1].end if index else 0
        mark = _time_after(low, mention, times, next_start)
        if mark is None:
            mark = _time_before(low, mention, times, prev_end)
            if mark is not None and mark.start in claimed:
                mark = None
        if mark is not None:
            claimed.add(mark.start)
        zone = mention.zone
        time = mention.time
        if mark is not None and time is None:
            time = mark.time
            zone = zone or mark.zone
        if zone is None:
            # "October 6 (AOE), 2023", "19 March, anywhere on earth": a zone but no time.
            # (the sentence is cut after the date: '1. Juni 2026 (AoE)' has a full stop inside)
            after = text[mention.end : min(next_start, mention.end + 24)]
            tail = text[mention.start : mention.end] + re.split(r"[.;]\s", after, maxsplit=1)[0]
            zone = find_zone(tail)
        result.append(replace(mention, time=time, zone=zone))
    return result


# A zone ends a sentence ('... 12:00 CET. Register by ...'); it abbreviates nothing.
# Abbreviations: 'p.m.', 'Oct.', 'Dr.', 'z.B.', a capitalised short word or a known short one.
# A lower-case word ('call.', 'date.') ends its sentence.
_ABBREVIATION = fast_compile(
    r"\b(?!(?i:CET|CEST|UTC|GMT|AoE|EST|EDT|PST|PDT|BST|MEZ|MESZ|EET|EEST)\.)"
    r"(?:(?i:[ap]\.\s?m|e\.V|u\.s|p\.v|z\.B)|[A-Z][A-Za-z]{0,3}|[a-z]"
    r"|(?i:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|ca|etc"
    r"|incl|approx|vs|bzw|ggf|evtl|inkl|ecc|pp|vol|nr|art|abs|dr|prof|st|mr|mrs|ms|no|ore|sig|sr|scad"
    r"|hrs|min|max|ref|tel|fax|dept|univ|avv|dott|ing|máx|mín|aprox|págs?|núm))\.(?=\s)"
)


def shadow(text: str) -> str:
    """``text`` with the full stops of abbreviations ('p.m.', 'Oct.') blanked, same length."""
    if "." not in text:
        return text  # most gaps between a date and its time: nothing to blank
    # dot leaders ('Abstract submission deadline ........ February 15') end no sentence
    text = _LEADERS.sub(lambda m: "_" * len(m.group(0)), text)
    return _ABBREVIATION.sub(lambda m: m.group(0).replace(".", "_"), text)


_LEADERS = re.compile(r"\.{3,}")


def _same_sentence(gap: str) -> bool:
    return not re.search(r"[.;!?]\s+[^\d\s]|\n", shadow(gap))


# What joins a time to the date after it: 'ore 12:00 di giovedì 15 aprile', '5 pm on 3 May'.
_LEADS_TO_DATE = fast_compile(
    # (its zone between them: '11:59 p.m. Eastern Time on Thursday, March 18', '17:00 CET on')
    # ('11:59 p.m., Eastern Time, on Thursday, October 24')
    r"^\.?\s*(?:uhr\s+|horas\s+|heures\s+|h\s+)?(?:\([^()]{1,30}\)\s*)?,?\s*"
    r"(?:" + _ZONE_NAMED_BEFORE_ON + r")?,?\s*(?:del|di|on|am|du|de|el|le)?\s*"
    # (the day named as such: 'hasta las 14:00 horas del día 30 de junio', 'entro le ore 12:00
    # del giorno 15 marzo')
    r"(?:(?:d[íi]a|giorno)\s+)?"
    r"(?:(?:" + WEEKDAY_NAMES + r")\.?,?\s*)?$",
    re.IGNORECASE,
)


def _time_after(low: str, mention: Mention, times: list[TimeMark], limit: int) -> TimeMark | None:
    # (a date may end with its sentence's full stop: 'opened on 1 May. Applications are due by
    # 17:00 GMT on the 4th of June' gives the hour to June; its month word tells whether the stop
    # abbreviates it, as in 'Oct.', or ends the sentence)
    said = mention.end
    if low[mention.end - 1] == ".":
        said = max(mention.start, low.rfind(" ", mention.start, mention.end - 1) + 1)
    for mark in times:
        near = mention.end <= mark.start < min(limit, mention.end + _NEAR)
        if near and _same_sentence(low[said : mark.start]):
            if _NOT_THEN.search(low, mention.end, mark.start):
                return None  # '… del 23 de abril, y no a las 14:00 como figuraba': the old hour
            if limit < len(low) and _LEADS_TO_DATE.match(low[mark.end : limit]):
                return None  # 'dal 1 marzo ed entro le ore 12:00 di giovedì 15 aprile': the next's
            return mark
    return None


# (or at the end of an aside that names the clock first: '(Taiwan time, UTC+8)')
_OFFSET_ASIDE = re.compile(r"\([^()\d]{0,30}?(?:utc|gmt)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\s*\)")
_OFFSET_AFTER_TIME = re.compile(
    r"^\s*\(?(?:utc|gmt|uct)(?:\s*/\s*(?:utc|gmt))?\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\)?"
)


# Words that deny an hour beside a date, after it or before it: 'y no a las 14:00', 'and not
# at 12:00', 'et non à 12h', 'e non alle 12', 'und nicht um 12 Uhr', 'instead of 12:00', 'au
# lieu de 12h'. The denied hour is the old one.
_DENIAL = (
    r"\b(?:no|not|non|nicht|instead\s+of|rather\s+than|au\s+lieu\s+de|invece\s+che|anziché"
    r"|statt|en\s+lugar\s+de|en\s+vez\s+de)\s+"
)
_CLOCK_PREPOSITION = r"(?:at\s+|à\s+|alle\s+(?:ore\s+)?|a\s+las\s+|um\s+)?"
_NOT_THEN = fast_compile(_DENIAL)
_DENIED_TIME = re.compile(_DENIAL + _CLOCK_PREPOSITION + r"\d{1,2}(?:[:.h]\d{2})?")
_DENIED_BEFORE = fast_compile(_DENIAL + _CLOCK_PREPOSITION + r"$")
# Words of a window's opening right before a time: 'dalle ore 10.00 del', 'from 9:00 on',
# 'ab 8 Uhr am', 'dès 9h le', 'desde las 9:00 del', 'à partir de 10h'.
_FROM_TIME = fast_compile(
    r"\b(?:dalle|from|ab|dès|desde\s+las|a\s+partir\s+de(?:\s+las)?|à\s+partir\s+de)\s+(?:ore\s+|h\.?\s*)?$"
)


def _time_before(low: str, mention: Mention, times: list[TimeMark], limit: int) -> TimeMark | None:
    for mark in reversed(times):
        near = max(limit, mention.start - _NEAR) <= mark.start
        if not near and limit <= mark.start and mention.start - mark.start <= 2 * _NEAR:
            # ('hasta las 23:59 horas (hora del centro de México) del viernes 14 de mayo': the
            # words between a time and its day may be long where they only say its clock)
            near = bool(_LEADS_TO_DATE.match(low[mark.end : mention.start]))
        if near and mark.end <= mention.start:
            if _DENIED_BEFORE.search(low, max(0, mark.start - 16), mark.start):
                continue  # 'closes at 12:00 GMT (noon), not 17:00, on 3 June': the old hour
            if mention.is_range and _FROM_TIME.search(low, max(0, mark.start - 16), mark.start):
                # 'dalle ore 10.00 del 15 marzo fino al 28 aprile': the hour the window opens
                return None
            gap = low[mark.end : mention.start]
            # a digit between them is another date's, unless it is the time's zone ('UTC+1 on')
            rest = _WEEKDAY_BEFORE.sub("", _OFFSET_AFTER_TIME.sub("", gap, count=1))
            rest = _OFFSET_ASIDE.sub("", rest)  # ('17:00 (Taiwan time, UTC+8) on April 20')
            rest = _DENIED_TIME.sub("", rest)  # ('12:00 GMT (noon), not 17:00, on 3 June')
            # ('12:00 hrs. (hora de Chile)': the abbreviation's full stop ends no sentence)
            said = gap[1:] if gap.startswith(".") and low[: mark.end].endswith("hrs") else gap
            if _same_sentence(said) and not re.search(r"\d", rest):
                return mark
    return None


# 'tomorrow 16 June', 'today, 3. März': the date is written, the word adds nothing.
# (an hour after the word is no date: 'bis heute, 18 Uhr', 'tomorrow 10 am')
_DATE_FOLLOWS = (
    r"\s*,?\s*\d{1,2}(?:st|nd|rd|th|er|\.)?\s+"
    r"(?!(?:" + _HOUR_WORDS + r"|hora|h|hrs?|ore|[ap]\.?m)\b)[^\W\d]"
)
_RELATIVE = fast_compile(
    # ('die Gesellschaft von morgen', 'the cities of tomorrow', 'le monde de demain': a time
    # ahead, no day)
    r"\b(?P<tomorrow>tomorrow|morgen|demain|mañana|domani)\b"
    r"(?<!\bvon\smorgen)(?<!\bof\stomorrow)(?<!\bde\sdemain)(?<!\bdi\sdomani)(?<!\bdel\smañana)"
    r"(?<!\bde\smañana)(?!" + _DATE_FOLLOWS + r")"
    # ('Registration closes tonight at 8 pm', 'iscrizioni entro stasera alle 20:00')
    r"|\b(?P<today>today|tonight|heute(?:\s+abend)?|aujourd'hui|ce\s+soir|hoy|esta\s+noche|oggi"
    r"|stasera)\b(?!" + _DATE_FOLLOWS + r")"
    r"|\b(?P<yesterday>yesterday|gestern|hier|ayer|ieri)\b(?!" + _DATE_FOLLOWS + r")"
    # ('avant la fin du mois prochain', 'by the end of next month': the next month's last day)
    r"|\b(?P<next_month_end>fin\s+du\s+mois\s+prochain|end\s+of\s+next\s+month"
    r"|fine\s+(?:del\s+)?(?:mese\s+prossimo|prossimo\s+mese)|ende\s+(?:des\s+)?nächsten\s+monats"
    r"|finales?\s+del\s+(?:mes\s+próximo|próximo\s+mes|mes\s+que\s+viene))\b"
    # ('entro fine mese', 'until the end of the month': the last day of the month of publishing)
    r"|\b(?P<month_end>fine\s+(?:del\s+)?mese|fin\s+(?:du|de\s+ce)\s+mois"
    r"|end\s+of\s+(?:the|this)\s+month|monatsende|ende\s+(?:des|dieses)\s+monats"
    r"|finales?\s+de(?:l)?\s+mes)\b"
    # (not 'avant la fin du mois de mars', which names its month)
    r"(?!\s+(?:de|of|di|des)\s+(?:" + _MONTH_NAMES + r"))"
    # ('el próximo miércoles 14 de octubre': the date is written, the words add nothing)
    # ('am kommenden Freitag', 'this coming Monday': the next such day as well)
    r"|\b(?:next|nächsten|nächster|kommenden|(?:this\s+)?coming|el\s+próximo|il\s+prossimo)"
    r"\s+(?P<next>"
    + LONG_WEEKDAY_NAMES
    + r")\b(?!"
    + _DATE_FOLLOWS
    + r")|\b(?P<next_after>"
    + LONG_WEEKDAY_NAMES
    + r")\s+(?:prochain|prossimo|próximo)\b"
    # the last such day before publishing, as reports count back: 'last Thursday's info day',
    # 'Am vergangenen Dienstag', 'mardi dernier', 'martedì scorso'; two days
    # joined are the days from one to the other ('Last Saturday and Sunday'). (Not 'the last
    # Friday of the month', which recurs.)
    r"|(?<!\bthe\s)\b(?:last|vergangenen|letzten)\s+"
    r"(?P<last_day>"
    + LONG_WEEKDAY_NAMES
    + r")\b(?:\s+(?:and|und|et|e|y)\s+(?P<last_day2>"
    + LONG_WEEKDAY_NAMES
    + r")\b)?(?!\s+(?:of|in|du|des|del|de)\b|"
    + _DATE_FOLLOWS
    + r")|\b(?P<last_after>"
    + LONG_WEEKDAY_NAMES
    + r")\s+(?:dernier|scorso)\b"
    # a weekday alone after a limit's word, or 'this' one: the next such day ('send it by
    # Friday', 'hasta este viernes', 'avant vendredi', 'closes this Friday'). (Not after
    # 'until', 'bis' or 'entro', which as often say how long something lasts or is open:
    # 'our team reviews drafts until Wednesday'.)
    r"|\b(?:(?:by|before|avant|jusqu'à|hasta(?:\s+el)?|antes\s+del)\s+"
    r"(?:this\s+|ce\s+|este\s+|questo\s+|diesen\s+)?|(?:this|este|ce|questo|diesen)\s+)(?P<limit_day>"
    + LONG_WEEKDAY_NAMES
    # (not a weekday its date follows, 'by Friday, March 5', 'bis Montag, den 7. Januar', nor
    # one counted from something else, 'hasta el viernes anterior al inicio del curso')
    + r")\b(?P<next_week>\s+(?:next\s+week|de\s+la\s+semaine\s+prochaine|nächster\s+woche"
    r"|della\s+prossima\s+settimana|de\s+la\s+próxima\s+semana))?"
    r"(?!\s*,?\s*(?:the\s+|den\s+|le\s+|el\s+|il\s+)?(?:\d|"
    + _MONTH_NAMES
    + r")|\s+(?:anterior|before|prior|preceding|précédant|vor\b|prima|precedente|antes))"
    # a count of days or weeks from the day of publishing: 'close two weeks from today'
    # (not 'entro 30 giorni dalla pubblicazione sul BURL': a publication elsewhere, its day
    # unknown)
    r"|\b(?P<count>\d{1,2}|an?|"
    + _NUMBER_NAMES
    + r")\s+(?P<unit>days?|weeks?|jours|semaines|giorni|settimane|días|semanas|tagen?|wochen)\s+"
    r"(?:from\s+(?:today|now)|à\s+compter\s+d'aujourd'hui|a\s+partir\s+de\s+hoy|da\s+oggi"
    r"|ab\s+heute)\b",
    re.IGNORECASE,
)


# 'da domani a venerdì', 'from tomorrow to Friday': a stretch of days from the publication date.
_RELATIVE_RANGE = fast_compile(
    r"\b(?:da|from|du|vom|von|desde)\s+(?P<from>tomorrow|morgen|demain|mañana|domani|today|heute"
    r"|aujourd'hui|hoy|oggi)\s+(?:a|to|until|till|au|à|bis|hasta\s+el|hasta|al|fino\s+a)\s+"
    r"(?P<to>" + LONG_WEEKDAY_NAMES + r")\b'?",
    re.IGNORECASE,
)
_TODAY = frozenset("today heute aujourd'hui hoy oggi".split())


def relative_mentions(text: str, published: dt.date) -> list[Mention]:
    """'tomorrow', 'next Monday', 'the end of the month' and their kin, as dates counted from
    the publication date.

    A word followed by a date ('tomorrow 16 June') is left to the date itself.
    """
    low = _lower(text)
    found = []
    for match in _RELATIVE_RANGE.finditer(low):
        first = published + dt.timedelta(days=0 if match.group("from") in _TODAY else 1)
        weekday = WEEKDAYS[match.group("to")]
        last = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
        if last > first:
            found.append(
                Mention(
                    match.start(),
                    match.end(),
                    first.day,
                    first.month,
                    first.year,
                    last.day,
                    last.month,
                    last.year,
                )
            )
    for match in _RELATIVE.finditer(low):
        if any(m.start <= match.start() < m.end for m in found):
            continue
        if match.group("tomorrow"):
            day = published + dt.timedelta(days=1)
        elif match.group("today"):
            day = published
        elif match.group("yesterday"):
            day = published - dt.timedelta(days=1)
        elif match.group("month_end") or match.group("next_month_end"):
            following = (published.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            if match.group("next_month_end"):
                following = (following.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            day = following - dt.timedelta(days=1)
        elif match.group("count"):
            count = match.group("count")
            number = int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower(), 1)
            weeks = match.group("unit").lower().startswith(WEEK_UNITS)
            day = published + dt.timedelta(days=number * (7 if weeks else 1))
        elif last := match.group("last_day") or match.group("last_after"):
            back = (published.weekday() - WEEKDAYS[last.lower()]) % 7 or 7
            day = published - dt.timedelta(days=back)
            if second := match.group("last_day2"):
                end = day + dt.timedelta(days=(WEEKDAYS[second.lower()] - day.weekday()) % 7)
                if day < end < published:
                    found.append(
                        Mention(
                            match.start(),
                            match.end(),
                            day.day,
                            day.month,
                            day.year,
                            end.day,
                            end.month,
                            end.year,
                        )
                    )
                    continue
        else:
            named = match.group("next") or match.group("next_after") or match.group("limit_day")
            ahead = (WEEKDAYS[named.lower()] - published.weekday()) % 7 or 7
            if match.group("next_week"):
                # 'by Friday next week': that day of the week after the one published in
                ahead = 7 - published.weekday() + WEEKDAYS[named.lower()]
            day = published + dt.timedelta(days=ahead)
        # (a limit's word stays before its weekday, where the date's cues are read)
        start = match.start("limit_day") if match.group("limit_day") else match.start()
        found.append(
            Mention(
                start,
                match.end(),
                day.day,
                day.month,
                day.year,
                month_end=bool(match.group("month_end") or match.group("next_month_end")),
            )
        )
    return found


# A day recurring each month, named by its place among the month's weekdays: 'the first Monday
# of each month', 'le premier lundi de chaque mois', 'am ersten Montag jedes Monats', 'il primo
# lunedì di ogni mese', 'el primer lunes de cada mes'.
_ORDINALS = {
    **dict.fromkeys(
        ("first", "premier", "première", "ersten", "erste", "primo", "prima", "primer", "primera"),
        1,
    ),
    **dict.fromkeys(
        (
            "second",
            "deuxième",
            "zweiten",
            "zweite",
            "secondo",
            "seconda",
            "segundo",
            "segunda",
        ),
        2,
    ),
    **dict.fromkeys(
        ("third", "troisième", "dritten", "dritte", "terzo", "terza", "tercer", "tercera"), 3
    ),
}
_MONTHLY_WEEKDAY = fast_compile(
    r"\b(?P<nth>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")\s+"
    r"(?P<day>"
    + "|".join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))
    + r")"
    r"\s+(?:of\s+(?:each|every)\s+month|de\s+chaque\s+mois|jedes\s+monats|eines\s+jeden\s+monats"
    r"|im\s+monat|di\s+ogni\s+mese|de\s+cada\s+mes)",
    re.IGNORECASE,
)


def monthly_mentions(text: str, published: dt.date) -> list[Mention]:
    """A day recurring each month, as its first occurrence from the publication date on."""
    found = []
    for match in _MONTHLY_WEEKDAY.finditer(text):
        nth, weekday = _ORDINALS[match.group("nth").lower()], WEEKDAYS[match.group("day").lower()]
        month = published.replace(day=1)
        for _ in range(2):
            first = month + dt.timedelta(days=(weekday - month.weekday()) % 7)
            day = first + dt.timedelta(weeks=nth - 1)
            if day >= published:
                found.append(Mention(match.start(), match.end(), day.day, day.month, day.year))
                break
            month = (month + dt.timedelta(days=32)).replace(day=1)
    return found


# A limit counted from a notice's publication in a gazette whose date the page gives: 'on the
# 30th calendar day following the date of publication of this call in the Official Journal' (OJ
# C 96, 15.3.2027), 'bis sechs Wochen nach Veröffentlichung dieser Bekanntmachung im
# Bundesanzeiger' (BAnz AT 14.05.2027), 'dans un délai de soixante jours à compter du lendemain
# de la publication … au Journal officiel'. Working days are left alone: they need a calendar.
_GAZETTE = fast_compile(
    r"official\s+journal|\boj\s+[cl]\b|amtsblatt|bundesanzeiger|\bbanz\b|journal\s+officiel"
    r"|\bjorf\b|\bjoue\b|gazzetta\s+ufficiale|\bguri\b|\bburl?\b|bollettino\s+ufficiale"
    r"|bolet[íi]n\s+oficial|\bboe\b|\bdoue\b|\bbocm\b|\bdogv\b|\bboja\b|\bdog\b",
    re.IGNORECASE,
)
_GAZETTE_READ = 80  # characters after a gazette's name where the date of its issue stands
_PERIOD_AFTER_PUBLICATION = fast_compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th|\.)?|(?P<word>"
    + _NUMBER_NAMES
    + r"))\s+(?:calendar\s+|kalender)?(?P<unit>days?|weeks?|tagen?|wochen|jours|semaines"
    r"|giorni|settimane|d[íi]as(?:\s+naturales)?|semanas)\b"
    r"(?P<gap>[^.;\n]{0,60}?)\b(?:publication|veröffentlichung|publicación|pubblicazione|parution"
    # (or of the notice itself: 'within 21 days of this announcement')
    r"|(?:this|the\s+present)\s+(?:announcement|notice|call|advertisement))",
    re.IGNORECASE,
)
# The page itself named after its period: 'of the publication of this notice', 'du présent
# avis', 'del presente avviso', 'dieser Bekanntmachung': counted from the page's own date.
_OF_THIS_PAGE = re.compile(
    r"[^.;\n]{0,40}?\b(?:this|the\s+present|présente?|presente|dieser|diesem|diese[sr]?)\b",
    re.IGNORECASE,
)
_THIS = re.compile(r"\b(?:this|the\s+present)\b", re.IGNORECASE)
_WORKING_DAYS = re.compile(
    r"working|business|hábiles|habiles|ouvr(?:ables|és)|lavorativi|werktag|arbeitstag",
    re.IGNORECASE,
)


def period_mentions(
    text: str, found: list[Mention], published: dt.date | None = None
) -> list[Mention]:
    """Limits counted in days or weeks from a notice's publication in a gazette whose issue the
    page dates, as dates: the gazette's date plus the period. Without a gazette, a period
    counted from the page itself ('within 30 days of the publication of this notice') is
    counted from the page's publication date."""
    periods = list(_PERIOD_AFTER_PUBLICATION.finditer(text))
    if not periods:
        return []
    if published is not None and not _GAZETTE.search(text):
        return [
            _after(period, published)
            for period in periods
            if not _WORKING_DAYS.search(period.group(0))
            and (_OF_THIS_PAGE.match(text, period.end()) or _THIS.search(period.group(0)))
        ]
    issued = None
    for gazette in _GAZETTE.finditer(text):
        issued = next(
            (
                m.first()
                for m in found
                if gazette.end() <= m.start <= gazette.end() + _GAZETTE_READ
                and m.year is not None
                and not m.is_range
            ),
            None,
        )
        if issued is not None:
            break
    if issued is None:
        return []
    return [_after(p, issued) for p in periods if not _WORKING_DAYS.search(p.group(0))]


def _after(period: re.Match[str], issued: dt.date) -> Mention:
    """The day a period counted from ``issued`` ends on, as a mention where it is written."""
    number = (
        int(period.group("n")) if period.group("n") else NUMBER_WORDS[period.group("word").lower()]
    )
    day = issued + dt.timedelta(days=number * hours_in(period.group("unit")) // 24)
    return Mention(period.start(), period.end(), day.day, day.month, day.year)


# A programme's period ('PR FESR 2021-2027', 'Horizon 2020') names no year of its dates; an
# academic year ('2027-2028', '2026/27') does.
_PROGRAMME_PERIOD = fast_compile(
    r"(?<!\d)(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2}(?!\d)|\bhorizon\s+2020\b", re.IGNORECASE
)


def years_in(text: str) -> list[int]:
    """Plausible four-digit years written anywhere in ``text``, in order."""
    if _PROGRAMME_PERIOD.search(text):
        text = _PROGRAMME_PERIOD.sub(_academic_year, text)
    return [int(y) for y in _YEAR_TOKEN.findall(text)]


def _academic_year(match: re.Match[str]) -> str:
    years = _YEAR_TOKEN.findall(match.group(0))
    return match.group(0) if len(years) == 2 and int(years[1]) - int(years[0]) == 1 else " "


# An event named with its year's last two digits: '#Eusew16', 'RSECon26', '#DataWeek26' (a
# hashtag or a name with small letters and a capital inside, so that 'G20', 'H2020' or
# '#COVID19', all capitals, are not years).
_NAME_YEAR = fast_compile(
    r"#(?=[^\W\d_]*[a-z])[^\W\d_]{2,}([12]\d)\b"
    r"|\b(?=[A-Za-z]*[a-z])[A-Z][A-Za-z]*[A-Z][A-Za-z]*([12]\d)\b"
)


def name_years(title: str) -> list[int]:
    """The years that a title's event names give by two digits, in order."""
    return [2000 + int(a or b) for a, b in _NAME_YEAR.findall(title)]


# When a text writes no year at all, what it speaks of can still place it: the pandemic
# measures of COVID-19 ran from 2020 to 2022. Alone that names three years; a weekday written
# before a date ('Friday 20 March') picks the one in which that day fell, as a reader does.
_ERAS = [(fast_compile(r"\bcovid[\s-]?19|\bcoronavirus\b|\bsars-cov-2\b", re.I), range(2020, 2023))]


def era_years(doc: str, mentions: list[Mention]) -> list[int]:
    """The years of an era the text names in which its yearless dates' written weekdays fall.

    Only one year is given: the era's only year that fits every weekday written before a
    yearless date. Without a weekday, or with two fitting years, nothing is guessed.
    """
    eras = [years for pattern, years in _ERAS if pattern.search(doc)]
    dated = [
        (m, WEEKDAYS[w.group(0).strip(" .,").lower()])
        for m in mentions
        if m.year is None and (w := _WEEKDAY_BEFORE.search(doc[max(0, m.start - 16) : m.start]))
    ]
    if not eras or not dated:
        return []
    fitting = [
        year
        for year in eras[0]
        if all((d := _date(year, m.month, m.day)) and d.weekday() == day for m, day in dated)
    ]
    return fitting if len(fitting) == 1 else []


def resolve_years(
    mentions: list[Mention],
    *,
    published: dt.date | None,
    title_years: list[int],
    text_years: list[int],
) -> list[Mention]:
    """Fill in years the text left out, from the publication date, the title, or the text."""
    given = [m.year for m in mentions if m.year_given and m.year is not None]
    common = Counter(given or text_years).most_common(1)
    for_text = common[0][0] if common else None
    result = []
    for mention in mentions:
        if mention.year is not None and (mention.end_day is None or mention.end_year):
            result.append(mention)
            continue
        year = _year_for(mention, published, title_years, for_text)
        if year is None:
            result.append(mention)
            continue
        end_year = None
        if mention.end_day is not None:
            end_year = year + (1 if (mention.end_month or mention.month) < mention.month else 0)
        day = mention.day
        if mention.month_end and mention.month == 2 and calendar.isleap(year):
            day = 29
        result.append(
            replace(
                mention, day=day, year=mention.year or year, end_year=end_year, year_given=False
            )
        )
    return result


_WEEKDAY_BEFORE = fast_compile(
    r"\b(?P<weekday>" + LONG_WEEKDAY_NAMES + r")\.?,?\s+(?:the\s+|le\s+|den\s+|el\s+|il\s+)?$",
    re.IGNORECASE,
)


def fit_weekdays(text: str, mentions: list[Mention]) -> list[Mention]:
    """Years filled in for dates written with their weekday, checked against it: 'el pasado
    viernes 14 de junio' on a page whose title compares with 2018 is 14 June 2019, the
    Friday; a year next to the one guessed is taken where only it fits the weekday."""
    result = []
    for mention in mentions:
        first = mention.first()
        named = (
            None
            if mention.year_given or first is None
            else _WEEKDAY_BEFORE.search(text, max(0, mention.start - 16), mention.start)
        )
        if named is None or first is None:
            result.append(mention)
            continue
        weekday = WEEKDAYS[named.group("weekday").lower()]
        # (a range's weekdays may be its last day's: 'Tuesday-Wednesday, February 17-18')
        last = mention.last() or first
        if weekday not in (first.weekday(), last.weekday()):
            fits = [
                year
                for year in (first.year + 1, first.year - 1)
                if (day := _date(year, mention.month, mention.day)) and day.weekday() == weekday
            ]
            if fits:
                shift = fits[0] - first.year
                mention = replace(
                    mention,
                    year=fits[0],
                    end_year=mention.end_year + shift if mention.end_year else None,
                )
        result.append(mention)
    return result


# An announcement looks ahead more often than back: a yearless day as far behind its
# publication as the same day is ahead of it is read ahead ('Modules run from Monday 7
# September', published in March, are this September's, not last).
_BEHIND_WEIGHT = 1.25


def _distance(day: dt.date, published: dt.date) -> float:
    days = (day - published).days
    return days if days >= 0 else -days * _BEHIND_WEIGHT


_JUST_PAST = 14  # days before publishing in which a yearless date is the one just past


def _year_for(
    mention: Mention, published: dt.date | None, title_years: list[int], for_text: int | None
) -> int | None:
    if published is not None and not 1900 <= published.year <= 2100:
        published = None  # no announcement is dated so; a year from it would be nonsense
    if published is not None:
        candidates = [published.year - 1, published.year, published.year + 1]
        # the year the title names, when it is one of these: 'Congreso 2027' published in
        # November 2026 gives its '3 al 5 de junio' that year, not the nearer June behind
        named = [y for y in candidates if y in title_years]
        dates = [(y, _date(y, mention.month, mention.day)) for y in candidates]
        dated = [(_distance(d, published), y) for y, d in dates if d is not None]
        nearest = min(dated)[1] if dated else None
        # The year the title names, unless the nearer day is still ahead of the publication
        # and before that year: 'Conference 2027' published in September 2026 gives its
        # 'abstracts by October 5' this October, and 'FY2028' is no calendar year.
        if named and nearest is not None and nearest not in named:
            near_day = _date(nearest, mention.month, mention.day)
            # (not a day of the last fortnight, which a page tells of as just past: 'AAPG
            # 2027', published 9 October 2026, of an outage 'survenue les 6 et 7 octobre')
            just_past = near_day is not None and 0 < (published - near_day).days <= _JUST_PAST
            if (near_day is None or near_day < published or nearest > named[0]) and not just_past:
                return named[0]
        return nearest
    if title_years:
        return title_years[0]
    return for_text
