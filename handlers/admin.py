"""Operators' commands: /add (with its draft buttons), /edit, /review, /delete, /sources, /stats."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes

from bot import callbacks, render
from bot import feeds as feed_polls
from bot import review as reviewing
from bot.callbacks import DraftAction
from bot.importing import import_items
from bot.typed_times import Day, Moment, read_moment
from handlers.context import db, locale, now, settings
from handlers.views import parse_id, parse_item_id
from ingest.model import KINDS, Deadline, Item
from ingest.sources import MAX_SUMMARY, MAX_TITLE, Parsed, item_from_text
from ingest.zones import canonical_zone
from storage import drafts, items, sources, stats

FIELDS = ("kind", "title", "deadline", "event", "location", "link")


async def _refused(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Refuse anyone not in ADMIN_IDS, in private chats and groups alike."""
    user = update.effective_user
    if user is not None and user.id in settings(context).admin_ids:
        return False
    if update.callback_query is not None:
        await update.callback_query.answer(render.admins_only(locale(context)), show_alert=True)
    elif update.effective_message is not None:
        await update.effective_message.reply_html(render.admins_only(locale(context)))
    return True


def _command_text(update: Update) -> str:
    text = update.effective_message.text or ""
    return text.split(maxsplit=1)[1] if len(text.split(maxsplit=1)) > 1 else ""


async def _show_draft(
    draft_id: int, item: Item, update: Update, context: ContextTypes.DEFAULT_TYPE, *, edit: bool
) -> None:
    found = await drafts.find(db(context), draft_id)
    token = (found.token if found else "") or await drafts.ensure_token(db(context), draft_id)
    rendered = render.draft(
        locale(context),
        draft_id,
        item,
        token=token,
        reason=found.reason if found is not None else None,
    )
    if edit and update.callback_query is not None:
        await update.callback_query.edit_message_text(
            rendered.text, parse_mode="HTML", reply_markup=rendered.keyboard
        )
    else:
        await update.effective_message.reply_html(rendered.text, reply_markup=rendered.keyboard)


