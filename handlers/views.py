"""Views shared by handler modules: a page of a listing, and one item for this chat."""

from __future__ import annotations

import re

from telegram import CallbackQuery, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import render
from bot.callbacks import Page
from handlers.context import db, locale, now
from ingest.model import Item
from storage import items, reminders


async def page_items(page: Page, context: ContextTypes.DEFAULT_TYPE) -> tuple[list[Item], bool]:
    conn, moment = db(context), now(context)
    today = moment.date()
    size = render.PAGE_SIZE + 1
    if page.view == "calls":
        found = await items.open_calls(conn, now=moment, limit=size, offset=page.offset)
    elif page.view == "closed":
        found = await items.closed_calls(conn, now=moment, limit=size, offset=page.offset)
    elif page.view == "events":
        found = await items.upcoming_events(conn, today=today, limit=size, offset=page.offset)
    elif page.view == "past":
        found = await items.past_events(conn, today=today, limit=size, offset=page.offset)
    elif page.view == "deadlines":
        found = await items.upcoming_deadlines(conn, now=moment, limit=size, offset=page.offset)
    else:
        found = await items.search(conn, page.query, limit=size, offset=page.offset)
    return found[: render.PAGE_SIZE], len(found) > render.PAGE_SIZE


async def render_page(
    page: Page, update: Update, context: ContextTypes.DEFAULT_TYPE
) -> render.Rendered:
    found, has_more = await page_items(page, context)
    return render.item_list(locale(context), page, found, has_more=has_more, now=now(context))


async def reply_page(page: Page, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rendered = await render_page(page, update, context)
    await update.effective_message.reply_html(rendered.text, reply_markup=rendered.keyboard)


async def render_item(
    item_id: int, back: Page | None, update: Update, context: ContextTypes.DEFAULT_TYPE
) -> render.Rendered | None:
    item = await items.get(db(context), item_id)
    if item is None:
        return None
    following = await reminders.is_following(
        db(context), chat_id=update.effective_chat.id, item_id=item_id
    )
    return render.item_detail(
        locale(context),
        item,
        following=following,
        changes=await items.deadline_changes(db(context), item_id),
        now=now(context),
        back=back,
    )


async def edit_in_place(query: CallbackQuery, rendered: render.Rendered) -> None:
    """Show ``rendered`` in the message whose button was pressed.

    A double press asks for what is already shown, and a button under a reminder sits on a
    message that cannot be redrawn as a page; Telegram refuses both edits, and neither matters.
    """
    try:
        await query.edit_message_text(
            rendered.text,
            parse_mode="HTML",
            reply_markup=rendered.keyboard,
            disable_web_page_preview=True,
        )
    except BadRequest as exc:
        reason = str(exc).lower()
        if "not modified" not in reason and "can't be edited" not in reason:
            raise


# An id is at most 18 ASCII digits: each fits both engines' 64-bit integers (a longer one is no
# id of ours and would not even bind as a parameter), and int() reads every one ('²' would not).
_ID = re.compile(r"[0-9]{1,18}")


def parse_id(text: str) -> int | None:
    """A row id a user typed (a subscription's, a draft's, a source's), or None."""
    return int(text) if _ID.fullmatch(text) else None


def parse_item_id(text: str) -> int | None:
    """The item id a user typed ('12' or '#12'), or None when it is not one."""
    return parse_id(text.removeprefix("#"))
