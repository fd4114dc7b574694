"""Building the python-telegram-bot Application: handlers, error handler, start and stop."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from telegram import BotCommand
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application

from bot import dispatcher, errors, feeds, render
from bot.settings import Settings
from handlers import admin, browse, fallback, reminders, subscriptions
from handlers import settings as chat_settings
from storage import db as storage_db
from storage import outbox, sources

log = logging.getLogger("callboard")

# Telegram allows about 30 messages a second per bot and 20 a minute per group or channel.
# aiolimiter's bucket holds as many as its rate, so 30/s would let 30 go at once and then 30
# more within the same second; a bucket of one spaces them evenly instead, just under the limit.
MESSAGES_PER_SECOND = 29.5
SECONDS_PER_GROUP_MESSAGE = 3.05


def rate_limiter() -> AIORateLimiter:
    """Smooth flood control: evenly spaced sends under Telegram's limits, RetryAfter retried."""
    return AIORateLimiter(
        overall_max_rate=1,
        overall_time_period=1 / MESSAGES_PER_SECOND,
        group_max_rate=1,
        group_time_period=SECONDS_PER_GROUP_MESSAGE,
        max_retries=2,
    )


def utcnow() -> dt.datetime:
    """The current instant, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


async def _post_init(app: Application) -> None:
    settings: Settings = app.bot_data["settings"]
    app.bot_data["db"] = conn = await storage_db.connect(settings.database_path)
    # Rows a previous run was sending when it stopped: at most one of them went out.
    in_flight = await outbox.release_in_flight(conn)
    if in_flight:
        log.info(
            "%d outbox rows were in flight at the last stop; they are pending again", in_flight
        )
    expired = await outbox.drop_expired_reminders(conn, now=app.bot_data["clock"]())
    if expired:
        log.info("%d reminders dropped: their deadlines passed while the bot was offline", expired)
    for url in settings.feeds:
        await sources.add(conn, url, origin="env", now=app.bot_data["clock"]())
    assert app.job_queue is not None
    feeds.schedule(app)
    app.job_queue.run_repeating(
        dispatcher.tick,
        interval=settings.dispatch_interval,
        first=0.1,
        name="dispatcher",
        job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
    )
    try:
        await app.bot.set_my_commands([BotCommand(n, d) for n, d in render.COMMANDS])
    except TelegramError as exc:
        log.warning("could not register the command menu: %s", exc)
    log.info("callboard started as @%s with database %s", app.bot.username, settings.database_path)


async def _post_shutdown(app: Application) -> None:
    conn = app.bot_data.pop("db", None)
    if conn is not None:
        await conn.close()
    log.info("callboard stopped")


def build_application(
    settings: Settings, *, clock: Callable[[], dt.datetime] = utcnow
) -> Application:
    """The bot, ready to run: every handler registered here, in one place."""
    assert settings.token is not None
    builder = (
        Application.builder()
        .token(settings.token)
        .rate_limiter(rate_limiter())
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url)
    app = builder.build()
    app.bot_data["settings"] = settings
    app.bot_data["clock"] = clock
    # Order matters within the group: the fallback for unknown commands comes last.
    app.add_handlers(
        browse.HANDLERS
        + reminders.HANDLERS
        + subscriptions.HANDLERS
        + admin.HANDLERS
        + chat_settings.HANDLERS
        + fallback.HANDLERS
    )
    app.add_error_handler(errors.on_error)
    return app
