"""The extractor on announcements written for these tests, and its confidence and evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.evaluate import extraction_record, part_of
from ingest.extract import extract, is_unsure
from tests.unseen_own import FIELDS, UNSEEN


@pytest.mark.parametrize(("title", "text", "published", "expected"), UNSEEN)
def test_own_unseen_announcement(
    title: str, text: str, published: str | None, expected: dict[str, str | None]
):
    found = extract(title, text, dt.date.fromisoformat(published) if published else None)
    record = extraction_record(None, found)
    assert {name: record[name] for name in FIELDS} == {name: expected.get(name) for name in FIELDS}


def test_a_deadline_carries_the_words_it_was_read_from():
    found = extract("Call for proposals", "Proposals are accepted until 14 March 2026 at 1pm CET.")
    assert found.deadline_evidence == "Proposals are accepted until 14 March 2026 at 1pm CET"
    assert found.deadline_confidence is not None and found.deadline_confidence >= 0.5
    assert found.kind_evidence == "Call for proposals"
    assert not is_unsure(found)


def test_a_call_without_a_readable_deadline_is_unsure():
    found = extract("Call for proposals", "Details will follow on this page.")
    assert found.kind == "call" and found.deadline is None
    assert is_unsure(found)


def test_rival_deadlines_lower_the_confidence():
    sure = extract("Call", "Deadline: 3 May 2026.")
    torn = extract("Call", "Deadline: 3 May 2026. Deadline: 9 June 2026. Deadline: 1 July 2026.")
    assert torn.deadline_confidence < sure.deadline_confidence  # type: ignore[operator]


def test_a_time_of_another_clause_is_not_the_deadline_s():
    text = "The info day runs on 4 December 2026 from 10:00 to 12:00 CET. Register by 1 December."
    found = extract("Info day", text)
    assert found.deadline is not None and found.deadline.iso() == "2026-12-01"


def test_the_split_of_the_dev_file_is_fixed():
    assert part_of("seed-01") == part_of("seed-01")
    assert {part_of(f"x{n}") for n in range(30)} == {"train", "held-out"}
