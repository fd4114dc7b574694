"""The dispatcher: one repeating job that sends what the outbox says is due.

Each tick claims due rows, renders each from the item as it is now, sends it through the
Application's rate limiter, and marks it sent before the next. Nothing is held in memory
between ticks, so a restart loses nothing and start-up does not grow with what is pending.
Sends are sequential: a crash can then repeat at most the one message in flight.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Callable

import aiosqlite
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from bot import errors, render
from bot.settings import Settings
from storage import broadcasts, chats, items, outbox, reminders
from storage.outbox import OutboxRow
from storage.reminders import deadline_from_json

log = logging.getLogger("callboard.dispatcher")

BATCH = 500
MAX_ATTEMPTS = 10
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
    """How long to wait before retrying after ``attempts`` failed sends: 2 s doubling, 1 h cap.

    Most failures are a passing 5xx or timeout; a short first wait keeps a broadcast's tail
    short, and the doubling still spaces out retries against a Bot API that is really down.
    """
    return dt.timedelta(seconds=min(2 * 2 ** max(0, attempts - 1), 3600))


async def _zone(db: aiosqlite.Connection, chat_id: int | str, settings: Settings) -> str:
    if isinstance(chat_id, str):
        return settings.default_timezone  # a channel's readers are everywhere
    return (await chats.get(db, chat_id)).tz or settings.default_timezone


async def _render(
    db: aiosqlite.Connection, row: OutboxRow, settings: Settings, now: dt.datetime
) -> render.Rendered:
    item = await items.get(db, row.item_id) if row.item_id is not None else None
    tz = await _zone(db, row.chat_id, settings)
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
    if row.kind == "item_deleted":
        return render.item_deleted(str(row.payload.get("title", "")), row.payload.get("item_id"))
    if row.kind == "admin_alert":
        return render.Rendered(str(row.payload.get("text", "")))
    if item is None:
        raise _Skip("cancelled", "item deleted")
    if row.kind in ("deadline_moved", "deadline_removed", "channel_moved"):
        old = deadline_from_json(row.payload.get("old"))
        new = deadline_from_json(row.payload.get("new"))
        if row.kind == "channel_moved":
            return render.channel_moved(item, old=old, new=new, default_tz=default_tz)
        return render.deadline_moved(item, old=old, new=new, tz=tz, default_tz=default_tz)
    if row.kind in ("channel_post", "channel_edit"):
        return render.channel_post(item, default_tz=default_tz, now=now)
    if row.kind == "notification":
        following = isinstance(row.chat_id, int) and await reminders.is_following(
            db, chat_id=row.chat_id, item_id=item.id or 0
        )
        return render.notification(item, tz=tz, default_tz=default_tz, now=now, following=following)
    raise _Skip("failed", f"unknown outbox kind {row.kind!r}")


async def _deliver(
    bot: Bot, db: aiosqlite.Connection, row: OutboxRow, rendered: render.Rendered
) -> None:
    if row.kind == "channel_edit":
        message_id = await broadcasts.channel_post(
            db, item_id=row.item_id or 0, chat_id=str(row.chat_id)
        )
        if message_id is None:
            raise _Skip("cancelled", "the item was never posted there")
        try:
            await bot.edit_message_text(
                rendered.text,
                chat_id=row.chat_id,
                message_id=message_id,
                parse_mode="HTML",
                disable_web_page_preview=True,
            )
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise
        return
    message = await bot.send_message(
        row.chat_id,
        rendered.text,
        parse_mode="HTML",
        reply_markup=rendered.keyboard,
        disable_web_page_preview=True,
    )
    if row.kind == "channel_post" and row.item_id is not None:
        await broadcasts.record_channel_post(
            db, item_id=row.item_id, chat_id=str(row.chat_id), message_id=message.message_id
        )


async def _failed(
    db: aiosqlite.Connection, rows: list[OutboxRow], exc: TelegramError, now: dt.datetime
) -> None:
    """Record why sending ``rows`` (one message) failed: retry, fail, or drop the chat."""
    chat_id = rows[0].chat_id
    unreachable = isinstance(exc, Forbidden) or (
        isinstance(exc, BadRequest) and any(m in str(exc).lower() for m in _UNREACHABLE)
    )
    if unreachable:
        dropped = await outbox.drop_chat(db, chat_id, reason=str(exc), now=now)
        log.warning(
            "chat %s unreachable (%s): marked inactive, %d messages dropped", chat_id, exc, dropped
        )
        return
    # NetworkError covers timeouts and the Bot API's 5xx answers; PTB's BadRequest (a 400,
    # which will never succeed) is a subclass of it, so it is told apart first.
    transient = isinstance(exc, NetworkError) and not isinstance(exc, BadRequest)
    for row in rows:
        if transient and row.attempts < MAX_ATTEMPTS:
            await outbox.retry_later(db, row.id, due_at=now + backoff(row.attempts), error=str(exc))
        else:
            await outbox.finish(db, row.id, state="failed", reason=str(exc))
            log.error(
                "outbox %s (%s) to chat %s failed for good: %s", row.id, row.kind, chat_id, exc
            )


async def send_row(
    bot: Bot, db: aiosqlite.Connection, row: OutboxRow, settings: Settings, now: dt.datetime
) -> None:
    """Send one claimed row and record the outcome; RetryAfter is left to the caller."""
    try:
        rendered = await _render(db, row, settings, now)
        await _deliver(bot, db, row, rendered)
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
    except RetryAfter:
        raise
    except TelegramError as exc:
        await _failed(db, [row], exc, now)
        return
    await outbox.mark_sent(db, row.id, now=now)


async def send_digest(
    bot: Bot, db: aiosqlite.Connection, rows: list[OutboxRow], settings: Settings, now: dt.datetime
) -> None:
    """Send one chat's due digest entries as one message."""
    found = [await items.get(db, row.item_id) for row in rows if row.item_id is not None]
    present = [item for item in found if item is not None]
    if not present:
        for row in rows:
            await outbox.finish(db, row.id, state="cancelled", reason="items deleted")
        return
    tz = await _zone(db, rows[0].chat_id, settings)
    rendered = render.digest(present, tz=tz, default_tz=settings.default_timezone, now=now)
    try:
        await bot.send_message(
            rows[0].chat_id,
            rendered.text,
            parse_mode="HTML",
            reply_markup=rendered.keyboard,
            disable_web_page_preview=True,
        )
    except RetryAfter:
        raise
    except TelegramError as exc:
        await _failed(db, rows, exc, now)
        return
    for row in rows:
        await outbox.mark_sent(db, row.id, now=now)


