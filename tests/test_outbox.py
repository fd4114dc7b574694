"""The outbox's claims: leases, priorities, fairness between chats; and the one sender row."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from ingest.model import Deadline, Item
from storage import items, outbox, sender
from storage.db import connect
from tests.conftest import fresh_schema

NOW = dt.datetime(2026, 5, 4, 12, 0, tzinfo=dt.UTC)
LEASE = dt.timedelta(minutes=2)


async def owe(db, chat_id: int, kind: str = "admin_alert", *, due: dt.datetime = NOW, n: int = 1):
    item_id = None
    if kind != "admin_alert":
        deadline = Deadline(dt.date(2026, 6, 1), None, None)
        item = Item(kind="call", title=f"Call {chat_id} {kind} {due}", deadline=deadline)
        item_id = (await items.upsert(db, item, now=NOW, default_tz="UTC")).item_id
    async with db.transaction():
        for _ in range(n):
            await outbox.enqueue(
                db,
                chat_id=chat_id,
                kind=kind,
                item_id=item_id,
                due_at=due,
                now=NOW,
                payload={"text": "x"},
            )


async def test_a_live_senders_rows_are_not_taken_and_an_expired_lease_is(db) -> None:
    await owe(db, 1, n=3)
    mine = await outbox.claim_due(db, now=NOW, limit=10, owner="a", lease=LEASE)
    assert len(mine) == 3
    later = NOW + dt.timedelta(minutes=1)
    assert await outbox.claim_due(db, now=later, limit=10, owner="b", lease=LEASE) == []
    expired = NOW + dt.timedelta(minutes=3)
    taken = await outbox.claim_due(db, now=expired, limit=10, owner="b", lease=LEASE)
    assert sorted(r.id for r in taken) == sorted(r.id for r in mine)


async def test_a_sender_never_takes_back_its_own_rows_even_when_their_lease_ran_out(db) -> None:
    """It may have sent one and not yet been able to write so: taking it back sends it twice."""
    await owe(db, 1)
    await outbox.claim_due(db, now=NOW, limit=10, owner="a", lease=LEASE)
    later = NOW + dt.timedelta(minutes=10)
    assert await outbox.claim_due(db, now=later, limit=10, owner="a", lease=LEASE) == []


async def test_renewing_keeps_the_lease(db) -> None:
    await owe(db, 1)
    await outbox.claim_due(db, now=NOW, limit=10, owner="a", lease=LEASE)
    assert await outbox.renew_leases(
        db, owner="a", now=NOW + dt.timedelta(minutes=1.5), lease=LEASE
    )
    at = NOW + dt.timedelta(minutes=3)
    assert await outbox.claim_due(db, now=at, limit=10, owner="b", lease=LEASE) == []


async def test_reminders_are_claimed_before_pushes_that_fell_due_earlier(db) -> None:
    await owe(db, 1, "notification", due=NOW - dt.timedelta(hours=1))
    await owe(db, 2, "channel_post", due=NOW - dt.timedelta(minutes=30))
    await owe(db, 3, "reminder", due=NOW)
    claimed = await outbox.claim_due(db, now=NOW, limit=10)
    assert [r.kind for r in claimed] == ["reminder", "channel_post", "notification"]
    assert [r.priority for r in claimed] == [
        outbox.Priority.PERSONAL,
        outbox.Priority.CHANNEL,
        outbox.Priority.BULK,
    ]


async def test_one_chat_with_many_rows_does_not_fill_a_claim(db) -> None:
    await owe(db, 1, n=50)
    await owe(db, 2, due=NOW + dt.timedelta(seconds=1))
    claimed = await outbox.claim_due(db, now=NOW + dt.timedelta(seconds=1), limit=10, per_chat=5)
    assert [r.chat_id for r in claimed].count(1) == 5
    assert 2 in [r.chat_id for r in claimed]
    again = await outbox.claim_due(
        db, now=NOW + dt.timedelta(seconds=1), limit=10, per_chat=5, skip_chats=frozenset({1})
    )
    assert again == []


async def test_a_channel_that_is_gone_fails_its_rows_and_adds_no_chat(db) -> None:
    async with db.transaction():
        await outbox.enqueue(
            db, chat_id="@calls", kind="channel_post", item_id=None, due_at=NOW, now=NOW
        )
    ended = await outbox.drop_chat(db, "@calls", reason="Forbidden: bot was kicked", now=NOW)
    assert ended == 1
    assert await outbox.counts(db) == {"failed": 1}
    assert await db.fetch_all("SELECT * FROM chats") == []


def alive(holder: sender.Holder) -> bool:
    return holder.pid != 999_999


async def test_a_second_sender_is_refused_while_the_first_lives(db) -> None:
    args = dict(host="h", now=NOW, stale_after=dt.timedelta(seconds=20), is_alive=alive)
    assert await sender.acquire(db, owner="first", pid=10, **args) is None
    with pytest.raises(sender.SenderBusy) as busy:
        await sender.acquire(db, owner="second", pid=11, **args)
    assert busy.value.holder.pid == 10


async def test_a_dead_sender_is_taken_over_and_learns_it_lost(db) -> None:
    args = dict(host="h", stale_after=dt.timedelta(seconds=20), is_alive=alive)
    await sender.acquire(db, owner="first", pid=999_999, now=NOW, **args)
    dead = await sender.acquire(db, owner="second", pid=11, now=NOW, **args)
    assert dead is not None and dead.owner == "first"
    assert not await sender.heartbeat(db, owner="first", now=NOW)
    assert await sender.heartbeat(db, owner="second", now=NOW)


async def test_a_sender_on_another_machine_counts_as_dead_once_its_heartbeat_is_stale(db) -> None:
    stale = dt.timedelta(seconds=20)
    await sender.acquire(
        db, owner="far", host="other", pid=10, now=NOW, stale_after=stale, is_alive=alive
    )
    with pytest.raises(sender.SenderBusy):
        await sender.acquire(
            db,
            owner="near",
            host="h",
            pid=11,
            now=NOW + dt.timedelta(seconds=5),
            stale_after=stale,
            is_alive=alive,
        )
    later = NOW + dt.timedelta(seconds=30)
    taken = await sender.acquire(
        db, owner="near", host="h", pid=11, now=later, stale_after=stale, is_alive=alive
    )
    assert taken is not None and taken.host == "other"


async def test_a_clean_stop_frees_the_database_at_once(db) -> None:
    args = dict(host="h", now=NOW, stale_after=dt.timedelta(seconds=20), is_alive=alive)
    await sender.acquire(db, owner="first", pid=10, **args)
    await sender.release(db, owner="first")
    assert await sender.acquire(db, owner="second", pid=11, **args) is None


async def test_a_chats_due_digest_entries_are_claimed_together_whatever_the_cap(db) -> None:
    for n in range(12):
        await owe(db, 1, "digest_item", due=NOW - dt.timedelta(seconds=n))
    claimed = await outbox.claim_due(db, now=NOW, limit=10, per_chat=5)
    assert len(claimed) == 12 and {r.kind for r in claimed} == {"digest_item"}


async def test_the_database_gives_every_kind_the_priority_the_code_gives_it(db) -> None:
    # The priority is a generated column (migrations 5 and 8): it must agree with PRIORITY.
    for number, kind in enumerate(outbox.Kind, start=1):
        await owe(db, number, kind)
    claimed = await outbox.claim_due(db, now=NOW, limit=100)
    assert {r.kind: r.priority for r in claimed} == outbox.PRIORITY


async def test_two_postgresql_senders_claiming_at_once_never_take_the_same_row() -> None:
    # Two processes (two Database objects, each its own pool) claim the same due rows again
    # and again at the same moment: FOR UPDATE SKIP LOCKED gives every row to exactly one.
    async with fresh_schema() as (url, schema):
        first = await connect(url, schema=schema)
        second = await connect(url, schema=schema)
        try:
            stamp = int(NOW.timestamp())
            rows = [(chat, "notification", None, stamp, stamp) for chat in range(1, 601)]
            await outbox.insert_many(first, rows)

            async def drain(db, owner: str) -> list[int]:
                # A claim whose chosen rows the other holds locked comes back short or empty;
                # the sender claims again, like the dispatcher on its next tick.
                taken: list[int] = []
                while (await outbox.counts(db)).get("pending"):
                    batch = await outbox.claim_due(db, now=NOW, limit=25, owner=owner, lease=LEASE)
                    taken.extend(row.id for row in batch)
                    await asyncio.sleep(0)
                return taken

            a, b = await asyncio.gather(drain(first, "a"), drain(second, "b"))
            assert not set(a) & set(b)
            assert len(a) + len(b) == len(set(a) | set(b)) == 600
            assert a and b, "both senders claimed some rows"
            assert await outbox.counts(first) == {"sending": 600}
        finally:
            await first.close()
            await second.close()
