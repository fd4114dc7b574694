"""/calendar: a private link to this chat's calendar, and /calendar reset for a new one."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot import render
from bot.calendar_feed import link
from handlers.context import db, locale, now, settings
from handlers.permissions import may_change, refuse
from storage import calendars


async def calendar_link(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Give this chat's calendar link once; /calendar reset revokes it and gives a new one."""
    message, loc, chat = update.effective_message, locale(context), update.effective_chat
    if settings(context).public_base_url is None or settings(context).port is None:
        await message.reply_html(render.calendar_unavailable(loc))
        return
    args = [a.lower() for a in context.args or []]
    if args not in ([], ["reset"]):
        await message.reply_html(render.usage(loc, render.Usage.CALENDAR))
        return
    since = await calendars.issued_at(db(context), chat.id)
    if since is not None and not args:
        await message.reply_html(render.calendar_link_exists(loc, since))
        return
    if since is not None and not await may_change(update, context):
        # A member revoking the group's link would cut everyone's calendar off.
        await refuse(update, context)
        return
    token = await calendars.issue(
        db(context), chat_id=chat.id, chat_type=chat.type, now=now(context)
    )
    await message.reply_html(
        render.calendar_link(loc, link(settings(context), token), replaced=since is not None)
    )


HANDLERS = [CommandHandler("calendar", calendar_link)]
