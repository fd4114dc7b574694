"""The extractor on arbitrary text: it never raises and never returns a naive datetime."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ingest.dates as dates_module
import ingest.extract as extract_module
from ingest.extract import extract

DEV = Path(__file__).resolve().parent.parent / "data" / "announcements-dev.jsonl"

DATEISH = st.sampled_from(
    [
        "8 March 2018",
        "17:00h Brussels time",
        "AoE",
        "12 PM CET",
        "du 26 au 30 mars",
        "bis zum",
        "31/12/2024",
        "2025-09-30 00:00:00+00:00",
        "deadline",
        "Oct. 1,",
        "24.11",
        "noon",
        "-",
        "15th",
        "extended until",
        "GMT+2",
        "hora peninsular",
        "entro il",
        "2.0",
        "1040",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), DATEISH), max_size=30).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(title=TEXT, text=TEXT, published=st.one_of(st.none(), st.dates()))
def test_the_extractor_never_raises_and_its_instants_are_aware(title, text, published):
    found = extract(title, text, published)
    assert found.kind in ("call", "event", "course", "news", "extension")
    if found.deadline is not None:
        instant = found.deadline.instant("Europe/Brussels")
        assert instant.tzinfo is not None and instant.utcoffset() == dt.timedelta(0)
        found.deadline.iso()
    if found.event_start and found.event_end:
        assert found.event_end >= found.event_start


def test_a_range_written_backwards_has_no_end_before_its_start():
    found = extract("Workshop", "The workshop runs 30 March 2026 - 2 January 2026.")
    assert found.event_end is None or found.event_end >= found.event_start


def test_a_publication_date_far_in_the_future_does_not_overflow():
    found = extract("Call", "Submit by 31 December, anywhere on earth.", dt.date(9999, 12, 31))
    assert found.deadline is None or found.deadline.instant("UTC").year < 9999


CLOCKISH = st.sampled_from(
    ["on", "le", "Friday", "Fri.", "lunedì", "10:00", "5 p.m.", "11am", ",", " ", "h", "ore", "at"]
)
CLAUSE = st.lists(st.one_of(st.text(max_size=6), CLOCKISH), max_size=12).map(" ".join)


@settings(max_examples=600, deadline=None)
@given(before=CLAUSE)
def test_a_clause_is_cut_before_its_weekday_and_time_as_the_pattern_alone_would(before):
    """The test of a clause's last word only spares the pattern where it cannot match."""
    quick = extract_module._without_time_and_weekday(before)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(extract_module, "_may_end_with_time_or_weekday", lambda _: True)
        assert extract_module._without_time_and_weekday(before) == quick


def test_a_stretch_is_read_for_its_zone_as_asking_every_phrase_would(monkeypatch):
    """The first letters of the zone phrases only spare asking them where none can match."""
    stretches = [
        text[i : i + 48]
        for line in DEV.read_text(encoding="utf-8").splitlines()
        for text in (json.loads(line)["text"],)
        for i in range(0, len(text), 11)
    ]
    stretches += ["17:00 CEST", "5 p.m. Eastern", "(Brussels)", "ore 12 ora italiana", "ſgt"]
    quick = [dates_module.zone_words(stretch) for stretch in stretches]
    monkeypatch.setattr(dates_module, "_ANY_ZONE_HEAD", re.compile(""))
    assert [dates_module.zone_words(stretch) for stretch in stretches] == quick
    assert sum(found is not None for found in quick) > 100
