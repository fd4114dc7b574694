"""A cue table finds, in one scan, the cues that asking each one finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.cues import CueTable
from ingest.lexicon import DEADLINE_CUES, EVENT_CUES, OPENING_CUES, WINDOW_CUES

DEV = Path(__file__).resolve().parent.parent / "data" / "announcements-dev.jsonl"
TABLES = [CueTable.of(t) for t in (DEADLINE_CUES, EVENT_CUES, OPENING_CUES, WINDOW_CUES)]
TABLES.append(CueTable.of([(r"\bby\b|before", 1.5), (r"bye|\d+\s*days", 2), (r"(?-i:By)", 1)]))


def _asked(table: CueTable, text: str) -> list:
    return [cue for cue in table if cue[0].search(text)]


def _clauses() -> list[str]:
    clauses = []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        clauses += [text[i : i + 110] for i in range(0, len(text), 37)]
    return clauses


@pytest.mark.parametrize("table", TABLES)
def test_the_cues_present_are_those_each_pattern_finds(table: CueTable):
    for clause in _clauses():
        assert table.present(clause) == _asked(table, clause), clause
        assert table.present(clause.upper()) == _asked(table, clause.upper()), clause


@given(text=st.text(alphabet="bydeBYDE fristİ.:2 ", max_size=30))
@settings(max_examples=300, deadline=None)
def test_the_cues_present_in_any_text(text: str):
    for table in (TABLES[0], TABLES[-1]):
        assert table.present(text) == _asked(table, text)
