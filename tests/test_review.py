"""Review of unsure items, evidence on item pages, and draft identity (issue 8 parts 2-3, 11).

The real Application runs in-process against the Bot API emulator with a real SQLite file;
feeds come from a local feed server. Assertions are on what users and admins see.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.app import utcnow
from bot.importing import import_items
from bot.review import review_for
from bot.settings import Settings
from ingest.model import Deadline, Item
from ingest.sources import Parsed, item_from_text, parse_json
from storage import drafts, items
from tests.emulator import BotApiEmulator, Call, Chat
from tests.feedserver import FeedServer, Page, rss
from tests.inprocess import RunningApp, running, settings_for

CHANNEL = Chat(-1001234567890, "channel", "Calls")
ADMIN = Chat(7007)
OTHER_ADMIN = Chat(7008)
USER = Chat(1001)
TZ = "Europe/Brussels"

# A call whose text names no deadline: unsure by rule, whatever the extractor's scores.
UNSURE = ("Call for proposals: energy pilots", "We invite proposals for energy pilots.")
# A call with a plain deadline, read with confidence.
SURE = (
    "Call for proposals: heat networks",
    "Proposals for heat networks are due until 14 March 2031 at 1pm CET.",
)


@pytest.fixture
def chats(emulator: BotApiEmulator) -> None:
    for chat in (CHANNEL, ADMIN, OTHER_ADMIN, USER):
        emulator.chats[chat.id] = chat


def settings_of(emulator: BotApiEmulator, tmp_path: Path, **changes) -> Settings:
    values = dict(
        channel_id=str(CHANNEL.id),
        admin_ids=frozenset({ADMIN.id, OTHER_ADMIN.id}),
        default_timezone=TZ,
    )
    values.update(changes)
    return settings_for(emulator, tmp_path / "bot.db", **values)


def wait_until(condition: Callable[[], object], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        time.sleep(0.05)


def sent(emulator: BotApiEmulator, chat: Chat, text: str = "") -> list[Call]:
    return [c for c in emulator.calls_of("sendMessage", chat.id) if text in c.params["text"]]


def pushes(emulator: BotApiEmulator, chat: Chat, title: str) -> list[Call]:
    """Channel posts (channel) or new-item notifications (a subscriber) about ``title``."""
    return [c for c in sent(emulator, chat, title) if chat is CHANNEL or "🆕" in c.params["text"]]


def button(call: Call, label: str) -> str:
    return next(
        b["callback_data"]
        for row in call.params["reply_markup"]["inline_keyboard"]
        for b in row
        if label in b["text"]
    )


def answers(emulator: BotApiEmulator, start: int) -> list[str]:
    """Texts of the callback answers since ``start``."""
    return [
        c.params.get("text", "")
        for c in emulator.calls[start:]
        if c.method == "answerCallbackQuery"
    ]


def press_and_answer(emulator: BotApiEmulator, chat: Chat, message_id: int, data: str) -> str:
    """Press a button; the callback answer's text."""
    start = emulator.mark()
    emulator.user_presses(chat, message_id, data)
    emulator.wait_for(lambda c: c.method == "answerCallbackQuery", start=start)
    return answers(emulator, start)[0]


def subscribe(emulator: BotApiEmulator) -> None:
    reply = emulator.reply_to(USER, "/subscribe calls")
    assert "Subscription" in reply.result["text"]


def import_entries(app: RunningApp, settings: Settings, *entries: tuple[str, str]) -> object:
    """What ``callboard import`` does with a digest of these entries (same store_items)."""
    records = [
        {"title": t, "summary": s, "link": f"https://example.org/{i}"}
        for i, (t, s) in enumerate(entries)
    ]
    parsed = parse_json(json.dumps(records), source="import.json")
    return app.call(
        import_items(
            app.db,
            parsed,
            now=utcnow(),
            default_tz=TZ,
            channel=settings.channel_id,
            review=review_for(settings),
        )
    )


def review_message(emulator: BotApiEmulator, chat: Chat, title: str) -> Call:
    emulator.wait_for(
        lambda c: (
            c.ok
            and c.method == "sendMessage"
            and c.params.get("chat_id") == chat.id
            and "Review" in c.params["text"]
            and title in c.params["text"]
        )
    )
    return sent(emulator, chat, title)[-1]


# -- review of unsure entries --------------------------------------------------------------


