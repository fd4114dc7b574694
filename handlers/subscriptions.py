"""Subscriptions: /subscribe, /subscriptions, /unsubscribe, /digest."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot import render
from handlers.context import db, locale, now, topic
from handlers.permissions import may_change, refuse
from handlers.views import parse_id
from storage import chats, subscriptions


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Push new items: /subscribe [calls|events|courses|all] [keywords...]."""
    if not await may_change(update, context):
        await refuse(update, context)
        return
    kinds, query, problem = subscriptions.parse_filter(context.args or [])
    if problem is not None:
        await update.effective_message.reply_html(render.query_refused(locale(context), problem))
        return
    sub_id = await subscriptions.add(
        db(context),
        chat_id=update.effective_chat.id,
        chat_type=update.effective_chat.type,
        kinds=kinds,
        query=query,
        now=now(context),
        thread_id=topic(update),
    )
    chat = await chats.get(db(context), update.effective_chat.id)
    await update.effective_message.reply_html(
        render.subscribed(locale(context), sub_id, kinds, query, digest=chat.digest)
    )


async def listing(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List this chat's subscriptions and its digest setting."""
    chat = await chats.get(db(context), update.effective_chat.id)
    found = await subscriptions.of_chat(db(context), update.effective_chat.id)
    await update.effective_message.reply_html(
        render.subscription_list(locale(context), found, chat.digest)
    )


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remove a subscription: /unsubscribe ID, or /unsubscribe all."""
    if not await may_change(update, context):
        await refuse(update, context)
        return
    args = context.args or []
    message = update.effective_message
    every = len(args) == 1 and args[0].lower() == "all"
    target = parse_id(args[0]) if len(args) == 1 and not every else None
    if not every and target is None:
        await message.reply_html(render.usage(locale(context), render.Usage.UNSUBSCRIBE))
        return
    removed = await subscriptions.remove(
        db(context), chat_id=update.effective_chat.id, subscription_id=target
    )
    await message.reply_html(render.unsubscribed(locale(context), removed, target))


async def digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Gather pushes into a digest: /digest daily 08:00, /digest weekly mon 08:00, /digest off."""
    args = [a.lower() for a in (context.args or [])]
    message = update.effective_message
    loc = locale(context)
    if not args:
        chat = await chats.get(db(context), update.effective_chat.id)
        await message.reply_html(render.digest_setting(loc, chat.digest))
        return
    if not await may_change(update, context):
        await refuse(update, context)
        return
    if args == ["off"]:
        setting = None
    else:
        try:
            setting = subscriptions.parse_digest(args)
        except ValueError:
            await message.reply_html(render.usage(loc, render.Usage.DIGEST))
            return
    when = await subscriptions.set_digest(
        db(context),
        chat_id=update.effective_chat.id,
        chat_type=update.effective_chat.type,
        setting=setting,
        tz=loc.tz,
        now=now(context),
    )
    await message.reply_html(render.digest_set(loc, setting, when))


HANDLERS = [
    CommandHandler("subscribe", subscribe),
    CommandHandler("subscriptions", listing),
    CommandHandler("unsubscribe", unsubscribe),
    CommandHandler("digest", digest),
]
