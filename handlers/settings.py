"""Chat settings: /timezone."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot import render
from handlers.context import chat_zone, db, now
from ingest.zones import canonical_zone, suggest_zones
from storage import chats


async def timezone(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the chat's zone, or set it: /timezone Europe/Paris."""
    args = context.args or []
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


HANDLERS = [CommandHandler(["timezone", "tz"], timezone)]
