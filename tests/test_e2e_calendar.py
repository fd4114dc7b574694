"""End to end: /calendar gives a private link a calendar app polls over HTTP."""

from __future__ import annotations

import datetime as dt
import re

import httpx
import vobject
from icalendar import Calendar

from tests.conftest import ON_BOTH_ENGINES, write_json
from tests.emulator import BotApiEmulator, Chat
from tests.webtools import free_port, wait_http

pytestmark = ON_BOTH_ENGINES

USER = Chat(1001)
GROUP = Chat(-100777, "supergroup", "Lab")
LINK = re.compile(r"http://127\.0\.0\.1:\d+/calendar/[A-Za-z0-9_-]+\.ics")


def call_file(home, deadline: dt.datetime, name: str):
    record = {
        "title": "Hydrogen valleys call",
        "kind": "call",
        "summary": "Apply soon.",
        "link": "https://example.org/hydrogen",
        "deadline": deadline.isoformat(),
    }
    return write_json(home / name, [record])


def link_in(text: str) -> str:
    found = LINK.search(text)
    assert found, text
    return found.group(0)


def the_event(body: bytes):
    [event] = Calendar.from_ical(body).walk("VEVENT")
    return event


def test_a_calendar_link_is_polled_answered_304_follows_a_moved_deadline_and_can_be_revoked(
    start_bot, import_files, bot_home, emulator: BotApiEmulator
) -> None:
    deadline = (dt.datetime.now(dt.UTC) + dt.timedelta(days=40)).replace(
        hour=15, minute=0, second=0, microsecond=0
    )
    import_files(call_file(bot_home, deadline, "first.json"))
    port = free_port()
    start_bot(PORT=str(port), HOST="127.0.0.1", PUBLIC_BASE_URL=f"http://127.0.0.1:{port}")
    wait_http(f"http://127.0.0.1:{port}/healthz")
    emulator.reply_to(USER, "/remind 1")
    answer = emulator.reply_to(USER, "/calendar").params["text"]
    url = link_in(answer)
    assert "webcal://127.0.0.1" in answer

    first = httpx.get(url, timeout=10)
    assert first.status_code == 200
    assert first.headers["content-type"].startswith("text/calendar")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    event = the_event(first.content)
    assert str(event["SUMMARY"]) == "Deadline: Hydrogen valleys call"
    assert event.decoded("DTSTART") == deadline
    assert len(event.walk("VALARM")) == 3  # 7d, 1d, 2h: the reminders the bot will send
    assert vobject.readOne(first.text).vevent.uid.value == str(event["UID"])

    again = httpx.get(url, headers={"If-None-Match": etag}, timeout=10)
    assert again.status_code == 304 and again.content == b""
    assert httpx.get(url, headers={"If-Modified-Since": modified}, timeout=10).status_code == 304

    moved = deadline + dt.timedelta(days=5)
    before_move = emulator.mark()
    import_files(call_file(bot_home, moved, "moved.json"))
    # Its follower is told of the move; that notice is not the reply to the next command.
    told = emulator.wait_for(
        lambda c: (
            c.ok
            and c.method == "sendMessage"
            and str(c.params.get("chat_id")) == str(USER.id)
            and "Deadline extended" in str(c.params.get("text"))
        ),
        start=before_move,
        timeout=30,
    )
    assert "Hydrogen valleys call" in told.params["text"]
    after = httpx.get(url, headers={"If-None-Match": etag}, timeout=10)
    assert after.status_code == 200 and after.headers["etag"] != etag
    new = the_event(after.content)
    assert str(new["UID"]) == str(event["UID"])
    assert new.decoded("DTSTART") == moved
    assert int(new["SEQUENCE"]) == int(event["SEQUENCE"]) + 1

    shown_once = emulator.reply_to(USER, "/calendar").params["text"]
    assert not LINK.search(shown_once) and "/calendar reset" in shown_once
    renewed = emulator.reply_to(USER, "/calendar reset").params["text"]
    new_url = link_in(renewed)
    assert new_url != url
    assert httpx.get(url, timeout=10).status_code == 404
    assert httpx.get(new_url, timeout=10).status_code == 200
    assert "Usage: /calendar" in emulator.reply_to(USER, "/calendar please").params["text"]


def test_only_a_groups_administrators_may_revoke_its_calendar_link(
    start_bot, emulator: BotApiEmulator
) -> None:
    port = free_port()
    start_bot(PORT=str(port), HOST="127.0.0.1", PUBLIC_BASE_URL=f"http://127.0.0.1:{port}")
    url = link_in(emulator.reply_to(GROUP, "/calendar").params["text"])  # by an administrator
    refused = emulator.reply_to(GROUP, "/calendar reset", user_id=5555).params["text"]
    assert "administrators" in refused
    assert httpx.get(url, timeout=10).status_code == 200


def test_without_a_public_address_calendar_links_are_explained_not_given(
    start_bot, emulator: BotApiEmulator
) -> None:
    start_bot()
    answer = emulator.reply_to(USER, "/calendar").params["text"]
    assert "not set up" in answer and "/ics" in answer
