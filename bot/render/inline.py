"""Inline mode: the results '@bot words' offers (the card itself is a channel post)."""

from __future__ import annotations

import datetime as dt

from bot.render.common import countdown, deadline_text, event_dates_text, kind_name, shorten
from bot.render.locale import Locale
from ingest.model import Item


def inline_title(loc: Locale, item: Item) -> str:
    """A result's title: the item's own, as published, shortened."""
    return shorten(item.title, 120)


def inline_description(loc: Locale, item: Item, *, now: dt.datetime) -> str:
    """The grey line under an inline result: its kind and deadline or dates, plain text."""
    parts = [kind_name(loc, item.kind)]
    if item.deadline is not None:
        parts.append(
            loc._(
                "deadline %(when)s (%(left)s)",
                when=deadline_text(loc, item.deadline),
                left=countdown(loc, item.deadline, now=now),
            )
        )
    dates = event_dates_text(loc, item.event_start, item.event_end)
    if dates:
        parts.append(dates)
    return " · ".join(parts)
