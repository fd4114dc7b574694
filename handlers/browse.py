"""Browsing: /start, /help, /calls, /events, /deadlines, /search, /item and their buttons."""

from __future__ import annotations

import re

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes, MessageHandler, filters

from bot import callbacks, render
from bot.callbacks import Open, Page
from handlers.context import locale, settings
from handlers.reminders import follow_from_link
from handlers.views import edit_in_place, parse_item_id, render_item, render_page, reply_page
from storage import text_query
from storage.text_query import TextQuery

MAX_ARGUMENT = 500


# Deep links: t.me/<bot>?start=item_84 opens item 84, start=remind_84 follows it.
_START_LINK = re.compile(r"(item|remind)_(\d{1,12})")
# '/item_84' (tappable whole in lists), optionally addressed: '/item_84@callboard_bot'.
_ITEM_COMMAND = re.compile(r"^/item_(\d{1,12})(?:@(\w+))?$")


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet and list the commands; or follow a deep link to an item."""
    args = context.args or []
    link = _START_LINK.fullmatch(args[0]) if len(args) == 1 else None
    if link is not None and link.group(1) == "item":
        await _show_item(int(link.group(2)), update, context)
        return
    if link is not None:
        await follow_from_link(int(link.group(2)), update, context)
        return
    loc = locale(context)
    text = render.help_text(loc)
    user = update.effective_user
    if user is not None and update.effective_chat.type == ChatType.PRIVATE:
        admin = user.id in settings(context).admin_ids
        text += "\n\n" + render.operator_line(loc, user.id, admin=admin)
    await update.effective_message.reply_html(text)


async def calls(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List open calls, nearest deadline first; '/calls closed' lists past ones."""
    arg = " ".join(context.args or []).strip().lower()
    if arg not in ("", "open", "closed", "past"):
        await update.effective_message.reply_html(render.usage(locale(context), render.Usage.CALLS))
        return
    await reply_page(Page("closed" if arg in ("closed", "past") else "calls"), update, context)


async def events(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List upcoming events and courses; '/events past' lists past ones."""
    arg = " ".join(context.args or []).strip().lower()
    if arg not in ("", "upcoming", "past"):
        await update.effective_message.reply_html(
            render.usage(locale(context), render.Usage.EVENTS)
        )
        return
    await reply_page(Page("past" if arg == "past" else "events"), update, context)


async def deadlines(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the next deadlines of every kind."""
    await reply_page(Page("deadlines"), update, context)


def search_words(text: str) -> str:
    """The words, "phrases" and -exclusions of a search as understood (``text_query``), as
    many as fit in its buttons; empty when there is nothing to look for."""
    query = text_query.parse(text)
    if query.problem is not None:
        return ""
    kept = TextQuery()
    for term in query.required:
        wider = TextQuery((*kept.required, term))
        if not callbacks.fits(wider.written()):
            break
        kept = wider
    for term in query.excluded:
        wider = TextQuery(kept.required, (*kept.excluded, term))
        if callbacks.fits(wider.written()):
            kept = wider
    return kept.written()


async def search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Full-text search over titles and summaries, best match first."""
    words = search_words(" ".join(context.args or [])[:MAX_ARGUMENT])
    if not words:
        await update.effective_message.reply_html(render.search_usage(locale(context)))
        return
    await reply_page(Page("search", 0, words), update, context)


async def item(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show one item in full: /item ID."""
    args = context.args or []
    if len(args) != 1:
        await update.effective_message.reply_html(render.usage(locale(context), render.Usage.ITEM))
        return
    if parse_item_id(args[0]) is None:
        await update.effective_message.reply_html(render.bad_item_id(locale(context), args[0]))
        return
    await _show_item(parse_item_id(args[0]) or 0, update, context)


async def item_tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """'/item_84' tapped in a list, a reminder or a digest: show that item."""
    tapped = _ITEM_COMMAND.match(update.effective_message.text or "")
    if tapped is None:
        return
    addressee = tapped.group(2)
    if addressee and addressee.lower() != (context.bot.username or "").lower():
        return  # meant for another bot in the group
    await _show_item(int(tapped.group(1)), update, context)


async def _show_item(item_id: int, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rendered = await render_item(item_id, None, update, context)
    if rendered is None:
        await update.effective_message.reply_html(render.unknown_item(locale(context), item_id))
        return
    await update.effective_message.reply_html(
        rendered.text, reply_markup=rendered.keyboard, disable_web_page_preview=True
    )


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A press on a page or item button: edit the message it came from."""
    query = update.callback_query
    action = callbacks.parse(query.data)
    if isinstance(action, Page):
        rendered = await render_page(action, update, context)
    elif isinstance(action, Open):
        rendered = await render_item(action.item_id, action.back, update, context)
        if rendered is None:
            await query.answer(render.item_gone(locale(context)), show_alert=True)
            return
    else:
        await query.answer(render.button_expired(locale(context)))
        return
    await query.answer()
    await edit_in_place(query, rendered)


HANDLERS = [
    CommandHandler(["start", "help"], start),
    CommandHandler("calls", calls),
    CommandHandler("events", events),
    CommandHandler("deadlines", deadlines),
    CommandHandler("search", search),
    CommandHandler("item", item),
    MessageHandler(filters.Regex(_ITEM_COMMAND), item_tapped),
    CallbackQueryHandler(button, pattern=r"^[pi]\|"),
]
