"""Every message the bot writes, rendered in one place (Telegram HTML, all item text escaped)."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks
from bot.callbacks import Page
from bot.typed_times import Unread
from ingest.model import Deadline, Item
from ingest.zones import zone_for
from storage.items import DeadlineChange
from storage.reminders import Followed, FollowResult
from storage.schedule import format_offset, format_offsets

if TYPE_CHECKING:
    from bot.importing import ImportSummary
    from storage.sources import Source
    from storage.stats import Stats
    from storage.subscriptions import Subscription

PAGE_SIZE = 5
MAX_MESSAGE = 4096
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_WEEKDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()

TITLES = {
    "calls": "Open calls",
    "closed": "Closed calls",
    "events": "Upcoming events",
    "past": "Past events",
    "deadlines": "Next deadlines",
    "search": "Search",
}
EMPTY = {
    "calls": "No open calls right now. /calls closed shows the past ones.",
    "closed": "No closed calls yet.",
    "events": "No upcoming events. /events past shows the past ones.",
    "past": "No past events yet.",
    "deadlines": "No deadlines ahead.",
    "search": "Nothing matches those words.",
}
KIND_NAMES = {
    "call": "Call",
    "event": "Event",
    "course": "Course",
    "news": "News",
    "extension": "Deadline extension",
}

COMMANDS: list[tuple[str, str]] = [
    ("calls", "open calls, nearest deadline first"),
    ("events", "upcoming events and courses"),
    ("deadlines", "the next deadlines of every kind"),
    ("search", "find announcements by words"),
    ("item", "one announcement in full: /item ID"),
    ("remind", "reminders before a deadline: /remind ID [7d 1d 2h]"),
    ("reminders", "what this chat follows"),
    ("forget", "stop reminders: /forget ID"),
    ("ics", "calendar file: /ics ID, or /ics for all you follow"),
    ("settings", "this chat's zone and reminder offsets"),
    ("subscribe", "new items pushed to you: /subscribe calls cluster"),
    ("subscriptions", "this chat's subscriptions"),
    ("unsubscribe", "stop a subscription: /unsubscribe ID or all"),
    ("digest", "gather pushes: /digest daily 08:00, weekly mon 08:00, off"),
    ("timezone", "show or set this chat's time zone"),
    ("help", "what this bot does"),
]


@dataclass(frozen=True)
class Rendered:
    """A message ready to send: HTML text and an optional keyboard."""

    text: str
    keyboard: InlineKeyboardMarkup | None = None


def open_command(item_id: int) -> str:
    """The command that opens an item, as one tappable word: Telegram makes '/item_84'
    tappable whole, while in '/item 84' a tap sends '/item' alone."""
    return f"/item_{item_id}"


def esc(text: str | None) -> str:
    """Escape announcement text for Telegram HTML."""
    return html.escape(text or "")


def shorten(text: str, limit: int) -> str:
    """Plain text cut to ``limit`` characters with an ellipsis (inline results' titles)."""
    return _short(text, limit)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _date(value: dt.date) -> str:
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def _moment(value: dt.datetime) -> str:
    return (
        f"{_WEEKDAYS[value.weekday()]} {_date(value.date())}, "
        f"{value:%H:%M} {value.tzname() or ''}".rstrip()
    )


def countdown(deadline: Deadline, *, tz: str, default_tz: str, now: dt.datetime) -> str:
    """How far away a deadline is for the reader: 'today 17:00', 'in 3 days', 'closed'."""
    at = deadline.instant(default_tz)
    if at <= now:
        return "closed"
    zone = zone_for(tz)
    local_now = now.astimezone(zone)
    if deadline.has_time:
        local = at.astimezone(zone)
        days = (local.date() - local_now.date()).days
        left = at - now
        if left < dt.timedelta(hours=1):
            return f"in {max(1, int(left.total_seconds() // 60))} min"
        if days == 0:
            return f"today {local:%H:%M}"
        if days == 1:
            return f"tomorrow {local:%H:%M}"
    else:
        # A date alone is the announced day, wherever the reader is.
        days = (deadline.date - local_now.date()).days
        if days <= 0:
            return "today"
        if days == 1:
            return "tomorrow"
    if days < 14:
        return f"in {days} days"
    if days < 60:
        return f"in {days // 7} weeks"
    return f"in {days // 30} months"


def deadline_text(deadline: Deadline, *, tz: str, default_tz: str) -> str:
    """A deadline in the reader's zone; a date alone stays the announced date."""
    day = f"{_WEEKDAYS[deadline.date.weekday()]} {_date(deadline.date)}"
    if not deadline.has_time:
        return day + (" AoE" if deadline.tz == "AoE" else "")
    if deadline.tz is None:
        # The text gave a time but no zone: converting it would present a guess as a fact.
        return f"{day}, {deadline.time:%H:%M} (zone not stated)"
    return _moment(deadline.instant(default_tz).astimezone(zone_for(tz)))


def announced_text(deadline: Deadline) -> str | None:
    """The deadline as the announcement gave it, when it named a zone and a time."""
    if deadline.time is None or deadline.tz is None:
        return None
    return f"{deadline.time:%H:%M} {deadline.tz} on {_date(deadline.date)}"


EVIDENCE_LIMIT = 200


def evidence_text(item: Item) -> str | None:
    """'as written: “until 14 March at 1pm”': the deadline's words, escaped, or None.

    Long evidence keeps its end, where the date is (the extractor's clause ends with it).
    """
    words = " ".join((item.deadline_evidence or "").split())
    if item.deadline is None or not words:
        return None
    if len(words) > EVIDENCE_LIMIT:
        tail = words[-(EVIDENCE_LIMIT - 1) :]
        words = "…" + (tail.split(" ", 1)[1] if " " in tail[:40] else tail)
    return f"as written: “{esc(words)}”"


CHECK_SOURCE = "⚠️ Check the source for the deadline"


def event_dates_text(start: dt.date | None, end: dt.date | None) -> str | None:
    """'8–9 Nov 2017', '30 Jun – 2 Jul 2026', '15 Jan 2018'."""
    if start is None:
        return None
    if end is None or end == start:
        return _date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {_MONTHS[start.month - 1]} – {_date(end)}"
    return f"{_date(start)} – {_date(end)}"


def _item_lines(item: Item, *, tz: str, default_tz: str, now: dt.datetime) -> list[str]:
    lines = []
    if item.deadline is not None:
        when = deadline_text(item.deadline, tz=tz, default_tz=default_tz)
        left = countdown(item.deadline, tz=tz, default_tz=default_tz, now=now)
        lines.append(f"⏰ {esc(when)} · {left}")
    dates = event_dates_text(item.event_start, item.event_end)
    if dates:
        place = f" · {esc(_short(item.location, 80))}" if item.location else ""
        lines.append(f"📅 {dates}{place}")
    return lines


def item_list(
    page: Page,
    items: list[Item],
    *,
    has_more: bool,
    tz: str,
    default_tz: str,
    now: dt.datetime,
) -> Rendered:
    """One page of a listing, with a button per item and Prev/Next buttons."""
    title = TITLES[page.view]
    if page.view == "search":
        title = f"Search: {esc(page.query)}"
    if not items:
        text = EMPTY[page.view] if page.offset == 0 else "No more items."
        if page.view == "search" and page.offset == 0:
            text = f"Nothing matches <b>{esc(page.query)}</b>."
        keyboard = None
        if page.offset > 0:
            back = Page(page.view, max(0, page.offset - PAGE_SIZE), page.query)
            keyboard = InlineKeyboardMarkup(
                [[InlineKeyboardButton("« Prev", callback_data=callbacks.encode_page(back))]]
            )
        return Rendered(text, keyboard)
    first = page.offset + 1
    lines = [f"<b>{title}</b> ({first}–{page.offset + len(items)}, times in {esc(tz)})", ""]
    buttons = []
    for number, item in enumerate(items, start=first):
        kind = "" if page.view in ("calls", "closed") else f"{KIND_NAMES[item.kind]}: "
        lines.append(f"<b>{number}.</b> {kind}{esc(_short(item.title, 250))}")
        lines.extend(
            "    " + line for line in _item_lines(item, tz=tz, default_tz=default_tz, now=now)
        )
        lines.append(f"    {open_command(item.id)}")
        lines.append("")
        buttons.append(
            InlineKeyboardButton(str(number), callback_data=callbacks.encode_open(item.id, page))
        )
    nav = []
    if page.offset > 0:
        back = Page(page.view, max(0, page.offset - PAGE_SIZE), page.query)
        nav.append(InlineKeyboardButton("« Prev", callback_data=callbacks.encode_page(back)))
    if has_more:
        forward = Page(page.view, page.offset + PAGE_SIZE, page.query)
        nav.append(InlineKeyboardButton("Next »", callback_data=callbacks.encode_page(forward)))
    rows = [buttons] + ([nav] if nav else [])
    return Rendered("\n".join(lines).rstrip(), InlineKeyboardMarkup(rows))


def item_detail(
    item: Item,
    *,
    changes: list[DeadlineChange],
    tz: str,
    default_tz: str,
    now: dt.datetime,
    back: Page | None,
    following: bool = False,
) -> Rendered:
    """One item in full: kind, title, deadline as announced and in the reader's zone, dates."""
    lines = [
        f"<b>{esc(_short(item.title, 400))}</b>",
        f"<i>{KIND_NAMES[item.kind]}</i> · #{item.id}",
    ]
    if item.deadline is not None:
        when = deadline_text(item.deadline, tz=tz, default_tz=default_tz)
        left = countdown(item.deadline, tz=tz, default_tz=default_tz, now=now)
        lines.append(f"⏰ Deadline: {esc(when)} ({left})")
        written = evidence_text(item)
        if written:
            lines.append(f"    {written}")
        announced = announced_text(item.deadline)
        if announced and item.deadline.tz != tz:
            lines.append(f"    announced as {esc(announced)}")
        if not item.deadline.has_time:
            lines.append("    no time of day given: count on the announced date")
    for change in changes:
        old = deadline_text(change.old, tz=tz, default_tz=default_tz) if change.old else "none"
        lines.append(f"    moved from {esc(old)}")
    if item.unsure:
        lines.append(CHECK_SOURCE)
    dates = event_dates_text(item.event_start, item.event_end)
    if dates:
        lines.append(f"📅 {dates}")
    if item.location:
        lines.append(f"📍 {esc(_short(item.location, 200))}")
    if item.summary:
        lines.extend(["", esc(_short(item.summary, 2500))])
    if item.link:
        lines.extend(["", f'<a href="{esc(item.link)}">Read the announcement</a>'])
    if item.source and not item.link:
        lines.extend(["", f"Source: {esc(_short(item.source, 200))}"])
    row = []
    if item.deadline is not None and (following or item.deadline.instant(default_tz) > now):
        label = "🔕 Stop reminders" if following else "🔔 Remind me"
        data = callbacks.encode_follow(item.id or 0, stop=following, back=back)
        row.append(InlineKeyboardButton(label, callback_data=data))
    if back is not None:
        row.append(InlineKeyboardButton("« Back", callback_data=callbacks.encode_page(back)))
    return Rendered("\n".join(lines), InlineKeyboardMarkup([row]) if row else None)


def operator_line(user_id: int, *, admin: bool) -> str:
    """Under /start in a private chat: who the bot takes you for, so an operator can set up."""
    if admin:
        return (
            f"You are one of this bot's operators (user id <code>{user_id}</code>): you get "
            "its alerts here and may use /add, /edit, /delete, /review, /sources and /stats."
        )
    return (
        f"Your Telegram user id is <code>{user_id}</code>. Operators of this bot put theirs "
        "in ADMIN_IDS."
    )


def help_text() -> str:
    """What the bot does and its commands."""
    lines = [
        "<b>Callboard</b> reads calls for proposals, events and courses from announcements "
        "and keeps their deadlines, in your time zone.",
        "",
    ]
    lines += [f"/{name} — {esc(description)}" for name, description in COMMANDS]
    lines += [
        "",
        "/calls closed lists past calls; /events past lists past events.",
        "Times are shown in this chat's zone: /timezone Europe/Paris changes it.",
    ]
    return "\n".join(lines)


def unknown_command(command: str) -> str:
    """Reply to a command the bot does not know."""
    return f"I don't know {esc(_short(command, 40))}. /help lists what I can do."


def usage(text: str) -> str:
    """Reply to a command with missing or malformed arguments."""
    return f"Usage: {esc(text)}"


def bad_item_id(value: str) -> str:
    """Reply to an id that is not a number."""
    return f"{esc(_short(value, 40))} is not an item number. Try /item 12."


def unknown_item(item_id: int) -> str:
    """Reply to an id no item has."""
    return f"There is no item #{item_id}. /calls and /search show what there is."


def search_usage() -> str:
    """Reply to /search without words."""
    return "Tell me what to look for, e.g. /search cluster partnerships"


def timezone_current(tz: str, now: dt.datetime) -> str:
    """The chat's zone and its time now."""
    local = now.astimezone(zone_for(tz))
    return (
        f"This chat's time zone is <b>{esc(tz)}</b> (now {local:%H:%M} {esc(local.tzname())}).\n"
        "Change it with /timezone and a city, a zone or an offset, e.g. /timezone New York."
    )


def timezone_set(tz: str, now: dt.datetime, read_as: str | None = None) -> str:
    """Confirmation of a new zone; ``read_as``: the abbreviation or offset it was read from."""
    local = now.astimezone(zone_for(tz))
    if read_as is None:
        understood = ""
    elif tz.startswith("UTC"):
        understood = f" (read from {esc(_short(read_as, 20))}: a fixed offset, no summer time)"
    else:
        understood = f" (read from {esc(_short(read_as, 20))}, summer time included)"
    return (
        f"Time zone set to <b>{esc(tz)}</b>{understood}. It is {local:%H:%M} "
        f"{esc(local.tzname())} there now; all times are shown in this zone."
    )


def timezone_choices(name: str, choices: list[str]) -> Rendered:
    """Zones close to what was typed, each a button that sets it."""
    text = f"{esc(_short(name, 60))} is not a time zone I know. Did you mean one of these?"
    rows = [
        [InlineKeyboardButton(zone, callback_data=callbacks.encode_zone(zone))] for zone in choices
    ]
    return Rendered(text, InlineKeyboardMarkup(rows))


def group_admins_only(bot_username: str | None, start: str = "") -> Rendered:
    """A group member tried to change what the whole group reads."""
    text = (
        "Only this group's administrators can change its settings, subscriptions and "
        "reminders. You can do it for yourself in a private chat with me."
    )
    if not bot_username:
        return Rendered(text)
    link = f"https://t.me/{bot_username}" + (f"?start={start}" if start else "")
    button = InlineKeyboardButton("Do it in a private chat", url=link)
    return Rendered(text, InlineKeyboardMarkup([[button]]))


def group_admins_only_alert() -> str:
    """The same, as a button's alert (no room for a link there)."""
    return (
        "Only this group's administrators can change that. Open a private chat with me for "
        "your own reminders."
    )


def zone_choice_stale() -> str:
    """Answer to a zone button that names no zone (forged or from an older version)."""
    return "This is no longer current: that is not a time zone I know."


def timezone_unknown(name: str) -> str:
    """Reply to a zone that is no city, zone, offset or abbreviation, with what works."""
    return (
        f"{esc(_short(name, 60))} is not a time zone I know. Type a city (Paris, New York), an "
        "IANA name (Europe/Brussels), an offset (UTC+2, GMT-3, +05:30) or CET, EST, PST."
    )


def text_too_long() -> str:
    """Reply to arguments too long to be a command."""
    return "That is longer than any command needs; please shorten it."


def plain_text_hint() -> str:
    """Reply to a private message that is not a command."""
    return "I answer commands: /calls, /events, /deadlines, /search words. /help lists them all."


def something_failed() -> str:
    """Reply when handling a message failed on the bot's side."""
    return "Sorry, something went wrong on my side. The operators have been told; please try again."


def admin_failure(kind: str, detail: str) -> str:
    """The one message admins get about a kind of failure."""
    return (
        f"⚠️ Callboard failure: <b>{esc(kind)}</b>\n<code>{esc(_short(detail, 600))}</code>\n"
        "Further failures of this kind are logged but not reported again until restart."
    )


def _item_buttons(item: Item, *, following: bool) -> InlineKeyboardMarkup:
    row = [InlineKeyboardButton("Open", callback_data=callbacks.encode_open(item.id or 0, None))]
    if following:
        row.append(
            InlineKeyboardButton(
                "🔕 Stop reminders",
                callback_data=callbacks.encode_follow(item.id or 0, stop=True, back=None),
            )
        )
    return InlineKeyboardMarkup([row])


def reminder(item: Item, *, tz: str, default_tz: str, now: dt.datetime, late: bool) -> Rendered:
    """A reminder: how long is left, the deadline in the reader's zone, the item."""
    assert item.deadline is not None
    left = countdown(item.deadline, tz=tz, default_tz=default_tz, now=now)
    lines = [
        f"⏰ <b>Deadline {esc(left)}</b>: {esc(_short(item.title, 300))}",
        f"{esc(deadline_text(item.deadline, tz=tz, default_tz=default_tz))} · "
        f"{open_command(item.id)}",
    ]
    if late:
        lines.append("<i>(late: this reminder fell due while the bot was offline)</i>")
    return Rendered("\n".join(lines), _item_buttons(item, following=True))


def deadline_moved(
    item: Item, *, old: Deadline | None, new: Deadline | None, tz: str, default_tz: str
) -> Rendered:
    """Tell a follower that an item's deadline moved or was removed."""
    title = esc(_short(item.title, 300))
    before = esc(deadline_text(old, tz=tz, default_tz=default_tz)) if old else "none"
    if new is None:
        text = (
            f"🗓 <b>Deadline removed</b>: {title}\nIt was {before}. Its reminders are "
            f"cancelled. {open_command(item.id)}"
        )
        return Rendered(text, _item_buttons(item, following=False))
    after = esc(deadline_text(new, tz=tz, default_tz=default_tz))
    word = (
        "extended"
        if old is None or new.instant(default_tz) > old.instant(default_tz)
        else ("moved")
    )
    text = (
        f"🗓 <b>Deadline {word}</b>: {before} → <b>{after}</b>\n{title}\n"
        f"Your reminders follow the new deadline. {open_command(item.id)}"
    )
    return Rendered(text, _item_buttons(item, following=True))


def item_deleted(title: str, item_id: int | None) -> Rendered:
    """Tell a follower that an item was withdrawn."""
    return Rendered(
        f"🗑 <b>Withdrawn</b>: {esc(_short(title, 300))} (#{item_id}) was removed by the "
        "operators. Its reminders are cancelled."
    )


def follow_result(item: Item, result: FollowResult, *, tz: str) -> str:
    """Confirmation of /remind: which reminders are set, which were already past."""
    zone = zone_for(tz)
    lines = [f"🔔 Reminders for #{item.id} {esc(_short(item.title, 200))}:"]
    for offset, due in result.ahead:
        local = due.astimezone(zone)
        lines.append(f"  {format_offset(offset)} before: {_moment(local)}")
    if result.past:
        lines.append(f"Skipped, already past: {', '.join(map(format_offset, result.past))}.")
    if not result.ahead:
        lines.append("No reminder is left before this deadline.")
    return "\n".join(lines)


# -- Reminders at typed times (/remind ID 2 days, tomorrow 18:00, demain 18h) ------------------


def span_words(span: dt.timedelta) -> str:
    """How long a span is, in words: '5 days 23 hours', '2 hours 30 minutes', '45 minutes'."""
    minutes = max(0, int(span.total_seconds() // 60))
    days, rest = divmod(minutes, 1440)
    hours, minutes = divmod(rest, 60)
    parts = [
        f"{count} {unit}{'s' if count != 1 else ''}"
        for count, unit in ((days, "day"), (hours, "hour"), (minutes, "minute"))
        if count
    ]
    return " ".join(parts[:2]) if parts else "less than a minute"


def reminder_at(item: Item, at: dt.datetime, *, tz: str, default_tz: str) -> str:
    """Confirmation of /remind at a moment: the moment in full, and how long before the
    deadline it falls."""
    assert item.deadline is not None
    before = span_words(item.deadline.instant(default_tz) - at)
    deadline = deadline_text(item.deadline, tz=tz, default_tz=default_tz)
    return (
        f"🔔 Reminder for #{item.id} {esc(_short(item.title, 200))}:\n"
        f"  <b>{esc(_moment(at))}</b>, {before} before the deadline ({esc(deadline)}).\n"
        "It replaces this chat's other reminders for this item."
    )


def reminder_in_past(item: Item, at: dt.datetime) -> str:
    """Reply to /remind at a moment that has already passed."""
    return (
        f"{esc(_moment(at))} has already passed, so no reminder was set. Choose a moment "
        f"ahead, for example /remind {item.id} tomorrow 18:00."
    )


def reminder_after_deadline(item: Item, at: dt.datetime, *, tz: str, default_tz: str) -> str:
    """Reply to /remind at a moment after the item's deadline."""
    assert item.deadline is not None
    deadline = deadline_text(item.deadline, tz=tz, default_tz=default_tz)
    return (
        f"{esc(_moment(at))} is after the deadline of #{item.id} ({esc(deadline)}), so no "
        f"reminder was set. Choose a moment before it, or how long before it, for example "
        f"/remind {item.id} 2 days."
    )


def reminder_not_understood(item_id: int, text: str, reason: Unread) -> str:
    """Reply to /remind with a time that could not be read: what works, never a guess."""
    typed = esc(_short(text, 60))
    examples = (
        f"For example: /remind {item_id} 2 days (before the deadline), "
        f"/remind {item_id} 1 week 3 hours, /remind {item_id} tomorrow 18:00, "
        f"/remind {item_id} on 20 January 9:00 or /remind {item_id} 7d 1d 2h."
    )
    if reason is Unread.NO_TIME_OF_DAY:
        return (
            f"“{typed}” names a day but not a time of day. Add the time, for example "
            f"/remind {item_id} {typed} 18:00."
        )
    if reason is Unread.TOO_LONG:
        return (
            f"“{typed}” is not between a minute and a year before the deadline, so nothing was "
            f"changed. {examples}"
        )
    return f"I could not read “{typed}” as a time, so nothing was changed. {examples}"


def no_deadline(item: Item) -> str:
    """Reply to /remind for an item without a deadline."""
    return f"#{item.id} has no deadline to remind you of."


def deadline_closed(item: Item) -> str:
    """Reply to /remind for an item whose deadline has passed."""
    return f"#{item.id} has already closed; there is nothing to remind you of."


def bad_offsets(problem: str) -> str:
    """Reply to offsets that do not parse."""
    return f"{esc(problem)}. Offsets look like 7d 1d 2h 30m."


def forgotten(item_id: int, existed: bool) -> str:
    """Reply to /forget."""
    if existed:
        return f"🔕 No more reminders for #{item_id}."
    return f"This chat does not follow #{item_id}. /reminders lists what it follows."


def followed_list(entries: list[Followed], *, tz: str, default_tz: str, now: dt.datetime) -> str:
    """/reminders: what the chat follows and when each next reminder comes."""
    if not entries:
        return "This chat follows nothing yet. Open an item and press 🔔 Remind me, or /remind ID."
    zone = zone_for(tz)
    lines = [f"<b>Following</b> (times in {esc(tz)})", ""]
    for entry in entries[:40]:
        item = entry.item
        lines.append(f"#{item.id} {esc(_short(item.title, 120))}")
        if item.deadline is not None:
            when = deadline_text(item.deadline, tz=tz, default_tz=default_tz)
            left = countdown(item.deadline, tz=tz, default_tz=default_tz, now=now)
            lines.append(f"    ⏰ {esc(when)} · {left}")
        if entry.next_due is not None:
            lines.append(
                f"    next reminder {_moment(entry.next_due.astimezone(zone))}"
                + (f" ({esc(entry.offsets)})" if entry.offsets else "")
            )
        else:
            lines.append("    no reminder left")
    if len(entries) > 40:
        lines.append(f"… and {len(entries) - 40} more.")
    return "\n".join(lines)


def settings_text(tz: str, offsets: list[dt.timedelta], *, own_offsets: bool) -> str:
    """/settings: the chat's zone and default offsets, and how to change them."""
    source = "" if own_offsets else " (the bot's default)"
    return (
        f"<b>Settings</b>\nTime zone: {esc(tz)}\nReminder offsets: "
        f"{format_offsets(offsets)}{source}\n\n"
        "Change them with /settings offsets 3d 1d 1h or /settings timezone Europe/Paris."
    )


def offsets_set(offsets: list[dt.timedelta]) -> str:
    """Confirmation of new default offsets."""
    return (
        f"New reminders in this chat come {format_offsets(offsets)} before a deadline. "
        "Items you already follow keep theirs (send /remind ID again to change one)."
    )


def calendar_caption(count: int) -> str:
    """Caption of an .ics file."""
    return f"{count} deadline{'s' if count != 1 else ''} for your calendar, with alarms."


def nothing_for_calendar() -> str:
    """Reply to /ics when the chat follows nothing with a deadline."""
    return "Nothing to put in a calendar: follow an item first (/remind ID), or use /ics ID."


def _summary_line(item: Item) -> str:
    return esc(_short(" ".join(item.summary.split()), 300)) if item.summary else ""


def channel_post(
    item: Item,
    *,
    default_tz: str,
    now: dt.datetime,
    bot_username: str | None = None,
    tz: str | None = None,
) -> Rendered:
    """An item as the channel shows it (times in the operator's zone, or ``tz``: a card shared
    inline is in the sharer's), with buttons that follow or open it in the reader's private
    chat with the bot (deep links)."""
    lines = [f"<b>{KIND_NAMES[item.kind]}</b>: {esc(_short(item.title, 400))}"]
    if item.deadline is not None:
        when = deadline_text(item.deadline, tz=tz or default_tz, default_tz=default_tz)
        lines.append(f"⏰ Deadline: {esc(when)}")
    if item.unsure:
        lines.append(CHECK_SOURCE)
    dates = event_dates_text(item.event_start, item.event_end)
    if dates:
        place = f" · {esc(_short(item.location, 80))}" if item.location else ""
        lines.append(f"📅 {dates}{place}")
    summary = _summary_line(item)
    if summary:
        lines.extend(["", summary])
    if item.link:
        lines.extend(["", f'<a href="{esc(item.link)}">Read the announcement</a>'])
    lines.append(f"#{item.kind} · item {item.id}")
    return Rendered("\n".join(lines), _channel_buttons(item, bot_username, default_tz, now))


def inline_description(item: Item, *, tz: str, default_tz: str, now: dt.datetime) -> str:
    """The grey line under an inline result: its kind and deadline or dates, plain text."""
    parts = [KIND_NAMES[item.kind]]
    if item.deadline is not None:
        when = deadline_text(item.deadline, tz=tz, default_tz=default_tz)
        parts.append(
            f"deadline {when} ({countdown(item.deadline, tz=tz, default_tz=default_tz, now=now)})"
        )
    dates = event_dates_text(item.event_start, item.event_end)
    if dates:
        parts.append(dates)
    return " · ".join(parts)


def _channel_buttons(
    item: Item, bot_username: str | None, default_tz: str, now: dt.datetime
) -> InlineKeyboardMarkup | None:
    """🔔 Remind me (while the deadline is ahead) and ℹ️ Details, as t.me deep links."""
    if not bot_username or item.id is None:
        return None
    link = f"https://t.me/{bot_username}?start="
    row = []
    if item.deadline is not None and item.deadline.instant(default_tz) > now:
        row.append(InlineKeyboardButton("🔔 Remind me", url=f"{link}remind_{item.id}"))
    row.append(InlineKeyboardButton("ℹ️ Details", url=f"{link}item_{item.id}"))
    return InlineKeyboardMarkup([row])


def channel_moved(
    item: Item, *, old: Deadline | None, new: Deadline | None, default_tz: str
) -> Rendered:
    """The short channel post that follows an edited deadline."""
    before = esc(deadline_text(old, tz=default_tz, default_tz=default_tz)) if old else "none"
    after = esc(deadline_text(new, tz=default_tz, default_tz=default_tz)) if new else "none"
    word = (
        "extended"
        if old and new and new.instant(default_tz) > old.instant(default_tz)
        else ("changed")
    )
    return Rendered(
        f"🗓 Deadline {word}: {before} → <b>{after}</b>\n"
        f"{esc(_short(item.title, 300))} (item {item.id})"
    )


def notification(
    item: Item, *, tz: str, default_tz: str, now: dt.datetime, following: bool
) -> Rendered:
    """A new item pushed to a subscriber."""
    lines = [f"🆕 <b>{KIND_NAMES[item.kind]}</b>: {esc(_short(item.title, 400))}"]
    lines.extend(_item_lines(item, tz=tz, default_tz=default_tz, now=now))
    if item.unsure:
        lines.append(CHECK_SOURCE)
    summary = _summary_line(item)
    if summary:
        lines.extend(["", summary])
    buttons = [
        InlineKeyboardButton("Open", callback_data=callbacks.encode_open(item.id or 0, None))
    ]
    if item.deadline is not None and not following:
        buttons.append(
            InlineKeyboardButton(
                "🔔 Remind me",
                callback_data=callbacks.encode_follow(item.id or 0, stop=False, back=None),
            )
        )
    return Rendered("\n".join(lines), InlineKeyboardMarkup([buttons]))


def digest(found: list[Item], *, tz: str, default_tz: str, now: dt.datetime) -> Rendered:
    """Several new items in one message, for chats that chose a digest."""
    lines = [f"📬 <b>Your digest</b>: {len(found)} new item{'s' if len(found) != 1 else ''}", ""]
    shown = 0
    for item in found:
        entry = [
            f"• {KIND_NAMES[item.kind]}: {esc(_short(item.title, 200))} {open_command(item.id)}"
        ]
        entry.extend(
            "    " + line for line in _item_lines(item, tz=tz, default_tz=default_tz, now=now)
        )
        if len("\n".join(lines + entry)) > 3800:
            break
        lines.extend(entry)
        shown += 1
    if shown < len(found):
        lines.append(f"… and {len(found) - shown} more: /search or /calls shows them.")
    return Rendered("\n".join(lines))


def feed_failing(url: str, error: str, times: int) -> str:
    """The one alert admins get when a feed keeps failing."""
    return (
        f"⚠️ Feed failing {times} times in a row: {esc(_short(url, 200))}\n"
        f"Last error: <code>{esc(_short(error, 300))}</code>\n"
        "It is retried with backoff; you will hear when it recovers."
    )


def feed_recovered(url: str) -> str:
    """The message admins get when a failing feed works again."""
    return f"✅ Feed working again: {esc(_short(url, 200))}"


_KIND_WORDS = {"calls": "calls", "events": "events", "courses": "courses", "all": "all new items"}
_WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _subscription_text(kinds: str, keywords: list[str] | tuple[str, ...]) -> str:
    words = f" mentioning {esc(' '.join(keywords))}" if keywords else ""
    return f"{_KIND_WORDS[kinds]}{words}"


def _digest_words(setting: str | None) -> str:
    if not setting:
        return "pushed as they arrive"
    parts = setting.split()
    if parts[0] == "daily":
        return f"gathered in a daily digest at {parts[1]}"
    return f"gathered in a weekly digest on {_WEEKDAY_NAMES[int(parts[1])]} at {parts[2]}"


def subscribed(sub_id: int, kinds: str, keywords: list[str], *, digest: str | None) -> str:
    """Confirmation of /subscribe."""
    return (
        f"✅ Subscription {sub_id}: {_subscription_text(kinds, keywords)}, "
        f"{_digest_words(digest)}. /subscriptions lists them; /digest changes when."
    )


def subscription_list(found: list[Subscription], digest: str | None) -> str:
    """/subscriptions."""
    if not found:
        return "No subscriptions. /subscribe calls, or /subscribe all cluster energy."
    lines = ["<b>Subscriptions</b>"]
    lines += [f"{s.id}. {_subscription_text(s.kinds, s.keywords)}" for s in found]
    lines += ["", f"New items are {_digest_words(digest)}.", "/unsubscribe ID stops one."]
    return "\n".join(lines)


def unsubscribed(removed: int, target: int | None) -> str:
    """Reply to /unsubscribe."""
    if removed == 0:
        return "Nothing to remove. /subscriptions lists this chat's subscriptions."
    if target is None:
        return f"Removed all {removed} subscriptions."
    return f"Subscription {target} removed."


def digest_setting(setting: str | None, tz: str) -> str:
    """/digest without arguments."""
    return (
        f"New items are {_digest_words(setting)} (times in {esc(tz)}).\n"
        "/digest daily 08:00, /digest weekly monday 08:00, or /digest off."
    )


def digest_set(setting: str | None, when: dt.datetime | None, tz: str) -> str:
    """Confirmation of /digest."""
    if setting is None or when is None:
        return "New items will be pushed as they arrive."
    return (
        f"New items will be {_digest_words(setting)}; the next one comes "
        f"{_moment(when.astimezone(zone_for(tz)))}."
    )


def admins_only() -> str:
    """Refusal of an admin command."""
    return "That command is for the bot's operators."


def add_usage() -> str:
    """/add without text."""
    return (
        "Paste the announcement after /add: its title on the first line, its text below. "
        "I show what I read before anything is saved."
    )


def draft(
    draft_id: int,
    item: Item,
    *,
    tz: str,
    default_tz: str,
    token: str = "",
    reason: str | None = None,
) -> Rendered:
    """What the extractor read in an announcement, with Save / Edit / Discard.

    ``reason``: why a feed or import entry was held for review instead of being published.
    """
    head = "Review" if reason else "Draft"
    lines = [f"<b>{head} {draft_id}</b>: {esc(_short(item.title, 300))}"]
    if reason:
        lines.append(f"held for review: {esc(reason)}")
    if item.source and reason:
        lines.append(f"from: {esc(_short(item.source, 200))}")
    lines.append(f"kind: {item.kind}")
    if item.deadline is not None:
        shown = deadline_text(item.deadline, tz=tz, default_tz=default_tz)
        announced = announced_text(item.deadline)
        lines.append(
            f"deadline: {esc(shown)}" + (f" (as announced: {esc(announced)})" if announced else "")
        )
        written = evidence_text(item)
        if written:
            lines.append(f"    {written}")
    else:
        lines.append("deadline: none found")
    if item.unsure:
        lines.append("(unsure — check it)")
    lines.append(f"event: {event_dates_text(item.event_start, item.event_end) or 'none'}")
    lines.append(f"location: {esc(item.location) if item.location else 'none'}")
    if item.link:
        lines.append(f"link: {esc(item.link)}")
    labels = {"save": "✅ Save", "edit": "✏️ Edit", "discard": "🗑 Discard"}
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    label, callback_data=callbacks.encode_draft(action, draft_id, token)
                )
                for action, label in labels.items()
            ]
        ]
    )
    return Rendered("\n".join(lines), keyboard)


