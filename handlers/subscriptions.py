"""Subscriptions: /subscribe, /subscriptions, /unsubscribe, /digest."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot import render
from handlers.context import chat_zone, db, now
from handlers.permissions import may_change, refuse
from storage import chats, subscriptions

MAX_KEYWORDS = 10


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Push new items: /subscribe [calls|events|courses|all] [keywords...]."""
    if not await may_change(update, context):
        await refuse(update, context)
        return
    args = [a.lower() for a in (context.args or [])]
    kinds = "all"
    if args and args[0] in subscriptions.KIND_FILTERS:
        kinds, args = args[0], args[1:]
    keywords = subscriptions.words(" ".join(args)[:300])[:MAX_KEYWORDS]
    sub_id = await subscriptions.add(
        db(context),
        chat_id=update.effective_chat.id,
        chat_type=update.effective_chat.type,
        kinds=kinds,
        keywords=keywords,
        now=now(context),
    )
    chat = await chats.get(db(context), update.effective_chat.id)
    await update.effective_message.reply_html(
        render.subscribed(sub_id, kinds, keywords, digest=chat.digest)
    )


async def listing(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List this chat's subscriptions and its digest setting."""
    chat = await chats.get(db(context), update.effective_chat.id)
    found = await subscriptions.of_chat(db(context), update.effective_chat.id)
    await update.effective_message.reply_html(render.subscription_list(found, chat.digest))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remove a subscription: /unsubscribe ID, or /unsubscribe all."""
    if not await may_change(update, context):
        await refuse(update, context)
        return
    args = context.args or []
    message = update.effective_message
    if len(args) != 1 or not (args[0].lower() == "all" or args[0].isdigit()):
        await message.reply_html(render.usage("/unsubscribe ID or /unsubscribe all"))
        return
    target = None if args[0].lower() == "all" else int(args[0])
    removed = await subscriptions.remove(
        db(context), chat_id=update.effective_chat.id, subscription_id=target
    )
    await message.reply_html(render.unsubscribed(removed, target))


async def digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Gather pushes into a digest: /digest daily 08:00, /digest weekly mon 08:00, /digest off."""
    args = [a.lower() for a in (context.args or [])]
    message = update.effective_message
    tz = await chat_zone(update, context)
    if not args:
        chat = await chats.get(db(context), update.effective_chat.id)
        await message.reply_html(render.digest_setting(chat.digest, tz))
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
            await message.reply_html(
                render.usage("/digest daily 08:00, /digest weekly monday 08:00, or /digest off")
            )
            return
    when = await subscriptions.set_digest(
        db(context),
        chat_id=update.effective_chat.id,
        chat_type=update.effective_chat.type,
        setting=setting,
        tz=tz,
        now=now(context),
    )
    await message.reply_html(render.digest_set(setting, when, tz))


HANDLERS = [
    CommandHandler("subscribe", subscribe),
    CommandHandler("subscriptions", listing),
    CommandHandler("unsubscribe", unsubscribe),
    CommandHandler("digest", digest),
]
