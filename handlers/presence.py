"""Per-update work before any handler: a chat that writes or presses a button is reachable,
and the language and zone its replies are written in are resolved.

A chat that blocked the bot is marked inactive when a send gets 403; when its user comes back
with any command or button, it is active again and gets the next push (its dropped reminders
stay dropped). Known-active chats are remembered in memory, so most updates cost no write.
A private chat's user's Telegram language is remembered (written when it changes), so that
reminders and pushes sent later speak it.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes, TypeHandler

from bot.audience import chat_locale
from bot.language import Lang
from handlers.context import db, now, settings
from storage import chats


async def remember_chat(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reactivate the chat this update comes from, remember its user's language, and resolve
    the locale of the replies (an inline query: the asker's private chat's)."""
    chat, user = update.effective_chat, update.effective_user
    spoken = Lang.of(user.language_code) if user is not None else None
    if chat is None or chat.type == ChatType.CHANNEL:
        if user is not None:  # an inline query: the asker's private chat with the bot
            own = await chats.get(db(context), user.id)
            context.locale = chat_locale(own, settings(context), spoken)
        return
    known: set[int | str] = context.bot_data.setdefault("active_chats", set())
    if chat.id not in known:
        await chats.reactivate(db(context), chat.id, now=now(context))
        known.add(chat.id)
    stored = await chats.get(db(context), chat.id)
    if chat.type == ChatType.PRIVATE and spoken is not None and stored.user_language != spoken:
        await chats.remember_user_language(db(context), chat.id, spoken.value, now=now(context))
    context.locale = chat_locale(stored, settings(context), spoken)


HANDLERS = [TypeHandler(Update, remember_chat)]
