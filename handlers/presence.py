"""Per-update work before any handler: a chat that writes or presses a button is reachable.

A chat that blocked the bot is marked inactive when a send gets 403; when its user comes back
with any command or button, it is active again and gets the next push (its dropped reminders
stay dropped). Known-active chats are remembered in memory, so most updates cost no query.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes, TypeHandler

from handlers.context import db, now
from storage import chats


async def remember_chat(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reactivate the chat this update comes from, if it was marked unreachable."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.CHANNEL:
        return
    known: set[int | str] = context.bot_data.setdefault("active_chats", set())
    if chat.id in known:
        return
    await chats.reactivate(db(context), chat.id, now=now(context))
    known.add(chat.id)


HANDLERS = [TypeHandler(Update, remember_chat)]