def test_an_unsure_import_waits_for_an_admin_and_save_publishes_it_once(
    emulator: BotApiEmulator, tmp_path: Path, chats
) -> None:
    settings = settings_of(emulator, tmp_path)
    with running(settings) as app:
        subscribe(emulator)
        summary = import_entries(app, settings, UNSURE)
        assert summary.held == 1 and summary.added == 0
        # Each admin is sent the draft with its buttons, and says why it waits.
        mine = review_message(emulator, ADMIN, UNSURE[0])
        theirs = review_message(emulator, OTHER_ADMIN, UNSURE[0])
        assert "call without deadline" in mine.params["text"]
        assert "(unsure — check it)" in mine.params["text"]
        # Neither the channel nor the subscriber hears of it, and /calls does not list it.
        time.sleep(1.0)
        assert not pushes(emulator, CHANNEL, UNSURE[0]) and not pushes(emulator, USER, UNSURE[0])
        assert UNSURE[0] not in emulator.reply_to(USER, "/calls").result["text"]
        assert "drafts waiting for review: 1" in emulator.reply_to(ADMIN, "/stats").result["text"]
        listing = emulator.reply_to(ADMIN, "/review").result["text"]
        assert UNSURE[0] in listing and "call without deadline" in listing

        saved = emulator.press(ADMIN, mine.result["message_id"], button(mine, "Save"))
        item_id = int(re.search(r"Saved as item #(\d+)", saved.params["text"]).group(1))
        wait_until(lambda: pushes(emulator, CHANNEL, UNSURE[0]), "the channel post")
        wait_until(lambda: pushes(emulator, USER, UNSURE[0]), "the subscriber's notification")

        # The other admin's Save and a double tap change nothing but say so.
        stale = press_and_answer(
            emulator, OTHER_ADMIN, theirs.result["message_id"], button(theirs, "Save")
        )
        assert "no longer current" in stale
        again = press_and_answer(emulator, ADMIN, mine.result["message_id"], button(mine, "Save"))
        assert "no longer current" in again
        # Re-importing the same entry makes no second draft; it is the saved item now.
        assert import_entries(app, settings, UNSURE).held == 0
        time.sleep(1.0)
        assert len(pushes(emulator, CHANNEL, UNSURE[0])) == 1
        assert len(pushes(emulator, USER, UNSURE[0])) == 1
        assert UNSURE[0] in emulator.reply_to(USER, f"/item {item_id}").result["text"]
        # An admin checked it: no warning line on the published post.
        assert "Check the source" not in pushes(emulator, CHANNEL, UNSURE[0])[0].params["text"]
        assert "drafts waiting for review: 0" in emulator.reply_to(ADMIN, "/stats").result["text"]


def test_discard_drops_a_held_entry_and_a_repoll_does_not_bring_it_back(
    emulator: BotApiEmulator, tmp_path: Path, chats
) -> None:
    settings = settings_of(emulator, tmp_path)
    with running(settings) as app:
        import_entries(app, settings, UNSURE)
        mine = review_message(emulator, ADMIN, UNSURE[0])
        discarded = emulator.press(ADMIN, mine.result["message_id"], button(mine, "Discard"))
        assert "discarded" in discarded.params["text"]
        assert import_entries(app, settings, UNSURE).held == 0
        assert app.call(items.count(app.db)) == 0
        assert "No drafts wait" in emulator.reply_to(ADMIN, "/review").result["text"]
        save = press_and_answer(emulator, ADMIN, mine.result["message_id"], button(mine, "Save"))
        assert "no longer current" in save
        time.sleep(0.5)
        assert not pushes(emulator, CHANNEL, UNSURE[0])
        assert app.call(items.count(app.db)) == 0


