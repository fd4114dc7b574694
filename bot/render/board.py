"""The live deadline board (/board): the pinned message, its replies and its notices."""

from __future__ import annotations

import datetime as dt
import enum

from bot.render.common import Rendered, countdown, deadline_text, esc, open_command, shorten
from bot.render.digests import filter_text
from bot.render.locale import Locale
from ingest.model import Item
from storage.text_query import TextQuery


class BoardNotice(enum.Enum):
    """What the chat is told once about its board."""

    PIN_REFUSED = "pin_refused"
    GONE = "gone"


def board(
    loc: Locale, found: list[Item], kinds: str, query: TextQuery, *, now: dt.datetime
) -> Rendered:
    """The board itself: the next deadlines with countdowns, in the chat's zone and language.

    Nothing in it names the time it was drawn: the text changes only when a countdown,
    an item or a deadline does, so the bot edits it only then."""
    lines = [
        loc._("📌 <b>Next deadlines</b>: %(what)s", what=filter_text(loc, kinds, query)),
        "",
    ]
    if not found:
        lines.append(loc._("No deadlines ahead."))
    for item in found:
        assert item.deadline is not None
        lines.append(
            f"• <b>{countdown(loc, item.deadline, now=now)}</b> · "
            f"{esc(shorten(item.title, 90))} {open_command(item.id)}"
        )
        lines.append(f"    ⏰ {esc(deadline_text(loc, item.deadline))}")
    lines += [
        "",
        loc._("Kept current by the bot; times in %(zone)s.", zone=esc(loc.tz)),
    ]
    return Rendered("\n".join(lines))


def board_set(loc: Locale, kinds: str, query: TextQuery, *, new: bool) -> str:
    """Reply to /board."""
    what = filter_text(loc, kinds, query)
    if new:
        return loc._(
            "📌 A board of the next deadlines (%(what)s) comes next; I pin it if I may and keep "
            "it current. /board off removes it.",
            what=what,
        )
    return loc._("📌 The board now shows %(what)s.", what=what)


def board_removed(loc: Locale, removed: bool) -> str:
    """Reply to /board off."""
    if removed:
        return loc._("The board is removed: unpinned and no longer kept current.")
    return loc._("This chat has no board. /board calls puts one up.")


def board_notice(loc: Locale, notice: BoardNotice) -> Rendered:
    """Told once: the board could not be pinned, or its message was deleted."""
    if notice is BoardNotice.PIN_REFUSED:
        text = loc._(
            "I may not pin messages here, so the board stays unpinned; it is still kept "
            "current. An administrator can pin it, or let me pin messages."
        )
    else:
        text = loc._(
            "The board's message was deleted, so it is no longer kept current. Administrators: "
            "/board puts up a new one."
        )
    return Rendered(text)