def _messages(rows: list[OutboxRow]) -> list[list[OutboxRow]]:
    """Claimed rows as messages to send: each row alone, a chat's digest entries together."""
    digests: dict[int | str, list[OutboxRow]] = defaultdict(list)
    messages: list[list[OutboxRow]] = []
    for row in rows:
        if row.kind == "digest_item":
            if row.chat_id not in digests:
                messages.append(digests[row.chat_id])
            digests[row.chat_id].append(row)
        else:
            messages.append([row])
    return messages


async def tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send every outbox row that is due (the repeating job).

    A full batch means more is waiting (a broadcast), so the tick claims again at once rather
    than idling until its next interval.
    """
    db: aiosqlite.Connection = context.bot_data["db"]
    settings: Settings = context.bot_data["settings"]
    clock = context.bot_data["clock"]
    while True:
        rows = await outbox.claim_due(db, now=clock(), limit=BATCH)
        if not await _send_batch(context, db, settings, clock, _messages(rows)):
            return  # Telegram asked to wait
        if len(rows) < BATCH:
            return


async def _send_batch(
    context: ContextTypes.DEFAULT_TYPE,
    db: aiosqlite.Connection,
    settings: Settings,
    clock: Callable[[], dt.datetime],
    messages: list[list[OutboxRow]],
) -> bool:
    """Send claimed messages in order; False when a 429 paused the rest."""
    for index, rows in enumerate(messages):
        now = clock()
        try:
            if rows[0].kind == "digest_item":
                await send_digest(context.bot, db, rows, settings, now)
            else:
                await send_row(context.bot, db, rows[0], settings, now)
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if isinstance(wait, dt.timedelta) else float(wait)
            for row in rows:
                await outbox.retry_later(
                    db, row.id, due_at=now + dt.timedelta(seconds=seconds), error=str(exc)
                )
            rest = [row.id for later in messages[index + 1 :] for row in later]
            await outbox.release(db, rest)
            log.warning(
                "Telegram asked to wait %.0f s; %d messages wait with it", seconds, len(rest) + 1
            )
            return False
        except (aiosqlite.Error, ValueError, KeyError) as exc:
            for row in rows:
                await outbox.retry_later(
                    db,
                    row.id,
                    due_at=now + backoff(row.attempts),
                    error=f"{type(exc).__name__}: {exc}",
                )
            await errors.report(context, exc, f"sending outbox rows {[r.id for r in rows]}")
    return True
