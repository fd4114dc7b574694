"""The live deadline board: /board [calls|events|courses|all] [words], /board off."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes, filters

from bot import render
from handlers.context import db, locale, now, topic
from handlers.permissions import may_change, refuse
from storage import boards, subscriptions


async def board(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Put up (or change) this chat's pinned board of next deadlines, or take it down."""
    if not await may_change(update, context):
        await refuse(update, context)
        return
    args = context.args or []
    message, loc, chat = update.effective_message, locale(context), update.effective_chat
    if [a.lower() for a in args] == ["off"]:
        removed = await boards.remove(db(context), chat_id=chat.id, now=now(context))
        await message.reply_html(render.board_removed(loc, removed is not None))
        return
    kinds, query, problem = subscriptions.parse_filter(args)
    if problem is not None:
        await message.reply_html(render.query_refused(loc, problem))
        return
    new = await boards.put(
        db(context),
        chat_id=chat.id,
        chat_type=chat.type,
        thread_id=topic(update),
        kinds=kinds,
        query=query,
        now=now(context),
    )
    await message.reply_html(render.board_set(loc, kinds, query, new=new))


# In a channel, commands arrive as channel posts (written by its administrators).
HANDLERS = [
    CommandHandler(
        "board", board, filters=filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST
    ),
]
