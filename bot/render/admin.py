"""What operators see: drafts and review, deletion, feeds, statistics, alerts."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks
from bot.render.common import (
    Rendered,
    announced_text,
    deadline_text,
    esc,
    event_dates_text,
    evidence_text,
    open_command,
    shorten,
    when,
)
from bot.render.locale import N_, Locale
from ingest.model import Item

if TYPE_CHECKING:
    from bot.importing import ImportSummary
    from storage.drafts import Draft
    from storage.sources import Source
    from storage.stats import Stats


def add_usage(loc: Locale) -> str:
    """/add without text."""
    return loc._(
        "Paste the announcement after /add: its title on the first line, its text below. "
        "I show what I read before anything is saved."
    )


def draft(
    loc: Locale,
    draft_id: int,
    item: Item,
    *,
    token: str = "",
    reason: str | None = None,
) -> Rendered:
    """What the extractor read in an announcement, with Save / Edit / Discard.

    ``reason``: why a feed or import entry was held for review instead of being published.
    """
    title = esc(shorten(item.title, 300))
    if reason:
        lines = [loc._("<b>Review %(id)s</b>: %(title)s", id=draft_id, title=title)]
        lines.append(loc._("held for review: %(reason)s", reason=esc(reason)))
        if item.source:
            lines.append(loc._("from: %(source)s", source=esc(shorten(item.source, 200))))
    else:
        lines = [loc._("<b>Draft %(id)s</b>: %(title)s", id=draft_id, title=title)]
    lines.append(loc._("kind: %(kind)s", kind=item.kind))
    none = loc._("none")
    if item.deadline is not None:
        shown = esc(deadline_text(loc, item.deadline))
        announced = announced_text(loc, item.deadline, item.deadline_evidence)
        lines.append(
            loc._(
                "deadline: %(when)s (as announced: %(announced)s)",
                when=shown,
                announced=esc(announced),
            )
            if announced
            else loc._("deadline: %(when)s", when=shown)
        )
        written = evidence_text(loc, item)
        if written:
            lines.append(f"    {written}")
    else:
        lines.append(loc._("deadline: none found"))
    if item.unsure:
        lines.append(loc._("(unsure — check it)"))
    dates = event_dates_text(loc, item.event_start, item.event_end)
    lines.append(loc._("event: %(dates)s", dates=dates or none))
    place = esc(item.location) if item.location else none
    lines.append(loc._("location: %(place)s", place=place))
    if item.link:
        lines.append(loc._("link: %(link)s", link=esc(item.link)))
    labels = {"save": loc._("✅ Save"), "edit": loc._("✏️ Edit"), "discard": loc._("🗑 Discard")}
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


def review_notice(loc: Locale, draft_id: int, item: Item, reason: str) -> str:
    """The plain admin alert about a held entry (what is sent when no buttons can be)."""
    return "\n".join(
        [
            loc._(
                "🔎 Held for review (%(reason)s): %(title)s",
                reason=esc(reason),
                title=esc(shorten(item.title, 300)),
            ),
            loc._("/review %(id)s shows it with Save, Edit and Discard.", id=draft_id),
        ]
    )


def review_list(loc: Locale, waiting: list[Draft]) -> str:
    """/review: the drafts waiting for an admin, oldest first."""
    if not waiting:
        return loc._("No drafts wait for review.")
    lines = [loc._("<b>Waiting for review: %(count)s</b>", count=loc.number(len(waiting)))]
    for found in waiting:
        why = found.reason or loc._("pasted with /add")
        lines.append(f"{found.id}. {esc(shorten(found.item.title, 120))} — {esc(why)}")
    lines.append(loc._("/review ID shows one with its buttons."))
    return "\n".join(lines)


def draft_stale(loc: Locale) -> str:
    """Callback answer to a button of a draft already handled, or that never existed."""
    return loc._("This is no longer current: the draft was already handled or does not exist.")


def edit_usage(loc: Locale, draft_id: int) -> str:
    """How to change a draft's field."""
    ref = draft_id or "DRAFT"
    return loc._(
        "Change a field with /edit %(draft)s FIELD VALUE, for example:\n"
        "/edit %(draft)s kind event\n/edit %(draft)s deadline 2026-05-01 17:00 Europe/Paris\n"
        "/edit %(draft)s event 2026-05-01 2026-05-03\n/edit %(draft)s location Brussels (or none)",
        draft=ref,
    )


