"""The dispatcher's sending end: one message rendered, sent and recorded, with a real ExtBot
(and the bot's own rate limiter) against the Bot API emulator."""

from __future__ import annotations

import datetime as dt

import pytest
from telegram.error import RetryAfter
from telegram.ext import ExtBot

from bot import dispatcher
from bot.pacing import PacedRateLimiter
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
    limiter = PacedRateLimiter()
    async with ExtBot(TOKEN, base_url=emulator.base_url, rate_limiter=limiter) as real_bot:
        yield real_bot


async def send_row(bot, db, row, settings, now) -> None:
    """Send one claimed row and record what became of it, as the dispatcher does."""
    outcome = await dispatcher.attempt(bot, db, [row], settings, now)
    await dispatcher.record(db, outcome, now)


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
    await send_row(bot, db, row, SETTINGS, NOW)
    [sent] = emulator.calls_of("sendMessage", USER.id)
    assert "A <b>call</b>" in sent.result["text"] and "late" in sent.result["text"]
    assert await outbox.counts(db) == {"sent": 1}


async def test_retry_after_comes_back_to_the_dispatcher_to_reschedule(db, bot, emulator):
    row = await due_reminder(db, now=NOW)
    emulator.fail(
        "sendMessage", status=429, description="Too Many Requests: retry after 3", retry_after=3
    )
    with pytest.raises(RetryAfter):
        await send_row(bot, db, row, SETTINGS, NOW)


async def test_a_server_error_is_retried_later_with_backoff(db, bot, emulator):
    row = await due_reminder(db, now=NOW)
    emulator.fail("sendMessage", status=500, description="Internal Server Error")
    await send_row(bot, db, row, SETTINGS, NOW)
    [stored] = await outbox.rows_for(db, USER.id)
    assert stored["state"] == "pending"
    assert stored["due_at"] == int((NOW + dispatcher.backoff(1)).timestamp())


async def test_a_blocked_chat_is_marked_inactive_and_its_rows_dropped(db, bot, emulator):
    row = await due_reminder(db, now=NOW)
    emulator.blocked.add(USER.id)
    await send_row(bot, db, row, SETTINGS, NOW)
    assert not (await chats.get(db, USER.id)).active
    assert await outbox.counts(db) == {"dropped": 1}


async def test_a_message_telegram_refuses_is_failed_with_the_reason(db, bot, emulator):
    row = await due_reminder(db, now=NOW)
    emulator.fail("sendMessage", status=400, description="Bad Request: message is too long")
    await send_row(bot, db, row, SETTINGS, NOW)
    [stored] = await outbox.rows_for(db, USER.id)
    assert stored["state"] == "failed" and "too long" in stored["last_error"]


async def test_a_reminder_whose_deadline_passed_is_dropped_not_sent(db, bot, emulator):
    row = await due_reminder(db, now=NOW)
    await send_row(bot, db, row, SETTINGS, NOW + dt.timedelta(days=5))
    assert emulator.calls_of("sendMessage", USER.id) == []
    assert await outbox.counts(db) == {"dropped": 1}


def test_backoff_doubles_and_is_capped_at_five_minutes():
    assert [dispatcher.backoff(n).total_seconds() for n in (1, 2, 3)] == [2, 4, 8]
    assert dispatcher.backoff(30) == dt.timedelta(minutes=5)
    assert dispatcher.backoff(10_000) == dt.timedelta(minutes=5)


async def test_a_server_error_is_failed_once_the_message_is_no_longer_useful(db, bot, emulator):
    """A push is worth retrying for a day; after that it fails with the reason."""
    row = await due_reminder(db, now=NOW)
    emulator.fail("sendMessage", status=500, description="Internal Server Error", times=2)
    later = dt.datetime.fromtimestamp(row.created_at, dt.UTC) + dt.timedelta(days=3, seconds=1)
    outcome = await dispatcher.attempt(bot, db, [row], SETTINGS, later - dt.timedelta(days=1))
    assert outcome.state == "retry"
    # A reminder is worth retrying until its deadline: three days ahead here.
    outcome = await dispatcher.attempt(bot, db, [row], SETTINGS, NOW + dt.timedelta(days=4))
    assert outcome.state in ("dropped", "failed")


async def test_an_exception_in_rendering_is_retried_not_stranded(db, bot, emulator, monkeypatch):
    row = await due_reminder(db, now=NOW)

    def broken(*args, **kwargs):
        raise TypeError("rendering bug")

    monkeypatch.setattr(dispatcher.render, "reminder", broken)
    await send_row(bot, db, row, SETTINGS, NOW)
    [stored] = await outbox.rows_for(db, USER.id)
    assert stored["state"] == "pending" and "TypeError: rendering bug" in stored["last_error"]
    assert emulator.calls_of("sendMessage", USER.id) == []


async def test_a_channel_that_removed_the_bot_fails_its_rows_without_touching_chats(
    db, bot, emulator
):
    now = NOW
    item = Item(kind="call", title="Channel call")
    item_id = (await items.upsert(db, item, now=now, default_tz=TZ)).item_id
    async with db.transaction():
        for kind in ("channel_post", "channel_edit"):
            await outbox.enqueue(
                db, chat_id="@gone_channel", kind=kind, item_id=item_id, due_at=now, now=now
            )
    first, _ = await outbox.claim_due(db, now=now, limit=5)
    emulator.chats[-1] = Chat(-1)  # the emulator does not know '@gone_channel' at all
    emulator.fail("sendMessage", status=403, description="Forbidden: bot is not a member")
    await send_row(bot, db, first, SETTINGS, now)
    assert await outbox.counts(db) == {"failed": 2}
    assert await db.fetch_all("SELECT * FROM chats") == []
