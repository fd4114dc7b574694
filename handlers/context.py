"""What every handler reads from the Application: the database, the settings, the clock, and
the locale of the update it handles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from telegram import Update
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.render.locale import Locale
from bot.settings import Settings
from storage.database import Database


class CallboardContext(CallbackContext[ExtBot, dict, dict, dict]):
    """PTB's context plus the reader of this update's replies, resolved once per update by
    ``handlers/presence.py`` (group -1) and shared with the handler that answers (PTB passes
    one context through every group of an update)."""

    def __init__(
        self, application: Application, chat_id: int | None = None, user_id: int | None = None
    ) -> None:
        super().__init__(application, chat_id=chat_id, user_id=user_id)
        self.locale: Locale | None = None
        # When the update reached the first handler group (bot/metrics.py times it).
        self.started: float | None = None


CONTEXT_TYPES = ContextTypes(context=CallboardContext)


def db(context: ContextTypes.DEFAULT_TYPE) -> Database:
    """The shared database connection."""
    return context.bot_data["db"]


def settings(context: ContextTypes.DEFAULT_TYPE) -> Settings:
    """The operator's settings."""
    return context.bot_data["settings"]


def now(context: ContextTypes.DEFAULT_TYPE) -> dt.datetime:
    """The current instant (aware, UTC)."""
    clock: Callable[[], dt.datetime] = context.bot_data["clock"]
    return clock()


def topic(update: Update) -> int | None:
    """The forum topic a message was written in, None outside one.

    Only ``is_topic_message``: in a group without topics ``message_thread_id`` names a chain of
    replies, and in a forum's General topic sending into it fails ("message thread not
    found"). Replies need nothing of this: PTB's ``reply_*`` keep a topic message's thread.
    """
    message = update.effective_message
    if message is None or not message.is_topic_message:
        return None
    return message.message_thread_id


def locale(context: ContextTypes.DEFAULT_TYPE) -> Locale:
    """The language and zone this update's replies are written in."""
    resolved = getattr(context, "locale", None)
    if resolved is None:  # an update kind presence.py does not resolve: the operator's defaults
        zone = settings(context).default_timezone
        return Locale(tz=zone, default_tz=zone)
    return resolved
