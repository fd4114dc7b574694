"""Building the python-telegram-bot Application: handlers, error handler, start and stop."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import secrets
import signal
import socket
import time
from collections.abc import Callable

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes
from telegram.request import HTTPXRequest

from bot import boards, calendar_feed, dispatcher, errors, feeds, metrics, render, typed_times, web
from bot.clock import utcnow
from bot.pacing import PacedRateLimiter, Pacer, PerChatUpdates
from bot.settings import Settings
from handlers import (
    admin,
    browse,
    calendar,
    fallback,
    inline,
    presence,
    reminders,
    subscriptions,
)
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
# Webhook replicas: a sender on another machine silent this long is dead, and a replica
# looks every WATCH_SECONDS, so a take-over comes within 10 + 2 s. The sender writes its
# heartbeat every REPLICA_HEARTBEAT_SECONDS and, checked every second by a job of its own
# (not by the heartbeat, which may hang on a database that does not answer), stops
# sending once FENCE_AFTER has passed since the last heartbeat it wrote began: 4 s before
# anyone may take over, so the two never send at once.
REPLICA_STALE_AFTER = dt.timedelta(seconds=10)
REPLICA_HEARTBEAT_SECONDS = 2.0
FENCE_AFTER = 6.0
WATCH_SECONDS = 2.0
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
    app.bot_data["db"] = conn = await storage_db.connect(settings.database)
    if settings.port is not None:
        # Before the sender row: a port in use ends the start with nothing taken.
        server = web.WebServer(app, calendar_feed.routes(app))
        await server.start()
        app.bot_data["web"] = server
    try:
        await _become_sender(app)
    except sender.SenderBusy as busy:
        if not settings.webhook_url:
            # Polling: two pollers of one token conflict anyway; refuse (see bot/cli.py).
            server = app.bot_data.pop("web", None)
            if server is not None:
                await server.stop()
            await conn.close()
            app.bot_data.pop("db")
            raise
        # Webhook mode: a replica. It answers what the load balancer sends it and watches
        # the sender row, to take over when that process dies.
        other = busy.holder
        log.info("replica: pid %d on %s sends; this one stands by", other.pid, other.host)
        _stand_by(app)
    for url in settings.feeds:
        await sources.add(conn, url, origin="env", now=clock())
    # dateparser loads its locales on first use (some 0.4 s): before polling, not in a
    # reader's first /remind. In a thread, so the sender's heartbeat is not held up.
    await asyncio.to_thread(typed_times.warm_up)
    await _register_menus(app)
    log.info("callboard started as @%s with database %s", app.bot.username, conn.location)


def _stale_after(settings: Settings) -> dt.timedelta:
    # Replicas on other machines promise a take-over within 15 s; one process alone keeps
    # the patient 20 s (its database may be locked for a while by an import).
    return REPLICA_STALE_AFTER if settings.webhook_url else STALE_AFTER


async def _become_sender(app: Application) -> None:
    """Take the sender row (SenderBusy if a live process holds it), then send and poll."""
    settings: Settings = app.bot_data["settings"]
    conn = app.bot_data["db"]
    clock = app.bot_data["clock"]
    owner = app.bot_data["owner"]
    dead = await sender.acquire(
        conn,
        owner=owner,
        host=socket.gethostname(),
        pid=os.getpid(),
        now=clock(),
        stale_after=_stale_after(settings),
        is_alive=process_alive,
    )
    # Holding the row, no other process may hold claims: those of a sender that died (kill -9,
    # power cut) or stood down are owed again now rather than when their leases run out. At
    # most its in-flight sends went out and are repeated. (Also when an earlier attempt of
    # this process took the row and then failed before this line.)
    taken = await outbox.release_in_flight(conn, keep=owner)
    if dead is not None:
        # Its last second of sends is still in Telegram's windows; this Pacer never saw them.
        app.bot_data["pacer"].pause(1.1)
        log.info("took over from sender pid %d; %d rows it held are pending again", dead.pid, taken)
    expired = await outbox.drop_expired_reminders(conn, now=clock())
    if expired:
        log.info("%d reminders dropped: their deadlines passed while the bot was offline", expired)
    feeds.schedule(app)
    boards.schedule(app)
    app.bot_data["heartbeat_ok"] = time.monotonic()
    if settings.webhook_url:
        _repeat(app, _heartbeat, REPLICA_HEARTBEAT_SECONDS, "heartbeat")
        _repeat(app, _fence, 1.0, "fence")
    else:
        _repeat(app, _heartbeat, HEARTBEAT_SECONDS, "heartbeat")
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
    app.bot_data["metrics"].sender.set(1)


def _stand_by(app: Application) -> None:
    """Watch the sender row and take over when its holder is gone."""
    app.bot_data["metrics"].sender.set(0)
    _repeat(app, _watch_sender, WATCH_SECONDS, "watch-sender")


def _repeat(app: Application, callback: Callable, seconds: float, name: str) -> None:
    """A repeating job that never runs twice at once and never piles up missed runs."""
    assert app.job_queue is not None
    app.job_queue.run_repeating(
        callback,
        interval=seconds,
        first=seconds,
        name=name,
        job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
    )


async def _watch_sender(context: ContextTypes.DEFAULT_TYPE) -> None:
    """A replica's repeating job: become the sender once the one registered is dead."""
    try:
        await _become_sender(context.application)
    except sender.SenderBusy:
        return
    except Exception as exc:  # the database is down: the next tick tries again
        await errors.report(context, exc, "watching the sender row")
        return
    assert context.job is not None
    context.job.schedule_removal()
    log.info("this replica is the sender now")


