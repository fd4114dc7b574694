"""Browsing: /start, /help, /calls, /events, /deadlines, /search, /item and their buttons."""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes

from bot import callbacks, render
from bot.callbacks import Open, Page
from handlers.views import edit_in_place, parse_item_id, render_item, render_page, reply_page

MAX_ARGUMENT = 500


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet and list the commands."""
    await update.effective_message.reply_html(render.help_text())


async def calls(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List open calls, nearest deadline first; '/calls closed' lists past ones."""
    arg = " ".join(context.args or []).strip().lower()
    if arg not in ("", "open", "closed", "past"):
        await update.effective_message.reply_html(render.usage("/calls or /calls closed"))
        return
    await reply_page(Page("closed" if arg in ("closed", "past") else "calls"), update, context)


async def events(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List upcoming events and courses; '/events past' lists past ones."""
    arg = " ".join(context.args or []).strip().lower()
    if arg not in ("", "upcoming", "past"):
        await update.effective_message.reply_html(render.usage("/events or /events past"))
        return
    await reply_page(Page("past" if arg == "past" else "events"), update, context)


async def deadlines(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the next deadlines of every kind."""
    await reply_page(Page("deadlines"), update, context)


def search_words(text: str) -> str:
    """The words of a search, as many as fit in its buttons."""
    words: list[str] = []
    for word in re.findall(r"\w+", text)[:16]:
        if not callbacks.fits(" ".join([*words, word])):
            break
        words.append(word)
    return " ".join(words)


async def search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Full-text search over titles and summaries, best match first."""
    words = search_words(" ".join(context.args or [])[:MAX_ARGUMENT])
    if not words:
        await update.effective_message.reply_html(render.search_usage())
        return
    await reply_page(Page("search", 0, words), update, context)


async def item(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show one item in full: /item ID."""
    args = context.args or []
    if len(args) != 1:
        await update.effective_message.reply_html(render.usage("/item ID, e.g. /item 12"))
        return
    if parse_item_id(args[0]) is None:
        await update.effective_message.reply_html(render.bad_item_id(args[0]))
        return
    item_id = parse_item_id(args[0]) or 0
    rendered = await render_item(item_id, None, update, context)
    if rendered is None:
        await update.effective_message.reply_html(render.unknown_item(item_id))
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
            await query.answer("That item no longer exists.", show_alert=True)
            return
    else:
        await query.answer("This button has expired; send the command again.")
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
    CallbackQueryHandler(button, pattern=r"^[pi]\|"),
]
