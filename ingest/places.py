"""Where an event happens, as the announcement writes it."""

from __future__ import annotations

import re

_ONLINE = re.compile(
    r"\bonline\b|\bvirtual\b|livestream\w*|\bwebinar\b|\bmooc\b|\ben\s+ligne\b|\bin\s+linea\b"
    r"|\ben\s+l[íi]nea\b|\bdigital\b",
    re.IGNORECASE,
)
_PLACE = (
    r"(?P<place>[A-Z][\w'’-]+(?:[ -](?:de|del|la|le|am|an|sur)?\s?[A-Z][\w'’-]+)*"
    r"(?:,\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*)?)"
)
_LABELLED = re.compile(
    r"(?:location|venue|lieu|ort|luogo|lugar)\s*:\s*(?P<place>[^.;\n]{2,80})", re.IGNORECASE
)
_IN_PLACE = re.compile(
    r"(?:take[sn]?\s+place|took\s+place|will\s+be\s+held|(?:is|was|were|be)\s+held|held"
    r"|se\s+tiendra|aura\s+lieu|si\s+terrà|si\s+svolgerà|tendrá\s+lugar|se\s+celebrará"
    r"|findet|stattfinden)(?:[^.]{0,40}?)\s(?:in|à|a|en)\s+" + _PLACE
)
_NOT_PLACES = frozenset(
    "The This That European Europe EU October November December January February March April "
    "May June July August September".split()
)


def find_location(title: str, text: str, *, kind: str) -> str | None:
    """A place named for the event, 'online' for virtual ones, or None."""
    if kind not in ("event", "course", "news"):
        return None
    labelled = _LABELLED.search(text)
    if labelled:
        return labelled.group("place").strip(" -–")
    for source in (text, title):
        found = _IN_PLACE.search(source)
        if found and found.group("place").split(",")[0] not in _NOT_PLACES:
            return found.group("place").strip()
    if _ONLINE.search(title) or _ONLINE.search(text):
        return "online"
    return None
