"""fast_compile matches exactly what re.compile matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import ingest.dates
import ingest.extract
import ingest.kinds
import ingest.places
from ingest.fastre import Either, _Lowered, fast_compile, folded_compile, heads

DEV = Path(__file__).resolve().parent.parent / "data" / "announcements-dev.jsonl"


def _texts() -> list[str]:
    texts = []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts += [record["title"], record["text"], record["text"].lower()]
    return texts


def _parts(value: object) -> list:
    """The compiled patterns a value holds: itself, or both sides of an ``Either``."""
    if isinstance(value, Either):
        return _parts(value.first) + _parts(value.second)
    return [value] if isinstance(value, (re.Pattern, _Lowered)) else []


def _patterns() -> list:
    found = []
    for module in (ingest.dates, ingest.extract, ingest.kinds, ingest.places):
        found += [part for value in vars(module).values() for part in _parts(value)]
    found += [p for p, _ in ingest.extract._DEADLINE_CUES + ingest.extract._EVENT_CUES]
    return found


def test_every_pattern_of_the_extractor_matches_the_same_spans_as_plain_re():
    assert any(isinstance(p, _Lowered) for p in _patterns())
    texts = _texts()
    for fast in _patterns():
        pattern = fast.pattern
        if pattern.startswith("(?=[") and ")(?:" in pattern:
            pattern = pattern[pattern.index(")(?:") + 4 : -1]
        plain = re.compile(pattern, fast.flags)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], pattern


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (r"\bfoo|bar", "a Bar foo", ["Bar", "foo"]),
        (r"(?-i:Week)s?", "weeks Weeks", ["Weeks"]),
        (r"x?y", "zy xy", ["y", "xy"]),
        (r"\s*a", "b  a", ["  a"]),
        (r"[a-c]+d|é", "abcd é", ["abcd", "é"]),
    ],
)
def test_fast_compile_keeps_matches(pattern: str, text: str, expected: list[str]):
    assert fast_compile(pattern, re.IGNORECASE).findall(text) == expected


def test_a_folded_pattern_finds_what_the_case_insensitive_one_finds():
    folded = folded_compile(r"\bdeadline|frist\w*", re.IGNORECASE)
    assert isinstance(folded, _Lowered)
    text = "DEADLINE: soon. Die Einreichungsfrist endet. İstanbul deadline"
    assert [m.span() for m in folded.finditer(text)] == [
        m.span() for m in re.finditer(r"\bdeadline|frist\w*", text, re.IGNORECASE)
    ]
    assert not isinstance(folded_compile(r"(?-i:Week)s?", re.IGNORECASE), _Lowered)
    assert not isinstance(folded_compile(r"[A-Z]\w+", re.IGNORECASE), _Lowered)


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}", 0, "am 1.2.2020, ١٢.٣.2024 und 3.4.1999"),
        (r"\d{1,2}\s*[ap]m|noon", re.IGNORECASE, "at 5 PM, Noon or 11am"),
        (r"[ſs]t|k", re.IGNORECASE, "ſT st K \u212a"),
    ],
)
def test_fast_compile_skips_only_where_no_match_starts(pattern: str, flags: int, text: str):
    assert fast_compile(pattern, flags).findall(text) == re.findall(pattern, text, flags)


def test_either_matches_like_one_alternation_with_a_case_sensitive_part():
    words = r"conference|info\s*days?|tag\s+der\s+offenen\s+tür"
    names = r"\b(?:Days?|Tag|Nacht)\b"
    either = Either(folded_compile(words, re.IGNORECASE), fast_compile(names))
    one = re.compile(f"{words}|(?-i:{names})", re.IGNORECASE)
    texts = [
        *_texts(),
        "Info Days and the Tag der offenen Tür; Lange Nacht, a tag, Open Science Days.",
        "CONFERENCE day Day",
    ]
    for text in texts:
        assert [m.span() for m in either.finditer(text)] == [m.span() for m in one.finditer(text)]
        found, expected = either.search(text), one.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_the_event_words_of_the_kind_reader_match_like_their_one_pattern():
    kinds = ingest.kinds
    words = kinds._EVENT_WORDS
    one = re.compile(
        f"{words.first.pattern}|{words.second.pattern}|(?-i:{kinds._EVENT.second.pattern})",
        re.IGNORECASE,
    )
    for text in _texts():
        assert len(kinds._EVENT.findall(text)) == len(one.findall(text))


@pytest.mark.parametrize("name", ["_NEW_DEADLINE", "_PAST_TITLE", "_EVENT_WORDS"])
def test_a_word_list_split_in_two_for_speed_finds_what_its_one_alternation_finds(name: str):
    # Split so that the engine can skip the places neither part can start at: a part tied to
    # the text's start, or a compound that may start anywhere, is a pattern of its own.
    split = getattr(ingest.kinds, name)
    one = re.compile(f"{split.first.pattern}|{split.second.pattern}", re.IGNORECASE)
    for text in _texts():
        found, expected = split.search(text), one.search(text)
        assert (found and found.start()) == (expected and expected.start()), text[:80]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bby\b|before", {"by", "bef"}),
        (r"(?-i:\bCET\b)|central\s+europe", {"cet", "cen"}),
        (r"(?:teilnahme|abgabe)schluss", {"tei", "teı", "abg"}),  # ('ı' is an 'i' to the engine)
        (r"\bend(?:s|et)\b", {"end"}),
        (r"[Ss]ubmi(?:t|ssion)", {"sub", "ſub"}),
        (r"due\s+date", {"due"}),  # a space, of any kind, ends the letters read
        (r"\w*beginn", None),  # may start with any letter
        (r"^\W{0,3}paris\b", None),  # or with anything but a letter
        (r"\d{1,2}\s*uhr", None),  # digits are no letters to look for
    ],
)
def test_the_heads_of_a_pattern_are_the_letters_its_matches_start_with(pattern, expected):
    assert heads(pattern, re.IGNORECASE) == expected


def test_every_match_of_the_extractor_patterns_starts_with_one_of_their_heads():
    texts = [*_texts(), "İstanbul CET deadline", "ſubmit before 5 PM", "Due Date: \u212aW 3"]
    checked = 0
    for fast in _patterns() + [p for p, _ in ingest.dates._ZONES]:
        found = heads(fast.pattern, fast.flags)
        if found is None:
            continue
        for text in texts:
            low = text.lower()
            if len(low) != len(text):
                continue  # (never used where lower-casing moves the letters)
            for match in fast.finditer(text):
                assert any(low.startswith(head, match.start()) for head in found), fast.pattern
                checked += 1
    assert checked > 10_000
