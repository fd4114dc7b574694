"""Words, "phrases" and -exclusions: one reading for /search and subscriptions, never query
syntax, and a subscription pushes what /search finds."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import render
from bot.render.locale import Locale
from ingest.model import Deadline, Item
from storage import boards, items
from storage.subscriptions import Subscription, matches
from storage.text_query import Problem, parse

NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
TZ = "Europe/Brussels"
TITLES = [
    "Green hydrogen valleys call",
    "Green hydrogen and nuclear power call",
    "Hydrogen: green, blue and grey",
    "Grüner Wasserstoff für Regionen",
    "Bandi regionali per l'idrogeno verde",
]


def test_words_phrases_and_exclusions_are_read_as_typed_and_written_back_the_same():
    query = parse('calls "Green Hydrogen" -nuclear -"fossil fuels" energy')
    assert query.written() == 'calls "green hydrogen" energy -nuclear -"fossil fuels"'
    assert parse(query.written()) == query
    assert parse("cluster energy").written() == "cluster energy"  # as stored before phrases


def test_phone_quotes_and_dashes_read_like_plain_ones():
    assert parse("“green hydrogen” –nuclear") == parse('"green hydrogen" -nuclear')
    assert parse("«idrogeno verde»").written() == '"idrogeno verde"'


@pytest.mark.parametrize(
    ("typed", "understood"),
    [
        ('"green hydrogen', '"green hydrogen"'),  # an unclosed quote runs to the end
        ('energy "', "energy"),
        ("covid-19 -", "covid 19"),
        ("hydro* NEAR(x y) title:energy ^start", "hydro near x y title energy start"),
        ("a AND OR NOT b", "a and or not b"),
        ("'); DROP TABLE items; --", "drop table items"),
        ("--nuclear energy", "energy -nuclear"),
        ("energy -energy", "energy"),
    ],
)
def test_query_syntax_typed_is_plain_words(typed, understood):
    assert parse(typed).written() == understood
    assert parse(typed).problem is None


def test_only_exclusions_or_no_words_is_a_problem_not_an_error():
    assert parse("-nuclear -coal").problem is Problem.ONLY_EXCLUDED
    assert parse("-nuclear").fts() is None
    for nothing in ("", "***", '""', "- - -", "^:"):
        assert parse(nothing).problem is Problem.NOTHING


def test_a_long_query_keeps_ten_terms_and_a_phrase_six_words():
    query = parse(" ".join(f"w{n}" for n in range(40)) + ' "a b c d e f g h"')
    assert len(query.required) == 10
    assert len(parse('"a b c d e f g h"').required[0].words) == 6


async def test_search_finds_a_phrase_in_order_and_leaves_out_an_excluded_word(db):
    for title in TITLES:
        await items.upsert(db, Item(kind="call", title=title), now=NOW, default_tz=TZ)
    found = await items.search(db, '"green hydrogen" -nuclear', limit=10)
    assert [i.title for i in found] == ["Green hydrogen valleys call"]
    # Forms of the phrase's words, as for a word alone.
    found = await items.search(db, '"hydrogen valley"', limit=10)
    assert [i.title for i in found] == ["Green hydrogen valleys call"]
    for hostile in ['"unbalanced', "-only", "NEAR(x y", '^"a" : *', '"\'"--']:
        await items.search(db, hostile, limit=5)  # never raises


async def test_a_subscription_is_pushed_what_search_finds_for_the_same_words(db):
    for title in TITLES:
        await items.upsert(db, Item(kind="call", title=title), now=NOW, default_tz=TZ)
    for typed in ['"green hydrogen" -nuclear', "hydrogen -nuclear", '"idrogeno verde"', "green"]:
        subscription = Subscription(1, 5, "calls", parse(typed))
        found = {i.title for i in await items.search(db, typed, limit=10)}
        pushed = {t for t in TITLES if matches(subscription, Item(kind="call", title=t))}
        assert pushed == found, typed


# 'green' ends the title and 'hydrogen' begins the summary: the phrase is in neither.
APART = Item(
    kind="call",
    title="Ports and valleys going green",
    summary="Hydrogen buses and trains.",
    deadline=Deadline(NOW.date() + dt.timedelta(days=9)),
)


async def test_a_phrase_is_found_within_the_title_or_the_summary_never_across_them(db):
    await items.upsert(db, APART, now=NOW, default_tz=TZ)
    inside = Item(
        kind="call",
        title="Ports call",
        summary="For green hydrogen ferries.",
        deadline=Deadline(NOW.date() + dt.timedelta(days=9)),
    )
    await items.upsert(db, inside, now=NOW, default_tz=TZ)
    found = await items.search(db, '"green hydrogen"', limit=10)
    assert [i.title for i in found] == ["Ports call"]
    # An excluded phrase leaves out only the items that hold it.
    found = await items.search(db, 'ports -"green hydrogen"', limit=10)
    assert [i.title for i in found] == [APART.title]
    # The board and the subscription read the phrase the same way.
    await boards.put(
        db,
        chat_id=-100900,
        chat_type="supergroup",
        thread_id=None,
        kinds="calls",
        query=parse('"green hydrogen"'),
        now=NOW,
    )
    board = await boards.get(db, -100900)
    assert [i.title for i in await boards.upcoming(db, board, now=NOW)] == ["Ports call"]
    subscription = Subscription(1, 5, "calls", parse('"green hydrogen"'))
    assert not matches(subscription, APART) and matches(subscription, inside)


def test_subscriptions_show_the_query_as_understood():
    loc = Locale(tz=TZ, default_tz=TZ)
    assert render.query_text(loc, parse('"green hydrogen" -nuclear')) == (
        "&quot;green hydrogen&quot;, not nuclear"
    )
    listing = render.subscription_list(
        loc, [Subscription(3, 5, "calls", parse('"green hydrogen" -nuclear'))], None
    )
    assert "3. calls mentioning &quot;green hydrogen&quot;, not nuclear" in listing
