"""What /metrics tells Prometheus: sends, 429s, feed polls, command latency, the outbox.

One registry per Application (not prometheus-client's global one), so that two bots in one
process (the tests) count apart.
"""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from telegram import Update
from telegram.ext import Application, CommandHandler, TypeHandler

from handlers.context import CallboardContext
from storage import outbox

# From a quick /start to a /search over a large archive.
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The bot's counters, gauges and histogram."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.outbox_rows = Gauge(
            "callboard_outbox_rows",
            "Outbox rows by state and kind (read from the database at each scrape)",
            ["state", "kind"],
            registry=self.registry,
        )
        self.messages_sent = Counter(
            "callboard_messages_sent",
            "Outbox messages this replica sent",
            registry=self.registry,
        )
        self.too_many_requests = Counter(
            "callboard_telegram_429",
            "429 Too Many Requests answers received from the Bot API",
            registry=self.registry,
        )
        self.feed_polls = Counter(
            "callboard_feed_polls", "Feed polls finished", registry=self.registry
        )
        self.feed_failures = Counter(
            "callboard_feed_poll_failures", "Feed polls that failed", registry=self.registry
        )
        self.command_seconds = Histogram(
            "callboard_command_seconds",
            "Time from an update's arrival at the handlers to the end of its handling",
            ["command"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.sender = Gauge(
            "callboard_sender",
            "1 when this replica sends the outbox and polls feeds, else 0",
            registry=self.registry,
        )

    async def exposition(self, db: object) -> bytes:
        """The text format, with the outbox counted now."""
        self.outbox_rows.clear()
        for state, kind, count in await outbox.counts_by_state_and_kind(db):
            self.outbox_rows.labels(state=state, kind=kind).set(count)
        return self.text()

    def text(self) -> bytes:
        """The text format of what this process counted, without reading the database."""
        return generate_latest(self.registry)


def of(bot_data: dict) -> Metrics | None:
    """The application's metrics, when it has them (tests may build parts without)."""
    return bot_data.get("metrics")


def command_name(update: object, known: frozenset[str]) -> str:
    """The label of an update: its command if the bot has it, else the kind of update
    ('button', 'inline', 'message', 'unknown'): what users type never becomes a label."""
    if not isinstance(update, Update):
        return "other"
    message = update.effective_message
    if update.callback_query is not None:
        return "button"
    if update.inline_query is not None:
        return "inline"
    if message is not None and message.text and message.text.startswith("/"):
        # '/remind@callboard_bot 12 1d' → 'remind'
        name = message.text.split(maxsplit=1)[0][1:].split("@")[0].lower()
        return name if name in known else "unknown"
    return "message"


def _commands(app: Application) -> frozenset[str]:
    return frozenset(
        command
        for handlers in app.handlers.values()
        for handler in handlers
        if isinstance(handler, CommandHandler)
        for command in handler.commands
    )


async def _start_clock(update: object, context: CallboardContext) -> None:
    context.started = time.perf_counter()


async def _stop_clock(update: object, context: CallboardContext) -> None:
    # PTB passes one context through all groups of an update, and runs the later groups
    # even when a handler raised (after the error handler), so this sees every update.
    metrics = of(context.bot_data)
    if context.started is not None and metrics is not None:
        known = context.bot_data.get("command_names")
        if known is None:  # every handler is registered by the first update
            known = context.bot_data["command_names"] = _commands(context.application)
        metrics.command_seconds.labels(command=command_name(update, known)).observe(
            time.perf_counter() - context.started
        )


def register(app: Application, *, first_group: int, last_group: int) -> None:
    """Time every update: a TypeHandler before all handlers starts the clock, one after all
    of them stops it (PTB runs an update's groups in order, one after the other)."""
    app.add_handler(TypeHandler(object, _start_clock), group=first_group)
    app.add_handler(TypeHandler(object, _stop_clock), group=last_group)
