"""The dispatcher: sends what the outbox says is due, several at a time, each chat at its pace.

One asyncio task per process (only the process that holds the database's sender row runs it)
claims due rows under a lease, keeps them in per-chat queues in memory, and starts a send for
any chat that the Pacer says is ready, up to ``SEND_CONCURRENCY`` at once. A chat that must
wait (a group paced at 20 a minute, a chat that drew a 429) holds up nobody else. Each row is
rendered from the item as it is now and marked sent as soon as Telegram answers, so a crash
repeats at most the sends that were in flight. Every failure ends: retried with backoff while
the message is still useful, then failed with its reason, and the operators told once.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from telegram import Bot, Message
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application

from bot import errors, metrics, render, review
from bot.audience import channel_locale, chat_locale
from bot.pacing import Pacer, chat_key
from bot.settings import Settings
from storage import boards, broadcasts, chats, items, outbox, reminders, subscriptions
from storage.database import ERRORS as DATABASE_ERRORS
from storage.database import Database
from storage.outbox import Kind, OutboxRow
from storage.rows import deadline_from_json

log = logging.getLogger("callboard.dispatcher")

HOLD = 300  # rows held in memory at most: about ten seconds of sending at the bot's rate
PER_CHAT = 5  # rows of one chat claimed at a time
LEASE = dt.timedelta(minutes=2)
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
# A forum topic that was deleted (or whose first message Telegram no longer has): sends into it
# fail with these, the rest of the group is fine.
_TOPIC_GONE = ("message thread not found", "topic_deleted")
# A board whose message was deleted (by an administrator, or with its topic).
_BOARD_GONE = ("message to edit not found", "message can't be edited", "message_id_invalid")
_BOARD_KINDS = frozenset({Kind.BOARD_POST, Kind.BOARD_EDIT, Kind.BOARD_UNPIN})


class _Skip(Exception):
    """The row is not to be sent: end it in ``state`` with ``reason``."""

    def __init__(self, state: str, reason: str) -> None:
        super().__init__(reason)
        self.state = state
        self.reason = reason


def backoff(attempts: int) -> dt.timedelta:
    """How long to wait before retrying after ``attempts`` failed sends: 2 s doubling, 5 min cap.

    Most failures are a passing 5xx or timeout; a short first wait keeps a broadcast's tail
    short, the doubling spaces out retries against a Bot API that is really down, and the cap
    means messages flow again within five minutes of an outage's end.
    """
    return dt.timedelta(seconds=min(2 * 2 ** min(max(0, attempts - 1), 20), 300))


async def _locale(db: Database, chat_id: int | str, settings: Settings) -> render.Locale:
    """The receiving chat's language and zone; the channel's from CHANNEL_LANGUAGE."""
    channel = settings.channel_id is not None and chat_key(chat_id) == chat_key(settings.channel_id)
    if isinstance(chat_id, str) or channel:
        return channel_locale(settings)  # a channel's readers are everywhere
    return chat_locale(await chats.get(db, chat_id), settings)


def _username(bot: Bot) -> str | None:
    """The bot's @username for deep links, None before it knows itself (no getMe yet)."""
    try:
        return bot.username
    except RuntimeError:
        return None


def _moments(stamps: object) -> list[dt.datetime]:
    """Moments stored as Unix seconds in a row's payload (none in rows from before)."""
    if not isinstance(stamps, list):
        return []
    return [dt.datetime.fromtimestamp(int(stamp), dt.UTC) for stamp in stamps]


