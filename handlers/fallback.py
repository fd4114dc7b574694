"""What the bot says to commands it does not know and to plain text in private chats."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes, MessageHandler, filters

from bot import render
from handlers.context import locale


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point to /help; in groups only when the command was addressed to this bot."""
    message = update.effective_message
    command = (message.text or "").split()[0]
    name, _, addressee = command.partition("@")
    private = update.effective_chat.type == ChatType.PRIVATE
    if addressee and addressee.lower() != (context.bot.username or "").lower():
        return  # meant for another bot in the group
    if not private and not addressee:
        return  # an unaddressed command in a group may be another bot's
    await message.reply_html(render.unknown_command(locale(context), name))


async def plain_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A private message that is not a command: say how to talk to the bot."""
    await update.effective_message.reply_html(render.plain_text_hint(locale(context)))


HANDLERS = [
    MessageHandler(filters.COMMAND, unknown_command),
    MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, plain_text),
]
