"""Time-zone names as announcements give them, mapped to zones Python can compute with."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import zoneinfo
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
    by_city = [z for z in _all_zones() if folded in z.casefold().rsplit("/", 1)[-1]]
    if by_city:
        return by_city[:limit]
    lowered = {z.casefold(): z for z in _all_zones()}
    close = difflib.get_close_matches(folded, list(lowered), n=limit, cutoff=0.6)
    if not close:
        cities = {z.casefold().rsplit("/", 1)[-1]: z for z in _all_zones()}
        close_cities = difflib.get_close_matches(folded, list(cities), n=limit, cutoff=0.6)
        return [cities[c] for c in close_cities]
    return [lowered[c] for c in close]
