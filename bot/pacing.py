"""Flood control as scheduling: Telegram's limits per chat and per bot; nobody waits for others.

Telegram allows a bot about 30 messages a second overall, about one a second to a private chat
and 20 a minute to a group or channel, and answers more with 429 (RetryAfter), repeated 429s with
longer bans. ``Pacer`` keeps the times at which each chat and the bot may send next:

* the bot's sends are spaced evenly (``1 / MESSAGES_PER_SECOND``) instead of in bursts;
* a chat's sends are spaced by its own interval, and a chat that must wait never holds a slot
  another chat could use (the dispatcher only starts sends for chats that are ready);
* a 429 for one chat delays that chat; only 429s for several chats at once (the bot's own limit)
  pause everyone.

``PacedRateLimiter`` puts every Bot API call of the Application through the Pacer (command
replies and the dispatcher's sends share one budget), and ``PerChatUpdates`` handles updates of
different chats concurrently while keeping each chat's updates in order.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections import deque
from collections.abc import Callable, Coroutine
from contextvars import ContextVar
from typing import Any

import httpx
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter, BaseUpdateProcessor

log = logging.getLogger("callboard.pacing")

# 30 a second is the ceiling. Sends are spaced at 29.5 a second; what keeps the ceiling is
# the window: at most 29 leave in any 1.01 s, counted from when they left, so 10 ms of the
# network's jitter fit in any 30 and a broadcast still runs at about 28.6 a second.
MESSAGES_PER_SECOND = 29.5
WINDOW_SENDS = 29  # at most this many requests start in any WINDOW_SECONDS
WINDOW_SECONDS = 1.01
PRIVATE_INTERVAL = 1.1  # about one a second per private chat, with 100 ms for jitter
GROUP_INTERVAL = 3.05  # 20 a minute per group or channel
GLOBAL_429_CHATS = 3  # 429s for this many chats within GLOBAL_429_WINDOW: the bot's limit
GLOBAL_429_WINDOW = 2.0
REPLY_RETRY_LIMIT = 30.0  # a command reply waits out a 429 this long at most, then gives up

# Methods that put a message into a chat count against its limit; edits and callback answers
# count only against the bot's overall rate.
_CHAT_METHODS = frozenset(
    {
        "sendmessage",
        "senddocument",
        "sendphoto",
        "sendmediagroup",
        "copymessage",
        "forwardmessage",
        "sendlocation",
        "sendpoll",
    }
)
_GLOBAL_METHODS = frozenset(
    {"editmessagetext", "editmessagereplymarkup", "editmessagecaption", "pinchatmessage"}
)


def chat_key(chat_id: int | str) -> int | str:
    """Chat ids as Telegram compares them: '123' and 123 are one chat; '@name' stays a name."""
    if isinstance(chat_id, str):
        text = chat_id.strip()
        if text.lstrip("-").isdigit():
            return int(text)
        return text.lower()
    return chat_id


def chat_interval(chat_id: int | str) -> float:
    """Seconds between two messages to one chat: private chats have positive ids."""
    key = chat_key(chat_id)
    return PRIVATE_INTERVAL if isinstance(key, int) and key > 0 else GROUP_INTERVAL


def seconds_of(retry_after: float | dt.timedelta) -> float:
    """RetryAfter.retry_after as seconds (PTB gives an int or a timedelta)."""
    if isinstance(retry_after, dt.timedelta):
        return retry_after.total_seconds()
    return float(retry_after)


class _Start:
    """When one request went out: first when it was let go, then when its bytes were written;
    and the chat whose limit it counts against, if any."""

    __slots__ = ("at", "chat", "left", "let_go")

    def __init__(self, at: float, chat: int | str | None = None) -> None:
        self.at = at
        self.let_go = at
        self.left = False
        self.chat = chat


# The request the current task is sending, so the HTTP client can say when it really left.
_sending: ContextVar[_Start | None] = ContextVar("callboard_sending", default=None)


class Pacer:
    """When the bot, and each chat, may be sent the next message (monotonic seconds)."""

    def __init__(
        self,
        per_second: float = MESSAGES_PER_SECOND,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.spacing = 1.0 / per_second
        self.clock = clock
        self._next_global = 0.0
        self._paused_until = 0.0
        self._next_by_chat: dict[int | str, float] = {}
        self._recent_429: deque[tuple[float, int | str]] = deque()
        self._started: deque[_Start] = deque(maxlen=WINDOW_SENDS)
        self.too_many = 0  # 429s seen, for /metrics and the benchmark
        self.global_pauses = 0

    def ready_at(self, chat_id: int | str) -> float:
        """The earliest moment a message to ``chat_id`` may start."""
        return max(self._next_by_chat.get(chat_key(chat_id), 0.0), self._paused_until)

    def ready(self, chat_id: int | str) -> bool:
        return self.ready_at(chat_id) <= self.clock()

    def reserve(self, chat_id: int | str | None) -> float | None:
        """Take the next slot for a message to ``chat_id`` (None: no chat's limit applies).

        Returns the monotonic time at which to send (the caller sleeps until then), or None
        when the chat is not ready by the bot's next slot: the caller waits for the chat
        without taking a slot of the bot's rate that other chats could use.
        """
        now = self.clock()
        start = max(now, self._next_global, self._paused_until)
        if chat_id is not None:
            key = chat_key(chat_id)
            if self._next_by_chat.get(key, 0.0) > start:
                return None
            self._next_by_chat[key] = start + chat_interval(key)
            if len(self._next_by_chat) > 50_000:
                self._forget_idle(now)
        self._next_global = start + self.spacing
        return start

    async def acquire(self, chat_id: int | str | None, *, chat_limit: bool = True) -> None:
        """Wait for the chat (if ``chat_limit``) and a slot of the bot's overall rate."""
        # The chat's next slot is a known moment, not an event to wait for.
        while (start := self.reserve(chat_id if chat_limit else None)) is None:  # noqa: ASYNC110
            await asyncio.sleep(max(self.ready_at(chat_id) - self.clock(), 0.001))
        delay = start - self.clock()
        if delay > 0:
            await asyncio.sleep(delay)
        await self._not_in_a_burst(
            chat_key(chat_id) if chat_limit and chat_id is not None else None
        )

    async def _not_in_a_burst(self, chat: int | str | None = None) -> None:
        """Keep the requests that actually go out spread, whatever the slots said.

        When the event loop was held up (a claim, a slow render), several reserved slots
        fall due at once; sent together, they would reach Telegram as a burst. So a request
        also waits for most of a spacing after the last one, and for a second after the one
        ``WINDOW_SENDS`` back: never more than that many start in any second.

        A request let go here may leave a few milliseconds later (the HTTP client yields to
        the event loop before it writes); ``departures`` moves its time to when its bytes were
        written, so a late one 29 sends back cannot squeeze 30 into Telegram's second. A new
        one is counted as leaving as long after being let go as the recent ones did.
        """
        while True:  # the next free moment is computed, not signalled
            now = self.clock()
            wait = 0.0
            if self._started:
                wait = self._started[-1].at + self.spacing * 0.9 - now
            if len(self._started) == WINDOW_SENDS:
                # This request will itself leave a little after being let go, as the recent
                # ones did (their median: WINDOW_SECONDS' margin covers the spread).
                lags = sorted(s.at - s.let_go for s in self._started if s.left)
                lag = lags[len(lags) // 2] if lags else 0.0
                wait = max(wait, self._started[0].at + WINDOW_SECONDS - lag - now)
            if wait <= 0:
                start = _Start(now, chat)
                self._started.append(start)
                _sending.set(start)
                return
            await asyncio.sleep(wait)

    async def departures(self, request: httpx.Request) -> None:
        """An httpx request hook: trace the request the current task was let go for."""
        start = _sending.get()
        if start is None:
            return
        _sending.set(None)  # one request per slot; a retry takes a slot of its own
        clock = self.clock

        async def trace(event: str, info: dict[str, Any]) -> None:
            if event.endswith("send_request_body.complete"):
                start.at = max(start.at, clock())
                start.left = True
                if start.chat is not None:
                    # The chat's next message is spaced from when this one really left: one
                    # held up on a busy event loop would otherwise reach the chat too close to
                    # the next, on time, one (a private chat's margin is 100 ms).
                    key = start.chat
                    following = start.at + chat_interval(key)
                    self._next_by_chat[key] = max(self._next_by_chat.get(key, 0.0), following)

        request.extensions["trace"] = trace

    def too_many_requests(self, chat_id: int | str | None, seconds: float) -> bool:
        """Telegram answered 429 for ``chat_id``; True when that paused every chat.

        A 429 names no scope. One chat's 429 delays that chat. 429s for several chats close
        together mean the bot's own rate was exceeded, and everything waits.
        """
        now = self.clock()
        self.too_many += 1
        if chat_id is not None:
            key = chat_key(chat_id)
            self._next_by_chat[key] = max(self._next_by_chat.get(key, 0.0), now + seconds)
        self._recent_429.append((now, chat_key(chat_id) if chat_id is not None else ""))
        while self._recent_429 and now - self._recent_429[0][0] > GLOBAL_429_WINDOW:
            self._recent_429.popleft()
        chats = {chat for _, chat in self._recent_429}
        if chat_id is None or len(chats) >= GLOBAL_429_CHATS:
            self._paused_until = max(self._paused_until, now + seconds)
            self.global_pauses += 1
            return True
        return False

    def pause(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (another sender's recent sends still count)."""
        self._paused_until = max(self._paused_until, self.clock() + seconds)

    def _forget_idle(self, now: float) -> None:
        """Drop chats whose next slot is past: they are ready again, as if never seen."""
        self._next_by_chat = {k: t for k, t in self._next_by_chat.items() if t > now}


class PacedRateLimiter(BaseRateLimiter[dict]):
    """Every Bot API call through the Pacer.

    The slot is taken right before the request goes out, after the message was rendered, so
    the spacing Telegram sees is the spacing the Pacer keeps. A call may pass
    ``rate_limit_args={"reschedule": True}`` (the dispatcher does) to get a 429 back at once
    and reschedule the message; command replies instead wait out a short 429 for their own
    chat and try once more, without holding up anyone else.
    """

    def __init__(self, pacer: Pacer | None = None) -> None:
        self.pacer = pacer or Pacer()
        # Told of every 429 (the bot's metrics count them).
        self.on_429: Callable[[], None] | None = None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        method = endpoint.lower()
        chat_id = data.get("chat_id")
        paced = method in _CHAT_METHODS or method in _GLOBAL_METHODS
        reschedule = bool(rate_limit_args and rate_limit_args.get("reschedule"))
        for attempt in (1, 2):
            if paced:
                await self.pacer.acquire(chat_id, chat_limit=method in _CHAT_METHODS)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                seconds = seconds_of(exc.retry_after)
                self.pacer.too_many_requests(chat_id, seconds)
                if self.on_429 is not None:
                    self.on_429()
                if reschedule or attempt == 2 or seconds > REPLY_RETRY_LIMIT:
                    raise
                log.info("429 for chat %s: its reply waits %.0f s", chat_id, seconds)
        raise AssertionError("unreachable")


class PerChatUpdates(BaseUpdateProcessor):
    """Updates of different chats concurrently, each chat's in the order they came.

    One user sending a hundred commands then queues behind their own replies only. Updates
    without a chat (inline queries) run concurrently with everything. A chat that sends more
    than ``MAX_BACKLOG`` updates faster than its replies can go (one a second) is flooding:
    the excess is dropped, logged once per flood, so it cannot grow memory without bound or
    keep the bot busy for minutes after a stop.
    """

    MAX_BACKLOG = 20

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        super().__init__(max_concurrent_updates)
        self._chains: dict[int, tuple[asyncio.Lock, int]] = {}
        self.dropped = 0
        self._flooding: set[int] = set()  # chats warned about, until their backlog clears

    async def process_update(self, update: object, coroutine: Any) -> None:
        chat = getattr(update, "effective_chat", None)
        if chat is None:
            await super().process_update(update, coroutine)
            return
        lock, users = self._chains.get(chat.id, (asyncio.Lock(), 0))
        if users >= self.MAX_BACKLOG:
            if hasattr(coroutine, "close"):
                coroutine.close()  # never awaited: close it so Python does not warn
            self.dropped += 1
            if chat.id not in self._flooding:
                self._flooding.add(chat.id)
                log.warning(
                    "chat %s floods the bot: updates beyond %d waiting are dropped",
                    chat.id,
                    self.MAX_BACKLOG,
                )
            return
        self._chains[chat.id] = (lock, users + 1)
        try:
            # The chat's turn first, then a slot: a chat waiting for its turn holds no slot.
            async with lock:
                await super().process_update(update, coroutine)
        finally:
            lock, users = self._chains[chat.id]
            if users <= 1:
                del self._chains[chat.id]
                self._flooding.discard(chat.id)
            else:
                self._chains[chat.id] = (lock, users - 1)

    async def do_process_update(self, update: object, coroutine: Any) -> None:
        await coroutine

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
