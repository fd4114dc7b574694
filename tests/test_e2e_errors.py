"""End to end: failures are logged with context and reported to admins once per kind."""

from __future__ import annotations

import time

from tests.emulator import BotApiEmulator, Chat

USER = Chat(1001)
ADMIN = Chat(777)


def test_a_failing_reply_is_logged_and_admins_hear_once_per_kind(start_bot, emulator):
    emulator.chats[ADMIN.id] = ADMIN  # the admin has talked to the bot before
    bot = start_bot(ADMIN_IDS=str(ADMIN.id))
    for _ in range(2):
        emulator.fail(
            "sendMessage",
            status=400,
            description="Bad Request: wrong file identifier",
            chat_id=USER.id,
        )
        apology = emulator.reply_to(USER, "/help")  # the reply fails; the apology goes through
        assert "went wrong" in apology.result["text"]
    time.sleep(0.5)
    alerts = emulator.calls_of("sendMessage", chat_id=ADMIN.id)
    assert len(alerts) == 1
    assert "BadRequest" in alerts[0].params["text"]
    assert "failure handling update" in bot.log()
    assert "/help" not in bot.log()  # message text stays out of the log


def test_a_bot_that_survives_a_failure_keeps_answering(start_bot, emulator: BotApiEmulator):
    start_bot()
    emulator.fail("sendMessage", status=400, description="Bad Request: boom", chat_id=USER.id)
    emulator.reply_to(USER, "/calls")  # the apology
    reply = emulator.reply_to(USER, "/help")
    assert "/calls" in reply.result["text"]