def test_an_unsure_feed_entry_reaches_the_admins_not_the_channel_until_saved(
    emulator: BotApiEmulator, tmp_path: Path, chats
) -> None:
    server = FeedServer().start()
    try:
        server.pages["/calls.xml"] = Page(
            rss(
                (*SURE, "https://example.org/sure"),
                (*UNSURE, "https://example.org/unsure"),
            )
        )
        settings = settings_of(
            emulator,
            tmp_path,
            feeds=(server.url("/calls.xml"),),
            allow_private_feeds=True,
            push_backlog=True,
            feed_poll_minutes=0.01,
        )
        with running(settings) as app:
            subscribe(emulator)
            wait_until(lambda: pushes(emulator, CHANNEL, SURE[0]), "the sure entry's post")
            mine = review_message(emulator, ADMIN, UNSURE[0])
            # Several more polls of the same feed: still one draft, nothing published.
            polls = server.pages["/calls.xml"].served
            wait_until(lambda: server.pages["/calls.xml"].served >= polls + 3, "more polls")
            assert len(app.call(drafts.waiting(app.db))) == 1
            assert not pushes(emulator, CHANNEL, UNSURE[0])
            emulator.press(ADMIN, mine.result["message_id"], button(mine, "Save"))
            wait_until(lambda: pushes(emulator, CHANNEL, UNSURE[0]), "the saved entry's post")
            wait_until(lambda: pushes(emulator, USER, UNSURE[0]), "the saved entry's push")
            polls = server.pages["/calls.xml"].served
            wait_until(lambda: server.pages["/calls.xml"].served >= polls + 3, "more polls")
            assert len(pushes(emulator, CHANNEL, UNSURE[0])) == 1
            assert len(pushes(emulator, USER, UNSURE[0])) == 1
            assert len(sent(emulator, ADMIN, UNSURE[0])) == 1  # one review message, not more
            assert not app.call(drafts.waiting(app.db))
    finally:
        server.stop()


def test_review_off_publishes_at_once(emulator: BotApiEmulator, tmp_path: Path, chats) -> None:
    settings = settings_of(emulator, tmp_path, review="off")
    with running(settings) as app:
        assert import_entries(app, settings, UNSURE).added == 1
        wait_until(lambda: pushes(emulator, CHANNEL, UNSURE[0]), "the channel post")
        assert not sent(emulator, ADMIN, "Review")


def test_review_all_holds_even_a_sure_entry(
    emulator: BotApiEmulator, tmp_path: Path, chats
) -> None:
    settings = settings_of(emulator, tmp_path, review="all")
    with running(settings) as app:
        summary = import_entries(app, settings, SURE, UNSURE)
        assert summary.held == 2 and summary.added == 0
        sure = review_message(emulator, ADMIN, SURE[0])
        review_message(emulator, ADMIN, UNSURE[0])
        assert "REVIEW=all" in sure.params["text"]
        assert "(unsure — check it)" not in sure.params["text"]
        time.sleep(0.5)
        assert not pushes(emulator, CHANNEL, SURE[0])


def test_without_admins_unsure_items_are_published_with_a_warning(
    emulator: BotApiEmulator, tmp_path: Path, chats
) -> None:
    settings = settings_of(emulator, tmp_path, admin_ids=frozenset())
    with running(settings) as app:
        subscribe(emulator)
        summary = import_entries(app, settings, UNSURE, SURE)
        assert summary.added == 2 and summary.held == 0
        wait_until(lambda: pushes(emulator, CHANNEL, UNSURE[0]), "the unsure post")
        wait_until(lambda: pushes(emulator, CHANNEL, SURE[0]), "the sure post")
        wait_until(lambda: pushes(emulator, USER, UNSURE[0]), "the unsure push")
        assert (
            "⚠️ Check the source for the deadline"
            in pushes(emulator, CHANNEL, UNSURE[0])[0].params["text"]
        )
        assert "Check the source" in pushes(emulator, USER, UNSURE[0])[0].params["text"]
        assert "Check the source" not in pushes(emulator, CHANNEL, SURE[0])[0].params["text"]
        assert "Check the source" in emulator.reply_to(USER, "/item 1").result["text"]
        assert "Check the source" not in emulator.reply_to(USER, "/item 2").result["text"]


def test_a_backlog_is_stored_not_held(emulator: BotApiEmulator, tmp_path: Path, chats) -> None:
    settings = settings_of(emulator, tmp_path)
    with running(settings) as app:
        records = [{"title": UNSURE[0], "summary": UNSURE[1]}]
        summary = app.call(
            import_items(
                app.db,
                parse_json(json.dumps(records), source="x"),
                now=utcnow(),
                default_tz=TZ,
                push=False,
                review=review_for(settings),
            )
        )
        assert summary.added == 1 and summary.held == 0


# -- evidence -----------------------------------------------------------------------------


