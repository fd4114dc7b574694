"""Views shared by handler modules: a page of a listing, and one item for this chat."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot import render
from bot.callbacks import Page
from handlers.context import chat_zone, db, now, settings
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
    return render.item_list(
        page,
        found,
        has_more=has_more,
        tz=await chat_zone(update, context),
        default_tz=settings(context).default_timezone,
        now=now(context),
    )


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
        item,
        following=following,
        changes=await items.deadline_changes(db(context), item_id),
        tz=await chat_zone(update, context),
        default_tz=settings(context).default_timezone,
        now=now(context),
        back=back,
    )
