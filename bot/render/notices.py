"""Messages the dispatcher sends later: reminders, moved deadlines, pushes, channel posts.

Rendered when sent, from the item as it is then, in the receiving chat's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks
from bot.render.common import (
    Rendered,
    check_source,
    countdown,
    deadline_text,
    esc,
    event_dates_text,
    item_buttons,
    item_lines,
    kind_name,
    open_button,
    open_command,
    remind_label,
    shorten,
    summary_line,
)
from bot.render.item import read_more
from bot.render.locale import Locale
from ingest.model import Deadline, Item


def reminder(loc: Locale, item: Item, *, now: dt.datetime, late: bool) -> Rendered:
    """A reminder: how long is left, the deadline in the reader's zone, the item."""
    assert item.deadline is not None
    left = countdown(loc, item.deadline, now=now)
    lines = [
        loc._(
            "⏰ <b>Deadline %(left)s</b>: %(title)s",
            left=esc(left),
            title=esc(shorten(item.title, 300)),
        ),
        f"{esc(deadline_text(loc, item.deadline))} · {open_command(item.id)}",
    ]
    if late:
        lines.append(loc._("<i>(late: this reminder fell due while the bot was offline)</i>"))
    return Rendered("\n".join(lines), item_buttons(loc, item, following=True))


def _moved_ends(loc: Locale, old: Deadline | None, new: Deadline | None) -> tuple[str, str]:
    before = esc(deadline_text(loc, old)) if old else loc._("none")
    after = esc(deadline_text(loc, new)) if new else loc._("none")
    return before, after


def _later(loc: Locale, old: Deadline | None, new: Deadline | None) -> bool:
    return old is None or (
        new is not None and new.instant(loc.default_tz) > old.instant(loc.default_tz)
    )


def deadline_moved(
    loc: Locale,
    item: Item,
    *,
    old: Deadline | None,
    new: Deadline | None,
    moments_kept: Sequence[dt.datetime] = (),
    moments_dropped: Sequence[dt.datetime] = (),
    offsets: bool = True,
) -> Rendered:
    """Tell a follower that an item's deadline moved or was removed, and what became of the
    reminders they set at moments of their own (those do not move with the deadline).
    ``offsets`` is false when the follower has reminders at moments only."""
    title = esc(shorten(item.title, 300))
    before, after = _moved_ends(loc, old, new)
    if new is None:
        text = loc._(
            "🗓 <b>Deadline removed</b>: %(title)s\nIt was %(before)s. Its reminders are "
            "cancelled. %(command)s",
            title=title,
            before=before,
            command=open_command(item.id),
        )
        return Rendered(text, item_buttons(loc, item, following=False))
    head = (
        loc._(
            "🗓 <b>Deadline extended</b>: %(before)s → <b>%(after)s</b>", before=before, after=after
        )
        if _later(loc, old, new)
        else loc._(
            "🗓 <b>Deadline moved</b>: %(before)s → <b>%(after)s</b>", before=before, after=after
        )
    )
    lines = [head, title]
    if not (moments_kept or moments_dropped):
        lines.append(loc._("Your reminders follow the new deadline."))
    elif offsets:
        lines.append(loc._("Your reminders before the deadline follow it."))
    if moments_kept:
        lines.append(
            loc.n_(
                "Your reminder at a moment you chose stays: %(moments)s.",
                "Your reminders at moments you chose stay: %(moments)s.",
                len(moments_kept),
                moments=_moment_list(loc, moments_kept),
            )
        )
    if moments_dropped:
        lines.append(
            loc.n_(
                "Your reminder at %(moments)s is dropped: it would come after the new deadline.",
                "Your reminders at %(moments)s are dropped: they would come after the new "
                "deadline.",
                len(moments_dropped),
                moments=_moment_list(loc, moments_dropped),
            )
        )
    lines.append(open_command(item.id))
    return Rendered("\n".join(lines), item_buttons(loc, item, following=True))


def _moment_list(loc: Locale, moments: Sequence[dt.datetime]) -> str:
    return ", ".join(esc(loc.moment(loc.local(moment))) for moment in sorted(moments))


