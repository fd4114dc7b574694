"""Subscriptions and digests: /subscribe, /subscriptions, /unsubscribe, /digest, the digest."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.render.common import Rendered, esc, item_lines, kind_name, open_command, shorten
from bot.render.locale import Locale
from ingest.model import Item
from storage.text_query import Problem, TextQuery

if TYPE_CHECKING:
    from storage.subscriptions import Subscription

DIGEST_ROOM = 3800  # characters of entries in one digest, leaving room for its last line


def digest(loc: Locale, found: list[Item], *, now: dt.datetime) -> Rendered:
    """Several new items in one message, for chats that chose a digest."""
    lines = [
        loc.n_(
            "📬 <b>Your digest</b>: %(count)s new item",
            "📬 <b>Your digest</b>: %(count)s new items",
            len(found),
        ),
        "",
    ]
    shown = 0
    for item in found:
        entry = [
            f"• {kind_name(loc, item.kind)}: {esc(shorten(item.title, 200))} "
            f"{open_command(item.id)}"
        ]
        entry.extend("    " + line for line in item_lines(loc, item, now=now))
        if len("\n".join(lines + entry)) > DIGEST_ROOM:
            break
        lines.extend(entry)
        shown += 1
    if shown < len(found):
        lines.append(
            loc._(
                "… and %(count)s more: /search or /calls shows them.",
                count=loc.number(len(found) - shown),
            )
        )
    return Rendered("\n".join(lines))


def query_text(loc: Locale, query: TextQuery) -> str:
    """A query as it was understood: «"green hydrogen", not nuclear»."""
    parts = [esc(term.written()) for term in query.required]
    parts += [loc._("not %(word)s", word=esc(term.written())) for term in query.excluded]
    return ", ".join(parts)


def filter_text(loc: Locale, kinds: str, query: TextQuery) -> str:
    """Which new items a subscription or a board covers: 'calls mentioning energy'."""
    words = query_text(loc, query)
    if kinds == "calls":
        return loc._("calls mentioning %(words)s", words=words) if words else loc._("calls")
    if kinds == "events":
        return loc._("events mentioning %(words)s", words=words) if words else loc._("events")
    if kinds == "courses":
        return loc._("courses mentioning %(words)s", words=words) if words else loc._("courses")
    if words:
        return loc._("all new items mentioning %(words)s", words=words)
    return loc._("all new items")


def digest_sentence(loc: Locale, setting: str | None) -> str:
    """How new items reach the chat, as a sentence of its own."""
    if not setting:
        return loc._("New items are pushed as they arrive.")
    parts = setting.split()
    if parts[0] == "daily":
        return loc._("New items are gathered in a daily digest at %(time)s.", time=parts[1])
    return loc._(
        "New items are gathered in a weekly digest on %(day)s at %(time)s.",
        day=loc.weekday(int(parts[1])),
        time=parts[2],
    )


def subscribed(
    loc: Locale, sub_id: int, kinds: str, query: TextQuery, *, digest: str | None
) -> str:
    """Confirmation of /subscribe."""
    return " ".join(
        [
            loc._(
                "✅ Subscription %(id)s: %(what)s.",
                id=sub_id,
                what=filter_text(loc, kinds, query),
            ),
            digest_sentence(loc, digest),
            loc._("/subscriptions lists them; /digest changes when."),
        ]
    )


def _listed(loc: Locale, subscription: Subscription) -> str:
    line = f"{subscription.id}. {filter_text(loc, subscription.kinds, subscription.query)}"
    if subscription.paused:
        return line + " " + loc._("(⏸ paused: its topic was deleted)")
    return line


def subscription_list(loc: Locale, found: list[Subscription], digest: str | None) -> str:
    """/subscriptions."""
    if not found:
        return loc._("No subscriptions. /subscribe calls, or /subscribe all cluster energy.")
    lines = [loc._("<b>Subscriptions</b>")]
    lines += [_listed(loc, s) for s in found]
    lines += ["", digest_sentence(loc, digest), loc._("/unsubscribe ID stops one.")]
    return "\n".join(lines)


def query_refused(loc: Locale, problem: Problem) -> str:
    """/subscribe or /board with words that leave nothing to look for; nothing was changed."""
    if problem is Problem.ONLY_EXCLUDED:
        return loc._(
            "A -word only leaves items out: say what to look for too, e.g. "
            'calls "green hydrogen" -nuclear. Nothing was changed.'
        )
    return loc._(
        'No words to look for in that. Words, "a phrase" in quotes and -exclusions work, '
        'e.g. calls "green hydrogen" -nuclear. Nothing was changed.'
    )


def topic_gone(loc: Locale, paused: int) -> Rendered:
    """To a group whose forum topic was deleted, once: what stopped and how to go on."""
    text = " ".join(
        [
            loc.n_(
                "⏸ A forum topic of this group was deleted: its %(count)s subscription is paused.",
                "⏸ A forum topic of this group was deleted: its %(count)s subscriptions are "
                "paused.",
                paused,
            ),
            loc._(
                "Administrators: /subscribe again in another topic, and /unsubscribe ID the "
                "paused ones (/subscriptions lists them)."
            ),
        ]
    )
    return Rendered(text)


def unsubscribed(loc: Locale, removed: int, target: int | None) -> str:
    """Reply to /unsubscribe."""
    if removed == 0:
        return loc._("Nothing to remove. /subscriptions lists this chat's subscriptions.")
    if target is None:
        return loc.n_(
            "Removed all %(count)s subscription.", "Removed all %(count)s subscriptions.", removed
        )
    return loc._("Subscription %(id)s removed.", id=target)


def digest_setting(loc: Locale, setting: str | None) -> str:
    """/digest without arguments."""
    return "\n".join(
        [
            digest_sentence(loc, setting) + " " + loc._("Times are in %(zone)s.", zone=esc(loc.tz)),
            loc._("/digest daily 08:00, /digest weekly monday 08:00, or /digest off."),
        ]
    )


def digest_set(loc: Locale, setting: str | None, when: dt.datetime | None) -> str:
    """Confirmation of /digest."""
    if setting is None or when is None:
        return loc._("New items will be pushed as they arrive.")
    parts, moment = setting.split(), loc.moment(loc.local(when))
    if parts[0] == "daily":
        return loc._(
            "New items will be gathered in a daily digest at %(time)s; the next one comes "
            "%(when)s.",
            time=parts[1],
            when=moment,
        )
    return loc._(
        "New items will be gathered in a weekly digest on %(day)s at %(time)s; the next one "
        "comes %(when)s.",
        day=loc.weekday(int(parts[1])),
        time=parts[2],
        when=moment,
    )