def review_notice(draft_id: int, item: Item, reason: str) -> str:
    """The plain admin alert about a held entry (what is sent when no buttons can be)."""
    return (
        f"🔎 Held for review ({esc(reason)}): {esc(_short(item.title, 300))}\n"
        f"/review {draft_id} shows it with Save, Edit and Discard."
    )


def review_list(waiting: list) -> str:
    """/review: the drafts waiting for an admin, oldest first."""
    if not waiting:
        return "No drafts wait for review."
    lines = [f"<b>Waiting for review: {len(waiting)}</b>"]
    for found in waiting:
        why = found.reason or "pasted with /add"
        lines.append(f"{found.id}. {esc(_short(found.item.title, 120))} — {esc(why)}")
    lines.append("/review ID shows one with its buttons.")
    return "\n".join(lines)


def draft_stale() -> str:
    """Callback answer to a button of a draft already handled, or that never existed."""
    return "This is no longer current: the draft was already handled or does not exist."


def edit_usage(draft_id: int) -> str:
    """How to change a draft's field."""
    draft_ref = draft_id or "DRAFT"
    return (
        f"Change a field with /edit {draft_ref} FIELD VALUE, for example:\n"
        f"/edit {draft_ref} kind event\n/edit {draft_ref} deadline 2026-05-01 17:00 "
        f"Europe/Paris\n/edit {draft_ref} event 2026-05-01 2026-05-03\n"
        f"/edit {draft_ref} location Brussels (or none)"
    )