def no_draft(loc: Locale, draft_id: int) -> str:
    """Reply to /edit of a draft that does not exist or was already saved or discarded."""
    return loc._(
        "There is no open draft %(id)s; /add makes one, /review lists those waiting.", id=draft_id
    )


class EditProblem(Enum):
    """What can be wrong with an /edit value (``%(choices)s``, ``%(zone)s``: what it names)."""

    KIND = N_("Not changed: kind is one of %(choices)s.")
    TITLE = N_("Not changed: a title cannot be empty.")
    LINK = N_("Not changed: a link starts with http:// or https://.")
    DEADLINE = N_(
        "Not changed: deadline looks like 2026-05-01, 2026-05-01 17:00 Europe/Paris, "
        "next friday 17:00 CET or 20 January 12:00."
    )
    ZONE = N_("Not changed: unknown time zone %(zone)s.")
    EVENT = N_("Not changed: event looks like 2026-05-01, or 2026-05-01 2026-05-03.")
    FIELDS = N_("Not changed: the fields are %(choices)s.")


def bad_edit(loc: Locale, problem: EditProblem, **values: str) -> str:
    """Reply to a bad /edit value: what is wrong with it."""
    return loc._(problem.value, **{name: esc(value) for name, value in values.items()})


def draft_discarded(loc: Locale, draft_id: int) -> str:
    """The draft message after Discard."""
    return loc._("Draft %(id)s discarded.", id=draft_id)


def discarded(loc: Locale) -> str:
    """Answer to Discard."""
    return loc._("Discarded.")


def saved(loc: Locale) -> str:
    """Answer to Save."""
    return loc._("Saved.")


def draft_saved(loc: Locale, summary: ImportSummary) -> str:
    """The draft message after Save."""
    if summary.added:
        new = summary.new_ids[0]
        return loc._("Saved as item #%(id)s: %(command)s", id=new, command=open_command(new))
    if summary.moved:
        return loc._(
            "It extended item #%(id)s's deadline; followers are told.", id=summary.moved[0].item_id
        )
    return loc._("Saved: it updated an item that was already there.")


def item_deleted_reply(loc: Locale, item: Item) -> str:
    """Confirmation of a deletion."""
    return loc._(
        "Deleted #%(id)s %(title)s. Its followers are told and its channel post now says it "
        "was withdrawn.",
        id=item.id,
        title=esc(shorten(item.title, 200)),
    )


def delete_question(loc: Locale, item: Item, token: str) -> Rendered:
    """/delete ID asks first: what is deleted, and what follows from it."""
    assert item.id is not None
    text = loc._(
        "Delete #%(id)s %(title)s? Its followers are told, their reminders cancelled, and its "
        "channel post edited to say it was withdrawn.",
        id=item.id,
        title=esc(shorten(item.title, 200)),
    )
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    loc._("🗑 Delete"), callback_data=callbacks.encode_delete(item.id, token)
                ),
                InlineKeyboardButton(
                    loc._("Keep it"), callback_data=callbacks.encode_delete(None, "")
                ),
            ]
        ]
    )
    return Rendered(text, keyboard)


def delete_kept(loc: Locale) -> str:
    """The question after Keep it."""
    return loc._("Nothing was deleted.")


def delete_stale(loc: Locale) -> str:
    """A Delete button for an item that is gone or is not the one it was made for."""
    return loc._("This is no longer current: that item was already deleted or changed.")


def _source_state(loc: Locale, source: Source) -> str:
    if source.failures:
        return loc._(
            "failing (%(times)s×: %(error)s)",
            times=source.failures,
            error=esc(shorten(source.last_error or "", 120)),
        )
    if source.last_ok_at:
        return loc._("ok")
    return loc._("not polled yet")


