"""Building the python-telegram-bot Application: handlers, error handler, start and stop."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import secrets
import socket
from collections.abc import Callable

from telegram import BotCommand
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes
from telegram.request import HTTPXRequest

from bot import boards, dispatcher, errors, feeds, render, typed_times
from bot.clock import utcnow
from bot.pacing import PacedRateLimiter, Pacer, PerChatUpdates
from bot.settings import Settings
from handlers import admin, browse, fallback, inline, presence, reminders, subscriptions
from handlers import boards as board_handlers
from handlers import settings as chat_settings
from handlers.context import CONTEXT_TYPES
from storage import db as storage_db
from storage import outbox, sender, sources

log = logging.getLogger("callboard")

HEARTBEAT_SECONDS = 5
# A sender on another machine is taken as dead after this long without a heartbeat; on this
# machine its process id is checked instead (a sender whose database was locked is not dead).
STALE_AFTER = dt.timedelta(seconds=20)
MAX_CONCURRENT_UPDATES = 64


def process_alive(holder: sender.Holder) -> bool:
    """Whether the process behind a sender row still runs (same machine only)."""
    if holder.pid == os.getpid():
        return False  # this process, from an attempt to start that failed (no network)
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


async def _post_init(app: Application) -> None:
    settings: Settings = app.bot_data["settings"]
    clock = app.bot_data["clock"]
    app.bot_data["db"] = conn = await storage_db.connect(settings.database_path)
    owner = app.bot_data["owner"]
    try:
        dead = await sender.acquire(
            conn,
            owner=owner,
            host=socket.gethostname(),
            pid=os.getpid(),
            now=clock(),
            stale_after=STALE_AFTER,
            is_alive=process_alive,
        )
    except sender.SenderBusy:
        await conn.close()
        app.bot_data.pop("db")
        raise
    if dead is not None:
        # The sender before this one died (kill -9, power cut): it cannot send any more, so
        # its claimed rows are owed again now rather than when their leases run out. At most
        # its in-flight sends went out and are repeated.
        taken = await outbox.release_in_flight(conn, keep=owner)
        # Its last second of sends is still in Telegram's windows; this Pacer never saw them.
        app.bot_data["pacer"].pause(1.1)
        log.info("took over from sender pid %d; %d rows it held are pending again", dead.pid, taken)
    expired = await outbox.drop_expired_reminders(conn, now=clock())
    if expired:
        log.info("%d reminders dropped: their deadlines passed while the bot was offline", expired)
    for url in settings.feeds:
        await sources.add(conn, url, origin="env", now=clock())
    # dateparser loads its locales on first use (some 0.4 s): before polling, not in a
    # reader's first /remind. In a thread, so the sender's heartbeat is not held up.
    await asyncio.to_thread(typed_times.warm_up)
    assert app.job_queue is not None
    feeds.schedule(app)
    boards.schedule(app)
    app.job_queue.run_repeating(
        _heartbeat,
        interval=HEARTBEAT_SECONDS,
        first=HEARTBEAT_SECONDS,
        name="heartbeat",
        job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
    )
    sending = dispatcher.Dispatcher(
        app,
        owner=owner,
        pacer=app.bot_data["pacer"],
        concurrency=settings.send_concurrency,
        claim_interval=settings.dispatch_interval,
        clock=clock,
    )
    app.bot_data["dispatcher"] = sending
    sending.start()
    await _register_menus(app)
    log.info("callboard started as @%s with database %s", app.bot.username, settings.database_path)


async def _register_menus(app: Application) -> None:
    """The command menu in each language: English for everyone, and one per other language
    that Telegram shows to users whose app speaks it."""
    for lang in render.Lang:
        menu = render.command_menu(render.Locale(lang))
        try:
            await app.bot.set_my_commands(
                [BotCommand(name, description) for name, description in menu],
                language_code=None if lang is render.Lang.EN else lang.value,
            )
        except TelegramError as exc:
            log.warning("could not register the %s command menu: %s", lang.value, exc)


async def _heartbeat(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell the database this sender lives, and keep the leases of the rows it holds."""
    conn = context.bot_data["db"]
    sending: dispatcher.Dispatcher = context.bot_data["dispatcher"]
    try:
        alive = await sender.heartbeat(conn, owner=sending.owner, now=context.bot_data["clock"]())
        await sending.renew()
    except Exception as exc:  # a locked database: the next beat tries again
        await errors.report(context, exc, "renewing the sender's heartbeat")
        return
    if not alive:
        log.error("another process took over sending for this database; this one stops sending")
        await sending.stop()


async def _post_stop(app: Application) -> None:
    # Polls first: they write items and owe messages, which the dispatcher then gives back.
    await feeds.stop_polls(app.bot_data)
    sending: dispatcher.Dispatcher | None = app.bot_data.pop("dispatcher", None)
    if sending is None:
        return
    await sending.stop()
    try:
        await sender.release(app.bot_data["db"], owner=sending.owner)
    except Exception as exc:
        log.warning("could not release the sender row: %s", exc)


async def _post_shutdown(app: Application) -> None:
    conn = app.bot_data.pop("db", None)
    if conn is not None:  # else it never started (no network, a refused token): nothing to say
        await conn.close()
        log.info("callboard stopped")


def build_application(
    settings: Settings, *, clock: Callable[[], dt.datetime] = utcnow
) -> Application:
    """The bot, ready to run: every handler registered here, in one place."""
    assert settings.token is not None
    pacer = Pacer()
    builder = (
        Application.builder()
        .token(settings.token)
        .rate_limiter(PacedRateLimiter(pacer))
        # The Pacer learns when each request really left (see Pacer.departures).
        .request(
            HTTPXRequest(
                connection_pool_size=256,
                httpx_kwargs={"event_hooks": {"request": [pacer.departures]}},
            )
        )
        .concurrent_updates(PerChatUpdates(MAX_CONCURRENT_UPDATES))
        .context_types(CONTEXT_TYPES)
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
    )
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url)
    app = builder.build()
    app.bot_data["settings"] = settings
    app.bot_data["clock"] = clock
    app.bot_data["pacer"] = pacer
    app.bot_data["owner"] = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
    app.add_handler(presence.HANDLERS[0], group=-1)
    # Order matters within the group: the fallback for unknown commands comes last.
    app.add_handlers(
        browse.HANDLERS
        + reminders.HANDLERS
        + subscriptions.HANDLERS
        + board_handlers.HANDLERS
        + admin.HANDLERS
        + chat_settings.HANDLERS
        + inline.HANDLERS
        + fallback.HANDLERS
    )
    app.add_error_handler(errors.on_error)
    return app