async def _render(
    db: Database,
    row: OutboxRow,
    settings: Settings,
    now: dt.datetime,
    bot_username: str | None = None,
) -> render.Rendered:
    item = await items.get(db, row.item_id) if row.item_id is not None else None
    loc = await _locale(db, row.chat_id, settings)
    default_tz = settings.default_timezone
    if row.kind == Kind.REMINDER:
        if item is None or item.deadline is None:
            raise _Skip("cancelled", "nothing to remind of any more")
        if item.deadline.instant(default_tz) <= now:
            raise _Skip("dropped", "deadline passed before the reminder could be sent")
        if await outbox.due_later_for(db, row, now=now):
            raise _Skip("dropped", "superseded by a later reminder that is also due")
        late = now - dt.datetime.fromtimestamp(row.due_at, dt.UTC) > LATE_AFTER
        return render.reminder(loc, item, now=now, late=late)
    if row.kind == Kind.ITEM_DELETED:
        return render.item_deleted(
            loc, str(row.payload.get("title", "")), row.payload.get("item_id")
        )
    if row.kind == Kind.CHANNEL_WITHDRAWN:
        title = str(row.payload.get("title", ""))
        return render.channel_withdrawn(loc, title, row.payload.get("item_id"))
    if row.kind == Kind.BOARD_NOTICE:
        return render.board_notice(loc, render.BoardNotice(row.payload.get("notice", "gone")))
    if row.kind == Kind.TOPIC_GONE:
        return render.topic_gone(loc, int(row.payload.get("paused", 0)))
    if row.kind == Kind.ADMIN_ALERT:
        if row.payload.get("draft_id") is not None:
            # An entry held for review: the draft as it is now, with Save / Edit / Discard.
            shown = await review.message(db, int(row.payload["draft_id"]), loc)
            if shown is None:
                raise _Skip("cancelled", "the draft was already saved or discarded")
            return shown
        return render.Rendered(str(row.payload.get("text", "")))
    if item is None:
        raise _Skip("cancelled", "item deleted")
    if row.kind in (Kind.DEADLINE_MOVED, Kind.DEADLINE_REMOVED, Kind.CHANNEL_MOVED):
        old = deadline_from_json(row.payload.get("old"))
        new = deadline_from_json(row.payload.get("new"))
        if row.kind == Kind.CHANNEL_MOVED:
            return render.channel_moved(loc, item, old=old, new=new)
        return render.deadline_moved(
            loc,
            item,
            old=old,
            new=new,
            moments_kept=_moments(row.payload.get("moments_kept")),
            moments_dropped=_moments(row.payload.get("moments_dropped")),
            offsets=bool(row.payload.get("offsets", True)),
        )
    if row.kind in (Kind.CHANNEL_POST, Kind.CHANNEL_EDIT):
        return render.channel_post(loc, item, now=now, bot_username=bot_username)
    if row.kind == Kind.NOTIFICATION:
        following = isinstance(row.chat_id, int) and await reminders.is_following(
            db, chat_id=row.chat_id, item_id=item.id or 0
        )
        return render.notification(loc, item, now=now, following=following)
    raise _Skip("failed", f"unknown outbox kind {row.kind!r}")


# A 429 comes back to the dispatcher at once, which reschedules the message.
_AT_ONCE = {"reschedule": True}


async def _deliver(
    bot: Bot, db: Database, row: OutboxRow, rendered: render.Rendered
) -> Message | None:
    if row.kind in (Kind.CHANNEL_EDIT, Kind.CHANNEL_WITHDRAWN):
        message_id = (
            row.payload.get("message_id")
            if row.kind == Kind.CHANNEL_WITHDRAWN
            else await broadcasts.channel_post(
                db, item_id=row.item_id or 0, chat_id=str(row.chat_id)
            )
        )
        if message_id is None:
            raise _Skip("cancelled", "the item was never posted there")
        try:
            await bot.edit_message_text(
                rendered.text,
                chat_id=row.chat_id,
                message_id=message_id,
                parse_mode="HTML",
                reply_markup=rendered.keyboard,  # an edit without it would drop the buttons
                disable_web_page_preview=True,
                rate_limit_args=_AT_ONCE,
            )
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise
        return None
    return await bot.send_message(
        row.chat_id,
        rendered.text,
        parse_mode="HTML",
        reply_markup=rendered.keyboard,
        disable_web_page_preview=True,
        message_thread_id=row.thread_id,
        rate_limit_args=_AT_ONCE,
    )


_CHANNEL_KINDS = frozenset(
    {Kind.CHANNEL_POST, Kind.CHANNEL_EDIT, Kind.CHANNEL_MOVED, Kind.CHANNEL_WITHDRAWN}
)


@dataclass
class Outcome:
    """What became of one message: recorded in the database by ``record``."""

    rows: list[OutboxRow]
    state: str  # sent, retry, failed, dropped, cancelled, unreachable, topic_gone, board_gone
    reason: str = ""
    retry_at: dt.datetime | None = None
    channel: bool = False
    message_id: int | None = None
    # A board's message: the digest of the text it now shows, whether it is pinned (None: the
    # pin failed for a passing reason, not refused), its topic, when Telegram answered.
    board: tuple[str, bool | None, int | None, dt.datetime] | None = None


