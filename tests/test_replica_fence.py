"""A sending replica that cannot write its heartbeat stops sending before another may take
over, and sends again once its database answers (the real Application, in-process)."""

from __future__ import annotations

import sqlite3
import time

from bot import app as bot_app
from tests.emulator import BotApiEmulator
from tests.inprocess import running, settings_for
from tests.waiting import wait_until
from tests.webtools import free_port, value


def sends(bot_data: dict) -> bool:
    """What /metrics says: this replica is the sender."""
    return value(bot_data["metrics"].text().decode(), "callboard_sender") == 1


def test_a_replica_whose_heartbeat_cannot_be_written_stands_down_and_comes_back(
    emulator: BotApiEmulator, tmp_path
) -> None:
    database = tmp_path / "callboard.db"
    settings = settings_for(
        emulator,
        database,
        port=free_port(),
        host="127.0.0.1",
        webhook_url="https://bot.example.org/hook",
        webhook_secret="fence-test",
    )
    assert bot_app.REPLICA_STALE_AFTER.total_seconds() >= bot_app.FENCE_AFTER + 2
    with running(settings) as bot:
        data = bot.app.bot_data
        assert "dispatcher" in data and sends(data)
        # Another process holds the write lock (as a database that does not answer would):
        # every heartbeat now waits and fails.
        blocker = sqlite3.connect(database, isolation_level=None, timeout=10)
        blocker.execute("BEGIN IMMEDIATE")
        locked_at = time.monotonic()
        try:
            wait_until(lambda: "dispatcher" not in data, timeout=15)
            stood_down = time.monotonic() - locked_at
        finally:
            time.sleep(1)
            blocker.execute("ROLLBACK")
            blocker.close()
        # Before REPLICA_STALE_AFTER: nobody may take the row yet when this one stops.
        assert stood_down < bot_app.REPLICA_STALE_AFTER.total_seconds()
        # Its row is still its own: once the database answers, it sends again.
        wait_until(lambda: "dispatcher" in data, timeout=20)
        assert sends(data)