def source_list(loc: Locale, found: list[Source]) -> str:
    """/sources: each feed's real state (polling now, last success, last error, next poll)."""
    if not found:
        return loc._("No feeds. /sources add URL adds one (FEEDS in the settings adds them too).")
    lines = [loc._("<b>Feeds</b>")]
    for source in found:
        lines.append(f"{source.id}. {esc(shorten(source.url, 120))} [{source.origin}]")
        lines.append(
            "    "
            + loc._(
                "%(state)s; last success %(when)s; %(count)s items",
                state=_source_state(loc, source),
                when=when(loc, source.last_ok_at),
                count=loc.number(source.items_seen),
            )
        )
        if source.polling_since:
            lines.append(
                "    " + loc._("polling since %(when)s", when=when(loc, source.polling_since))
            )
        elif source.next_poll_at:
            lines.append("    " + loc._("next poll %(when)s", when=when(loc, source.next_poll_at)))
        else:
            lines.append("    " + loc._("next poll now"))
    return "\n".join(lines)


def source_added(loc: Locale, source: Source | None, problem: str | None, *, url: str) -> str:
    """Reply to /sources add: added, added with a warning, or refused with the reason."""
    if source is None:
        return "\n".join(
            [loc._("Feed not added: %(url)s", url=esc(shorten(url, 200))), esc(problem or "")]
        )
    added = loc._(
        "Feed %(id)s added: %(url)s. It is polled within a minute.",
        id=source.id,
        url=esc(source.url),
    )
    if problem:
        added += "\n" + loc._("Note: %(problem)s", problem=esc(problem))
    return added


def source_removed(loc: Locale, source_id: int, removed: Source | None) -> str:
    """Reply to /sources remove."""
    if removed is None:
        return loc._("There is no feed %(id)s. /sources lists them.", id=source_id)
    return loc._(
        "Feed %(id)s removed: %(url)s. Its items stay.", id=source_id, url=esc(removed.url)
    )


def stats(loc: Locale, figures: Stats, feeds: list[Source]) -> str:
    """/stats."""
    number = loc.number
    kinds = ", ".join(f"{kind} {number(n)}" for kind, n in sorted(figures.items_by_kind.items()))
    outbox = figures.outbox
    lines = [
        "<b>Callboard</b>",
        loc._(
            "items: %(count)s (%(kinds)s)",
            count=number(sum(figures.items_by_kind.values())),
            kinds=kinds or loc._("none"),
        ),
        loc._(
            "chats: %(active)s active, %(inactive)s unreachable",
            active=number(figures.chats_active),
            inactive=number(figures.chats_inactive),
        ),
        loc._(
            "subscribers: %(subscribers)s; follows: %(follows)s",
            subscribers=number(figures.subscribers),
            follows=number(figures.follows),
        ),
        loc._(
            "outbox: %(pending)s pending, %(failed)s failed, %(dropped)s dropped, %(sent)s sent",
            pending=number(outbox.get("pending", 0)),
            failed=number(outbox.get("failed", 0)),
            dropped=number(outbox.get("dropped", 0)),
            sent=number(outbox.get("sent", 0)),
        ),
        loc._("drafts waiting for review: %(count)s", count=number(figures.drafts_waiting)),
    ]
    for source in feeds:
        values = {"id": source.id, "when": when(loc, source.last_polled_at)}
        lines.append(
            loc._(
                "feed %(id)s: last poll %(when)s, failing %(times)s×",
                times=source.failures,
                **values,
            )
            if source.failures
            else loc._("feed %(id)s: last poll %(when)s", **values)
        )
    return "\n".join(lines)


def feed_failing(loc: Locale, url: str, error: str, times: int) -> str:
    """The one alert admins get when a feed keeps failing."""
    return "\n".join(
        [
            loc._(
                "⚠️ Feed failing %(times)s times in a row: %(url)s",
                times=times,
                url=esc(shorten(url, 200)),
            ),
            loc._("Last error: <code>%(error)s</code>", error=esc(shorten(error, 300))),
            loc._("It is retried with backoff; you will hear when it recovers."),
        ]
    )


def feed_recovered(loc: Locale, url: str) -> str:
    """The message admins get when a failing feed works again."""
    return loc._("✅ Feed working again: %(url)s", url=esc(shorten(url, 200)))


def admin_failure(loc: Locale, kind: str, detail: str) -> str:
    """The one message admins get about a kind of failure."""
    return "\n".join(
        [
            loc._("⚠️ Callboard failure: <b>%(kind)s</b>", kind=esc(kind)),
            f"<code>{esc(shorten(detail, 600))}</code>",
            loc._("Further failures of this kind are logged but not reported again until restart."),
        ]
    )
