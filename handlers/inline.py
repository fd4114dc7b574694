"""Inline mode: '@bot words' in any chat offers matching items to share, each a card."""

from __future__ import annotations

import datetime as dt

from telegram import InlineQueryResultArticle, InputTextMessageContent, LinkPreviewOptions, Update
from telegram.ext import ContextTypes, InlineQueryHandler

from bot import render
from handlers.context import db, locale, now, settings
from handlers.views import parse_id
from ingest.model import Item
from storage import items

PAGE = 10  # results per answer; scrolling asks for the next page (next_offset)
MOST = 50  # results in all for one query
CACHE_SECONDS = 30  # results are personal (the asker's zone): cached briefly, per user


def _order(item: Item, moment: dt.datetime, default_tz: str) -> int:
    """Open calls first, then events still ahead, then everything else."""
    deadline = item.deadline
    if item.kind in ("call", "extension") and deadline and deadline.instant(default_tz) > moment:
        return 0
    ends = item.event_end or item.event_start
    if item.kind in ("event", "course") and ends is not None and ends >= moment.date():
        return 1
    return 2


async def matching(words: str, context: ContextTypes.DEFAULT_TYPE) -> list[Item]:
    """The items an inline query offers, in the order it offers them (MOST at most)."""
    conn, moment = db(context), now(context)
    if not words:
        return await items.upcoming_deadlines(conn, now=moment, limit=MOST)
    found = await items.search(conn, words, limit=MOST)
    default_tz = settings(context).default_timezone
    return sorted(found, key=lambda item: _order(item, moment, default_tz))  # stable: by rank


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer '@bot words' with item cards in the asker's language and zone (resolved by
    presence.py from their private chat and Telegram language); an empty query: next
    deadlines."""
    query = update.inline_query
    offset = parse_id(query.offset) or 0  # the client sends it back, or anything
    found = (await matching(query.query.strip()[:200], context))[offset : offset + PAGE]
    loc, moment = locale(context), now(context)
    results = []
    for item in found:
        card = render.channel_post(loc, item, now=moment, bot_username=context.bot.username)
        results.append(
            InlineQueryResultArticle(
                id=str(item.id),
                title=render.inline_title(loc, item),
                description=render.inline_description(loc, item, now=moment),
                input_message_content=InputTextMessageContent(
                    card.text,
                    parse_mode="HTML",
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                ),
                reply_markup=card.keyboard,
            )
        )
    more = len(found) == PAGE and offset + PAGE < MOST
    await query.answer(
        results,
        cache_time=CACHE_SECONDS,
        is_personal=True,
        next_offset=str(offset + PAGE) if more else "",
    )


HANDLERS = [InlineQueryHandler(inline_query)]
