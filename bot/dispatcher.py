"""The dispatcher: one repeating job that sends what the outbox says is due.

Each tick claims due rows, renders each from the item as it is now, sends it through the
Application's rate limiter, and marks it sent before the next. Nothing is held in memory
between ticks, so a restart loses nothing and start-up does not grow with what is pending.
"""

from __future__ import annotations

import datetime as dt
import logging

import aiosqlite
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from bot import errors, render
from bot.settings import Settings
from storage import items, outbox
from storage.outbox import OutboxRow
from storage.reminders import deadline_from_json

log = logging.getLogger("callboard.dispatcher")

BATCH = 500
MAX_ATTEMPTS = 8
LATE_AFTER = dt.timedelta(minutes=2)
_UNREACHABLE = (
    "chat not found",
    "user is deactivated",
    "bot was kicked",
    "not a member",
    "have no rights",
    "chat_write_forbidden",
    "group chat was upgraded",
)


class _Skip(Exception):
    """The row is not to be sent: end it in ``state`` with ``reason``."""

    def __init__(self, state: str, reason: str) -> None:
        super().__init__(reason)
        self.state = state
        self.reason = reason


def backoff(attempts: int) -> dt.timedelta:
    """How long to wait before retrying after ``attempts`` failed sends: 5 s doubling, 1 h cap."""
    return dt.timedelta(seconds=min(5 * 2 ** max(0, attempts - 1), 3600))


async def _chat_zone(db: aiosqlite.Connection, chat_id: int, default_tz: str) -> str:
    from storage import chats

    return (await chats.get(db, chat_id)).tz or default_tz


async def _render(
    db: aiosqlite.Connection, row: OutboxRow, settings: Settings, now: dt.datetime
) -> render.Rendered:
    item = await items.get(db, row.item_id) if row.item_id is not None else None
    tz = await _chat_zone(db, row.chat_id, settings.default_timezone)
    default_tz = settings.default_timezone
    if row.kind == "reminder":
        if item is None or item.deadline is None:
            raise _Skip("cancelled", "nothing to remind of any more")
        if item.deadline.instant(default_tz) <= now:
            raise _Skip("dropped", "deadline passed before the reminder could be sent")
        if await outbox.due_later_for(db, row, now=now):
            raise _Skip("dropped", "superseded by a later reminder that is also due")
        late = now - dt.datetime.fromtimestamp(row.due_at, dt.UTC) > LATE_AFTER
        return render.reminder(item, tz=tz, default_tz=default_tz, now=now, late=late)
    if row.kind in ("deadline_moved", "deadline_removed"):
        if item is None:
            raise _Skip("cancelled", "item deleted")
        return render.deadline_moved(
            item,
            old=deadline_from_json(row.payload.get("old")),
            new=deadline_from_json(row.payload.get("new")),
            tz=tz,
            default_tz=default_tz,
        )
    if row.kind == "item_deleted":
        return render.item_deleted(str(row.payload.get("title", "")), row.payload.get("item_id"))
    raise _Skip("failed", f"unknown outbox kind {row.kind!r}")


async def send_row(
    bot: Bot, db: aiosqlite.Connection, row: OutboxRow, settings: Settings, now: dt.datetime
) -> None:
    """Send one claimed row and record the outcome; RetryAfter is left to the caller."""
    try:
        rendered = await _render(db, row, settings, now)
    except _Skip as skip:
        await outbox.finish(db, row.id, state=skip.state, reason=skip.reason)
        log.info(
            "outbox %s (%s to chat %s) %s: %s",
            row.id,
            row.kind,
            row.chat_id,
            skip.state,
            skip.reason,
        )
        return
    try:
        await bot.send_message(
            row.chat_id,
            rendered.text,
            parse_mode="HTML",
            reply_markup=rendered.keyboard,
            disable_web_page_preview=True,
        )
    except RetryAfter:
        raise
    except Forbidden as exc:
        dropped = await outbox.drop_chat(db, row.chat_id, reason=str(exc), now=now)
        log.warning(
            "chat %s unreachable (%s): marked inactive, %d messages dropped",
            row.chat_id,
            exc,
            dropped,
        )
        return
    except BadRequest as exc:
        if any(marker in str(exc).lower() for marker in _UNREACHABLE):
            dropped = await outbox.drop_chat(db, row.chat_id, reason=str(exc), now=now)
            log.warning(
                "chat %s unreachable (%s): marked inactive, %d messages dropped",
                row.chat_id,
                exc,
                dropped,
            )
            return
        await outbox.finish(db, row.id, state="failed", reason=str(exc))
        log.error("outbox %s to chat %s can never be sent: %s", row.id, row.chat_id, exc)
        return
    except NetworkError as exc:  # includes TimedOut and Bot API 5xx answers
        if row.attempts >= MAX_ATTEMPTS:
            await outbox.finish(db, row.id, state="failed", reason=f"gave up: {exc}")
            log.error(
                "outbox %s to chat %s failed %d times: %s", row.id, row.chat_id, row.attempts, exc
            )
            return
        await outbox.retry_later(db, row.id, due_at=now + backoff(row.attempts), error=str(exc))
        log.warning(
            "outbox %s to chat %s: %s; retrying in %s",
            row.id,
            row.chat_id,
            exc,
            backoff(row.attempts),
        )
        return
    await outbox.mark_sent(db, row.id, now=now)


async def tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send every outbox row that is due (the repeating job)."""
    db: aiosqlite.Connection = context.bot_data["db"]
    settings: Settings = context.bot_data["settings"]
    clock = context.bot_data["clock"]
    rows = await outbox.claim_due(db, now=clock(), limit=BATCH)
    for index, row in enumerate(rows):
        now = clock()
        try:
            await send_row(context.bot, db, row, settings, now)
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if isinstance(wait, dt.timedelta) else float(wait)
            await outbox.retry_later(
                db, row.id, due_at=now + dt.timedelta(seconds=seconds), error=str(exc)
            )
            await outbox.release(db, [r.id for r in rows[index + 1 :]])
            log.warning(
                "Telegram asked to wait %.0f s; %d messages wait with it",
                seconds,
                len(rows) - index,
            )
            return
        except (TelegramError, aiosqlite.Error, ValueError, KeyError) as exc:
            await outbox.retry_later(
                db, row.id, due_at=now + backoff(row.attempts), error=f"{type(exc).__name__}: {exc}"
            )
            await errors.report(context, exc, f"sending outbox row {row.id}")
