"""Reminders: /remind, /reminders, /forget, /ics, and the Remind me / Stop buttons."""

from __future__ import annotations

import datetime as dt
import io

from telegram import InputFile, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes

from bot import callbacks, render
from bot.calendar import Entry, calendar
from bot.calendar_feed import followed_entries
from bot.callbacks import Follow
from bot.typed_times import Moment, NotUnderstood, Offsets, read_reminder
from handlers.context import db, locale, now, settings
from handlers.permissions import may_change, refuse
from handlers.views import edit_in_place, parse_item_id, render_item
from ingest.model import Item
from storage import chats, items, reminders
from storage.schedule import parse_offsets, reminder_times


async def default_offsets(update: Update, context: ContextTypes.DEFAULT_TYPE) -> list[dt.timedelta]:
    """The chat's own offsets, else the operator's REMINDER_OFFSETS."""
    chat = await chats.get(db(context), update.effective_chat.id)
    return parse_offsets(chat.reminder_offsets or settings(context).reminder_offsets)


async def _item_arg(
    update: Update, context: ContextTypes.DEFAULT_TYPE, usage: render.Usage
) -> Item | None:
    args = context.args or []
    message, loc = update.effective_message, locale(context)
    if not args:
        await message.reply_html(render.usage(loc, usage))
        return None
    if parse_item_id(args[0]) is None:
        await message.reply_html(render.bad_item_id(loc, args[0]))
        return None
    item_id = parse_item_id(args[0]) or 0
    found = await items.get(db(context), item_id)
    if found is None:
        await message.reply_html(render.unknown_item(loc, item_id))
    return found


async def _follow(
    item: Item,
    offsets: list[dt.timedelta],
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    moments: list[dt.datetime] | None = None,
) -> reminders.FollowResult:
    assert item.id is not None and item.deadline is not None
    return await reminders.follow(
        db(context),
        chat_id=update.effective_chat.id,
        chat_type=update.effective_chat.type,
        item_id=item.id,
        deadline=item.deadline,
        offsets=offsets,
        default_tz=settings(context).default_timezone,
        now=now(context),
        moments=moments or [],
    )


def _closed(item: Item, context: ContextTypes.DEFAULT_TYPE) -> bool:
    assert item.deadline is not None
    return item.deadline.instant(settings(context).default_timezone) <= now(context)


