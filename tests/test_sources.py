"""Reading import files: the sample digest and JSON records."""

from __future__ import annotations

import datetime as dt
import json

from ingest.sources import parse_digest, parse_json, parse_text
from tests.conftest import SAMPLE_DIGEST


def test_the_sample_digest_holds_twelve_items_and_its_heading_is_not_one():
    parsed = parse_digest(SAMPLE_DIGEST.read_text(), source="seed")
    assert len(parsed.items) == 12
    assert parsed.items[0].title.startswith("The call for European Strategic Cluster")
    assert not parsed.rejected


def test_the_sample_call_has_its_brussels_deadline():
    first = parse_digest(SAMPLE_DIGEST.read_text(), source="seed").items[0]
    assert first.kind == "call"
    assert first.deadline.iso() == "2018-03-08T17:00:00+01:00"
    assert first.deadline.tz == "Europe/Brussels"


def test_json_records_keep_stated_fields_over_extracted_ones():
    record = {
        "title": "Workshop on clusters",
        "text": "Held on 3 May 2026.",
        "kind": "event",
        "deadline": "2026-04-01T12:00:00+02:00",
        "location": "Gent",
    }
    item = parse_json(json.dumps([record]), source="t").items[0]
    assert item.kind == "event"
    assert item.deadline.date == dt.date(2026, 4, 1)
    assert item.deadline.time == dt.time(12, 0)
    assert item.deadline.tz == "UTC+02:00"
    assert item.location == "Gent"


def test_bad_json_records_are_rejected_with_reasons_and_the_rest_kept():
    records = [
        {"title": "ok"},
        {"summary": "no title"},
        {"title": "x", "kind": "party"},
        {"title": "y", "deadline": "next week"},
        "not an object",
    ]
    parsed = parse_json(json.dumps(records), source="t")
    assert [i.title for i in parsed.items] == ["ok"]
    reasons = " | ".join(r.reason for r in parsed.rejected)
    assert "missing title" in reasons and "unknown kind" in reasons
    assert "not ISO 8601" in reasons and "not a JSON object" in reasons


def test_json_lines_are_read_line_by_line_and_a_broken_line_is_rejected():
    text = '{"title": "one"}\n{broken\n{"title": "two"}\n'
    parsed = parse_text(text, source="t.jsonl")
    assert [i.title for i in parsed.items] == ["one", "two"]
    assert parsed.rejected[0].where == "t.jsonl: line 2"


def test_control_characters_are_removed_from_titles():
    parsed = parse_json(json.dumps([{"title": "bad\x00title\x1b"}]), source="t")
    assert parsed.items[0].title == "badtitle"


def test_a_digest_of_blank_line_separated_items_takes_summaries_of_any_length():
    digest = (
        "Calls this week\n\n"
        "Green hydrogen call\nApply by 3 May 2027.\nA second line of its summary.\n\n"
        "Robotics summer school\nHeld from 5 to 9 July 2027 in Pisa.\n\n"
        "Cluster conference 2027\nOn 18 May 2027 in Warsaw.\n"
    )
    parsed = parse_digest(digest, source="weekly")
    assert [i.title for i in parsed.items] == [
        "Green hydrogen call",
        "Robotics summer school",
        "Cluster conference 2027",
    ]
    assert parsed.items[0].summary.endswith("A second line of its summary.")
    assert parsed.items[0].deadline is not None
    assert parsed.items[0].deadline.date.isoformat() == "2027-05-03"


def test_a_digest_with_every_line_apart_is_still_title_then_summary():
    digest = "Green hydrogen call\n\nApply by 3 May 2027.\n\nRobotics school\n\nIn July 2027.\n"
    parsed = parse_digest(digest, source="weekly")
    assert [i.title for i in parsed.items] == ["Green hydrogen call", "Robotics school"]
