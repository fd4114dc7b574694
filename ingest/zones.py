"""Time-zone names as announcements give them, mapped to zones Python can compute with."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import zoneinfo
from dataclasses import dataclass, field
from functools import cache

# Anywhere on Earth: the last place where a date is still that date (UTC-12).
AOE = dt.timezone(dt.timedelta(hours=-12), "AoE")


@cache
def zone_for(name: str) -> dt.tzinfo:
    """The tzinfo for an IANA name, "AoE", "UTC" or "UTC+hh:mm"; ValueError for anything else."""
    if name == "AoE":
        return AOE
    if name in ("UTC", "Etc/UTC"):
        return dt.UTC
    fixed = re.fullmatch(r"UTC([+-])(\d{2}):(\d{2})", name)
    if fixed:
        offset = dt.timedelta(hours=int(fixed.group(2)), minutes=int(fixed.group(3)))
        return dt.timezone(offset if fixed.group(1) == "+" else -offset, name)
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone: {name!r}") from exc


@cache
def _all_zones() -> tuple[str, ...]:
    return tuple(sorted(zoneinfo.available_timezones()))


def is_valid_zone(name: str) -> bool:
    """Whether ``name`` is a zone a reader may choose (IANA names only)."""
    return name in _all_zones() or name == "UTC"


def canonical_zone(name: str) -> str | None:
    """The IANA spelling of ``name``, matched without regard to case; None when unknown."""
    folded = name.strip().casefold()
    for zone in _all_zones():
        if zone.casefold() == folded:
            return zone
    return None


def suggest_zones(name: str, limit: int = 5) -> list[str]:
    """Zones close to a mistyped name: by city part first, then by spelling."""
    folded = name.strip().casefold().replace(" ", "_")
    if not folded:
        return []
    # Etc/GMT+2 is UTC-2 (POSIX signs): never offered, whatever was typed.
    zones = [z for z in _all_zones() if not z.startswith("Etc/")]
    by_city = [z for z in zones if folded in z.casefold().rsplit("/", 1)[-1]]
    if by_city:
        return by_city[:limit]
    lowered = {z.casefold(): z for z in zones}
    close = difflib.get_close_matches(folded, list(lowered), n=limit, cutoff=0.6)
    if not close:
        cities = {z.casefold().rsplit("/", 1)[-1]: z for z in zones}
        close_cities = difflib.get_close_matches(folded, list(cities), n=limit, cutoff=0.6)
        return [cities[c] for c in close_cities]
    return [lowered[c] for c in close]


# Abbreviations people type for their zone, as the zone whose clocks they name, summer time
# included: 'CET' in July means Brussels' CEST, not a fixed +01:00. GMT alone is UTC.
ABBREVIATIONS = {
    "cet": "Europe/Brussels",
    "cest": "Europe/Brussels",
    "mez": "Europe/Berlin",
    "mesz": "Europe/Berlin",
    "wet": "Europe/Lisbon",
    "west": "Europe/Lisbon",
    "eet": "Europe/Athens",
    "eest": "Europe/Athens",
    "bst": "Europe/London",
    "msk": "Europe/Moscow",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "ist": "Asia/Kolkata",
    "sgt": "Asia/Singapore",
    "hkt": "Asia/Hong_Kong",
    "jst": "Asia/Tokyo",
    "kst": "Asia/Seoul",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "gmt": "UTC",
    "utc": "UTC",
    "z": "UTC",
}
# 'UTC+2', 'GMT-3', '+05:30', 'UTC +5:45': an offset east (+) or west (-) of UTC. The minus
# may be typed as a dash or a true minus sign.
_OFFSET = re.compile(r"(?:utc|gmt)?\s*([+\-−–])\s*(\d{1,2})(?:[:.h]?(\d{2}))?", re.IGNORECASE)
# IANA's Etc/GMT+2 is two hours *behind* UTC (POSIX signs): read it as what it means.
_ETC = re.compile(r"etc/gmt([+-])(\d{1,2})", re.IGNORECASE)


_FIXED = re.compile(r"UTC([+-])(\d{2}):(\d{2})")


def iana_name(zone: str | None) -> str | None:
    """The IANA name of a zone as `callboard extract` reports it: a whole-hour offset
    'UTC+02:00' is 'Etc/GMT-2' (POSIX signs: two hours *ahead* of UTC); other names, and
    offsets with minutes, which IANA has no name for, are left as they are."""
    fixed = _FIXED.fullmatch(zone or "")
    if fixed is None or fixed.group(3) != "00":
        return zone
    sign = "-" if fixed.group(1) == "+" else "+"
    return f"Etc/GMT{sign}{int(fixed.group(2))}"


@dataclass(frozen=True)
class ZoneReading:
    """What a typed zone is: one zone to set, or several to choose from, or nothing known.

    ``read_as`` says what an abbreviation or offset was understood as, for the reply.
    """

    zone: str | None = None
    choices: list[str] = field(default_factory=list)
    read_as: str | None = None


def fixed_offset(sign: str, hours: int, minutes: int = 0) -> str | None:
    """'UTC+02:00' for an offset, or None when no place on Earth has it."""
    if hours > 14 or minutes >= 60 or (hours == 14 and minutes):
        return None
    sign = "+" if sign == "+" else "-"
    if hours == 0 and minutes == 0:
        return "UTC"
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def read_zone(text: str) -> ZoneReading:
    """The zone a reader means by ``text``: 'Paris', 'new york', 'Europe/Paris', 'UTC+2',
    'GMT-3', '+05:30', 'CET' (Central European time, summer time included), 'EST'."""
    typed = " ".join(text.split())
    folded = typed.casefold()
    if not folded:
        return ZoneReading()
    if folded in ABBREVIATIONS:
        zone = ABBREVIATIONS[folded]
        return ZoneReading(zone, read_as=None if zone == "UTC" else typed.upper())
    etc = _ETC.fullmatch(folded)
    if etc:
        zone = fixed_offset("-" if etc.group(1) == "+" else "+", int(etc.group(2)))
        return ZoneReading(zone, read_as=typed) if zone else ZoneReading()
    offset = _OFFSET.fullmatch(folded)
    if offset:
        zone = fixed_offset(offset.group(1), int(offset.group(2)), int(offset.group(3) or 0))
        return ZoneReading(zone, read_as=typed) if zone else ZoneReading()
    exact = canonical_zone(typed.replace(" ", "_"))
    if exact is not None:
        return ZoneReading(exact)
    city = folded.replace(" ", "_")
    same_city = [z for z in _all_zones() if z.casefold().rsplit("/", 1)[-1] == city]
    if len(same_city) == 1:
        return ZoneReading(same_city[0])
    return ZoneReading(choices=same_city[:5] or suggest_zones(typed))
