"""A Bot API emulator that enforces Telegram's flood limits, with a network round trip.

Telegram allows a bot 30 messages a second, one a second to a private chat and 20 a minute to
a group or channel, and answers more with 429. This emulator counts sends as they arrive and
refuses the same way; ``latency`` adds a one-way delay to every call, as a real network does.
Used by the pacing tests and by ``bench.broadcast``.

A request arrives ``latency`` after it was received: the limits count that moment, not when
the handler's thread woke from sleeping out the delay. A sleeping thread wakes a few
milliseconds late, and by varying amounts on a busy machine; counted from its waking, two
requests a second apart could look closer together than the network ever brought them.
"""

from __future__ import annotations

import bisect
import collections
import random
import threading
import time
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.botprocess import TOKEN
from tests.emulator import BotApiEmulator, _ApiError, _chat_of

PER_SECOND = 30
PRIVATE_SECONDS = 1.0
GROUP_PER_MINUTE = 20


class LimitedEmulator(BotApiEmulator):
    """The emulator with Telegram's flood limits and, optionally, transient failures."""

    def __init__(self, failure_rate: float = 0.0, *, latency: float = 0.0, seed: int = 11) -> None:
        super().__init__(TOKEN)
        self.failure_rate = failure_rate
        self.latency = latency
        self.rng = random.Random(seed)
        self.recent: list[float] = []  # arrivals of the last two seconds or so, sorted
        self.last_by_chat: dict[int, float] = {}
        self.group_sends: dict[int, collections.deque[float]] = collections.defaultdict(
            collections.deque
        )
        self.too_many = 0
        self.too_many_by_chat: collections.Counter[int] = collections.Counter()
        self.transient = 0
        self.delivered: collections.Counter[int] = collections.Counter()
        self.deliveries: list[tuple[float, int, str]] = []  # (arrival, chat, text) in order
        self.first_delivery = 0.0
        self.last_delivery = 0.0
        self.peak_per_second = 0
        self.lock = threading.Lock()
        self._received = threading.local()

    def _serve(self, request: BaseHTTPRequestHandler) -> None:
        self._received.at = time.monotonic()
        super()._serve(request)

    def _maybe_fail(self, method: str, params: dict[str, Any]) -> None:
        super()._maybe_fail(method, params)
        if method != "sendMessage":
            return
        chat = _chat_of(params) or 0
        now = self._received.at + self.latency
        with self.lock:
            # Threads may get here out of arrival order by a little: count the second before
            # this arrival, whichever thread came first.
            del self.recent[: bisect.bisect_left(self.recent, now - 2.0)]
            over = len(self.recent) - bisect.bisect_right(self.recent, now - 1.0) >= PER_SECOND
            if chat > 0:
                over = over or now - self.last_by_chat.get(chat, -10.0) < PRIVATE_SECONDS
            else:
                sends = self.group_sends[chat]
                while sends and now - sends[0] >= 60.0:
                    sends.popleft()
                over = over or len(sends) >= GROUP_PER_MINUTE
            if over:
                self.too_many += 1
                self.too_many_by_chat[chat] += 1
                raise _ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
            if self.rng.random() < self.failure_rate:
                self.transient += 1
                raise _ApiError(500, "Internal Server Error")
            bisect.insort(self.recent, now)
            in_second = bisect.bisect_right(self.recent, now) - bisect.bisect_right(
                self.recent, now - 1.0
            )
            self.peak_per_second = max(self.peak_per_second, in_second)
            if chat > 0:
                self.last_by_chat[chat] = now
            else:
                self.group_sends[chat].append(now)
            self.delivered[chat] += 1
            self.deliveries.append((now, chat, str(params.get("text", ""))))
            self.first_delivery = self.first_delivery or now
            self.last_delivery = now

    def arrivals(self, chat: int) -> list[float]:
        """When each message to ``chat`` arrived, in order."""
        with self.lock:
            return [t for t, c, _ in self.deliveries if c == chat]

    def texts(self, chat: int) -> list[str]:
        """The texts delivered to ``chat``, in order of arrival."""
        with self.lock:
            return [text for _, c, text in self.deliveries if c == chat]
