"""Rendering: escaping, time zones, countdowns, message size."""

from __future__ import annotations

import datetime as dt

from bot import callbacks, render
from bot.callbacks import Open, Page
from ingest.model import Deadline, Item
from tests.emulator import parse_html

NOW = dt.datetime(2026, 3, 27, 10, 0, tzinfo=dt.UTC)
TZ = "Europe/Brussels"
LOC = render.Locale(render.Lang.EN, TZ, TZ)


def reader(tz: str = TZ) -> render.Locale:
    return render.Locale(render.Lang.EN, tz, TZ)


def rendered_list(items: list[Item], tz: str = TZ, view: str = "calls") -> render.Rendered:
    return render.item_list(reader(tz), Page(view), items, has_more=False, now=NOW)


def test_announcement_text_is_escaped_so_telegram_accepts_it():
    item = Item(
        id=1,
        kind="call",
        title="<script>alert('x')</script> & <b>bold",
        summary="1 < 2 & 3 > 2 </i>",
        location="<Room>",
    )
    for text in (
        rendered_list([item]).text,
        render.item_detail(LOC, item, changes=[], now=NOW, back=None).text,
    ):
        visible, error = parse_html(text)
        assert error is None
        assert "<script>alert('x')</script> & <b>bold" in visible


def test_a_timed_deadline_is_shown_in_the_readers_zone_across_dst():
    # 29 March 2026 is the day Europe moves to summer time; New York moved on 8 March.
    deadline = Deadline(dt.date(2026, 3, 30), dt.time(17, 0), TZ)
    assert render.deadline_text(reader(TZ), deadline) == "Mon 30 Mar 2026, 17:00 CEST"
    assert render.deadline_text(reader("America/New_York"), deadline) == (
        "Mon 30 Mar 2026, 11:00 EDT"
    )
    assert render.deadline_text(reader("Asia/Tokyo"), deadline) == ("Tue 31 Mar 2026, 00:00 JST")


def announced_line(item: Item, tz: str) -> str | None:
    text = render.item_detail(reader(tz), item, changes=[], now=NOW, back=None).text
    return next((line.strip() for line in text.splitlines() if "announced as" in line), None)


def test_the_announced_deadline_keeps_the_zone_as_the_text_wrote_it():
    item = Item(
        id=1,
        kind="call",
        title="Förderaufruf Wasserstoff",
        deadline=Deadline(dt.date(2027, 3, 15), dt.time(12, 0), TZ),
        deadline_evidence="Anträge können bis zum 15. März 2027, 12:00 Uhr MEZ eingereicht werden",
    )
    assert announced_line(item, "Asia/Tokyo") == "announced as 12:00 MEZ on 15 Mar 2027"
    # In Brussels 'MEZ' is CET, said otherwise: the reader sees both.
    assert announced_line(item, TZ) == "announced as 12:00 MEZ on 15 Mar 2027"


def test_cet_written_in_summer_is_shown_as_written_beside_the_readers_cest():
    item = Item(
        id=1,
        kind="call",
        title="Call for proposals",
        deadline=Deadline(dt.date(2027, 6, 30), dt.time(17, 0), TZ),
        deadline_evidence="Deadline for submitting applications: 30 June 2027, 17:00 CET",
    )
    text = render.item_detail(reader(TZ), item, changes=[], now=NOW, back=None).text
    assert "Wed 30 Jun 2027, 17:00 CEST" in text
    assert announced_line(item, TZ) == "announced as 17:00 CET on 30 Jun 2027"
    winter = Item(
        id=2,
        kind="call",
        title="Call for proposals",
        deadline=Deadline(dt.date(2027, 1, 29), dt.time(17, 0), TZ),
        deadline_evidence="Deadline: 29 January 2027, 17:00 CET",
    )
    assert announced_line(winter, TZ) is None  # the reader's line already says 17:00 CET


def test_a_zone_the_words_do_not_name_is_announced_by_its_name():
    item = Item(
        id=1,
        kind="call",
        title="Call",
        deadline=Deadline(dt.date(2027, 3, 8), dt.time(17, 0), "America/New_York"),
        deadline_evidence="Submissions close on 8 March 2027 at 5 pm Eastern",
    )
    assert announced_line(item, TZ) == "announced as 17:00 America/New_York on 8 Mar 2027"


