"""A chat's calendar over HTTP (/calendar/<token>.ics): what it follows, with the bot's own
reminder times as alarms, and the open deadlines its subscriptions match.

Calendar apps poll it (often hourly) with If-None-Match or If-Modified-Since; an unchanged
calendar answers 304. The content is a function of the database and the time (an alarm
already rung is left out), so its ETag is a digest of the body, and Last-Modified is when
that body was first served (``storage.calendars.served``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib

from aiohttp import web
from telegram.ext import Application

from bot.audience import chat_locale
from bot.calendar import Entry, calendar
from bot.settings import Settings
from bot.web import Route
from storage import calendars, chats, items, reminders, subscriptions
from storage.database import Database
from storage.schedule import reminder_times, stored_offsets

# The open deadlines looked at for a chat's subscriptions, nearest first: a calendar of
# more than this is not read by anyone, and a poll must stay cheap.
MATCHES_LOOKED_AT = 2000
PATH = r"/calendar/{token:[A-Za-z0-9_\-]+}.ics"


def link(settings: Settings, token: str) -> str:
    """The https (or http) address of a chat's calendar."""
    assert settings.public_base_url is not None
    return f"{settings.public_base_url}/calendar/{token}.ics"


async def followed_entries(
    db: Database, chat_id: int, *, chat_tz: str, default_tz: str, now: dt.datetime
) -> list[Entry]:
    """What the chat follows, each with the reminders the bot will send for it."""
    return [
        Entry(
            f.item,
            reminder_times(
                f.item.deadline,
                stored_offsets(f.offsets),
                f.moments,
                chat_tz=chat_tz,
                default_tz=default_tz,
                now=now,
            ),
        )
        for f in await reminders.followed(db, chat_id)
        if f.item.deadline is not None
    ]


async def chat_calendar(db: Database, chat_id: int, settings: Settings, now: dt.datetime) -> bytes:
    """The .ics of one chat, in its language."""
    chat = await chats.get(db, chat_id)
    chat_tz = chat.tz or settings.default_timezone
    entries = await followed_entries(
        db, chat_id, chat_tz=chat_tz, default_tz=settings.default_timezone, now=now
    )
    followed = {e.item.id for e in entries}
    wanted = await subscriptions.of_chat(db, chat_id)
    if wanted:
        # Matches the chat does not follow get no alarms: the bot sends no reminders for them.
        for item in await items.upcoming_deadlines(db, now=now, limit=MATCHES_LOOKED_AT):
            if item.id not in followed and any(subscriptions.matches(s, item) for s in wanted):
                entries.append(Entry(item))
    revised = await calendars.revisions(db, [e.item.id for e in entries if e.item.id])
    entries = [
        Entry(e.item, e.alarms, revised[e.item.id].sequence, revised[e.item.id].stamp)
        if e.item.id in revised
        else e
        for e in entries
    ]
    return calendar(
        entries, loc=chat_locale(chat, settings), default_tz=settings.default_timezone, now=now
    )


def _not_modified(request: web.Request, etag: str, modified: dt.datetime) -> bool:
    """RFC 9110: If-None-Match decides when present; else If-Modified-Since."""
    match = request.headers.get("If-None-Match")
    if match is not None:
        tags = [t.strip().removeprefix("W/") for t in match.split(",")]
        return "*" in tags or etag in tags
    since = request.headers.get("If-Modified-Since")
    if since is None:
        return False
    try:
        when = email.utils.parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False
    if when.tzinfo is None:
        return False
    return modified.replace(microsecond=0) <= when


def routes(app: Application) -> list[Route]:
    """The calendar route of the bot's HTTP server."""

    async def serve(request: web.Request) -> web.Response:
        db = app.bot_data["db"]
        settings: Settings = app.bot_data["settings"]
        now = app.bot_data["clock"]()
        chat_id = await calendars.chat_for(db, request.match_info["token"])
        if chat_id is None:  # never issued, or revoked by /calendar reset
            return web.Response(status=404, text="no such calendar\n")
        body = await chat_calendar(db, chat_id, settings, now)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        modified = await calendars.served(db, chat_id=chat_id, etag=etag, now=now)
        headers = {
            "ETag": etag,
            "Last-Modified": email.utils.format_datetime(modified, usegmt=True),
            # Private: the address is the secret; no shared cache may keep it.
            "Cache-Control": "private, max-age=300",
        }
        if _not_modified(request, etag, modified):
            return web.Response(status=304, headers=headers)
        return web.Response(
            body=body,
            headers={**headers, "Content-Type": "text/calendar; charset=utf-8"},
        )

    return [("GET", PATH, serve)]