def no_draft(draft_id: int) -> str:
    """Reply to /edit of a draft that does not exist or was already saved or discarded."""
    return f"There is no open draft {draft_id}; /add makes one, /review lists those waiting."


def bad_edit(problem: str) -> str:
    """Reply to a bad /edit value."""
    return f"Not changed: {esc(problem)}."


def draft_discarded(draft_id: int) -> str:
    """The draft message after Discard."""
    return f"Draft {draft_id} discarded."


def draft_saved(summary: ImportSummary) -> str:
    """The draft message after Save."""
    if summary.added:
        return f"Saved as item #{summary.new_ids[0]}: {open_command(summary.new_ids[0])}"
    if summary.moved:
        return f"It extended item #{summary.moved[0].item_id}'s deadline; followers are told."
    return "Saved: it updated an item that was already there."


def item_deleted_reply(item: Item) -> str:
    """Confirmation of a deletion."""
    return (
        f"Deleted #{item.id} {esc(_short(item.title, 200))}. Its followers are told and its "
        "channel post now says it was withdrawn."
    )


def delete_question(item: Item, token: str) -> Rendered:
    """/delete ID asks first: what is deleted, and what follows from it."""
    assert item.id is not None
    text = (
        f"Delete #{item.id} {esc(_short(item.title, 200))}? Its followers are told, their "
        "reminders cancelled, and its channel post edited to say it was withdrawn."
    )
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    "🗑 Delete", callback_data=callbacks.encode_delete(item.id, token)
                ),
                InlineKeyboardButton("Keep it", callback_data=callbacks.encode_delete(None, "")),
            ]
        ]
    )
    return Rendered(text, keyboard)