def test_the_item_page_shows_the_deadlines_words_as_written(
    emulator: BotApiEmulator, tmp_path: Path, chats
) -> None:
    settings = settings_of(emulator, tmp_path, review="off")
    with running(settings) as app:
        import_entries(app, settings, SURE)
        page = emulator.reply_to(USER, "/item 1").result["text"]
        assert "Deadline: Fri 14 Mar 2031, 13:00 CET" in page
        assert (
            "as written: “Proposals for heat networks are due until 14 March 2031 at 1pm CET”"
            in page
        )
        # A JSON record that states its deadline has no words to show.
        records = [{"title": "Stated call", "kind": "call", "deadline": "2031-05-01"}]
        app.call(
            import_items(
                app.db, parse_json(json.dumps(records), source="j"), now=utcnow(), default_tz=TZ
            )
        )
        stated = emulator.reply_to(USER, "/item 2").result["text"]
        assert "Deadline:" in stated and "as written" not in stated


def test_evidence_is_escaped_and_long_evidence_is_shortened_around_the_date(
    emulator: BotApiEmulator, tmp_path: Path, chats
) -> None:
    long_words = "Send <b>everything</b> & more " + "word " * 80 + "until 14 March 2031"
    item = Item(
        kind="call",
        title="Escaped call",
        deadline=Deadline(dt.date(2031, 3, 14)),
        deadline_evidence=long_words,
        deadline_confidence=0.9,
        kind_confidence=0.9,
    )
    settings = settings_of(emulator, tmp_path, review="off")
    with running(settings) as app:
        app.call(import_items(app.db, Parsed(items=[item]), now=utcnow(), default_tz=TZ))
        page = emulator.reply_to(USER, "/item 1").result["text"]
        written = re.search(r"as written: “(.*)”", page).group(1)
        assert written.startswith("…") and written.endswith("until 14 March 2031")
        assert len(written) <= 200 and "<b>" not in page


def test_the_add_draft_shows_the_evidence_and_says_when_unsure(
    emulator: BotApiEmulator, tmp_path: Path, chats
) -> None:
    settings = settings_of(emulator, tmp_path)
    with running(settings):
        sure = emulator.reply_to(ADMIN, f"/add {SURE[0]}\n{SURE[1]}").result["text"]
        assert "as written: “Proposals for heat networks are due until 14 March 2031" in sure
        assert "unsure" not in sure
        unsure = emulator.reply_to(ADMIN, f"/add {UNSURE[0]}\n{UNSURE[1]}").result["text"]
        assert "(unsure — check it)" in unsure


def test_an_unsure_deadline_reading_is_kept_and_flagged() -> None:
    item = item_from_text(
        "Call for proposals: energy pilots",
        "We invite proposals for energy pilots; the programme runs from 12 March 2031.",
    )
    if item.deadline is None or item.deadline_confidence is None:
        pytest.skip("the extractor no longer reads a deadline here")
    assert item.deadline_evidence and "12 March 2031" in item.deadline_evidence
    assert item.unsure == (item.deadline_confidence < 0.5 or (item.kind_confidence or 1) < 0.5)


# -- draft identity -----------------------------------------------------------------------


def test_draft_ids_are_never_reused_and_old_buttons_change_nothing(
    emulator: BotApiEmulator, tmp_path: Path, chats
) -> None:
    settings = settings_of(emulator, tmp_path, review="off")
    with running(settings) as app:
        first = emulator.reply_to(ADMIN, "/add First call\nApply by 1 May 2031.")
        first_id = re.search(r"Draft (\d+)", first.result["text"]).group(1)
        discarded = emulator.press(ADMIN, first.result["message_id"], button(first, "Discard"))
        assert "discarded" in discarded.params["text"]
        second = emulator.reply_to(ADMIN, "/add Second call\nApply by 2 May 2031.")
        second_id = re.search(r"Draft (\d+)", second.result["text"]).group(1)
        assert second_id != first_id
        # The first draft's Save, pressed late, must not publish the second.
        for label in ("Save", "Edit", "Discard"):
            answer = press_and_answer(
                emulator, ADMIN, first.result["message_id"], button(first, label)
            )
            assert "no longer current" in answer
        # Forged: the right id without its token, a wrong token, a draft that never existed.
        message_id = second.result["message_id"]
        for forged in (
            f"a|save|{second_id}",
            f"a|save|{second_id}|00000000",
            "a|save|999|00000000",
            f"a|discard|{second_id}|deadbeef",
        ):
            assert "no longer current" in press_and_answer(emulator, ADMIN, message_id, forged)
        assert app.call(items.count(app.db)) == 0
        assert len(app.call(drafts.waiting(app.db))) == 1
        # The real button still works, once.
        saved = emulator.press(ADMIN, message_id, button(second, "Save"))
        assert "Saved as item #1" in saved.params["text"]
        assert "Second call" in emulator.reply_to(USER, "/item 1").result["text"]
        again = press_and_answer(emulator, ADMIN, message_id, button(second, "Save"))
        assert "no longer current" in again
        assert app.call(items.count(app.db)) == 1
        assert (
            "no open draft"
            in emulator.reply_to(ADMIN, f"/edit {second_id} kind event").result["text"]
        )


