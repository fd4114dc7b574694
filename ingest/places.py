"""Where an event happens, as the announcement writes it."""

from __future__ import annotations

import re

from ingest.dates import find_mentions
from ingest.fastre import fast_compile
from ingest.lexicon import MONTHS, WEEKDAYS

_ONLINE = fast_compile(
    r"\bonline\b|\bvirtual\b|livestream\w*|\bwebinar\b|\bwebinaire\b|\bwebinario\b|\bmooc\b"
    r"|\ben\s+ligne\b|\bin\s+linea\b"
    r"|\ben\s+l[íi]nea\b|\bdigital\b",
    re.IGNORECASE,
)
# 'The recordings are available online', 'inscription en ligne', 'online registration': what
# can be read or done on the web, not where the event happens.
_ACCESS_BEFORE = fast_compile(
    r"(?:available|published|posted|accessible|found|register(?:ed)?|apply|submit(?:ted)?"
    r"|registration|disponibles?|publiée?s?|inscri\w*|candidat\w*|verfügbar|abrufbar|anmelden"
    r"|disponibil[ei]|pubblicat[ie]|iscri\w*|solicit\w*|publicad[oa]s?|consultables?)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_ACCESS_AFTER = fast_compile(
    r"^[\s-]*(?:registration|form|portal|application|submission|platform|anmeldung|formular"
    r"|verfügbar|abrufbar|zur\s+verfügung|registrier\w*|einreich\w*)",
    re.IGNORECASE,
)
_PLACE = (
    r"(?P<place>[A-Z][\w'’-]+(?:[ -](?:de|del|la|le|am|an|sur)?\s?[A-Z][\w'’-]+)*"
    r"(?:,\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*)?)"
)
_LABELLED = fast_compile(
    r"(?:location|venue|lieu|ort|luogo|lugar)\s*:\s*(?P<place>[^.;\n]{2,80})", re.IGNORECASE
)
_IN_PLACE = fast_compile(
    r"(?:take[sn]?\s+place|took\s+place|will\s+be\s+held|(?:is|was|were|be)\s+held|held"
    r"|se\s+tiendra|aura\s+lieu|si\s+terrà|si\s+svolgerà|tendrá\s+lugar|se\s+celebrará"
    r"|findet|stattfinden"
    # people meeting there: 'managers gathered in Tallinn', 'se sont réunis à Lyon'
    r"|gather(?:ed|s)?|\bmeets?\b(?!-)|\bmet\b|convene[sd]?|réuni[rse]*|trafen\s+sich|treffen\s+sich"
    r"|riunit[oiae]|reunieron|se\s+reunir[áa]n?)(?:[^.]{0,40}?)\s(?:in|à|en)\s+" + _PLACE
)
# 'on 4 December 2025 from 10:00 to 12:00 CET in Brussels': a place right after when.
_AFTER_WHEN = fast_compile(
    r"(?:\b(?:19|20)\d{2}|\d{1,2}[:.]\d{2}(?:\s*(?-i:[A-Z]{2,4}))?|\d\s*[ap]\.?m\.?)"
    r",?\s+(?:in|à|en|a)\s+" + _PLACE
)
_NOT_PLACES = frozenset(
    "The This That European Europe EU On At In From To Until By Date Dates Deadline Save "
    "Submission Registration Call Conference Workshop Event Events Am Le La Les Il El Du Del "
    "Vom Bis Dal Al Und And Et Between Since Before After Agenda Programme Program Colloque "
    "Jornadas Convegno Kongress Day Days Week Open Closed New Commission Union Platform "
    "Cluster Clusters Partnership Partnerships Innovation Ecosystems Industry".split()
) | {name.capitalize() for name in (*MONTHS, *WEEKDAYS)}
_WORD = r"[A-ZÀ-Ý][\w'’-]+"
_BEFORE_DATE = fast_compile(rf"(?P<place>{_WORD}(?:,\s*{_WORD})?)\s*[,–—-]?\s*$")
_AFTER_DATE = fast_compile(rf"^\s*,\s*(?P<place>{_WORD}(?:\s{_WORD})?)\b(?!\s*\w)")
_POSTCODE_CITY = fast_compile(
    rf"\b\d{{4,5}}\s+(?P<city>{_WORD})(?:\s*-?\s*\((?P<country>{_WORD})\))?"
)
_YEAR_OF_DATE = re.compile(
    r"(?:\d{1,2}\.?|(?<![^\W\d_])(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?,?)\s+(?:19|20)\d{2}$",
    re.IGNORECASE,
)
_TITLE_CASE_BEFORE = fast_compile(r"[A-ZÀ-Ý][\w'’-]+\s+$")


def _held_online(text: str) -> bool:
    """Whether the text says the event happens online, not only that something is on the web."""
    for found in _ONLINE.finditer(text):
        before = text[max(0, found.start() - 30) : found.start()]
        after = text[found.end() : found.end() + 25]
        if not (_ACCESS_BEFORE.search(before) or _ACCESS_AFTER.match(after)):
            return True
    return False


def _is_place(text: str) -> bool:
    return not any(word in _NOT_PLACES for word in re.findall(r"[\w'’-]+", text))


def _beside_a_date(text: str, spans: list[tuple[int, int]] | None = None) -> str | None:
    """A place written right after or before a date: '18. Oktober 2017, Wien'.

    ``spans`` are the dates of ``text`` (start, end), when the caller has found them already.
    """
    if spans is None:
        spans = [(m.start, m.end) for m in find_mentions(text)]
    for start, end in spans:
        after = _AFTER_DATE.match(text[end : end + 40])
        if after and _is_place(after.group("place")):
            return after.group("place")
        window = text[max(0, start - 40) : start]
        before = _BEFORE_DATE.search(window)
        # The last words of a longer Title-Case name ('Innovation Ecosystems') are no place.
        if (
            before
            and _is_place(before.group("place"))
            and not _TITLE_CASE_BEFORE.search(window[: before.start()])
        ):
            return before.group("place")
    return None


def find_location(
    title: str,
    text: str,
    *,
    kind: str,
    dates: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None,
) -> str | None:
    """A place named for the event, 'online' for virtual ones, or None.

    ``dates`` are the (start, end) of the dates in the title and in the text, when known.
    """
    if kind not in ("event", "course", "news"):
        return None
    labelled = _LABELLED.search(text)
    if labelled:
        return labelled.group("place").strip(" -–")
    for source in (text, title):
        found = _IN_PLACE.search(source)
        if found and found.group("place").split(",")[0] not in _NOT_PLACES:
            return found.group("place").strip()
    for source in (text, title):
        found = _AFTER_WHEN.search(source)
        if found and _is_place(found.group("place").split(",")[0]):
            return found.group("place").strip()
    if _held_online(title) or _held_online(text):
        return "online"
    title_dates, text_dates = dates if dates is not None else (None, None)
    place = _beside_a_date(title, title_dates) or _beside_a_date(text, text_dates)
    if place:
        return place
    for city in _POSTCODE_CITY.finditer(text):
        if _YEAR_OF_DATE.search(text[max(0, city.start() - 16) : city.start() + 4]):
            continue  # 'Ende März 2019 Interessensbekundungen': a year, not a postcode
        if _is_place(city.group("city")):
            country = city.group("country")
            return f"{city.group('city')}, {country}" if country else city.group("city")
        break
    return None