def delete_kept() -> str:
    """The question after Keep it."""
    return "Nothing was deleted."


def delete_stale() -> str:
    """A Delete button for an item that is gone or is not the one it was made for."""
    return "This is no longer current: that item was already deleted or changed."


def channel_withdrawn(title: str, item_id: int | None) -> Rendered:
    """A deleted item's channel post, edited: the call is not there to apply to any more."""
    return Rendered(
        f"🗑 <b>Withdrawn</b>: <s>{esc(_short(title, 400))}</s>\n"
        f"This item (#{item_id}) was withdrawn by the operators."
    )


def _when(stamp: int | None, tz: str) -> str:
    if not stamp:
        return "never"
    return _moment(dt.datetime.fromtimestamp(stamp, dt.UTC).astimezone(zone_for(tz)))


def source_list(found: list[Source], *, tz: str) -> str:
    """/sources: each feed's real state (polling now, last success, last error, next poll)."""
    if not found:
        return "No feeds. /sources add URL adds one (FEEDS in the settings adds them too)."
    lines = ["<b>Feeds</b>"]
    for source in found:
        if source.failures:
            state = f"failing ({source.failures}×: {esc(_short(source.last_error or '', 120))})"
        elif source.last_ok_at:
            state = "ok"
        else:
            state = "not polled yet"
        lines.append(f"{source.id}. {esc(_short(source.url, 120))} [{source.origin}]")
        lines.append(
            f"    {state}; last success {_when(source.last_ok_at, tz)}; {source.items_seen} items"
        )
        if source.polling_since:
            lines.append(f"    polling since {_when(source.polling_since, tz)}")
        else:
            upcoming = _when(source.next_poll_at, tz) if source.next_poll_at else "now"
            lines.append(f"    next poll {upcoming}")
    return "\n".join(lines)


