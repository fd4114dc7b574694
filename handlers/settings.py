"""Chat settings: /timezone and /settings."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot import render
from handlers.context import chat_zone, db, now, settings
from ingest.zones import canonical_zone, suggest_zones
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
    name = " ".join(args)[:100]
    zone = canonical_zone(name.replace(" ", "_"))
    if zone is None:
        await update.effective_message.reply_html(
            render.timezone_unknown(name, suggest_zones(name))
        )
        return
    await chats.set_timezone(
        db(context),
        update.effective_chat.id,
        zone,
        chat_type=update.effective_chat.type,
        now=now(context),
    )
    await update.effective_message.reply_html(render.timezone_set(zone, now(context)))


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
    CommandHandler("settings", chat_settings),
]
