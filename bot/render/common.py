"""Pieces every surface shares: escaping, shortening, deadlines, countdowns, kinds, dates."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks
from bot.render.locale import N_, Locale
from ingest.dates import zone_words
from ingest.model import Deadline, Item
from ingest.zones import zone_for

MAX_MESSAGE = 4096
EVIDENCE_LIMIT = 200

KIND_NAMES = {
    "call": N_("Call"),
    "event": N_("Event"),
    "course": N_("Course"),
    "news": N_("News"),
    "extension": N_("Deadline extension"),
}


@dataclass(frozen=True)
class Rendered:
    """A message ready to send: HTML text and an optional keyboard."""

    text: str
    keyboard: InlineKeyboardMarkup | None = None


def open_command(item_id: int | None) -> str:
    """The command that opens an item, as one tappable word: Telegram makes '/item_84'
    tappable whole, while in '/item 84' a tap sends '/item' alone."""
    return f"/item_{item_id}"


def esc(text: str | None) -> str:
    """Escape announcement text for Telegram HTML."""
    return html.escape(text or "")


def shorten(text: str, limit: int) -> str:
    """Plain text cut to ``limit`` characters with an ellipsis (inline results' titles)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def kind_name(loc: Locale, kind: str) -> str:
    """'Call', 'Aufruf', 'Appel'... for an item's kind."""
    return loc._(KIND_NAMES[kind])


def countdown(loc: Locale, deadline: Deadline, *, now: dt.datetime) -> str:
    """How far away a deadline is for the reader: 'today 17:00', 'in 3 days', 'closed'."""
    at = deadline.instant(loc.default_tz)
    if at <= now:
        return loc._("closed")
    zone = zone_for(loc.tz)
    local_now = now.astimezone(zone)
    if deadline.has_time:
        local = at.astimezone(zone)
        days = (local.date() - local_now.date()).days
        left = at - now
        if left < dt.timedelta(hours=1):
            minutes = max(1, int(left.total_seconds() // 60))
            return loc._("in %(minutes)s min", minutes=minutes)
        if days == 0:
            return loc._("today %(time)s", time=f"{local:%H:%M}")
        if days == 1:
            return loc._("tomorrow %(time)s", time=f"{local:%H:%M}")
    else:
        # A date alone is the announced day, wherever the reader is.
        days = (deadline.date - local_now.date()).days
        if days <= 0:
            return loc._("today")
        if days == 1:
            return loc._("tomorrow")
    if days < 14:
        return loc.n_("in %(count)s day", "in %(count)s days", days)
    if days < 60:
        return loc.n_("in %(count)s week", "in %(count)s weeks", days // 7)
    return loc.n_("in %(count)s month", "in %(count)s months", days // 30)


def deadline_text(loc: Locale, deadline: Deadline) -> str:
    """A deadline in the reader's zone; a date alone stays the announced date."""
    day = loc.day(deadline.date)
    if not deadline.has_time:
        return day + (" AoE" if deadline.tz == "AoE" else "")
    if deadline.tz is None:
        # The text gave a time but no zone: converting it would present a guess as a fact.
        return loc._("%(day)s, %(time)s (zone not stated)", day=day, time=f"{deadline.time:%H:%M}")
    return loc.moment(loc.local(deadline.instant(loc.default_tz)))


def announced_text(loc: Locale, deadline: Deadline, evidence: str | None = None) -> str | None:
    """The deadline as the announcement gave it, when it named a zone and a time: the zone in
    the words it was written in ('12:00 MEZ', '17:00 Brussels time') when ``evidence`` (the
    deadline's words) names it, else its name ('Europe/Brussels')."""
    if deadline.time is None or deadline.tz is None:
        return None
    return loc._(
        "%(time)s %(zone)s on %(date)s",
        time=f"{deadline.time:%H:%M}",
        zone=written_zone(deadline, evidence),
        date=loc.date(deadline.date),
    )


def written_zone(deadline: Deadline, evidence: str | None) -> str:
    """The deadline's zone as the announcement wrote it, or its name when the words are not
    known or name another zone."""
    found = zone_words(evidence) if evidence else None
    if found is not None and found[0] == deadline.tz:
        return found[1]
    return deadline.tz or ""


def announced_differs(loc: Locale, deadline: Deadline, evidence: str | None) -> bool:
    """Whether the deadline as announced says more than it does on the reader's clock: another
    zone, or the same one written otherwise ('17:00 CET' in June is 17:00 CEST to a reader in
    Brussels; 'MEZ' is CET)."""
    if deadline.time is None or deadline.tz is None:
        return False
    if deadline.tz != loc.tz:
        return True
    return not deadline_text(loc, deadline).endswith(
        f"{deadline.time:%H:%M} {written_zone(deadline, evidence)}"
    )


def evidence_text(loc: Locale, item: Item) -> str | None:
    """'as written: “until 14 March at 1pm”': the deadline's words, escaped, or None.

    Long evidence keeps its end, where the date is (the extractor's clause ends with it).
    """
    words = " ".join((item.deadline_evidence or "").split())
    if item.deadline is None or not words:
        return None
    if len(words) > EVIDENCE_LIMIT:
        tail = words[-(EVIDENCE_LIMIT - 1) :]
        words = "…" + (tail.split(" ", 1)[1] if " " in tail[:40] else tail)
    return loc._("as written: “%(words)s”", words=esc(words))


def check_source(loc: Locale) -> str:
    """The line under an item published without an admin's check."""
    return loc._("⚠️ Check the source for the deadline")


def event_dates_text(loc: Locale, start: dt.date | None, end: dt.date | None) -> str | None:
    """'8–9 Nov 2017', '30 Jun – 2 Jul 2026', '15 Jan 2018'."""
    if start is None:
        return None
    if end is None or end == start:
        return loc.date(start)
    return loc.dates(start, end)


def item_lines(loc: Locale, item: Item, *, now: dt.datetime) -> list[str]:
    """The deadline line and the dates line of an item in a list."""
    lines = []
    if item.deadline is not None:
        when = deadline_text(loc, item.deadline)
        left = countdown(loc, item.deadline, now=now)
        lines.append(f"⏰ {esc(when)} · {left}")
    dates = event_dates_text(loc, item.event_start, item.event_end)
    if dates:
        place = f" · {esc(shorten(item.location, 80))}" if item.location else ""
        lines.append(f"📅 {dates}{place}")
    return lines


def summary_line(item: Item) -> str:
    """An item's summary on one line, as published, escaped."""
    return esc(shorten(" ".join(item.summary.split()), 300)) if item.summary else ""


def remind_label(loc: Locale) -> str:
    return loc._("🔔 Remind me")


def stop_label(loc: Locale) -> str:
    return loc._("🔕 Stop reminders")


def open_button(loc: Locale, item: Item) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        loc._("Open"), callback_data=callbacks.encode_open(item.id or 0, None)
    )


def item_buttons(loc: Locale, item: Item, *, following: bool) -> InlineKeyboardMarkup:
    """Open, and Stop reminders while the chat follows the item."""
    row = [open_button(loc, item)]
    if following:
        row.append(
            InlineKeyboardButton(
                stop_label(loc),
                callback_data=callbacks.encode_follow(item.id or 0, stop=True, back=None),
            )
        )
    return InlineKeyboardMarkup([row])


def when(loc: Locale, stamp: int | None) -> str:
    """An epoch stamp on the reader's clock, or 'never'."""
    if not stamp:
        return loc._("never")
    return loc.moment(loc.local(dt.datetime.fromtimestamp(stamp, dt.UTC)))