def _is_channel(rows: list[OutboxRow], settings: Settings) -> bool:
    return rows[0].kind in _CHANNEL_KINDS or (
        settings.channel_id is not None
        and chat_key(rows[0].chat_id) == chat_key(settings.channel_id)
    )


def _unreachable(exc: TelegramError) -> bool:
    return isinstance(exc, Forbidden) or (
        isinstance(exc, BadRequest) and any(m in str(exc).lower() for m in _UNREACHABLE)
    )


async def render_board(
    db: Database, board: boards.Board, settings: Settings, now: dt.datetime
) -> render.Rendered:
    """A board as it should read now, in its chat's language and zone."""
    loc = await _locale(db, board.chat_id, settings)
    found = await boards.upcoming(db, board, now=now)
    return render.board(loc, found, board.kinds, board.query, now=now)


async def _board(
    bot: Bot,
    db: Database,
    row: OutboxRow,
    settings: Settings,
    now: dt.datetime,
    clock: Callable[[], dt.datetime],
) -> Outcome:
    """Post (and pin), edit or unpin a live board. An edit that would change nothing is not
    sent; a deleted board message stops the board. Raises what ``attempt`` handles.

    The board's last edit is stamped when Telegram answered, not when the send began: the
    next edit is owed an interval after that, so two edits never reach Telegram closer
    together than the interval, however long one waited to go out."""
    chat_id = int(row.chat_id)
    if row.kind == Kind.BOARD_UNPIN:
        with contextlib.suppress(BadRequest, Forbidden):  # already unpinned or deleted: done
            await bot.unpin_chat_message(
                chat_id, message_id=row.payload.get("message_id"), rate_limit_args=_AT_ONCE
            )
        return Outcome([row], "sent")
    board = await boards.get(db, chat_id)
    if board is None:
        return Outcome([row], "cancelled", "the board was removed")
    rendered = await render_board(db, board, settings, now)
    shown = boards.digest(rendered.text)
    if row.kind == Kind.BOARD_POST:
        if board.message_id is not None:
            return Outcome([row], "cancelled", "the board was already posted")
        message = await bot.send_message(
            chat_id,
            rendered.text,
            parse_mode="HTML",
            disable_web_page_preview=True,
            message_thread_id=board.thread_id,
            rate_limit_args=_AT_ONCE,
        )
        # The message is out: whatever the pin does, this row is sent (a retry would post the
        # board twice). So the pin waits out a 429 in the limiter rather than coming back.
        pinned: bool | None
        try:
            await bot.pin_chat_message(chat_id, message.message_id, disable_notification=True)
            pinned = True
        except (BadRequest, Forbidden) as exc:  # no right to pin: said once, board goes on
            log.info("board of chat %s not pinned: %s", chat_id, exc)
            pinned = False
        except TelegramError as exc:  # a passing failure: unpinned, nobody told
            log.warning("board of chat %s not pinned: %s", chat_id, exc)
            pinned = None
        return Outcome(
            [row],
            "sent",
            message_id=message.message_id,
            board=(shown, pinned, board.thread_id, clock()),
        )
    if board.message_id is None or shown == board.shown:
        return Outcome([row], "cancelled", "the board already shows this")
    try:
        await bot.edit_message_text(
            rendered.text,
            chat_id=chat_id,
            message_id=board.message_id,
            parse_mode="HTML",
            disable_web_page_preview=True,
            rate_limit_args=_AT_ONCE,
        )
    except BadRequest as exc:
        text = str(exc).lower()
        if any(m in text for m in _BOARD_GONE):
            return Outcome([row], "board_gone", str(exc))
        if "not modified" not in text:
            raise
    return Outcome([row], "sent", board=(shown, board.pinned, board.thread_id, clock()))


def _topic_gone(row: OutboxRow, exc: TelegramError) -> bool:
    return (
        row.thread_id is not None
        and isinstance(row.chat_id, int)
        and isinstance(exc, BadRequest)
        and any(m in str(exc).lower() for m in _TOPIC_GONE)
    )


async def _useful_until(db: Database, row: OutboxRow, settings: Settings) -> dt.datetime:
    """Until when retrying ``row`` still makes sense: a reminder until its deadline."""
    if row.kind == Kind.REMINDER and row.item_id is not None:
        item = await items.get(db, row.item_id)
        if item is not None and item.deadline is not None:
            return item.deadline.instant(settings.default_timezone)
    return row.useful_until()


