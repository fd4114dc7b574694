"""End to end on PostgreSQL: ``callboard import`` and the real bot process with DATABASE_URL
naming the server answer as they do on SQLite, and nothing is written to an SQLite file."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from storage.database import Dialect
from tests.conftest import SAMPLE_DIGEST, future_calls, write_json
from tests.emulator import BotApiEmulator, Chat

USER = Chat(1001)
CHANNEL = Chat(-1001777000111, "channel", "Calls")


@pytest.mark.parametrize("engine", [Dialect.POSTGRESQL], indirect=True, ids=str)
async def test_the_bot_runs_on_postgresql_and_answers_from_it(
    start_bot, import_files, bot_home: Path, emulator: BotApiEmulator
) -> None:
    emulator.chats[CHANNEL.id] = CHANNEL
    calls = write_json(bot_home / "future.json", future_calls(3))
    report = import_files(SAMPLE_DIGEST, calls, CHANNEL_ID=str(CHANNEL.id))
    assert "added 12" in report and "added 3" in report
    bot = start_bot(CHANNEL_ID=str(CHANNEL.id))
    try:
        listing = emulator.reply_to(USER, "/calls").result["text"]
        assert re.findall(r"Future call number (\d+)", listing) == ["1", "2", "3"]
        # Accents and other forms, as on SQLite: 'partnership' finds every future call.
        found = emulator.reply_to(USER, "/search partnerships").result["text"]
        assert "Future call number 1" in found

        # The channel's posts were owed by the import (the outbox's chat is text on the
        # server) and are sent by the bot, once each.
        def future_posts() -> list[str]:
            texts = " ".join(c.params["text"] for c in emulator.calls_of("sendMessage", CHANNEL.id))
            return sorted(re.findall(r"Future call number (\d+)", texts))

        for _ in range(150):
            if len(future_posts()) >= 3:
                break
            await asyncio.sleep(0.2)
        assert future_posts() == ["1", "2", "3"]
    finally:
        assert bot.stop() == 0, bot.log()
    assert not (bot_home / "callboard.db").exists(), "nothing is written to SQLite"
