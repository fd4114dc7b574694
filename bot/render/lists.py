"""Listings: /calls, /events, /deadlines, /search, one page at a time with buttons."""

from __future__ import annotations

import datetime as dt

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks
from bot.callbacks import Page
from bot.render.common import Rendered, esc, item_lines, kind_name, open_command, shorten
from bot.render.locale import N_, Locale
from ingest.model import Item

PAGE_SIZE = 5

TITLES = {
    "calls": N_("Open calls"),
    "closed": N_("Closed calls"),
    "events": N_("Upcoming events"),
    "past": N_("Past events"),
    "deadlines": N_("Next deadlines"),
}
EMPTY = {
    "calls": N_("No open calls right now. /calls closed shows the past ones."),
    "closed": N_("No closed calls yet."),
    "events": N_("No upcoming events. /events past shows the past ones."),
    "past": N_("No past events yet."),
    "deadlines": N_("No deadlines ahead."),
}


def _prev(loc: Locale, page: Page) -> InlineKeyboardButton:
    back = Page(page.view, max(0, page.offset - PAGE_SIZE), page.query)
    return InlineKeyboardButton(loc._("« Prev"), callback_data=callbacks.encode_page(back))


def _empty(loc: Locale, page: Page) -> Rendered:
    if page.offset > 0:
        keyboard = InlineKeyboardMarkup([[_prev(loc, page)]])
        return Rendered(loc._("No more items."), keyboard)
    if page.view == "search":
        return Rendered(loc._("Nothing matches <b>%(words)s</b>.", words=esc(page.query)))
    return Rendered(loc._(EMPTY[page.view]))


def item_list(
    loc: Locale, page: Page, items: list[Item], *, has_more: bool, now: dt.datetime
) -> Rendered:
    """One page of a listing, with a button per item and Prev/Next buttons."""
    if not items:
        return _empty(loc, page)
    first, last = page.offset + 1, page.offset + len(items)
    if page.view == "search":
        head = loc._(
            "<b>Search: %(words)s</b> (%(first)s–%(last)s, times in %(zone)s)",
            words=esc(page.query),
            first=first,
            last=last,
            zone=esc(loc.tz),
        )
    else:
        head = loc._(
            "<b>%(title)s</b> (%(first)s–%(last)s, times in %(zone)s)",
            title=loc._(TITLES[page.view]),
            first=first,
            last=last,
            zone=esc(loc.tz),
        )
    lines = [head, ""]
    buttons = []
    for number, item in enumerate(items, start=first):
        kind = "" if page.view in ("calls", "closed") else f"{kind_name(loc, item.kind)}: "
        lines.append(f"<b>{number}.</b> {kind}{esc(shorten(item.title, 250))}")
        lines.extend("    " + line for line in item_lines(loc, item, now=now))
        lines.append(f"    {open_command(item.id)}")
        lines.append("")
        buttons.append(
            InlineKeyboardButton(str(number), callback_data=callbacks.encode_open(item.id, page))
        )
    nav = []
    if page.offset > 0:
        nav.append(_prev(loc, page))
    if has_more:
        forward = Page(page.view, page.offset + PAGE_SIZE, page.query)
        nav.append(
            InlineKeyboardButton(loc._("Next »"), callback_data=callbacks.encode_page(forward))
        )
    rows = [buttons] + ([nav] if nav else [])
    return Rendered("\n".join(lines).rstrip(), InlineKeyboardMarkup(rows))
