"""The one error handler: log every failure with its context, tell admins once per kind."""

from __future__ import annotations

import logging
import traceback
from typing import Protocol

from telegram import Bot, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import render

log = logging.getLogger("callboard.errors")


def failure_kind(error: BaseException) -> str:
    """A stable name for a kind of failure: the exception type and where it was raised."""
    frames = traceback.extract_tb(error.__traceback__)
    own = [f for f in frames if "/site-packages/" not in f.filename]
    where = f" in {own[-1].name}" if own else ""
    return f"{type(error).__name__}{where}"


class HasBot(Protocol):
    """A CallbackContext or the Application itself: what reporting needs."""

    @property
    def bot(self) -> Bot: ...

    @property
    def bot_data(self) -> dict: ...


async def report(
    context: HasBot | ContextTypes.DEFAULT_TYPE,
    error: BaseException,
    where: str,
    *,
    kind: str | None = None,
) -> None:
    """Log a failure with its context; tell the admins once per kind of failure per run."""
    log.error("failure %s", where, exc_info=error if error.__traceback__ else None)
    kind = kind or failure_kind(error)
    reported: set[str] = context.bot_data.setdefault("reported_failures", set())
    if kind in reported:
        return
    reported.add(kind)
    settings = context.bot_data.get("settings")
    token = getattr(settings, "token", None) or ""
    detail = str(error).replace(token, "<token>") if token else str(error)
    for admin in sorted(getattr(settings, "admin_ids", ())):
        try:
            await context.bot.send_message(
                admin, render.admin_failure(render.ENGLISH, kind, detail), parse_mode="HTML"
            )
        except TelegramError as exc:
            log.warning("could not tell admin %s about %s: %s", admin, kind, exc)


def _reader(context: ContextTypes.DEFAULT_TYPE) -> render.Locale:
    """The locale resolved for the failed update, if it got that far."""
    return getattr(context, "locale", None) or render.ENGLISH


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The Application's error handler: report the failure, and tell the user it failed."""
    error = context.error
    if error is None:
        return
    chat_id = update_id = None
    if isinstance(update, Update):
        update_id = update.update_id
        chat_id = update.effective_chat.id if update.effective_chat else None
    # Ids only: the update's text is the user's and stays out of the log.
    await report(context, error, f"handling update {update_id} in chat {chat_id}")
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_html(render.something_failed(_reader(context)))
        except TelegramError:
            log.warning("could not tell chat %s that its request failed", chat_id)
