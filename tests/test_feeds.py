"""Feeds: polled from a local server; bad feeds fail alone and admins hear once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from types import SimpleNamespace

import httpx
import pytest

from bot import feeds
from bot.settings import Settings
from ingest.feeds import FeedError, fetch, parse_feed, text_of_html
from storage import items, outbox, sources
from tests.feedserver import FeedServer, Page, atom, rss

NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
SETTINGS = Settings(
    default_timezone="Europe/Brussels",
    admin_ids=frozenset({777}),
    feed_poll_minutes=15,
    allow_private_feeds=True,  # the local feed server is on 127.0.0.1
)
CALL = (
    "Call for cluster partnerships",
    "Deadline: 15 March 2027, 17:00 Brussels time.",
    "https://example.org/calls/1",
)
EVENT = (
    "Cluster matchmaking workshop",
    "The workshop takes place on 3 February 2027 in Gent.",
    "https://example.org/events/1",
)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    served = FeedServer().start()
    yield served
    served.stop()


async def poll(db, url: str) -> object:
    source = await sources.by_url(db, url) or await sources.add(db, url, origin="admin", now=NOW)
    async with httpx.AsyncClient() as client:
        return await feeds.poll_source(db, client, source, SETTINGS, NOW)


async def test_an_rss_feed_is_read_into_items_with_their_deadlines(db, server):
    server.pages["/rss"] = Page(rss(CALL))
    summary = await poll(db, server.url("/rss"))
    assert summary.added == 1
    [item] = await items.all_items(db)
    assert item.link == CALL[2] and item.deadline.iso() == "2027-03-15T17:00:00+01:00"


async def test_an_atom_feed_is_read_too(db, server):
    server.pages["/atom"] = Page(atom(EVENT), content_type="application/atom+xml")
    summary = await poll(db, server.url("/atom"))
    assert summary.added == 1
    [item] = await items.all_items(db)
    assert item.kind == "event" and item.event_start == dt.date(2027, 2, 3)


async def test_a_second_poll_sends_the_etag_and_a_304_changes_nothing(db, server):
    server.pages["/rss"] = Page(rss(CALL), etag='"v1"')
    await poll(db, server.url("/rss"))
    again = await poll(db, server.url("/rss"))
    assert server.requests[-1][1].get("If-None-Match") == '"v1"'
    assert again.added == 0 and await items.count(db) == 1


async def test_the_same_entries_polled_again_are_stored_once(db, server):
    server.pages["/rss"] = Page(rss(CALL, EVENT))
    await poll(db, server.url("/rss"))
    again = await poll(db, server.url("/rss"))
    assert (again.added, again.unchanged) == (0, 2)
    assert await items.count(db) == 2


@pytest.mark.parametrize(
    ("page", "problem"),
    [
        (Page(b"oops", status=500), "HTTP 500"),
        (
            Page(b"<html><body><h1>Welcome</h1></body></html>", content_type="text/html"),
            "not an RSS or Atom feed",
        ),
        (Page(b"\x00\xff garbage <<<"), "not an RSS or Atom feed"),
    ],
)
async def test_a_bad_feed_fails_with_a_reason_and_stores_nothing(db, server, page, problem):
    server.pages["/bad"] = page
    assert await poll(db, server.url("/bad")) is None
    source = await sources.by_url(db, server.url("/bad"))
    assert problem in source.last_error and source.failures == 1
    assert source.next_poll_at > NOW.timestamp() + 15 * 60  # backed off
    assert await items.count(db) == 0


async def test_malformed_xml_with_readable_entries_is_still_read(db, server):
    body = rss(CALL).replace(b"</channel>", b"<broken></channel>")
    server.pages["/lenient"] = Page(body)
    assert (await poll(db, server.url("/lenient"))).added == 1


async def test_a_slow_feed_times_out_and_a_huge_one_is_cut_off(server):
    server.pages["/slow"] = Page(rss(CALL), delay=2)
    server.pages["/huge"] = Page(rss(*[CALL] * 2000))
    async with httpx.AsyncClient() as client:
        with pytest.raises(FeedError, match="timed out"):
            await fetch(
                client, server.url("/slow"), limits=httpx.Timeout(0.5), allow_private=True
            )
        with pytest.raises(FeedError, match="larger than"):
            await fetch(client, server.url("/huge"), max_bytes=2**20 // 4, allow_private=True)


async def test_one_failing_feed_does_not_stop_the_others(db, server):
    server.pages["/ok"] = Page(rss(CALL))
    server.pages["/down"] = Page(b"", status=503)
    server.pages["/html"] = Page(b"<html></html>", content_type="text/html")
    for path in ("/down", "/html", "/ok"):
        await sources.add(db, server.url(path), origin="env", now=NOW)
    context = SimpleNamespace(bot_data={"db": db, "settings": SETTINGS, "clock": lambda: NOW})
    await feeds.poll_due(context)
    assert await items.count(db) == 1
    states = {s.url.rsplit("/", 1)[1]: s.failures for s in await sources.listing(db)}
    assert states == {"down": 1, "html": 1, "ok": 0}


async def test_admins_hear_once_after_three_failures_and_again_on_recovery(db, server):
    server.pages["/flaky"] = Page(b"", status=500)
    for _ in range(5):
        await poll(db, server.url("/flaky"))
    alerts = [r for r in await outbox.rows_for(db, 777) if r["kind"] == "admin_alert"]
    assert len(alerts) == 1 and "failing 3 times" in alerts[0]["payload"]
    server.pages["/flaky"] = Page(rss(CALL))
    await poll(db, server.url("/flaky"))
    await poll(db, server.url("/flaky"))
    alerts = [r for r in await outbox.rows_for(db, 777) if r["kind"] == "admin_alert"]
    assert len(alerts) == 2 and "working again" in alerts[1]["payload"]


def test_html_in_entries_becomes_plain_text():
    assert text_of_html("<p>Apply <b>now</b> &amp; win</p><br>soon") == "Apply now & win soon"


def test_entries_without_titles_are_rejected_with_a_reason():
    parsed = parse_feed(rss(("", "no title", "https://x/1"), CALL), source="feed")
    assert len(parsed.items) == 1 and parsed.rejected[0].reason == "no title"
