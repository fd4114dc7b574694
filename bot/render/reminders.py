"""Following items: /remind, /reminders, /forget, /ics and the Remind me / Stop buttons."""

from __future__ import annotations

import datetime as dt

from bot.render.common import countdown, deadline_text, esc, shorten
from bot.render.locale import Locale
from bot.typed_times import Unread
from ingest.model import Item
from storage.reminders import Followed, FollowResult
from storage.schedule import OffsetError, OffsetRule, format_offset

FOLLOWED_SHOWN = 40
FOLLOWED_ROOM = 3800  # characters of entries, leaving room for the last line


def follow_result(loc: Locale, item: Item, result: FollowResult) -> str:
    """Confirmation of /remind: which reminders are set, which were already past."""
    lines = [
        loc._(
            "🔔 Reminders for #%(id)s %(title)s:", id=item.id, title=esc(shorten(item.title, 200))
        )
    ]
    for offset, due in result.ahead:
        lines.append(
            "  "
            + loc._(
                "%(offset)s before: %(when)s",
                offset=format_offset(offset),
                when=loc.moment(loc.local(due)),
            )
        )
    if result.past:
        past = ", ".join(map(format_offset, result.past))
        lines.append(loc._("Skipped, already past: %(offsets)s.", offsets=past))
    if not result.ahead:
        lines.append(loc._("No reminder is left before this deadline."))
    return "\n".join(lines)


# -- Reminders at typed times (/remind ID 2 days, tomorrow 18:00, demain 18h) ------------------