async def _stand_down(app: Application) -> None:
    """Stop sending and polling (another process holds the row, or this one lost it)."""
    sending: dispatcher.Dispatcher | None = app.bot_data.pop("dispatcher", None)
    assert app.job_queue is not None
    for name in ("heartbeat", "fence", "feeds", "boards"):
        for job in app.job_queue.get_jobs_by_name(name):
            job.schedule_removal()
    await feeds.stop_polls(app.bot_data)
    if sending is not None:
        await sending.stop(grace=2.0)
    app.bot_data["metrics"].sender.set(0)
    if app.bot_data["settings"].webhook_url:
        _stand_by(app)


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
    sending: dispatcher.Dispatcher | None = context.bot_data.get("dispatcher")
    if sending is None:
        return
    began = time.monotonic()  # the heartbeat written is the time it was asked for
    try:
        alive = await sender.heartbeat(conn, owner=sending.owner, now=context.bot_data["clock"]())
        await sending.renew()
    except Exception as exc:  # a locked database: the next beat tries again
        await errors.report(context, exc, "renewing the sender's heartbeat")
        return
    context.bot_data["heartbeat_ok"] = began
    if not alive:
        log.error("another process took over sending for this database; this one stops sending")
        await _stand_down(context.application)


async def _fence(context: ContextTypes.DEFAULT_TYPE) -> None:
    """A replica that sends stops when it could not write a heartbeat for FENCE_AFTER: by
    then another may be about to take over."""
    if "dispatcher" not in context.bot_data:
        return
    silent = time.monotonic() - context.bot_data["heartbeat_ok"]
    if silent > FENCE_AFTER:
        log.error("no heartbeat written for %.0f s; this replica stops sending", silent)
        await _stand_down(context.application)


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
    server: web.WebServer | None = app.bot_data.pop("web", None)
    if server is not None:
        await server.stop()
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
    limiter = PacedRateLimiter(pacer)
    builder = (
        Application.builder()
        .token(settings.token)
        .rate_limiter(limiter)
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
    app.bot_data["metrics"] = counted = metrics.Metrics()
    limiter.on_429 = counted.too_many_requests.inc
    app.bot_data["owner"] = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
    app.add_handler(presence.HANDLERS[0], group=-1)
    # Every update timed from before group -1 to after the last group (/metrics).
    metrics.register(app, first_group=-2, last_group=100)
    # Order matters within the group: the fallback for unknown commands comes last.
    app.add_handlers(
        browse.HANDLERS
        + reminders.HANDLERS
        + calendar.HANDLERS
        + subscriptions.HANDLERS
        + board_handlers.HANDLERS
        + admin.HANDLERS
        + chat_settings.HANDLERS
        + inline.HANDLERS
        + fallback.HANDLERS
    )
    app.add_error_handler(errors.on_error)
    return app


async def run_webhook(app: Application) -> None:
    """Webhook mode: like ``run_polling`` (start, wait for SIGTERM or SIGINT, stop), but the
    updates come from Telegram's POSTs to the bot's HTTP server, and the webhook is set at
    start. ``run_polling`` calls post_init and the other hooks; here they are called by hand.
    """
    settings: Settings = app.bot_data["settings"]
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        await app.initialize()
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        # Every replica sets the same URL (the load balancer's): idempotent. A replica never
        # deletes it when it stops: the others still serve it.
        await app.bot.set_webhook(
            settings.webhook_url or "",
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
        await stop.wait()
    finally:
        if app.running:
            await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