async def remind(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Follow an item: /remind ID [when], e.g. /remind 12 7d 1d 2h, 2 days, tomorrow 18:00."""
    item = await _item_arg(update, context, render.Usage.REMIND)
    if item is None:
        return
    if not await may_change(update, context):
        await refuse(update, context, start=f"remind_{item.id}")  # a reminder of their own
        return
    message, loc = update.effective_message, locale(context)
    if await _cannot_follow(item, update, context):
        return
    typed = " ".join((context.args or [])[1:])[:200]
    if not typed:
        result = await _follow(item, await default_offsets(update, context), update, context)
        await message.reply_html(render.follow_result(loc, item, result))
        return
    reading = read_reminder(typed, zone=loc.tz, now=now(context))
    if isinstance(reading, NotUnderstood):
        await message.reply_html(
            render.reminder_not_understood(loc, item.id or 0, reading.text, reading.reason)
        )
    elif isinstance(reading, Offsets):
        result = await _follow(item, list(reading.offsets), update, context)
        await message.reply_html(render.follow_result(loc, item, result))
    else:
        await _remind_at(item, reading, update, context)


async def _remind_at(
    item: Item, moment: Moment, update: Update, context: ContextTypes.DEFAULT_TYPE
) -> None:
    """A reminder at the moment the reader named, if it is ahead and before the deadline."""
    assert item.deadline is not None
    message, loc = update.effective_message, locale(context)
    if moment.at <= now(context):
        await message.reply_html(render.reminder_in_past(loc, item, moment.at))
        return
    if moment.at >= item.deadline.instant(loc.default_tz):
        await message.reply_html(render.reminder_after_deadline(loc, item, moment.at))
        return
    await _follow(item, [], update, context, moments=[moment.at])
    await message.reply_html(render.reminder_at(loc, item, moment.at))


async def _cannot_follow(item: Item, update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Say why ``item`` cannot be followed (no deadline, or it passed); True if so."""
    if item.deadline is None:
        await update.effective_message.reply_html(render.no_deadline(locale(context), item))
        return True
    if _closed(item, context):
        await update.effective_message.reply_html(render.deadline_closed(locale(context), item))
        return True
    return False


async def follow_from_link(
    item_id: int, update: Update, context: ContextTypes.DEFAULT_TYPE
) -> None:
    """A 'Remind me' deep link (start=remind_84): follow the item with the chat's offsets."""
    if not await may_change(update, context):  # '/start remind_84' typed in a group
        await refuse(update, context, start=f"remind_{item_id}")
        return
    message = update.effective_message
    item = await items.get(db(context), item_id)
    if item is None:
        await message.reply_html(render.unknown_item(locale(context), item_id))
        return
    if await _cannot_follow(item, update, context):
        return
    offsets = await default_offsets(update, context)
    result = await _follow(item, offsets, update, context)
    await message.reply_html(render.follow_result(locale(context), item, result))


async def following(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List what this chat follows, with the next reminder of each."""
    entries = await reminders.followed(db(context), update.effective_chat.id)
    await update.effective_message.reply_html(
        render.followed_list(locale(context), entries, now=now(context))
    )


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop reminders for an item: /forget ID."""
    if not await may_change(update, context):
        await refuse(update, context)
        return
    args = context.args or []
    if len(args) != 1 or parse_item_id(args[0]) is None:
        await update.effective_message.reply_html(
            render.usage(locale(context), render.Usage.FORGET)
        )
        return
    item_id = parse_item_id(args[0]) or 0
    existed = await reminders.unfollow(
        db(context), chat_id=update.effective_chat.id, item_id=item_id
    )
    await update.effective_message.reply_html(render.forgotten(locale(context), item_id, existed))


async def follow_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remind me / Stop reminders under an item: follow or unfollow, then redraw the item."""
    query = update.callback_query
    action = callbacks.parse(query.data)
    if not isinstance(action, Follow):
        await query.answer(render.button_expired(locale(context)))
        return
    if not await may_change(update, context):
        await refuse(update, context)
        return
    item = await items.get(db(context), action.item_id)
    if item is None:
        await query.answer(render.item_gone(locale(context)), show_alert=True)
        return
    if action.stop:
        await reminders.unfollow(db(context), chat_id=update.effective_chat.id, item_id=item.id)
        await query.answer(render.reminders_stopped(locale(context)))
    elif item.deadline is None or _closed(item, context):
        await query.answer(render.no_deadline_ahead(locale(context)), show_alert=True)
        return
    else:
        result = await _follow(item, await default_offsets(update, context), update, context)
        await query.answer(render.reminders_set(locale(context), len(result.ahead)))
    rendered = await render_item(item.id or 0, action.back, update, context)
    if rendered is None:
        return
    await edit_in_place(query, rendered)


async def ics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send a calendar file: /ics ID for one deadline, /ics for everything followed."""
    conn, chat_id = db(context), update.effective_chat.id
    chat = await chats.get(conn, chat_id)
    chat_tz = chat.tz or settings(context).default_timezone
    default_tz = settings(context).default_timezone
    if context.args:
        item = await _item_arg(update, context, render.Usage.ICS)
        if item is None:
            return
        if item.deadline is None:
            await update.effective_message.reply_html(render.no_deadline(locale(context), item))
            return
        # Not followed: the alarms the chat's offsets would give if it followed the item.
        offsets = await default_offsets(update, context)
        alarms = reminder_times(
            item.deadline, offsets, [], chat_tz=chat_tz, default_tz=default_tz, now=now(context)
        )
        entries = [Entry(item, alarms)]
        name = f"callboard-{item.id}.ics"
    else:
        entries = await followed_entries(
            conn, chat_id, chat_tz=chat_tz, default_tz=default_tz, now=now(context)
        )
        name = "callboard.ics"
    if not entries:
        await update.effective_message.reply_html(render.nothing_for_calendar(locale(context)))
        return
    data = calendar(entries, loc=locale(context), default_tz=default_tz, now=now(context))
    await update.effective_message.reply_document(
        InputFile(io.BytesIO(data), filename=name),
        caption=render.calendar_caption(locale(context), len(entries)),
    )


HANDLERS = [
    CommandHandler("remind", remind),
    CommandHandler("reminders", following),
    CommandHandler(["forget", "unfollow"], forget),
    CommandHandler("ics", ics),
    CallbackQueryHandler(follow_button, pattern=r"^[fu]\|"),
]