def span_words(loc: Locale, span: dt.timedelta) -> str:
    """How long a span is, in words: '5 days 23 hours', '2 hours 30 minutes', '45 minutes'."""
    minutes = max(0, int(span.total_seconds() // 60))
    days, rest = divmod(minutes, 1440)
    hours, minutes = divmod(rest, 60)
    parts = []
    if days:
        parts.append(loc.n_("%(count)s day", "%(count)s days", days))
    if hours:
        parts.append(loc.n_("%(count)s hour", "%(count)s hours", hours))
    if minutes:
        parts.append(loc.n_("%(count)s minute", "%(count)s minutes", minutes))
    return " ".join(parts[:2]) if parts else loc._("less than a minute")


def reminder_at(loc: Locale, item: Item, at: dt.datetime) -> str:
    """Confirmation of /remind at a moment: the moment in full, and how long before the
    deadline it falls."""
    assert item.deadline is not None
    before = span_words(loc, item.deadline.instant(loc.default_tz) - at)
    title = loc._(
        "🔔 Reminder for #%(id)s %(title)s:", id=item.id, title=esc(shorten(item.title, 200))
    )
    when = loc._(
        "<b>%(when)s</b>, %(span)s before the deadline (%(deadline)s).",
        when=esc(loc.moment(loc.local(at))),
        span=before,
        deadline=esc(deadline_text(loc, item.deadline)),
    )
    return f"{title}\n  {when}\n" + loc._("It replaces this chat's other reminders for this item.")


def reminder_in_past(loc: Locale, item: Item, at: dt.datetime) -> str:
    """Reply to /remind at a moment that has already passed."""
    return loc._(
        "%(when)s has already passed, so no reminder was set. Choose a moment ahead, for "
        "example /remind %(id)s tomorrow 18:00.",
        when=esc(loc.moment(loc.local(at))),
        id=item.id,
    )


def reminder_after_deadline(loc: Locale, item: Item, at: dt.datetime) -> str:
    """Reply to /remind at a moment after the item's deadline."""
    assert item.deadline is not None
    return loc._(
        "%(when)s is after the deadline of #%(id)s (%(deadline)s), so no reminder was set. "
        "Choose a moment before it, or how long before it, for example /remind %(id)s 2 days.",
        when=esc(loc.moment(loc.local(at))),
        id=item.id,
        deadline=esc(deadline_text(loc, item.deadline)),
    )


def reminder_not_understood(loc: Locale, item_id: int, text: str, reason: Unread) -> str:
    """Reply to /remind with a time that could not be read: what works, never a guess."""
    typed = esc(shorten(text, 60))
    if reason is Unread.NO_TIME_OF_DAY:
        return loc._(
            "“%(typed)s” names a day but not a time of day. Add the time, for example "
            "/remind %(id)s %(typed)s 18:00.",
            typed=typed,
            id=item_id,
        )
    examples = loc._(
        "For example: /remind %(id)s 2 days (before the deadline), /remind %(id)s 1 week "
        "3 hours, /remind %(id)s tomorrow 18:00, /remind %(id)s on 20 January 9:00 or "
        "/remind %(id)s 7d 1d 2h.",
        id=item_id,
    )
    if reason is Unread.TOO_LONG:
        return (
            loc._(
                "“%(typed)s” is not between a minute and a year before the deadline, so "
                "nothing was changed.",
                typed=typed,
            )
            + " "
            + examples
        )
    return (
        loc._("I could not read “%(typed)s” as a time, so nothing was changed.", typed=typed)
        + " "
        + examples
    )


def no_deadline(loc: Locale, item: Item) -> str:
    """Reply to /remind for an item without a deadline."""
    return loc._("#%(id)s has no deadline to remind you of.", id=item.id)


def deadline_closed(loc: Locale, item: Item) -> str:
    """Reply to /remind for an item whose deadline has passed."""
    return loc._("#%(id)s has already closed; there is nothing to remind you of.", id=item.id)


def bad_offsets(loc: Locale, error: OffsetError) -> str:
    """Reply to offsets that do not parse: which rule they break, and what works."""
    part = esc(shorten(repr(error.part), 40))
    if error.rule is OffsetRule.FORM:
        problem = loc._("%(part)s is not an offset like 7d, 1d, 2h or 30m.", part=part)
    elif error.rule is OffsetRule.RANGE:
        problem = loc._("%(part)s must be more than 0 and at most a year.", part=part)
    else:
        problem = loc._("No offsets given.")
    return problem + " " + loc._("Offsets look like 7d 1d 2h 30m.")


def forgotten(loc: Locale, item_id: int, existed: bool) -> str:
    """Reply to /forget."""
    if existed:
        return loc._("🔕 No more reminders for #%(id)s.", id=item_id)
    return loc._("This chat does not follow #%(id)s. /reminders lists what it follows.", id=item_id)


def followed_list(loc: Locale, entries: list[Followed], *, now: dt.datetime) -> str:
    """/reminders: what the chat follows and when each next reminder comes."""
    if not entries:
        return loc._(
            "This chat follows nothing yet. Open an item and press 🔔 Remind me, or /remind ID."
        )
    lines = [loc._("<b>Following</b> (times in %(zone)s)", zone=esc(loc.tz)), ""]
    shown = 0
    for entry in entries[:FOLLOWED_SHOWN]:
        block = _followed_entry(loc, entry, now=now)
        # Long titles in several languages could pass Telegram's limit before 40 entries.
        if len("\n".join(lines + block)) > FOLLOWED_ROOM:
            break
        lines.extend(block)
        shown += 1
    if shown < len(entries):
        lines.append(loc._("… and %(count)s more.", count=loc.number(len(entries) - shown)))
    return "\n".join(lines)


def _followed_entry(loc: Locale, entry: Followed, *, now: dt.datetime) -> list[str]:
    item = entry.item
    block = [f"#{item.id} {esc(shorten(item.title, 120))}"]
    if item.deadline is not None:
        when = deadline_text(loc, item.deadline)
        left = countdown(loc, item.deadline, now=now)
        block.append(f"    ⏰ {esc(when)} · {left}")
    if entry.next_due is not None and entry.offsets:
        block.append(
            "    "
            + loc._(
                "next reminder %(when)s (%(offsets)s)",
                when=loc.moment(loc.local(entry.next_due)),
                offsets=esc(entry.offsets),
            )
        )
    elif entry.next_due is not None:  # a reminder at a moment the reader named, no offsets
        block.append(
            "    " + loc._("next reminder %(when)s", when=loc.moment(loc.local(entry.next_due)))
        )
    else:
        block.append("    " + loc._("no reminder left"))
    return block


def calendar_caption(loc: Locale, count: int) -> str:
    """Caption of an .ics file."""
    return loc.n_(
        "%(count)s deadline for your calendar, with alarms.",
        "%(count)s deadlines for your calendar, with alarms.",
        count,
    )


def nothing_for_calendar(loc: Locale) -> str:
    """Reply to /ics when the chat follows nothing with a deadline."""
    return loc._("Nothing to put in a calendar: follow an item first (/remind ID), or use /ics ID.")


def reminders_set(loc: Locale, count: int) -> str:
    """Answer to 🔔 Remind me under an item."""
    return loc.n_(
        "%(count)s reminder set. /reminders lists them.",
        "%(count)s reminders set. /reminders lists them.",
        count,
    )


def reminders_stopped(loc: Locale) -> str:
    """Answer to 🔕 Stop reminders under an item."""
    return loc._("Reminders stopped.")


def no_deadline_ahead(loc: Locale) -> str:
    """Answer to 🔔 Remind me under an item whose deadline passed or went away."""
    return loc._("This item has no deadline ahead.")
