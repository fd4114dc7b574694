"""Chat settings: /timezone and /settings."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes

from bot import callbacks, render
from handlers.context import chat_zone, db, now, settings
from handlers.permissions import may_change, refuse
from ingest.zones import read_zone
from storage import chats
from storage.schedule import format_offsets, parse_offsets


async def timezone(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the chat's zone, or set it: /timezone Europe/Paris."""
    await _timezone(context.args or [], update, context)


async def _timezone(args: list[str], update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not args:
        zone = await chat_zone(update, context)
        await update.effective_message.reply_html(render.timezone_current(zone, now(context)))
        return
    if not await may_change(update, context):
        await refuse(update, context)
        return
    name = " ".join(args)[:100]
    reading = read_zone(name)
    message = update.effective_message
    if reading.zone is None and reading.choices:
        choices = render.timezone_choices(name, reading.choices)
        await message.reply_html(choices.text, reply_markup=choices.keyboard)
        return
    if reading.zone is None:
        await message.reply_html(render.timezone_unknown(name))
        return
    await _set_zone(update, context, reading.zone)
    await message.reply_html(render.timezone_set(reading.zone, now(context), reading.read_as))


async def _set_zone(update: Update, context: ContextTypes.DEFAULT_TYPE, zone: str) -> None:
    await chats.set_timezone(
        db(context),
        update.effective_chat.id,
        zone,
        chat_type=update.effective_chat.type,
        now=now(context),
    )


async def zone_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A zone offered for what the chat typed: set it, and say so in that message."""
    query = update.callback_query
    if not await may_change(update, context):
        await refuse(update, context)
        return
    choice = callbacks.parse(query.data)
    zone = read_zone(choice.zone).zone if isinstance(choice, callbacks.ChooseZone) else None
    if zone is None:
        await query.answer(render.zone_choice_stale(), show_alert=True)
        return
    await _set_zone(update, context, zone)
    await query.answer()
    await query.edit_message_text(render.timezone_set(zone, now(context)), parse_mode="HTML")


async def chat_settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the chat's settings, or change one: /settings offsets 3d 1d, /settings timezone X."""
    args = context.args or []
    message = update.effective_message
    chat = await chats.get(db(context), update.effective_chat.id)
    if not args:
        offsets = parse_offsets(chat.reminder_offsets or settings(context).reminder_offsets)
        await message.reply_html(
            render.settings_text(
                await chat_zone(update, context), offsets, own_offsets=bool(chat.reminder_offsets)
            )
        )
        return
    name, rest = args[0].lower(), args[1:]
    if name in ("timezone", "tz", "zone"):
        await _timezone(rest, update, context)
        return
    if name in ("offsets", "reminders") and rest:
        if not await may_change(update, context):
            await refuse(update, context)
            return
        try:
            offsets = parse_offsets(" ".join(rest)[:200])
        except ValueError as exc:
            await message.reply_html(render.bad_offsets(str(exc)))
            return
        await chats.set_offsets(
            db(context),
            update.effective_chat.id,
            format_offsets(offsets),
            chat_type=update.effective_chat.type,
            now=now(context),
        )
        await message.reply_html(render.offsets_set(offsets))
        return
    await message.reply_html(
        render.usage("/settings, /settings offsets 7d 1d 2h, /settings timezone Europe/Paris")
    )


HANDLERS = [
    CommandHandler(["timezone", "tz"], timezone),
    CallbackQueryHandler(zone_button, pattern=r"^z\|"),
    CommandHandler("settings", chat_settings),
]