def test_a_date_only_deadline_keeps_its_announced_date_in_every_zone():
    deadline = Deadline(dt.date(2026, 3, 31))
    for zone in (TZ, "Pacific/Kiritimati", "Pacific/Pago_Pago"):
        assert render.deadline_text(reader(zone), deadline) == "Tue 31 Mar 2026"


def test_countdowns_speak_of_today_tomorrow_days_and_closed():
    def left(deadline: Deadline) -> str:
        return render.countdown(LOC, deadline, now=NOW)

    assert left(Deadline(dt.date(2026, 3, 27), dt.time(17, 0), TZ)) == "today 17:00"
    assert left(Deadline(dt.date(2026, 3, 28), dt.time(9, 0), TZ)) == "tomorrow 09:00"
    assert left(Deadline(dt.date(2026, 3, 30))) == "in 3 days"
    assert left(Deadline(dt.date(2026, 3, 27), dt.time(11, 30), TZ)) == "in 30 min"
    assert left(Deadline(dt.date(2026, 3, 26))) == "closed"
    assert left(Deadline(dt.date(2026, 6, 30))) == "in 3 months"


def test_aoe_deadlines_are_computed_twelve_hours_behind_utc():
    deadline = Deadline(dt.date(2026, 3, 27), dt.time(23, 59), "AoE")
    assert render.deadline_text(reader("UTC"), deadline) == "Sat 28 Mar 2026, 11:59 UTC"


def test_a_page_of_the_longest_items_stays_under_telegrams_limit():
    huge = Item(
        id=10**9,
        kind="call",
        title="T" * 5000,
        summary="S" * 20000,
        deadline=Deadline(dt.date(2026, 4, 1)),
        location="L" * 5000,
        event_start=dt.date(2026, 5, 1),
    )
    page = rendered_list([huge] * render.PAGE_SIZE)
    visible, error = parse_html(page.text)
    assert error is None and len(visible) <= render.MAX_MESSAGE
    detail = render.item_detail(LOC, huge, changes=[], now=NOW, back=None)
    visible, error = parse_html(detail.text)
    assert error is None and len(visible) <= render.MAX_MESSAGE


def test_every_button_fits_telegrams_64_bytes_and_parses_back():
    items = [Item(id=10**12 + n, kind="call", title=f"t{n}") for n in range(5)]
    page = render.item_list(
        LOC, Page("search", 995, "ééé überlänge"), items, has_more=True, now=NOW
    )
    for row in page.keyboard.inline_keyboard:
        for button in row:
            assert len(button.callback_data.encode()) <= 64
            assert callbacks.parse(button.callback_data) is not None
    assert callbacks.parse(callbacks.encode_open(7, Page("calls", 5))) == Open(7, Page("calls", 5))
    assert callbacks.parse("p|nonsense|x|") is None
    assert callbacks.parse("garbage") is None


def test_a_mistyped_zone_is_offered_with_close_names_as_buttons():
    from ingest.zones import read_zone

    reading = read_zone("Europe/Pariss")
    assert reading.zone is None and "Europe/Paris" in reading.choices
    rendered = render.timezone_choices(LOC, "Europe/Pariss", reading.choices)
    pressed = [callbacks.parse(row[0].callback_data) for row in rendered.keyboard.inline_keyboard]
    assert callbacks.ChooseZone("Europe/Paris") in pressed


def test_an_unknown_zone_gets_examples_of_what_works():
    text = render.timezone_unknown(LOC, "<b>Atlantis</b>")
    assert "&lt;b&gt;Atlantis" in text and "UTC+2" in text and "New York" in text


def test_a_time_without_a_zone_is_shown_as_written_and_says_so():
    deadline = Deadline(dt.date(2026, 3, 30), dt.time(13, 0))
    assert render.deadline_text(reader("Asia/Tokyo"), deadline) == (
        "Mon 30 Mar 2026, 13:00 (zone not stated)"
    )


def test_draft_buttons_parse_back_and_malformed_ones_are_refused():
    from bot.callbacks import DraftAction

    draft = render.draft(LOC, 7, Item(id=None, kind="call", title="x"))
    datas = [b.callback_data for row in draft.keyboard.inline_keyboard for b in row]
    assert [callbacks.parse(d) for d in datas] == [
        DraftAction("save", 7),
        DraftAction("edit", 7),
        DraftAction("discard", 7),
    ]
    for bad in ("a|save", "a|publish|7", "a|save|seven"):
        assert callbacks.parse(bad) is None