async def attempt(
    bot: Bot,
    db: Database,
    rows: list[OutboxRow],
    settings: Settings,
    now: dt.datetime,
    clock: Callable[[], dt.datetime] | None = None,
) -> Outcome:
    """Render and send one message (a row, or a chat's due digest entries).

    Never raises, except RetryAfter, which the caller reschedules.
    """
    channel = _is_channel(rows, settings)
    try:
        if rows[0].kind in _BOARD_KINDS:
            return await _board(bot, db, rows[0], settings, now, clock or (lambda: now))
        if rows[0].kind == Kind.DIGEST_ITEM:
            found = [await items.get(db, r.item_id) for r in rows if r.item_id is not None]
            present = [item for item in found if item is not None]
            if not present:
                return Outcome(rows, "cancelled", "items deleted")
            loc = await _locale(db, rows[0].chat_id, settings)
            rendered = render.digest(loc, present, now=now)
            message = await bot.send_message(
                rows[0].chat_id,
                rendered.text,
                parse_mode="HTML",
                reply_markup=rendered.keyboard,
                disable_web_page_preview=True,
                message_thread_id=rows[0].thread_id,
                rate_limit_args=_AT_ONCE,
            )
        else:
            rendered = await _render(db, rows[0], settings, now, _username(bot))
            message = await _deliver(bot, db, rows[0], rendered)
    except _Skip as skip:
        return Outcome(rows, skip.state, skip.reason)
    except RetryAfter:
        raise
    except TelegramError as exc:
        if _topic_gone(rows[0], exc):
            return Outcome(rows, "topic_gone", str(exc))
        if _unreachable(exc):
            return Outcome(rows, "unreachable", str(exc), channel=channel)
        # PTB's BadRequest (a 400: this message will never be accepted) is a NetworkError too.
        if isinstance(exc, BadRequest):
            return Outcome(rows, "failed", str(exc), channel=channel)
        return await _retry_or_fail(db, rows, f"{type(exc).__name__}: {exc}", settings, now)
    except (*DATABASE_ERRORS, OSError) as exc:
        return await _retry_or_fail(db, rows, f"{type(exc).__name__}: {exc}", settings, now)
    except Exception as exc:  # a bug (e.g. a TypeError in rendering) must not strand the row
        log.exception("sending outbox rows %s failed", [r.id for r in rows])
        outcome = await _retry_or_fail(db, rows, f"{type(exc).__name__}: {exc}", settings, now)
        outcome.channel = channel
        return outcome
    return Outcome(
        rows, "sent", channel=channel, message_id=message.message_id if message else None
    )


async def _retry_or_fail(
    db: Database,
    rows: list[OutboxRow],
    reason: str,
    settings: Settings,
    now: dt.datetime,
) -> Outcome:
    retry_at = now + backoff(max(r.attempts for r in rows))
    try:
        until = min([await _useful_until(db, r, settings) for r in rows])
    except DATABASE_ERRORS:
        until = min(r.useful_until() for r in rows)
    if retry_at < until:
        return Outcome(rows, "retry", reason, retry_at=retry_at)
    return Outcome(rows, "failed", f"no longer useful after retrying: {reason}")


