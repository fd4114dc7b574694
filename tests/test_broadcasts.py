"""New items reach the channel once and matching subscribers only; digests wait their time."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.model import Deadline, Item
from storage import items, outbox, subscriptions
from storage.subscriptions import Subscription, matches, next_digest, parse_digest
from storage.text_query import TextQuery, parse

TZ = "Europe/Brussels"
NOW = dt.datetime(2026, 3, 27, 10, 0, tzinfo=dt.UTC)
CHANNEL = "@cluster_calls"


def call(title: str, summary: str = "") -> Item:
    return Item(
        kind="call",
        title=title,
        summary=summary,
        deadline=Deadline(dt.date(2026, 5, 1), dt.time(17, 0), TZ),
    )


def test_a_subscription_matches_kind_and_every_keyword_without_accents():
    sub = Subscription(1, 5, "calls", parse("energie cluster"))
    assert matches(sub, call("Clusters: Énergie call", "for every cluster"))
    assert not matches(sub, call("Énergie call"))
    assert not matches(Subscription(1, 5, "events", TextQuery()), call("Anything"))
    assert matches(Subscription(1, 5, "all", TextQuery()), Item(kind="news", title="x"))


def test_a_subscription_keyword_matches_the_other_forms_search_finds():
    webinars = Subscription(1, 5, "all", parse("webinars"))
    assert matches(webinars, call("Webinar on cluster funding"))
    bandi = Subscription(1, 5, "calls", parse("bandi regionali"))
    assert matches(bandi, call("Nuovo bando regionale per le imprese"))
    assert not matches(Subscription(1, 5, "all", parse("news")), call("New call"))


def test_a_subscription_phrase_matches_its_words_in_order_and_an_exclusion_leaves_out():
    sub = Subscription(1, 5, "calls", parse('"green hydrogen" -nuclear'))
    assert matches(sub, call("Green hydrogen valleys", "Regions apply."))
    assert matches(sub, call("Call", "For green-hydrogen projects."))
    assert not matches(sub, call("Hydrogen, green and blue"))
    assert not matches(sub, call("Green hydrogen and nuclear power"))
    assert not matches(sub, call("Green hydrogen", "No nuclear reactors."))
    # The phrase's words in their other forms, and the exclusion's too ('-reactor').
    assert matches(Subscription(1, 5, "all", parse('"hydrogen valley"')), call("Hydrogen valleys"))
    assert not matches(
        Subscription(1, 5, "all", parse("energy -reactor")), call("Energy", "Small reactors.")
    )


def test_digest_settings_parse_and_fall_due_at_local_time_across_dst():
    assert parse_digest(["daily", "8:05"]) == "daily 08:05"
    assert parse_digest(["weekly", "mon", "18:00"]) == "weekly 0 18:00"
    for bad in (["daily", "25:00"], ["weekly", "funday", "08:00"], ["hourly"]):
        with pytest.raises(ValueError):
            parse_digest(bad)
    # Saturday 28 March 2026, 09:00 CET; Sunday 29 March, 09:00 CEST (summer time began).
    saturday = dt.datetime(2026, 3, 28, 9, 30, tzinfo=dt.UTC)
    assert next_digest("daily 09:00", tz=TZ, now=saturday) == (
        dt.datetime(2026, 3, 29, 7, 0, tzinfo=dt.UTC)
    )
    assert next_digest("weekly 0 09:00", tz=TZ, now=saturday) == (
        dt.datetime(2026, 3, 30, 7, 0, tzinfo=dt.UTC)
    )


async def subscribe(db, chat_id: int, kinds: str, keywords: str = "") -> None:
    await subscriptions.add(
        db,
        chat_id=chat_id,
        chat_type="private",
        kinds=kinds,
        query=parse(keywords),
        now=NOW,
    )


async def owed(db, chat_id: int | str) -> list[str]:
    return [r["kind"] for r in await outbox.rows_for(db, chat_id) if r["state"] == "pending"]


async def test_a_new_item_is_owed_to_the_channel_and_matching_subscribers_only(db):
    await subscribe(db, 1, "calls", "energy")
    await subscribe(db, 2, "events")
    await subscribe(db, 3, "all")
    await subscribe(db, 3, "calls")  # two matching subscriptions: still one message
    await items.upsert(db, call("Energy cluster call"), now=NOW, default_tz=TZ, channel=CHANNEL)
    assert await owed(db, CHANNEL) == ["channel_post"]
    assert (await owed(db, 1), await owed(db, 2), await owed(db, 3)) == (
        ["notification"],
        [],
        ["notification"],
    )


async def test_each_forum_topic_that_subscribed_is_owed_the_item_once_and_a_paused_one_not(db):
    for topic in (11, 11, 12, 13):
        await subscriptions.add(
            db,
            chat_id=-100,
            chat_type="supergroup",
            kinds="calls",
            query=parse("energy"),
            now=NOW,
            thread_id=topic,
        )
    paused = await subscriptions.topic_deleted(
        db, chat_id=-100, thread_id=13, reason="Message thread not found", now=NOW
    )
    again = await subscriptions.topic_deleted(
        db, chat_id=-100, thread_id=13, reason="Message thread not found", now=NOW
    )
    assert (paused, again) == (1, 0)  # so the group is told once
    for _ in range(2):
        await items.upsert(db, call("Energy cluster call"), now=NOW, default_tz=TZ)
    rows = [r for r in await outbox.rows_for(db, -100) if r["state"] == "pending"]
    assert sorted((r["kind"], r["thread_id"]) for r in rows) == [
        ("notification", 11),
        ("notification", 12),
        ("topic_gone", None),
    ]


async def test_importing_the_same_item_again_owes_nobody_anything_more(db):
    await subscribe(db, 1, "all")
    for _ in range(3):
        await items.upsert(db, call("Energy cluster call"), now=NOW, default_tz=TZ, channel=CHANNEL)
    assert await owed(db, CHANNEL) == ["channel_post"] and await owed(db, 1) == ["notification"]


async def test_a_digest_chat_gets_its_entries_at_the_next_digest_time(db):
    await subscribe(db, 1, "all")
    await subscriptions.set_digest(
        db, chat_id=1, chat_type="private", setting="daily 18:00", tz=TZ, now=NOW
    )
    await items.upsert(db, call("First"), now=NOW, default_tz=TZ)
    await items.upsert(db, call("Second"), now=NOW, default_tz=TZ)
    rows = [r for r in await outbox.rows_for(db, 1) if r["state"] == "pending"]
    assert [r["kind"] for r in rows] == ["digest_item", "digest_item"]
    assert {r["due_at"] for r in rows} == {
        int(dt.datetime(2026, 3, 27, 17, 0, tzinfo=dt.UTC).timestamp())
    }


async def test_a_moved_deadline_edits_sent_channel_posts_and_posts_a_note(db):
    from storage import broadcasts

    added = await items.upsert(
        db, call("Energy cluster call"), now=NOW, default_tz=TZ, channel=CHANNEL
    )
    [row] = await outbox.claim_due(db, now=NOW, limit=5)
    await outbox.mark_sent(db, row.id, now=NOW)
    await broadcasts.record_channel_post(db, item_id=added.item_id, chat_id=CHANNEL, message_id=42)
    moved = call("Energy cluster call")
    moved.deadline = Deadline(dt.date(2026, 5, 15), dt.time(17, 0), TZ)
    await items.upsert(db, moved, now=NOW, default_tz=TZ, channel=CHANNEL)
    assert await owed(db, CHANNEL) == ["channel_edit", "channel_moved"]
