"""What every handler reads from the Application: the database, the settings, the clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import aiosqlite
from telegram import Update
from telegram.ext import ContextTypes

from bot.settings import Settings
from storage import chats


def db(context: ContextTypes.DEFAULT_TYPE) -> aiosqlite.Connection:
    """The shared database connection."""
    return context.bot_data["db"]


def settings(context: ContextTypes.DEFAULT_TYPE) -> Settings:
    """The operator's settings."""
    return context.bot_data["settings"]


def now(context: ContextTypes.DEFAULT_TYPE) -> dt.datetime:
    """The current instant (aware, UTC)."""
    clock: Callable[[], dt.datetime] = context.bot_data["clock"]
    return clock()


async def chat_zone(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The zone this chat reads times in."""
    chat = await chats.get(db(context), update.effective_chat.id)
    return chat.tz or settings(context).default_timezone