async def record(db: Database, outcome: Outcome, now: dt.datetime) -> None:
    """Write what became of a message; raises database errors for the caller to retry."""
    rows = outcome.rows
    if outcome.state == "sent":
        first = rows[0]
        if first.kind == Kind.CHANNEL_POST and first.item_id is not None and outcome.message_id:
            await broadcasts.record_channel_post(
                db,
                item_id=first.item_id,
                chat_id=str(first.chat_id),
                message_id=outcome.message_id,
            )
        if outcome.board is not None:
            shown, pinned, thread_id, answered = outcome.board
            chat_id = int(first.chat_id)
            if first.kind == Kind.BOARD_POST and outcome.message_id:
                await boards.record_post(
                    db,
                    chat_id=chat_id,
                    message_id=outcome.message_id,
                    shown=shown,
                    pinned=pinned,
                    now=answered,
                    thread_id=thread_id,
                )
            else:
                await boards.record_edit(db, chat_id=chat_id, shown=shown, now=answered)
        for row in rows:
            await outbox.mark_sent(db, row.id, now=now)
    elif outcome.state == "retry":
        assert outcome.retry_at is not None
        for row in rows:
            await outbox.retry_later(db, row.id, due_at=outcome.retry_at, error=outcome.reason)
    elif outcome.state == "board_gone":
        await boards.gone(db, chat_id=int(rows[0].chat_id), now=now)
        await outbox.finish(db, rows[0].id, state="dropped", reason=outcome.reason)
        log.warning("board of chat %s is gone (%s): stopped", rows[0].chat_id, outcome.reason)
    elif outcome.state == "topic_gone":
        first = rows[0]
        assert first.thread_id is not None and isinstance(first.chat_id, int)
        paused = await subscriptions.topic_deleted(
            db, chat_id=first.chat_id, thread_id=first.thread_id, reason=outcome.reason, now=now
        )
        log.warning(
            "topic %s of chat %s is gone (%s): %d subscriptions paused",
            first.thread_id,
            first.chat_id,
            outcome.reason,
            paused,
        )
    elif outcome.state == "unreachable":
        dropped = await outbox.drop_chat(
            db, rows[0].chat_id, reason=outcome.reason, now=now, channel=outcome.channel
        )
        log.warning(
            "%s %s unreachable (%s): %d messages ended",
            "channel" if outcome.channel else "chat",
            rows[0].chat_id,
            outcome.reason,
            dropped,
        )
    else:
        for row in rows:
            await outbox.finish(db, row.id, state=outcome.state, reason=outcome.reason)
        log.log(
            logging.ERROR if outcome.state == "failed" else logging.INFO,
            "outbox %s (%s to chat %s) %s: %s",
            [r.id for r in rows],
            rows[0].kind,
            rows[0].chat_id,
            outcome.state,
            outcome.reason,
        )


class DeliveryFailure(Exception):
    """A message that could not be delivered, as told to the operators (once per kind)."""


@dataclass
class _ChatQueue:
    messages: list[list[OutboxRow]] = field(default_factory=list)
    sending: bool = False

    def head_key(self) -> tuple[int, int, int]:
        first = self.messages[0][0]
        return (int(first.priority), first.due_at, first.id)


