"""Who may change what a group reads: its administrators, as Telegram says (getChatMember).

A group's zone, reminder offsets, subscriptions, digest and reminders are everyone's; any
member changing them, or pressing 🔕 Stop for the whole group, was a way to silence it. In a
private chat the user decides alone. Answers are cached briefly: a listing's buttons pressed
in a row ask Telegram once.
"""

from __future__ import annotations

import time

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import render
from handlers.context import locale

CACHE_SECONDS = 60.0
_ALLOWED = frozenset({ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR})


async def may_change(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether the sender may change this chat's settings: anyone in a private chat, the
    administrators (and the group itself, writing as an anonymous admin) in a group."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.PRIVATE:
        return True
    message = update.effective_message
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id  # an anonymous administrator
    user = update.effective_user
    if user is None:
        return False
    cache: dict[tuple[int, int], tuple[bool, float]] = context.bot_data.setdefault(
        "group_admins", {}
    )
    key, at = (chat.id, user.id), time.monotonic()
    known = cache.get(key)
    if known is not None and at - known[1] < CACHE_SECONDS:
        return known[0]
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
        allowed = member.status in _ALLOWED
    except TelegramError:
        allowed = False  # not known to be an administrator: nothing changes
    if len(cache) > 10_000:
        cache.clear()
    cache[key] = (allowed, at)
    return allowed


async def refuse(update: Update, context: ContextTypes.DEFAULT_TYPE, start: str = "") -> None:
    """Tell a member that only the group's administrators may do this, with a button that
    does it (``start``: a deep link's parameter) in their private chat with the bot."""
    query = update.callback_query
    if query is not None:
        await query.answer(render.group_admins_only_alert(locale(context)), show_alert=True)
        return
    refused = render.group_admins_only(locale(context), context.bot.username, start)
    await update.effective_message.reply_html(refused.text, reply_markup=refused.keyboard)