def test_review_mode_comes_from_the_environment() -> None:
    from bot.settings import SettingsError, load_settings

    assert load_settings({}, need_token=False).review == "unsure"
    assert load_settings({"REVIEW": "all"}, need_token=False).review == "all"
    assert load_settings({"REVIEW": "OFF"}, need_token=False).review == "off"
    with pytest.raises(SettingsError):
        load_settings({"REVIEW": "sometimes"}, need_token=False)
    # Without admins there is no one to review: nothing is held.
    assert review_for(Settings(admin_ids=frozenset())) is None
    assert review_for(Settings(admin_ids=frozenset({1}), review="off")) is None
    assert review_for(Settings(admin_ids=frozenset({1}))) is not None


# -- one draft per entry ------------------------------------------------------------------


def _entry(title: str, link: str, guid: str) -> Item:
    return item_from_text(title, UNSURE[1], link=link, source="https://feed", guid=guid)


async def test_a_feed_that_rotates_guids_makes_one_draft_and_a_shared_link_does_not_hide_another(
    db,
) -> None:
    review = drafts.Review(mode="unsure", admins=(ADMIN.id,))

    async def poll(*entries: Item):
        return await import_items(
            db, Parsed(items=list(entries)), now=utcnow(), default_tz=TZ, review=review
        )

    assert (await poll(_entry(UNSURE[0], "https://example.org/e", "g1"))).held == 1
    assert (await poll(_entry(UNSURE[0], "https://example.org/e", "g2"))).held == 0
    # Another entry that links to the same page (a feed linking its home page) is its own.
    other = await poll(_entry("Call for proposals: wind farms", "https://example.org/e", "g3"))
    assert other.held == 1
    assert [d.item.title for d in await drafts.waiting(db)] == [
        UNSURE[0],
        "Call for proposals: wind farms",
    ]
    rows = await db.fetch_all("SELECT COUNT(*) FROM outbox WHERE kind = 'admin_alert'")
    assert rows[0][0] == 2


def test_an_admin_who_sets_the_deadline_replaces_the_words_it_was_read_from(
    emulator: BotApiEmulator, tmp_path: Path, chats
) -> None:
    settings = settings_of(emulator, tmp_path)
    with running(settings):
        draft = emulator.reply_to(ADMIN, f"/add {SURE[0]}\n{SURE[1]}").result["text"]
        number = re.search(r"Draft (\d+)", draft).group(1)
        assert "as written" in draft
        edited = emulator.reply_to(ADMIN, f"/edit {number} deadline 2031-03-20 17:00")
        assert "20 Mar 2031" in edited.result["text"]
        assert "as written" not in edited.result["text"]


async def test_a_held_extension_notice_moves_no_deadline_until_saved(db) -> None:
    call = Item(
        kind="call",
        title="Clusters Go International: call for proposals (COS-CLUSINT-2026-1)",
        summary="The deadline for electronic submission is 15 March 2027, 17:00.",
        deadline=Deadline(dt.date(2027, 3, 15), dt.time(17, 0), TZ),
    )
    await import_items(db, Parsed(items=[call]), now=utcnow(), default_tz=TZ)
    notice = item_from_text(
        "Deadline extended for COS-CLUSINT-2026-1",
        "The submission deadline is extended until 31 March 2027, 17:00 Brussels time.",
    )
    review = drafts.Review(mode="all", admins=(ADMIN.id,))
    summary = await import_items(
        db, Parsed(items=[notice]), now=utcnow(), default_tz=TZ, review=review
    )
    assert summary.held == 1 and not summary.moved
    assert (await items.get(db, 1)).deadline.date == dt.date(2027, 3, 15)
    # Save imports the draft's item without review: then it extends the call.
    [held] = await drafts.waiting(db)
    saved = await import_items(db, Parsed(items=[held.item]), now=utcnow(), default_tz=TZ)
    assert saved.moved and (await items.get(db, 1)).deadline.date == dt.date(2027, 3, 31)