def item_deleted(loc: Locale, title: str, item_id: int | None) -> Rendered:
    """Tell a follower that an item was withdrawn."""
    return Rendered(
        loc._(
            "🗑 <b>Withdrawn</b>: %(title)s (#%(id)s) was removed by the operators. Its "
            "reminders are cancelled.",
            title=esc(shorten(title, 300)),
            id=item_id,
        )
    )


def notification(loc: Locale, item: Item, *, now: dt.datetime, following: bool) -> Rendered:
    """A new item pushed to a subscriber."""
    lines = [f"🆕 <b>{kind_name(loc, item.kind)}</b>: {esc(shorten(item.title, 400))}"]
    lines.extend(item_lines(loc, item, now=now))
    if item.unsure:
        lines.append(check_source(loc))
    summary = summary_line(item)
    if summary:
        lines.extend(["", summary])
    buttons = [open_button(loc, item)]
    if item.deadline is not None and not following:
        buttons.append(
            InlineKeyboardButton(
                remind_label(loc),
                callback_data=callbacks.encode_follow(item.id or 0, stop=False, back=None),
            )
        )
    return Rendered("\n".join(lines), InlineKeyboardMarkup([buttons]))


def _channel_buttons(
    loc: Locale, item: Item, bot_username: str | None, now: dt.datetime
) -> InlineKeyboardMarkup | None:
    """🔔 Remind me (while the deadline is ahead) and ℹ️ Details, as t.me deep links."""
    if not bot_username or item.id is None:
        return None
    link = f"https://t.me/{bot_username}?start="
    row = []
    if item.deadline is not None and item.deadline.instant(loc.default_tz) > now:
        row.append(InlineKeyboardButton(remind_label(loc), url=f"{link}remind_{item.id}"))
    row.append(InlineKeyboardButton(loc._("ℹ️ Details"), url=f"{link}item_{item.id}"))
    return InlineKeyboardMarkup([row])


def channel_post(
    loc: Locale, item: Item, *, now: dt.datetime, bot_username: str | None = None
) -> Rendered:
    """An item as the channel shows it (times in ``loc``'s zone: the operator's for the
    channel, the sharer's for a card shared inline), with buttons that follow or open it in the
    reader's private chat with the bot (deep links)."""
    lines = [f"<b>{kind_name(loc, item.kind)}</b>: {esc(shorten(item.title, 400))}"]
    if item.deadline is not None:
        lines.append(loc._("⏰ Deadline: %(when)s", when=esc(deadline_text(loc, item.deadline))))
    if item.unsure:
        lines.append(check_source(loc))
    dates = event_dates_text(loc, item.event_start, item.event_end)
    if dates:
        place = f" · {esc(shorten(item.location, 80))}" if item.location else ""
        lines.append(f"📅 {dates}{place}")
    summary = summary_line(item)
    if summary:
        lines.extend(["", summary])
    if item.link:
        lines.extend(["", read_more(loc, item.link)])
    lines.append(loc._("#%(kind)s · item %(id)s", kind=item.kind, id=item.id))
    return Rendered("\n".join(lines), _channel_buttons(loc, item, bot_username, now))


def channel_moved(
    loc: Locale, item: Item, *, old: Deadline | None, new: Deadline | None
) -> Rendered:
    """The short channel post that follows an edited deadline."""
    before, after = _moved_ends(loc, old, new)
    extended = old is not None and _later(loc, old, new)
    head = (
        loc._("🗓 Deadline extended: %(before)s → <b>%(after)s</b>", before=before, after=after)
        if extended
        else loc._("🗓 Deadline changed: %(before)s → <b>%(after)s</b>", before=before, after=after)
    )
    title = loc._("%(title)s (item %(id)s)", title=esc(shorten(item.title, 300)), id=item.id)
    return Rendered(f"{head}\n{title}")


def channel_withdrawn(loc: Locale, title: str, item_id: int | None) -> Rendered:
    """A deleted item's channel post, edited: the call is not there to apply to any more."""
    return Rendered(
        loc._(
            "🗑 <b>Withdrawn</b>: <s>%(title)s</s>\nThis item (#%(id)s) was withdrawn by the "
            "operators.",
            title=esc(shorten(title, 400)),
            id=item_id,
        )
    )
