"""/start and /help, the command menu, and short answers to mistakes and failures."""

from __future__ import annotations

from enum import Enum

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.render.common import Rendered, esc, shorten
from bot.render.locale import N_, Locale

COMMANDS: list[tuple[str, str]] = [
    ("calls", N_("open calls, nearest deadline first")),
    ("events", N_("upcoming events and courses")),
    ("deadlines", N_("the next deadlines of every kind")),
    ("search", N_("find announcements by words")),
    ("item", N_("one announcement in full: /item ID")),
    ("remind", N_("reminders before a deadline: /remind ID [7d 1d 2h]")),
    ("reminders", N_("what this chat follows")),
    ("forget", N_("stop reminders: /forget ID")),
    ("ics", N_("calendar file: /ics ID, or /ics for all you follow")),
    ("calendar", N_("a calendar link your calendar app keeps current")),
    ("settings", N_("this chat's zone, reminders, digest and language")),
    ("subscribe", N_("new items pushed to you: /subscribe calls cluster")),
    ("subscriptions", N_("this chat's subscriptions")),
    ("unsubscribe", N_("stop a subscription: /unsubscribe ID or all")),
    ("digest", N_("gather pushes: /digest daily 08:00, weekly mon 08:00, off")),
    ("board", N_("a pinned board of the next deadlines, kept current: /board calls, off")),
    ("timezone", N_("show or set this chat's time zone")),
    ("language", N_("show or set this chat's language: /language de")),
    ("help", N_("what this bot does")),
]


class Usage(Enum):
    """How a command is written, for a reply to one with missing or malformed arguments."""

    CALLS = N_("/calls or /calls closed")
    EVENTS = N_("/events or /events past")
    ITEM = N_("/item ID, e.g. /item 12")
    REMIND = N_("/remind ID [when], e.g. /remind 12 2 days, or /remind 12 tomorrow 18:00")
    FORGET = N_("/forget ID, e.g. /forget 12")
    ICS = N_("/ics ID, or /ics for all you follow")
    CALENDAR = N_("/calendar, or /calendar reset for a new link")
    SETTINGS = N_("/settings, /settings offsets 7d 1d 2h, /settings timezone Europe/Paris")
    UNSUBSCRIBE = N_("/unsubscribe ID or /unsubscribe all")
    DIGEST = N_("/digest daily 08:00, /digest weekly monday 08:00, or /digest off")
    LANGUAGE = N_("/language, or /language and one of en, de, fr, es, it")
    REVIEW = N_("/review, /review ID")
    DELETE = N_("/delete ID")
    SOURCES = N_("/sources, /sources add URL, /sources remove ID")


def command_menu(loc: Locale) -> list[tuple[str, str]]:
    """The commands and their descriptions in ``loc``'s language (setMyCommands)."""
    return [(name, loc._(description)) for name, description in COMMANDS]


def help_text(loc: Locale) -> str:
    """What the bot does and its commands."""
    lines = [
        loc._(
            "<b>Callboard</b> reads calls for proposals, events and courses from announcements "
            "and keeps their deadlines, in your time zone."
        ),
        "",
    ]
    lines += [f"/{name} — {esc(description)}" for name, description in command_menu(loc)]
    lines += [
        "",
        loc._("/calls closed lists past calls; /events past lists past events."),
        loc._("Times are shown in this chat's zone: /timezone Europe/Paris changes it."),
    ]
    return "\n".join(lines)


def operator_line(loc: Locale, user_id: int, *, admin: bool) -> str:
    """Under /start in a private chat: who the bot takes you for, so an operator can set up."""
    if admin:
        return loc._(
            "You are one of this bot's operators (user id <code>%(id)s</code>): you get its "
            "alerts here and may use /add, /edit, /delete, /review, /sources and /stats.",
            id=user_id,
        )
    return loc._(
        "Your Telegram user id is <code>%(id)s</code>. Operators of this bot put theirs in "
        "ADMIN_IDS.",
        id=user_id,
    )


def unknown_command(loc: Locale, command: str) -> str:
    """Reply to a command the bot does not know."""
    return loc._(
        "I don't know %(command)s. /help lists what I can do.", command=esc(shorten(command, 40))
    )


def usage(loc: Locale, which: Usage) -> str:
    """Reply to a command with missing or malformed arguments."""
    return loc._("Usage: %(syntax)s", syntax=esc(loc._(which.value)))


def bad_item_id(loc: Locale, value: str) -> str:
    """Reply to an id that is not a number."""
    return loc._("%(value)s is not an item number. Try /item 12.", value=esc(shorten(value, 40)))


def unknown_item(loc: Locale, item_id: int) -> str:
    """Reply to an id no item has."""
    return loc._("There is no item #%(id)s. /calls and /search show what there is.", id=item_id)


def search_usage(loc: Locale) -> str:
    """Reply to /search without words."""
    return loc._("Tell me what to look for, e.g. /search cluster partnerships")


def group_admins_only(loc: Locale, bot_username: str | None, start: str = "") -> Rendered:
    """A group member tried to change what the whole group reads."""
    text = loc._(
        "Only this group's administrators can change its settings, subscriptions and "
        "reminders. You can do it for yourself in a private chat with me."
    )
    if not bot_username:
        return Rendered(text)
    link = f"https://t.me/{bot_username}" + (f"?start={start}" if start else "")
    button = InlineKeyboardButton(loc._("Do it in a private chat"), url=link)
    return Rendered(text, InlineKeyboardMarkup([[button]]))


def group_admins_only_alert(loc: Locale) -> str:
    """The same, as a button's alert (no room for a link there)."""
    return loc._(
        "Only this group's administrators can change that. Open a private chat with me for "
        "your own reminders."
    )


def admins_only(loc: Locale) -> str:
    """Refusal of an operators' command."""
    return loc._("That command is for the bot's operators.")


def text_too_long(loc: Locale) -> str:
    """Reply to arguments too long to be a command."""
    return loc._("That is longer than any command needs; please shorten it.")


def plain_text_hint(loc: Locale) -> str:
    """Reply to a private message that is not a command."""
    return loc._(
        "I answer commands: /calls, /events, /deadlines, /search words. /help lists them all."
    )


def something_failed(loc: Locale) -> str:
    """Reply when handling a message failed on the bot's side."""
    return loc._(
        "Sorry, something went wrong on my side. The operators have been told; please try again."
    )


def button_expired(loc: Locale) -> str:
    """Answer to a button this version of the bot did not make."""
    return loc._("This button has expired; send the command again.")


def item_gone(loc: Locale) -> str:
    """Answer to a button of an item that was deleted."""
    return loc._("That item no longer exists.")
