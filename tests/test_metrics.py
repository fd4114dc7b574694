"""Metrics: what labels the command latency histogram, and the text format it is read in."""

from __future__ import annotations

import pytest
from telegram import Update

from bot.metrics import Metrics, command_name
from tests.webtools import value

KNOWN = frozenset({"start", "remind", "calendar"})


def message(text: str) -> Update:
    return Update.de_json(
        {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": 5, "type": "private"},
                "text": text,
            },
        },
        None,
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("/start", "start"),
        ("/START@callboard_bot", "start"),
        ("/remind 12 1d", "remind"),
        ("/calendar reset", "calendar"),
        ("/drop_table_users", "unknown"),  # what users type never becomes a label
        ("/" + "x" * 5000, "unknown"),
        ("/", "unknown"),
        ("/ start", "unknown"),  # not a command to Telegram either
        ("hello", "message"),
    ],
)
def test_an_update_is_labelled_by_a_command_the_bot_has_or_by_its_kind(text, label):
    assert command_name(message(text), KNOWN) == label


def test_the_registry_is_the_applications_own_and_reads_in_prometheus_text_format():
    first, second = Metrics(), Metrics()
    first.messages_sent.inc(3)
    first.command_seconds.labels(command="start").observe(0.02)
    first.sender.set(1)
    text = first.text().decode()
    assert value(text, "callboard_messages_sent_total") == 3
    assert value(text, "callboard_command_seconds_bucket", command="start", le="0.025") == 1
    assert value(text, "callboard_command_seconds_count", command="start") == 1
    assert value(text, "callboard_sender") == 1
    assert value(second.text().decode(), "callboard_messages_sent_total") == 0
