"""The dispatcher's sending end, with a real telegram.Bot against the Bot API emulator."""

from __future__ import annotations

import datetime as dt

import pytest
from telegram import Bot
from telegram.error import RetryAfter

from bot import dispatcher
from bot.settings import Settings
from ingest.model import Deadline, Item
from storage import chats, items, outbox, reminders
from storage.schedule import parse_offsets
from tests.botprocess import TOKEN
from tests.emulator import BotApiEmulator, Chat

TZ = "Europe/Brussels"
USER = Chat(1001)
SETTINGS = Settings(token=TOKEN, default_timezone=TZ)


@pytest.fixture
async def bot(emulator: BotApiEmulator):
    emulator.chats[USER.id] = USER
    async with Bot(TOKEN, base_url=emulator.base_url) as real_bot:
        yield real_bot


async def due_reminder(db, *, now: dt.datetime, days_ahead: int = 3) -> outbox.OutboxRow:
    deadline = Deadline((now + dt.timedelta(days=days_ahead)).date(), dt.time(17, 0), TZ)
    item = Item(kind="call", title="A <b>call</b>", deadline=deadline)
    item_id = (await items.upsert(db, item, now=now, default_tz=TZ)).item_id
    await reminders.follow(
        db,
        chat_id=USER.id,
        chat_type="private",
        item_id=item_id,
        deadline=deadline,
        offsets=parse_offsets(f"{days_ahead + 1}d"),
        default_tz=TZ,
        now=now - dt.timedelta(days=3),
    )
    [row] = await outbox.claim_due(db, now=now, limit=5)
    return row


NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


async def test_a_due_reminder_is_sent_and_marked_sent(db, bot, emulator):
    row = await due_reminder(db, now=NOW)
    await dispatcher.send_row(bot, db, row, SETTINGS, NOW)
    [sent] = emulator.calls_of("sendMessage", USER.id)
    assert "A <b>call</b>" in sent.result["text"] and "late" in sent.result["text"]
    assert await outbox.counts(db) == {"sent": 1}


async def test_retry_after_is_raised_for_the_tick_to_pause(db, bot, emulator):
    row = await due_reminder(db, now=NOW)
    emulator.fail(
        "sendMessage", status=429, description="Too Many Requests: retry after 3", retry_after=3
    )
    with pytest.raises(RetryAfter):
        await dispatcher.send_row(bot, db, row, SETTINGS, NOW)


async def test_a_server_error_is_retried_later_with_backoff(db, bot, emulator):
    row = await due_reminder(db, now=NOW)
    emulator.fail("sendMessage", status=500, description="Internal Server Error")
    await dispatcher.send_row(bot, db, row, SETTINGS, NOW)
    [stored] = await outbox.rows_for(db, USER.id)
    assert stored["state"] == "pending"
    assert stored["due_at"] == int((NOW + dispatcher.backoff(1)).timestamp())


async def test_a_blocked_chat_is_marked_inactive_and_its_rows_dropped(db, bot, emulator):
    row = await due_reminder(db, now=NOW)
    emulator.blocked.add(USER.id)
    await dispatcher.send_row(bot, db, row, SETTINGS, NOW)
    assert not (await chats.get(db, USER.id)).active
    assert await outbox.counts(db) == {"dropped": 1}


async def test_a_message_telegram_refuses_is_failed_with_the_reason(db, bot, emulator):
    row = await due_reminder(db, now=NOW)
    emulator.fail("sendMessage", status=400, description="Bad Request: message is too long")
    await dispatcher.send_row(bot, db, row, SETTINGS, NOW)
    [stored] = await outbox.rows_for(db, USER.id)
    assert stored["state"] == "failed" and "too long" in stored["last_error"]


async def test_a_reminder_whose_deadline_passed_is_dropped_not_sent(db, bot, emulator):
    row = await due_reminder(db, now=NOW)
    await dispatcher.send_row(bot, db, row, SETTINGS, NOW + dt.timedelta(days=5))
    assert emulator.calls_of("sendMessage", USER.id) == []
    assert await outbox.counts(db) == {"dropped": 1}


def test_backoff_doubles_and_is_capped():
    assert [dispatcher.backoff(n).total_seconds() for n in (1, 2, 3)] == [2, 4, 8]
    assert dispatcher.backoff(30) == dt.timedelta(hours=1)