async def add(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/add, then a pasted announcement (title on the first line): show what was read."""
    if await _refused(update, context):
        return
    text = _command_text(update).strip()
    if not text:
        await update.effective_message.reply_html(render.add_usage(locale(context)))
        return
    title, _, body = text.partition("\n")
    item = item_from_text(
        title.strip()[:MAX_TITLE],
        body.strip()[:MAX_SUMMARY],
        published=now(context).date(),
        source="added by an admin",
    )
    draft_id = await drafts.save(
        db(context), chat_id=update.effective_chat.id, item=item, now=now(context)
    )
    await _show_draft(draft_id, item, update, context, edit=False)


class BadEdit(ValueError):
    """A value /edit cannot take: which ``problem``, with what it names (``values``)."""

    def __init__(self, problem: render.EditProblem, **values: str) -> None:
        super().__init__(problem.name)
        self.problem = problem
        self.values = values


def _day(text: str, problem: render.EditProblem) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:  # the right shape, not a day (2026-02-30)
        raise BadEdit(problem) from None


def _edited(item: Item, field: str, value: str, *, zone: str, now: dt.datetime) -> Item:
    """The draft with one field changed; BadEdit with the reason when the value is bad.

    ``zone`` (the chat's) and ``now`` read a deadline typed in words ('next friday 17:00').
    """
    problem = render.EditProblem
    none = value.lower() in ("none", "-", "")
    if field == "kind":
        if value not in KINDS:
            raise BadEdit(problem.KIND, choices=", ".join(KINDS))
        return dataclasses.replace(item, kind=value, kind_confidence=None)
    if field == "title":
        if none:
            raise BadEdit(problem.TITLE)
        return dataclasses.replace(item, title=value[:MAX_TITLE])
    if field == "location":
        return dataclasses.replace(item, location=None if none else value[:200])
    if field == "link":
        if not none and not re.match(r"https?://\S+$", value):
            raise BadEdit(problem.LINK)
        return dataclasses.replace(item, link=None if none else value)
    if field == "deadline":
        # The admin states it: the words the extractor read it from no longer stand for it.
        item = dataclasses.replace(item, deadline_confidence=None, deadline_evidence=None)
        if none:
            return dataclasses.replace(item, deadline=None)
        found = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:\s+(\d{1,2}:\d{2})(?:\s+(\S+))?)?", value)
        if found is None:
            return dataclasses.replace(item, deadline=_typed_deadline(value, zone=zone, now=now))
        zone = found.group(3)
        if zone is not None and zone not in ("AoE", "UTC"):
            zone = canonical_zone(zone)
            if zone is None:
                raise BadEdit(problem.ZONE, zone=repr(found.group(3)))
        try:
            at = dt.time.fromisoformat(found.group(2).zfill(5)) if found.group(2) else None
        except ValueError:
            raise BadEdit(problem.DEADLINE) from None
        deadline = Deadline(_day(found.group(1), problem.DEADLINE), at, zone)
        return dataclasses.replace(item, deadline=deadline)
    if field == "event":
        if none:
            return dataclasses.replace(item, event_start=None, event_end=None)
        days = [_day(d, problem.EVENT) for d in re.findall(r"\d{4}-\d{2}-\d{2}", value)]
        if not 1 <= len(days) <= 2 or (len(days) == 2 and days[1] < days[0]):
            raise BadEdit(problem.EVENT)
        return dataclasses.replace(
            item, event_start=days[0], event_end=days[1] if len(days) == 2 else None
        )
    raise BadEdit(problem.FIELDS, choices=", ".join(FIELDS))


def _typed_deadline(value: str, *, zone: str, now: dt.datetime) -> Deadline:
    """A deadline typed in words, in ``zone`` unless it names one: 'next friday 17:00 CET'."""
    read = read_moment(value, zone=zone, now=now, day_alone=True)
    if isinstance(read, Moment):
        return Deadline(read.at.date(), read.at.time().replace(second=0, microsecond=0), read.zone)
    if isinstance(read, Day):
        return Deadline(read.date, None, read.zone)
    raise BadEdit(render.EditProblem.DEADLINE)


async def edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Change a field of a draft: /edit DRAFT FIELD VALUE."""
    if await _refused(update, context):
        return
    parts = _command_text(update).split(maxsplit=2)
    draft_id = parse_id(parts[0]) if len(parts) >= 2 else None
    if draft_id is None:
        await update.effective_message.reply_html(render.edit_usage(locale(context), 0))
        return
    item = await drafts.get(db(context), draft_id)
    if item is None:
        await update.effective_message.reply_html(render.no_draft(locale(context), draft_id))
        return
    try:
        value = parts[2].strip() if len(parts) > 2 else ""
        zone = locale(context).tz
        item = _edited(item, parts[1].lower(), value, zone=zone, now=now(context))
    except BadEdit as exc:
        await update.effective_message.reply_html(
            render.bad_edit(locale(context), exc.problem, **exc.values)
        )
        return
    await drafts.update(db(context), draft_id, item)
    await _show_draft(draft_id, item, update, context, edit=False)


async def draft_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Save, Edit or Discard under a draft; a stale or forged button changes nothing."""
    if await _refused(update, context):
        return
    query = update.callback_query
    parsed = callbacks.parse(query.data)
    if not isinstance(parsed, DraftAction):
        await query.answer(render.button_expired(locale(context)))
        return
    action, draft_id, token = parsed.action, parsed.draft_id, parsed.token
    conn = db(context)
    if await drafts.current(conn, draft_id, token) is None:
        await query.answer(render.draft_stale(locale(context)), show_alert=True)
        return
    if action == "edit":
        await query.answer()
        await query.message.reply_html(render.edit_usage(locale(context), draft_id))
        return
    by = update.effective_user.id if update.effective_user else None
    if action == "discard":
        if await drafts.claim(conn, draft_id, token, state="discarded", by=by, now=now(context)):
            await query.answer(render.discarded(locale(context)))
            await query.edit_message_text(
                render.draft_discarded(locale(context), draft_id), parse_mode="HTML"
            )
        else:
            await query.answer(render.draft_stale(locale(context)), show_alert=True)
        return
    claimed = await drafts.claim(conn, draft_id, token, state="saved", by=by, now=now(context))
    if claimed is None:  # another admin, or a double tap, got there first
        await query.answer(render.draft_stale(locale(context)), show_alert=True)
        return
    try:
        # An admin checked it: it is published like any new item, without the warning line.
        summary = await import_items(
            conn,
            Parsed(items=[dataclasses.replace(claimed.item, unsure=False)]),
            now=now(context),
            default_tz=settings(context).default_timezone,
            channel=settings(context).channel_id,
        )
    except BaseException:
        await drafts.reopen(conn, draft_id)  # nothing is lost: it can be saved again
        raise
    await drafts.record_item(conn, draft_id, summary.new_ids[0] if summary.new_ids else None)
    await query.answer(render.saved(locale(context)))
    await query.edit_message_text(render.draft_saved(locale(context), summary), parse_mode="HTML")


async def review(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/review lists the drafts waiting for an admin; /review ID shows one with its buttons."""
    if await _refused(update, context):
        return
    args = context.args or []
    conn = db(context)
    if not args:
        await update.effective_message.reply_html(
            render.review_list(locale(context), await drafts.waiting(conn))
        )
        return
    draft_id = parse_id(args[0]) if len(args) == 1 else None
    if draft_id is None:
        await update.effective_message.reply_html(
            render.usage(locale(context), render.Usage.REVIEW)
        )
        return
    shown = await reviewing.message(conn, draft_id, locale(context))
    if shown is None:
        await update.effective_message.reply_html(render.no_draft(locale(context), draft_id))
        return
    await update.effective_message.reply_html(shown.text, reply_markup=shown.keyboard)


async def delete(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Delete an item: /delete ID. Its followers are told and their reminders cancelled."""
    if await _refused(update, context):
        return
    args = context.args or []
    if len(args) != 1 or parse_item_id(args[0]) is None:
        await update.effective_message.reply_html(
            render.usage(locale(context), render.Usage.DELETE)
        )
        return
    item_id = parse_item_id(args[0]) or 0
    item = await items.get(db(context), item_id)
    if item is None:
        await update.effective_message.reply_html(render.unknown_item(locale(context), item_id))
        return
    question = render.delete_question(locale(context), item, _delete_token(item))
    await update.effective_message.reply_html(question.text, reply_markup=question.keyboard)


def _delete_token(item: Item) -> str:
    """What a Delete button must repeat: the item as it was asked about, not just its id."""
    return hashlib.sha256(f"{item.id}|{item.title}|{item.link}".encode()).hexdigest()[:12]


async def delete_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """🗑 Delete or Keep it under /delete's question."""
    if await _refused(update, context):
        return
    query = update.callback_query
    answer = callbacks.parse(query.data)
    if isinstance(answer, callbacks.ConfirmDelete) and answer.item_id is None:
        await query.answer()
        await query.edit_message_text(render.delete_kept(locale(context)))
        return
    item = (
        await items.get(db(context), answer.item_id)
        if isinstance(answer, callbacks.ConfirmDelete) and answer.item_id is not None
        else None
    )
    if item is None or not isinstance(answer, callbacks.ConfirmDelete):
        await query.answer(render.delete_stale(locale(context)), show_alert=True)
        return
    if _delete_token(item) != answer.token:
        await query.answer(render.delete_stale(locale(context)), show_alert=True)
        return
    deleted = await items.delete(db(context), item.id or 0, now=now(context))
    await query.answer()
    text = (
        render.item_deleted_reply(locale(context), deleted)
        if deleted
        else render.delete_stale(locale(context))
    )
    await query.edit_message_text(text, parse_mode="HTML")


async def feeds(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/sources lists feeds; /sources add URL; /sources remove ID."""
    if await _refused(update, context):
        return
    args = context.args or []
    message = update.effective_message
    conn = db(context)
    if not args:
        await message.reply_html(render.source_list(locale(context), await sources.listing(conn)))
        return
    if args[0].lower() == "add" and len(args) == 2 and re.match(r"https?://\S+$", args[1]):
        added = await feed_polls.add_source(conn, args[1], settings(context), now(context))
        await message.reply_html(render.source_added(locale(context), *added, url=args[1]))
        return
    source_id = parse_id(args[1]) if args[0].lower() == "remove" and len(args) == 2 else None
    if source_id is not None:
        removed = await sources.remove(conn, source_id)
        await message.reply_html(render.source_removed(locale(context), source_id, removed))
        return
    await message.reply_html(render.usage(locale(context), render.Usage.SOURCES))


async def show_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Items by kind, chats, subscribers, outbox, and each feed's last poll."""
    if await _refused(update, context):
        return
    conn = db(context)
    await update.effective_message.reply_html(
        render.stats(locale(context), await stats.collect(conn), await sources.listing(conn))
    )


HANDLERS = [
    CommandHandler("add", add),
    CommandHandler("edit", edit),
    CommandHandler("review", review),
    CommandHandler("delete", delete),
    CommandHandler("sources", feeds),
    CommandHandler("stats", show_stats),
    CallbackQueryHandler(draft_button, pattern=r"^a\|"),
    CallbackQueryHandler(delete_button, pattern=r"^x\|"),
]
