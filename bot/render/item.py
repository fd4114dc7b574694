"""One item in full (/item, an item button, a deep link)."""

from __future__ import annotations

import datetime as dt

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks
from bot.callbacks import Page
from bot.render.common import (
    Rendered,
    announced_differs,
    announced_text,
    check_source,
    countdown,
    deadline_text,
    esc,
    event_dates_text,
    evidence_text,
    kind_name,
    remind_label,
    shorten,
    stop_label,
)
from bot.render.locale import Locale
from ingest.model import Item
from storage.items import DeadlineChange


def read_more(loc: Locale, link: str) -> str:
    """The link to the announcement itself."""
    return loc._('<a href="%(link)s">Read the announcement</a>', link=esc(link))


def item_detail(
    loc: Locale,
    item: Item,
    *,
    changes: list[DeadlineChange],
    now: dt.datetime,
    back: Page | None,
    following: bool = False,
) -> Rendered:
    """One item in full: kind, title, deadline as announced and in the reader's zone, dates."""
    lines = [
        f"<b>{esc(shorten(item.title, 400))}</b>",
        f"<i>{kind_name(loc, item.kind)}</i> · #{item.id}",
    ]
    if item.deadline is not None:
        lines.append(
            loc._(
                "⏰ Deadline: %(when)s (%(left)s)",
                when=esc(deadline_text(loc, item.deadline)),
                left=countdown(loc, item.deadline, now=now),
            )
        )
        written = evidence_text(loc, item)
        if written:
            lines.append(f"    {written}")
        announced = announced_text(loc, item.deadline, item.deadline_evidence)
        if announced and announced_differs(loc, item.deadline, item.deadline_evidence):
            lines.append("    " + loc._("announced as %(when)s", when=esc(announced)))
        if not item.deadline.has_time:
            lines.append("    " + loc._("no time of day given: count on the announced date"))
    for change in changes:
        if change.old:
            old = esc(deadline_text(loc, change.old))
            lines.append("    " + loc._("moved from %(when)s", when=old))
        else:
            lines.append("    " + loc._("moved from none"))
    if item.unsure:
        lines.append(check_source(loc))
    dates = event_dates_text(loc, item.event_start, item.event_end)
    if dates:
        lines.append(f"📅 {dates}")
    if item.location:
        lines.append(f"📍 {esc(shorten(item.location, 200))}")
    if item.summary:
        lines.extend(["", esc(shorten(item.summary, 2500))])
    if item.link:
        lines.extend(["", read_more(loc, item.link)])
    if item.source and not item.link:
        lines.extend(["", loc._("Source: %(source)s", source=esc(shorten(item.source, 200)))])
    row = []
    if item.deadline is not None and (following or item.deadline.instant(loc.default_tz) > now):
        label = stop_label(loc) if following else remind_label(loc)
        data = callbacks.encode_follow(item.id or 0, stop=following, back=back)
        row.append(InlineKeyboardButton(label, callback_data=data))
    if back is not None:
        row.append(InlineKeyboardButton(loc._("« Back"), callback_data=callbacks.encode_page(back)))
    return Rendered("\n".join(lines), InlineKeyboardMarkup([row]) if row else None)