def source_added(source: Source | None, problem: str | None, *, url: str) -> str:
    """Reply to /sources add: added, added with a warning, or refused with the reason."""
    if source is None:
        return f"Feed not added: {esc(_short(url, 200))}\n{esc(problem or '')}"
    added = f"Feed {source.id} added: {esc(source.url)}. It is polled within a minute."
    if problem:
        added += f"\nNote: {esc(problem)}"
    return added


def source_removed(source_id: int, removed: Source | None) -> str:
    """Reply to /sources remove."""
    if removed is None:
        return f"There is no feed {source_id}. /sources lists them."
    return f"Feed {source_id} removed: {esc(removed.url)}. Its items stay."


def stats(figures: Stats, feeds: list[Source], *, tz: str) -> str:
    """/stats."""
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(figures.items_by_kind.items()))
    outbox = figures.outbox
    lines = [
        "<b>Callboard</b>",
        f"items: {sum(figures.items_by_kind.values())} ({kinds or 'none'})",
        f"chats: {figures.chats_active} active, {figures.chats_inactive} unreachable",
        f"subscribers: {figures.subscribers}; follows: {figures.follows}",
        f"outbox: {outbox.get('pending', 0)} pending, {outbox.get('failed', 0)} failed, "
        f"{outbox.get('dropped', 0)} dropped, {outbox.get('sent', 0)} sent",
        f"drafts waiting for review: {figures.drafts_waiting}",
    ]
    for source in feeds:
        lines.append(
            f"feed {source.id}: last poll {_when(source.last_polled_at, tz)}"
            + (f", failing {source.failures}×" if source.failures else "")
        )
    return "\n".join(lines)
