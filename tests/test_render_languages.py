"""Every surface of the render package in every language: valid Telegram HTML, within
Telegram's limit, item texts shown as published; and each language's words and dates."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable

import pytest

from bot import render
from bot.callbacks import Page, Section
from bot.importing import ImportSummary
from bot.render import Lang, Locale
from bot.typed_times import Unread
from ingest.model import Deadline, Item
from storage.drafts import Draft
from storage.items import DeadlineChange
from storage.reminders import Followed, FollowResult
from storage.schedule import OffsetError, OffsetRule
from storage.sources import Source
from storage.stats import Stats
from storage.subscriptions import Subscription
from storage.text_query import Problem, TextQuery, parse
from tests.emulator import parse_html

NOW = dt.datetime(2026, 3, 27, 10, 0, tzinfo=dt.UTC)
HOSTILE = "<b>&amp;</script> \u202eשלום עולם مرحبا\u202c 🎉👩🏽‍🔬 «x» "
TITLE = HOSTILE + "Tiiitle " * 800
ITEM = Item(
    id=10**9,
    kind="call",
    title=TITLE,
    summary=HOSTILE * 300,
    link='https://example.org/?a=1&b="<x>"',
    source=HOSTILE * 20,
    deadline=Deadline(dt.date(2026, 4, 1), dt.time(17, 0), "Europe/Brussels"),
    deadline_evidence=HOSTILE * 30,
    event_start=dt.date(2026, 5, 30),
    event_end=dt.date(2026, 6, 2),
    location=HOSTILE * 40,
    unsure=True,
)
BARE = Item(id=7, kind="event", title=HOSTILE, deadline=Deadline(dt.date(2026, 3, 28)))
QUERY = "ééé שלום مرحبا überlänge"  # what a search query can hold: words (see callbacks.fits)
NO_DEADLINE = Item(id=8, kind="news", title=HOSTILE)
OLD = Deadline(dt.date(2026, 3, 30), dt.time(12, 0))
SOURCE = Source(
    3,
    "https://feed.example/" + HOSTILE * 10,
    "env",
    None,
    None,
    1,
    1,
    1,
    4,
    HOSTILE * 20,
    True,
    10**6,
    polling_since=None,
)
POLLING = Source(
    4,
    "https://x.example/<b>",
    "admin",
    None,
    None,
    0,
    None,
    None,
    0,
    None,
    False,
    0,
    polling_since=1_700_000_000,
)
STATS = Stats({"call": 12_345, "event": 3}, 10, 2, 5, 7, {"pending": 1, "sent": 99_999}, 2)
DRAFT = Draft(5, ITEM, "tok", "open", "review", HOSTILE, 1, 0)
SUMMARIES = [
    ImportSummary(added=1, new_ids=[42]),
    ImportSummary(moved=[DeadlineChange(9, OLD, ITEM.deadline)]),
    ImportSummary(updated=1),
]
MANY_FOLLOWED = [Followed(ITEM, "7d,1d,2h", NOW + dt.timedelta(days=2))] * 45 + [
    Followed(NO_DEADLINE, "1d", None)
]

# Every public function of the render package, called with the worst it can be given.
SURFACES: dict[str, Callable[[Locale], list[object]]] = {
    "add_usage": lambda loc: [render.add_usage(loc)],
    "admin_failure": lambda loc: [render.admin_failure(loc, HOSTILE * 9, HOSTILE * 99)],
    "admins_only": lambda loc: [render.admins_only(loc)],
    "announced_text": lambda loc: [
        render.announced_text(loc, ITEM.deadline) or "",
        render.announced_text(loc, ITEM.deadline, "due 17:00 <b>CET</b> & more") or "",
    ],
    "bad_edit": lambda loc: [
        render.bad_edit(loc, problem, choices=HOSTILE * 9, zone=HOSTILE)
        for problem in render.EditProblem
    ],
    "bad_item_id": lambda loc: [render.bad_item_id(loc, HOSTILE * 9)],
    "bad_offsets": lambda loc: [
        render.bad_offsets(loc, OffsetError(rule, HOSTILE * 9)) for rule in OffsetRule
    ],
    "button_expired": lambda loc: [render.button_expired(loc)],
    "calendar_event_title": lambda loc: [render.calendar_event_title(loc, HOSTILE)],
    "calendar_link": lambda loc: [
        render.calendar_link(
            loc, "https://bot.example.org/calendar/" + "x" * 43 + ".ics", replaced=r
        )
        for r in (False, True)
    ],
    "calendar_link_exists": lambda loc: [render.calendar_link_exists(loc, NOW)],
    "calendar_name": lambda loc: [render.calendar_name(loc)],
    "calendar_unavailable": lambda loc: [render.calendar_unavailable(loc)],
    "calendar_caption": lambda loc: [render.calendar_caption(loc, n) for n in (1, 2, 12_345)],
    "channel_moved": lambda loc: (
        [
            render.channel_moved(loc, ITEM, old=old, new=new)
            for old, new in ((OLD, ITEM.deadline), (ITEM.deadline, OLD), (None, OLD), (OLD, None))
        ]
        + [
            render.deadline_moved(
                loc, ITEM, old=OLD, new=ITEM.deadline, moments_kept=kept, moments_dropped=dropped
            )
            for kept, dropped in (([NOW], []), ([NOW, NOW], [NOW]), ([], [NOW, NOW]))
        ]
    ),
    "channel_post": lambda loc: [
        render.channel_post(loc, item, now=NOW, bot_username="callboard_bot")
        for item in (ITEM, BARE, NO_DEADLINE)
    ],
    "channel_withdrawn": lambda loc: [render.channel_withdrawn(loc, TITLE, 10**9)],
    "command_menu": lambda loc: [" ".join(d for _, d in render.command_menu(loc))],
    "countdown": lambda loc: (
        [
            render.countdown(loc, Deadline(NOW.date() + dt.timedelta(days=n)), now=NOW)
            for n in (-1, 0, 1, 2, 13, 20, 100)
        ]
        + [render.countdown(loc, Deadline(NOW.date(), dt.time(10, 30), "UTC"), now=NOW)]
    ),
    "deadline_closed": lambda loc: [render.deadline_closed(loc, ITEM)],
    "deadline_moved": lambda loc: (
        [
            render.deadline_moved(loc, ITEM, old=old, new=new)
            for old, new in ((OLD, ITEM.deadline), (ITEM.deadline, OLD), (None, OLD), (OLD, None))
        ]
        + [
            render.deadline_moved(
                loc, ITEM, old=OLD, new=ITEM.deadline, moments_kept=kept, moments_dropped=dropped
            )
            for kept, dropped in (([NOW], []), ([NOW, NOW], [NOW]), ([], [NOW, NOW]))
        ]
    ),
    "deadline_text": lambda loc: (
        [render.deadline_text(loc, d) for d in (ITEM.deadline, OLD)]
        + [render.deadline_text(loc, Deadline(dt.date(2026, 7, 8), tz="AoE"))]
    ),
    "delete_kept": lambda loc: [render.delete_kept(loc)],
    "delete_question": lambda loc: [render.delete_question(loc, ITEM, "abc")],
    "delete_stale": lambda loc: [render.delete_stale(loc)],
    "digest": lambda loc: [
        render.digest(loc, [ITEM] * 60, now=NOW),
        render.digest(loc, [BARE], now=NOW),
    ],
    "digest_set": lambda loc: [
        render.digest_set(loc, setting, NOW) for setting in (None, "daily 08:00", "weekly 6 18:30")
    ],
    "digest_setting": lambda loc: [
        render.digest_setting(loc, s) for s in (None, "daily 08:00", "weekly 0 08:00")
    ],
    "discarded": lambda loc: [render.discarded(loc)],
    "draft": lambda loc: [
        render.draft(loc, 5, ITEM, token="t", reason=HOSTILE),
        render.draft(loc, 5, NO_DEADLINE),
    ],
    "draft_discarded": lambda loc: [render.draft_discarded(loc, 5)],
    "draft_saved": lambda loc: [render.draft_saved(loc, s) for s in SUMMARIES],
    "draft_stale": lambda loc: [render.draft_stale(loc)],
    "edit_usage": lambda loc: [render.edit_usage(loc, 0), render.edit_usage(loc, 5)],
    "esc": lambda loc: [render.esc(HOSTILE)],
    "event_dates_text": lambda loc: [
        render.event_dates_text(loc, a, b) or ""
        for a, b in (
            (dt.date(2017, 11, 8), dt.date(2017, 11, 9)),
            (dt.date(2026, 6, 30), dt.date(2026, 7, 2)),
            (dt.date(2026, 12, 30), dt.date(2027, 1, 2)),
            (dt.date(2018, 1, 15), None),
        )
    ],
    "evidence_text": lambda loc: [render.evidence_text(loc, ITEM) or ""],
    "feed_failing": lambda loc: [render.feed_failing(loc, HOSTILE * 20, HOSTILE * 50, 3)],
    "feed_recovered": lambda loc: [render.feed_recovered(loc, HOSTILE * 20)],
    "follow_result": lambda loc: [
        render.follow_result(
            loc, ITEM, FollowResult([(dt.timedelta(days=1), NOW)], [dt.timedelta(days=7)])
        ),
        render.follow_result(loc, ITEM, FollowResult([], [dt.timedelta(hours=2)])),
    ],
    "followed_list": lambda loc: [
        render.followed_list(loc, MANY_FOLLOWED, now=NOW),
        render.followed_list(loc, [], now=NOW),
        render.followed_list(loc, [Followed(ITEM, "", NOW + dt.timedelta(hours=5))], now=NOW),
    ],
    "forgotten": lambda loc: [render.forgotten(loc, 5, True), render.forgotten(loc, 5, False)],
    "group_admins_only": lambda loc: [
        render.group_admins_only(loc, "callboard_bot", "remind_5"),
        render.group_admins_only(loc, None),
    ],
    "group_admins_only_alert": lambda loc: [render.group_admins_only_alert(loc)],
    "help_text": lambda loc: [render.help_text(loc)],
    "inline_description": lambda loc: [
        render.inline_description(loc, item, now=NOW) for item in (ITEM, BARE)
    ],
    "inline_title": lambda loc: [render.inline_title(loc, ITEM)],
    "item_deleted": lambda loc: [render.item_deleted(loc, TITLE, 5)],
    "item_deleted_reply": lambda loc: [render.item_deleted_reply(loc, ITEM)],
    "item_detail": lambda loc: [
        render.item_detail(
            loc,
            item,
            changes=[DeadlineChange(1, OLD, ITEM.deadline), DeadlineChange(1, None, OLD)],
            now=NOW,
            back=Page("search", 10**6, "ééé " * 5),
            following=following,
        )
        for item in (ITEM, BARE, NO_DEADLINE)
        for following in (False, True)
    ],
    "item_gone": lambda loc: [render.item_gone(loc)],
    "item_list": lambda loc: [
        render.item_list(
            loc, Page(view, offset, QUERY * (view == "search")), items, has_more=True, now=NOW
        )
        for view in ("calls", "closed", "events", "past", "deadlines", "search")
        for offset, items in ((0, [ITEM] * 5), (5, [BARE]), (0, []), (10, []))
    ],
    "language_current": lambda loc: [
        render.language_current(loc, source) for source in render.LanguageSource
    ],
    "language_set": lambda loc: [render.language_set(loc)],
    "language_unknown": lambda loc: [render.language_unknown(loc, HOSTILE)],
    "no_deadline": lambda loc: [render.no_deadline(loc, NO_DEADLINE)],
    "no_deadline_ahead": lambda loc: [render.no_deadline_ahead(loc)],
    "no_draft": lambda loc: [render.no_draft(loc, 5)],
    "nothing_for_calendar": lambda loc: [render.nothing_for_calendar(loc)],
    "notification": lambda loc: [
        render.notification(loc, item, now=NOW, following=following)
        for item in (ITEM, BARE, NO_DEADLINE)
        for following in (False, True)
    ],
    "offsets_set": lambda loc: [render.offsets_set(loc, [dt.timedelta(days=7)])],
    "open_command": lambda loc: [render.open_command(5)],
    "operator_line": lambda loc: [
        render.operator_line(loc, 5, admin=True),
        render.operator_line(loc, 5, admin=False),
    ],
    "plain_text_hint": lambda loc: [render.plain_text_hint(loc)],
    "reminder": lambda loc: [
        render.reminder(loc, ITEM, now=NOW, late=late) for late in (False, True)
    ],
    "reminder_after_deadline": lambda loc: [
        render.reminder_after_deadline(loc, ITEM, NOW + dt.timedelta(days=9))
    ],
    "reminder_at": lambda loc: [render.reminder_at(loc, ITEM, NOW + dt.timedelta(days=1))],
    "reminder_in_past": lambda loc: [render.reminder_in_past(loc, ITEM, NOW)],
    "reminder_not_understood": lambda loc: [
        render.reminder_not_understood(loc, 10**9, HOSTILE * 9, reason) for reason in Unread
    ],
    "reminders_set": lambda loc: [render.reminders_set(loc, n) for n in (0, 1, 3)],
    "reminders_stopped": lambda loc: [render.reminders_stopped(loc)],
    "review_list": lambda loc: [
        render.review_list(loc, [DRAFT] * 20),
        render.review_list(loc, []),
    ],
    "review_notice": lambda loc: [render.review_notice(loc, 5, ITEM, HOSTILE)],
    "saved": lambda loc: [render.saved(loc)],
    "search_usage": lambda loc: [render.search_usage(loc)],
    "setting_saved": lambda loc: [render.setting_saved(loc)],
    "setting_stale": lambda loc: [render.setting_stale(loc)],
    "settings_panel": lambda loc: [
        render.settings_panel(
            loc,
            [dt.timedelta(days=3), dt.timedelta(hours=1)],
            own_offsets=own,
            digest=digest,
            language=source,
            section=section,
        )
        for section in Section
        for own, digest, source in (
            (True, None, render.LanguageSource.CHOSEN),
            (False, "weekly 2 07:00", render.LanguageSource.TELEGRAM),
        )
    ],
    "span_words": lambda loc: [
        render.span_words(loc, dt.timedelta(seconds=s)) for s in (0, 59, 61, 3660, 90000, 86400)
    ],
    "shorten": lambda loc: [render.shorten(TITLE, 120)],
    "something_failed": lambda loc: [render.something_failed(loc)],
    "source_added": lambda loc: [
        render.source_added(loc, None, HOSTILE, url=HOSTILE),
        render.source_added(loc, SOURCE, HOSTILE, url="x"),
        render.source_added(loc, SOURCE, None, url="x"),
    ],
    "source_list": lambda loc: [
        render.source_list(loc, [SOURCE, POLLING] * 5),
        render.source_list(loc, []),
    ],
    "source_removed": lambda loc: [
        render.source_removed(loc, 3, SOURCE),
        render.source_removed(loc, 3, None),
    ],
    "stats": lambda loc: [render.stats(loc, STATS, [SOURCE, POLLING])],
    "board": lambda loc: [
        render.board(loc, [ITEM] * 10, "calls", parse(HOSTILE + ' "a b" -c'), now=NOW),
        render.board(loc, [], "all", TextQuery(), now=NOW),
    ],
    "board_notice": lambda loc: [render.board_notice(loc, n) for n in render.BoardNotice],
    "board_removed": lambda loc: [render.board_removed(loc, r) for r in (True, False)],
    "board_set": lambda loc: [
        render.board_set(loc, "events", parse(HOSTILE), new=new) for new in (True, False)
    ],
    "query_refused": lambda loc: [render.query_refused(loc, problem) for problem in Problem],
    "query_text": lambda loc: [render.query_text(loc, parse('"green hydrogen" -nuclear'))],
    "subscribed": lambda loc: [
        render.subscribed(loc, 5, kinds, words, digest=digest)
        for kinds in ("calls", "events", "courses", "all")
        for words in (TextQuery(), parse(HOSTILE + ' "a phrase" -word -"two words"'))
        for digest in (None, "daily 08:00")
    ],
    "subscription_list": lambda loc: [
        render.subscription_list(
            loc, [Subscription(1, 1, "all", parse(HOSTILE + " -x"))] * 5, None
        ),
        render.subscription_list(loc, [], "weekly 4 09:00"),
    ],
    "text_too_long": lambda loc: [render.text_too_long(loc)],
    "timezone_choices": lambda loc: [render.timezone_choices(loc, HOSTILE, ["Europe/Paris"])],
    "timezone_current": lambda loc: [render.timezone_current(loc, NOW)],
    "timezone_set": lambda loc: [
        render.timezone_set(loc, NOW),
        render.timezone_set(loc.with_tz("UTC+02:00"), NOW, "GMT+2"),
        render.timezone_set(loc, NOW, HOSTILE),
    ],
    "timezone_unknown": lambda loc: [render.timezone_unknown(loc, HOSTILE * 9)],
    "unknown_command": lambda loc: [render.unknown_command(loc, HOSTILE * 9)],
    "unknown_item": lambda loc: [render.unknown_item(loc, 5)],
    "topic_gone": lambda loc: [render.topic_gone(loc, n) for n in (1, 3)],
    "unsubscribed": lambda loc: [
        render.unsubscribed(loc, 0, None),
        render.unsubscribed(loc, 1, None),
        render.unsubscribed(loc, 3, None),
        render.unsubscribed(loc, 1, 5),
    ],
    "usage": lambda loc: [render.usage(loc, usage) for usage in render.Usage],
    "zone_choice_stale": lambda loc: [render.zone_choice_stale(loc)],
}
# Plain text, not HTML: an inline result's title and grey line, the command menu.
PLAIN = {
    "shorten",
    "inline_title",
    "inline_description",
    "command_menu",
    "calendar_name",
    "calendar_event_title",
}
LOCALES = [Locale(lang, tz, "Europe/Brussels") for lang in Lang for tz in ("Asia/Tokyo",)]


def test_the_table_names_every_public_function_of_the_render_package() -> None:
    public = {name for name in render.__all__ if inspect.isfunction(getattr(render, name))}
    assert public == set(SURFACES)


@pytest.mark.parametrize("loc", LOCALES, ids=lambda loc: loc.lang.value)
@pytest.mark.parametrize("name", sorted(SURFACES))
def test_every_surface_is_valid_telegram_html_within_the_limit(name: str, loc: Locale) -> None:
    for shown in SURFACES[name](loc):
        text = shown.text if isinstance(shown, render.Rendered) else str(shown)
        visible, error = (text, None) if name in PLAIN else parse_html(text)
        assert error is None, (name, loc.lang, text[:300])
        assert len(visible) <= render.MAX_MESSAGE, (name, loc.lang, len(visible))
        if isinstance(shown, render.Rendered) and shown.keyboard is not None:
            for row in shown.keyboard.inline_keyboard:
                for button in row:
                    assert button.url or len(button.callback_data.encode()) <= 64


@pytest.mark.parametrize("lang", list(Lang))
def test_item_texts_are_shown_as_published_in_every_language(lang: Lang) -> None:
    loc = Locale(lang)
    item = Item(id=3, kind="call", title="Appel à projets « Énergie » 2026", summary="Texto.")
    for shown in (
        render.item_detail(loc, item, changes=[], now=NOW, back=None).text,
        render.channel_post(loc, item, now=NOW).text,
        render.notification(loc, item, now=NOW, following=False).text,
    ):
        visible, _ = parse_html(shown)
        assert "Appel à projets « Énergie » 2026" in visible and "Texto." in visible


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (Lang.EN, ["Deadline: Wed 1 Apr 2026, 17:00 CEST", "in 5 days", "30 May – 2 Jun 2026"]),
        (Lang.DE, ["Frist: Mi., 1. Apr. 2026, 17:00 CEST", "in 5 Tagen", "30. Mai – 2. Juni 2026"]),
        (
            Lang.FR,
            ["Date limite : mer. 1 avr. 2026, 17:00 CEST", "dans 5 jours", "30 mai – 2 juin 2026"],
        ),
        (Lang.ES, ["Plazo: mié, 1 abr 2026, 17:00 CEST", "en 5 días", "30 may – 2 jun 2026"]),
        (Lang.IT, ["Scadenza: mer 1 apr 2026, 17:00 CEST", "tra 5 giorni", "30 mag – 02 giu 2026"]),
    ],
)
def test_dates_and_plurals_are_written_as_each_language_writes_them(
    lang: Lang, words: list[str]
) -> None:
    item = Item(
        id=1,
        kind="event",
        title="x",
        deadline=ITEM.deadline,
        event_start=dt.date(2026, 5, 30),
        event_end=dt.date(2026, 6, 2),
    )
    shown = render.item_detail(Locale(lang), item, changes=[], now=NOW, back=None).text
    shown = shown.replace("\u2009", " ")  # CLDR puts thin spaces around a range's dash
    for word in words:
        assert word in shown


def test_a_telegram_language_code_picks_one_of_five_languages() -> None:
    assert Lang.of("de") is Lang.DE and Lang.of("de-AT") is Lang.DE
    assert Lang.of("fr-CA") is Lang.FR and Lang.of("es_419") is Lang.ES
    assert Lang.of("pt-BR") is None and Lang.of(None) is None and Lang.of("") is None