class Dispatcher:
    """Claims due rows and sends them, concurrently across chats, in order within each chat."""

    def __init__(
        self,
        app: Application,
        *,
        owner: str,
        pacer: Pacer,
        concurrency: int,
        claim_interval: float,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self.app = app
        self.owner = owner
        self.pacer = pacer
        self.concurrency = concurrency
        self.claim_interval = claim_interval
        self.clock = clock
        self._queues: dict[int | str, _ChatQueue] = {}
        self._held = 0
        self._in_flight: set[asyncio.Task] = set()
        self._unrecorded: list[tuple[Outcome, dt.datetime]] = []
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task | None = None
        self._last_claim = 0.0
        self.sent = 0

    @property
    def db(self) -> Database:
        return self.app.bot_data["db"]

    @property
    def settings(self) -> Settings:
        return self.app.bot_data["settings"]

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="callboard-dispatcher")

    def wake(self) -> None:
        """Look for due rows now (something was just owed)."""
        self._last_claim = 0.0
        self._wake.set()

    async def stop(self, grace: float = 15.0) -> None:
        """Finish the sends in flight, record them, give back what was not sent."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._task, grace)
        if self._in_flight:
            await asyncio.wait(self._in_flight, timeout=grace)
        with contextlib.suppress(DATABASE_ERRORS):
            await self._record_pending()
            await outbox.release_owner(self.db, self.owner)

    async def _run(self) -> None:
        failures = 0
        while not self._stopping:
            try:
                await self.step()
                failures = 0
            except Exception as exc:
                # The database is locked or gone: keep what is held, try again shortly.
                failures += 1
                if failures == 1:
                    await errors.report(self.app, exc, "in the dispatcher's loop")
                await asyncio.sleep(min(0.5 * failures, 5.0))
                continue
            await self._sleep()

    async def _sleep(self) -> None:
        loop = asyncio.get_running_loop()
        waits = [self.claim_interval - (loop.time() - self._last_claim)]
        now = self.pacer.clock()
        for key, queue in self._queues.items():
            if queue.messages and not queue.sending:
                waits.append(self.pacer.ready_at(key) - now)
        timeout = min(max(min(waits), 0.002), self.claim_interval)
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout)

    async def step(self) -> None:
        """One round: record what waits to be recorded, claim if due, start ready sends."""
        await self._record_pending()
        loop = asyncio.get_running_loop()
        if (
            self._held < HOLD // 2 or loop.time() - self._last_claim >= self.claim_interval
        ) and self._held < HOLD:
            self._last_claim = loop.time()
            await self._claim()
        self._start_ready()

    async def _claim(self) -> None:
        full = frozenset(
            key for key, queue in self._queues.items() if len(queue.messages) >= PER_CHAT
        )
        rows = await outbox.claim_due(
            self.db,
            now=self.clock(),
            limit=HOLD - self._held,
            owner=self.owner,
            lease=LEASE,
            per_chat=PER_CHAT,
            skip_chats=full,
        )
        for row in rows:
            queue = self._queues.setdefault(chat_key(row.chat_id), _ChatQueue())
            if row.kind == Kind.DIGEST_ITEM:
                # A chat's due digest entries go out as one message (one per forum topic).
                group = next(
                    (
                        m
                        for m in queue.messages
                        if m[0].kind == Kind.DIGEST_ITEM and m[0].thread_id == row.thread_id
                    ),
                    None,
                )
                if group is not None:
                    group.append(row)
                    self._held += 1
                    continue
            queue.messages.append([row])
            self._held += 1
        for queue in self._queues.values():
            queue.messages.sort(key=lambda m: (int(m[0].priority), m[0].due_at, m[0].id))

    def _start_ready(self) -> None:
        while len(self._in_flight) < self.concurrency and not self._stopping:
            ready = [
                (queue.head_key(), key)
                for key, queue in self._queues.items()
                if queue.messages and not queue.sending and self.pacer.ready(key)
            ]
            if not ready:
                return
            # The rate limiter takes each send's slot (the chat's and the bot's) right before
            # the request goes out; a chat has one send in flight at a time, so its order holds.
            for _, key in sorted(ready)[: self.concurrency - len(self._in_flight)]:
                queue = self._queues[key]
                message = queue.messages.pop(0)
                queue.sending = True
                task = asyncio.create_task(self._send(key, message))
                self._in_flight.add(task)
                task.add_done_callback(self._in_flight.discard)

    async def _send(self, key: int | str, rows: list[OutboxRow]) -> None:
        queue = self._queues[key]
        try:
            now = self.clock()
            try:
                outcome = await attempt(self.app.bot, self.db, rows, self.settings, now, self.clock)
            except RetryAfter:
                # The limiter told the Pacer, which delays this chat (or everyone); the rows
                # stay first in their chat's queue, still under this sender's lease.
                queue.messages.insert(0, rows)
                return
            self._held -= len(rows)
            if outcome.state == "sent":
                self.sent += 1
                if (counted := metrics.of(self.app.bot_data)) is not None:
                    counted.messages_sent.inc()
            if outcome.state == "unreachable":
                self._held -= sum(len(m) for m in queue.messages)
                queue.messages.clear()
                self.app.bot_data.setdefault("active_chats", set()).discard(key)
            if outcome.state == "topic_gone":
                # What else this sender holds for that topic was ended in the database too.
                gone = [m for m in queue.messages if m[0].thread_id == rows[0].thread_id]
                self._held -= sum(len(m) for m in gone)
                queue.messages[:] = [m for m in queue.messages if m not in gone]
            try:
                await record(self.db, outcome, now)
            except Exception:
                # The message went out (or failed) but the database would not take it now:
                # keep the outcome and write it later, never send the row again.
                self._unrecorded.append((outcome, now))
            if outcome.state in ("failed", "unreachable") and (
                outcome.channel or outcome.state == "failed"
            ):
                await self._alert(outcome)
        finally:
            queue.sending = False
            if not queue.messages and self._queues.get(key) is queue:
                del self._queues[key]
            self._wake.set()

    async def _record_pending(self) -> None:
        while self._unrecorded:
            outcome, now = self._unrecorded[0]
            await record(self.db, outcome, now)
            self._unrecorded.pop(0)

    async def _alert(self, outcome: Outcome) -> None:
        first = outcome.rows[0]
        where = "the channel" if outcome.channel else f"chat {first.chat_id}"
        failure = DeliveryFailure(f"{first.kind} to {where}: {outcome.reason}")
        # One alert per kind of message and way of failing, not one per message.
        reason = outcome.reason.split(":")[0][:60]
        kind = f"delivery of {first.kind} {outcome.state}: {reason}"
        await errors.report(self.app, failure, f"delivering outbox row {first.id}", kind=kind)

    async def renew(self) -> None:
        """Keep the leases of the rows this sender holds."""
        await outbox.renew_leases(self.db, owner=self.owner, now=self.clock(), lease=LEASE)
