"""Feeds: polled from a local server; bad feeds fail alone and admins hear once."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import ipaddress
from collections.abc import Iterator
from types import SimpleNamespace

import httpx
import pytest

from bot import feeds, render
from bot.settings import Settings
from ingest.feeds import (
    FeedError,
    RefusedAddress,
    check_address,
    fetch,
    parse_feed,
    text_of_html,
)
from storage import chats, items, outbox, sources
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
            await fetch(client, server.url("/slow"), limits=httpx.Timeout(0.5), allow_private=True)
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


async def test_each_admin_hears_of_a_failing_feed_in_their_own_language(db, server):
    await chats.set_language(db, 777, "de", chat_type="private", now=NOW)
    server.pages["/flaky"] = Page(b"", status=500)
    for _ in range(3):
        await poll(db, server.url("/flaky"))
    [alert] = [r for r in await outbox.rows_for(db, 777) if r["kind"] == "admin_alert"]
    assert "Feed 3-mal in Folge fehlgeschlagen" in alert["payload"]


def test_html_in_entries_becomes_plain_text():
    assert text_of_html("<p>Apply <b>now</b> &amp; win</p><br>soon") == "Apply now & win soon"


def test_entries_without_titles_are_rejected_with_a_reason():
    parsed = parse_feed(rss(("", "no title", "https://x/1"), CALL), source="feed")
    assert len(parsed.items) == 1 and parsed.rejected[0].reason == "no title"


# --- Safe fetching: addresses are checked after DNS and at every redirect -------------------

STRICT = dataclasses.replace(SETTINGS, allow_private_feeds=False)


def resolver(table: dict[str, list[str]]):
    """A stubbed DNS: names to addresses, no network."""

    async def resolve(host: str, port: int) -> list[str]:
        if host in table:
            return table[host]
        try:
            ipaddress.ip_address(host)
        except ValueError:
            raise OSError(f"unknown name {host}") from None
        return [host]

    return resolve


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "a loopback address"),
        ("127.8.9.10", "a loopback address"),
        ("10.1.2.3", "a private address"),
        ("172.16.0.9", "a private address"),
        ("192.168.1.1", "a private address"),
        ("169.254.169.254", "a link-local address"),
        ("224.0.0.251", "a multicast address"),
        ("0.0.0.0", "an unspecified address"),
        ("240.0.0.1", "a reserved address"),
        ("::1", "a loopback address"),
        ("fe80::1", "a link-local address"),
        ("fd00::5", "a private address"),
        ("ff02::1", "a multicast address"),
        ("::ffff:127.0.0.1", "a loopback address"),
        ("::ffff:10.0.0.1", "a private address"),
    ],
)
async def test_a_name_resolving_to_a_non_public_address_is_refused(address, kind):
    dns = resolver({"feeds.example": [address]})
    with pytest.raises(RefusedAddress) as refused:
        await check_address("http://feeds.example/rss", resolver=dns)
    assert f"feeds.example resolves to {address}," in str(refused.value)
    assert kind in str(refused.value) and "ALLOW_PRIVATE_FEEDS=1" in str(refused.value)
    # allowed when the operator says so
    assert await check_address("http://feeds.example/rss", allow_private=True, resolver=dns)


async def test_one_private_address_among_public_ones_is_enough_to_refuse():
    dns = resolver({"feeds.example": ["93.184.216.34", "10.0.0.8"]})
    with pytest.raises(RefusedAddress, match=r"10\.0\.0\.8, a private address"):
        await check_address("https://feeds.example/rss", resolver=dns)
    assert await check_address("https://[2606:4700::1]/rss", resolver=dns) == "2606:4700::1"


@pytest.mark.parametrize(
    "url", ["ftp://feeds.example/rss", "file:///etc/passwd", "gopher://x/", "http:///nohost"]
)
async def test_only_http_and_https_urls_are_fetched(url):
    with pytest.raises(RefusedAddress, match="refused"):
        await check_address(url, resolver=resolver({}))


async def test_literal_loopback_ip_and_ipv6_loopback_urls_are_never_requested(server):
    server.pages["/rss"] = Page(rss(CALL))
    port = server.server.server_address[1]
    async with httpx.AsyncClient() as client:
        for url in (server.url("/rss"), f"http://[::1]:{port}/rss", f"http://localhost:{port}/"):
            with pytest.raises(RefusedAddress, match="a loopback address"):
                await fetch(client, url)
    assert server.requests == []


async def test_a_redirect_into_a_private_address_is_refused_before_it_is_followed():
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "http://intranet.example:8080/admin"})

    dns = resolver({"feeds.example": ["93.184.216.34"], "intranet.example": ["192.168.0.10"]})
    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as client:
        with pytest.raises(RefusedAddress) as refused:
            await fetch(client, "http://feeds.example/rss", resolver=dns)
    assert "intranet.example resolves to 192.168.0.10, a private address" in str(refused.value)
    # one request, to the address that was checked, naming the feed's host
    [request] = seen
    assert request.url.host == "93.184.216.34" and request.headers["Host"] == "feeds.example"


async def test_redirects_are_followed_a_few_times_each_checked(server):
    server.pages["/old"] = Page(location="/new", status=301)
    server.pages["/new"] = Page(rss(CALL))
    server.pages["/loop"] = Page(location="/loop")
    async with httpx.AsyncClient() as client:
        fetched = await fetch(client, server.url("/old"), allow_private=True)
        assert b"Call for cluster partnerships" in fetched.content
        with pytest.raises(FeedError, match="more than 5 redirects"):
            await fetch(client, server.url("/loop"), allow_private=True)
        with pytest.raises(RefusedAddress):
            await fetch(client, server.url("/old"))  # 127.0.0.1 itself, when not allowed


async def test_a_refused_feed_shows_its_reason_in_sources_and_is_not_fetched(db, server):
    server.pages["/rss"] = Page(rss(CALL))
    source = await sources.add(db, server.url("/rss"), origin="env", now=NOW)
    async with httpx.AsyncClient() as client:
        assert await feeds.poll_source(db, client, source, STRICT, NOW) is None
    assert server.requests == []
    listing = render.source_list(render.ENGLISH, await sources.listing(db))
    assert "failing (1×: refused: 127.0.0.1 is a loopback address" in listing


async def test_sources_add_refuses_a_private_address_with_the_reason(db):
    dns = resolver({"router.example": ["192.168.1.1"], "feeds.example": ["93.184.216.34"]})
    url = "http://router.example/rss"
    source, problem = await feeds.add_source(db, url, STRICT, NOW, resolver=dns)
    assert source is None and "192.168.1.1, a private address" in problem
    assert "Feed not added" in render.source_added(render.ENGLISH, source, problem, url=url)
    assert await sources.listing(db) == []
    good, problem = await feeds.add_source(
        db, "http://feeds.example/rss", STRICT, NOW, resolver=dns
    )
    assert good is not None and problem is None


# --- Text from feeds is decoded with replacement and cleaned ---------------------------------


async def test_nul_control_characters_and_invalid_utf8_are_never_stored(db, server):
    body = rss(
        (
            "Appel \x00à projets café\x07 \x1b[31m",
            "Date limite : 15 mars 2027.\x00 Plus d'infos\tici.",
            "https://example.org/fr/1",
        )
    ).replace(b"projets", b"proj\xffets")
    server.pages["/fr"] = Page(body)
    assert (await poll(db, server.url("/fr"))).added == 1
    [item] = await items.all_items(db)
    assert item.title == "Appel à proj\ufffdets café [31m"
    assert "\x00" not in item.summary and "Ã" not in item.title + item.summary
    assert item.summary.startswith("Date limite : 15 mars 2027. Plus d'infos")


def test_a_latin1_feed_is_read_in_its_declared_encoding():
    body = rss(("Appel à projets", "Clôture le 15 mars 2027.", "https://example.org/x"))
    latin1 = body.decode().replace('version="1.0"?>', 'version="1.0" encoding="iso-8859-1"?>')
    parsed = parse_feed(latin1.encode("latin-1"), source="feed")
    assert parsed.items[0].title == "Appel à projets"
    assert parsed.items[0].summary == "Clôture le 15 mars 2027."


def test_a_body_that_names_a_local_file_is_not_opened_as_one():
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(b"/etc/hostname", source="feed")


# --- Identity that survives careless feeds --------------------------------------------------

WITH_CHANNEL = dataclasses.replace(SETTINGS, channel_id="@calls")
FUTURE = [
    (
        f"Call number {n} for cluster partnerships",
        f"Deadline: {n} March 2027, 17:00 Brussels time.",
        f"https://example.org/future/{n}",
    )
    for n in range(1, 6)
]


async def poll_with(db, url: str, settings: Settings, now: dt.datetime = NOW):
    source = await sources.by_url(db, url) or await sources.add(db, url, origin="admin", now=NOW)
    async with httpx.AsyncClient() as client:
        return await feeds.poll_source(db, client, source, settings, now)


async def channel_posts(db) -> list:
    return [r for r in await outbox.rows_for(db, "@calls") if r["kind"] == "channel_post"]


async def test_a_feed_that_rotates_guids_keeps_one_item_per_entry(db, server):
    # a fresh guid for every entry on every request
    server.pages["/rot"] = Page(
        lambda n: rss(*[(*e, f"urn:uuid:{n}-{i}") for i, e in enumerate(FUTURE)])
    )
    await poll_with(db, server.url("/rot"), WITH_CHANNEL)  # the backlog: stored, not pushed
    server.pages["/rot"] = Page(
        lambda n: rss(*[(*e, f"urn:uuid:{n}-{i}") for i, e in enumerate([*FUTURE, CALL])])
    )
    added = [(await poll_with(db, server.url("/rot"), WITH_CHANNEL)).added for _ in range(4)]
    assert added == [1, 0, 0, 0]
    assert await items.count(db) == 6
    assert [r["item_id"] for r in await channel_posts(db)] == [6]


async def test_one_guid_reused_for_different_entries_makes_different_items(db, server):
    server.pages["/reuse"] = Page(rss((*FUTURE[0], "same-guid")))
    await poll_with(db, server.url("/reuse"), WITH_CHANNEL)
    server.pages["/reuse"] = Page(rss((*FUTURE[1], "same-guid")))
    summary = await poll_with(db, server.url("/reuse"), WITH_CHANNEL)
    assert summary.added == 1
    titles = sorted(item.title for item in await items.all_items(db))
    assert titles == [FUTURE[0][0], FUTURE[1][0]]
    assert len(await channel_posts(db)) == 1  # the second one, which is new


async def test_an_edited_title_with_the_same_guid_updates_the_item_without_a_push(db, server):
    server.pages["/edit"] = Page(rss((*FUTURE[0], "guid-1")))
    await poll_with(db, server.url("/edit"), WITH_CHANNEL)
    server.pages["/edit"] = Page(rss((*FUTURE[0], "guid-1"), (*FUTURE[1], "guid-2")))
    await poll_with(db, server.url("/edit"), WITH_CHANNEL)  # guid-2 is new: one push
    edited = ("Call 2 for cluster partnerships (corrected)", FUTURE[1][1], FUTURE[1][2])
    server.pages["/edit"] = Page(rss((*FUTURE[0], "guid-1"), (*edited, "guid-2")))
    summary = await poll_with(db, server.url("/edit"), WITH_CHANNEL)
    assert (summary.added, summary.updated) == (0, 1)
    assert [item.title for item in await items.all_items(db)] == [FUTURE[0][0], edited[0]]
    assert len(await channel_posts(db)) == 1


async def test_a_link_shared_by_every_entry_does_not_merge_them(db, server):
    # a careless feed linking every entry to its home page, with proper guids
    home = "https://example.org/news"
    server.pages["/home"] = Page(
        rss(*[(t, d, home, f"g{i}") for i, (t, d, _) in enumerate(FUTURE)])
    )
    assert (await poll_with(db, server.url("/home"), WITH_CHANNEL)).added == 5


# --- No backlog floods ------------------------------------------------------------------------

CLOSED = (
    "Call for 2019 cluster pilots",
    "Deadline: 15 March 2019, 17:00 Brussels time.",
    "https://example.org/calls/2019",
    "",
    "Mon, 07 Jan 2019 09:00:00 GMT",
)
ENDED = (
    "Cluster matchmaking workshop 2020",
    "The workshop takes place on 3 February 2020 in Gent.",
    "https://example.org/events/2020",
    "",
    "Mon, 06 Jan 2020 09:00:00 GMT",
)


async def test_a_new_feeds_entries_are_stored_and_searchable_but_not_pushed(db, server):
    server.pages["/new"] = Page(rss(*FUTURE, CLOSED, ENDED))
    assert (await poll_with(db, server.url("/new"), WITH_CHANNEL)).added == 7
    assert await channel_posts(db) == []
    assert [i.title for i in await items.search(db, "2019 pilots", limit=5)] == [CLOSED[0]]
    server.pages["/new"] = Page(rss(*FUTURE, CLOSED, ENDED, CALL))
    assert (await poll_with(db, server.url("/new"), WITH_CHANNEL)).added == 1
    [post] = await channel_posts(db)
    assert (await items.get(db, post["item_id"])).title == CALL[0]


async def test_push_backlog_pushes_the_first_poll_but_never_what_is_over(db, server):
    server.pages["/all"] = Page(rss(FUTURE[0], CLOSED, ENDED, EVENT))
    settings = dataclasses.replace(WITH_CHANNEL, push_backlog=True)
    assert (await poll_with(db, server.url("/all"), settings)).added == 4
    pushed = [(await items.get(db, r["item_id"])).title for r in await channel_posts(db)]
    assert sorted(pushed) == sorted([FUTURE[0][0], EVENT[0]])


async def test_an_entry_already_over_when_it_first_appears_is_never_pushed(db, server):
    server.pages["/late"] = Page(rss(FUTURE[0]))
    await poll_with(db, server.url("/late"), WITH_CHANNEL)
    server.pages["/late"] = Page(rss(FUTURE[0], CLOSED, ENDED))
    assert (await poll_with(db, server.url("/late"), WITH_CHANNEL)).added == 2
    assert await channel_posts(db) == []


# --- Isolation: each feed polled in its own task, with a total deadline ------------------------


async def test_a_dripping_feed_neither_delays_another_nor_is_polled_twice(db, server):
    server.pages["/drip"] = Page(rss(CALL), drip=1.0)
    server.pages["/ok"] = Page(rss(EVENT))
    drip = await sources.add(db, server.url("/drip"), origin="env", now=NOW)
    await sources.add(db, server.url("/ok"), origin="env", now=NOW)
    settings = dataclasses.replace(SETTINGS, feed_timeout=2.5)
    bot_data = {"db": db, "settings": settings, "clock": lambda: NOW}
    context = SimpleNamespace(bot_data=bot_data)
    await asyncio.wait_for(feeds.start_due(context), 1)  # starts the polls, waits for none
    running = bot_data[feeds.POLLS]
    assert set(running) == {1, 2}
    await asyncio.wait_for(running[2], 2)  # the healthy feed is done while the other drips
    assert [i.title for i in await items.all_items(db)] == [EVENT[0]]
    dripping = running[drip.id]
    await feeds.start_due(context)  # still due, still running: not started again
    assert bot_data[feeds.POLLS] == {drip.id: dripping}
    listing = render.source_list(render.ENGLISH, await sources.listing(db))
    assert "polling since" in listing
    await asyncio.wait_for(dripping, 5)
    [slow, ok] = await sources.listing(db)
    assert "timed out (no complete answer within 2.5 s)" in slow.last_error
    assert ok.failures == 0 and slow.polling_since is None
    assert len([r for r in server.requests if r[0] == "/drip"]) == 1


def test_feed_settings_are_read_and_checked():
    from bot.settings import SettingsError, load_settings

    read = load_settings(
        {"FEED_TIMEOUT_SECONDS": "12", "ALLOW_PRIVATE_FEEDS": "1", "PUSH_BACKLOG": "yes"},
        need_token=False,
    )
    assert (read.feed_timeout, read.allow_private_feeds, read.push_backlog) == (12, True, True)
    defaults = load_settings({}, need_token=False)
    assert (defaults.feed_timeout, defaults.allow_private_feeds, defaults.push_backlog) == (
        30,
        False,
        False,
    )
    for name, value in (("FEED_TIMEOUT_SECONDS", "0"), ("ALLOW_PRIVATE_FEEDS", "maybe")):
        with pytest.raises(SettingsError, match=name):
            load_settings({name: value}, need_token=False)


@pytest.fixture
def certificate(tmp_path) -> tuple[str, str]:
    """A self-signed certificate for feeds.example: (key file, certificate file)."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("no openssl to make a certificate")
    key, cert = str(tmp_path / "key.pem"), str(tmp_path / "cert.pem")
    command = [
        *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
        *("-keyout", key, "-out", cert, "-subj", "/CN=feeds.example"),
        *("-addext", "subjectAltName=DNS:feeds.example"),
    ]
    subprocess.run(command, check=True, capture_output=True)
    return key, cert


async def test_https_goes_to_the_checked_address_and_verifies_the_feeds_own_name(certificate):
    """The connection is pinned to the resolved address; TLS still checks the URL's name."""
    import http.server
    import ssl
    import threading

    key, cert = certificate
    body = rss(CALL)
    hosts: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hosts.append(self.headers["Host"])
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    served = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    served.load_cert_chain(cert, key)
    httpd.socket = served.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_address[1]
    trust = ssl.create_default_context(cafile=cert)
    try:
        dns = resolver({"feeds.example": ["127.0.0.1"], "other.example": ["127.0.0.1"]})
        async with httpx.AsyncClient(verify=trust) as client:
            fetched = await fetch(
                client, f"https://feeds.example:{port}/rss", allow_private=True, resolver=dns
            )
            assert fetched.content == body and hosts == [f"feeds.example:{port}"]
            with pytest.raises(FeedError):  # the certificate is not other.example's
                await fetch(
                    client, f"https://other.example:{port}/rss", allow_private=True, resolver=dns
                )
    finally:
        httpd.shutdown()
        httpd.server_close()
