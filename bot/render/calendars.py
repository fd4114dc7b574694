"""Calendar subscriptions: the /calendar answers, and the words inside the .ics itself."""

from __future__ import annotations

import datetime as dt

from bot.render.common import esc
from bot.render.locale import Locale


def calendar_name(loc: Locale) -> str:
    """The calendar's name in the reader's calendar app (plain text, not HTML)."""
    return loc._("Callboard deadlines")


def calendar_event_title(loc: Locale, title: str) -> str:
    """An event's title in a calendar app (plain text, not HTML: the item's title as is)."""
    return loc._("Deadline: %(title)s", title=title)


def calendar_link(loc: Locale, url: str, *, replaced: bool) -> str:
    """Answer to /calendar (and /calendar reset): the private link, shown once."""
    webcal = "webcal://" + url.split("://", 1)[1]
    lines = []
    if replaced:
        lines += [loc._("The old calendar link no longer works. Here is the new one."), ""]
    lines += [
        loc._(
            "📅 This chat's calendar: the deadlines it follows, with its reminders as alarms, "
            "and those its subscriptions match. It stays current: a moved deadline moves."
        ),
        "",
        f"<code>{esc(url)}</code>",
        "",
        loc._(
            "Add it in your calendar app by its address (Google Calendar: Other calendars, "
            "From URL), or open %(webcal)s on a phone.",
            webcal=f"<code>{esc(webcal)}</code>",
        ),
        loc._(
            "Keep it private: whoever has it sees this calendar. It is shown only now, and I "
            "keep only a fingerprint of it. /calendar reset makes a new one and stops this one."
        ),
    ]
    return "\n".join(lines)


def calendar_link_exists(loc: Locale, since: dt.datetime) -> str:
    """Answer to /calendar when the chat has a link already (it cannot be shown again)."""
    return loc._(
        "This chat has had a calendar link since %(date)s. I show a link only when I make it. "
        "/calendar reset makes a new one; the old one then stops working.",
        date=loc.date(loc.local(since).date()),
    )


def calendar_unavailable(loc: Locale) -> str:
    """Answer to /calendar when the operator has not set up the bot's web address."""
    return loc._(
        "Calendar links are not set up on this bot (its operator sets PORT and "
        "PUBLIC_BASE_URL). /ics sends a calendar file instead."
    )
