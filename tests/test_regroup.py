"""compile_regrouped matches exactly what re.compile matches, with the same groups."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.regroup import _regrouped, compile_regrouped

PATTERNS = [
    (r"\bgathered\b|\btook\s+place|s'est\s+tenu|(?<!be\s)\bhosted\b|\bto\b", 0),
    (r"\bab|\bac|a|\bab\w*|ba|\bb", 0),
    (r"(a)b|ab|\b(b)c|bc|(?P<x>a)c", 0),
    (r"\bst|ſt|\bsa|st\w|ıx|ix|\u212a|k", re.IGNORECASE),
    (r"ab|(?-i:A)c|ad|(?i:B)e|be", re.IGNORECASE),
    (r"x(?:ab|ac|a)|x(?:b|)|xa", 0),
    (r"(?:\bin|\bon|at)\s+(?:the\s+|a\s+)?\w+|\binto", 0),
    (r"[ab]c|[ab]d|[bc]e|ae", 0),
    (r"(?<=a)b|(?<=ab)c|(?<![ab])(?:bc|bd)", 0),
    (r"a(?=b)|a(?!b)c|\Ba|\ba", 0),
]
TEXT = st.text(alphabet="abcdeſKkıiİx ATBCS'\u212a\n.-", max_size=40)


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
@given(text=TEXT)
@settings(max_examples=300, deadline=None)
def test_regrouped_patterns_find_the_same_matches(pattern: str, flags: int, text: str):
    assert _found(compile_regrouped(pattern, flags), text) == _found(
        re.compile(pattern, flags), text
    )


def test_a_word_list_is_said_once_per_opening():
    from re import _constants as sre
    from re import _parser as sre_parse

    tree = sre_parse.parse(r"\bgathered|\btook|s'est|\bgot|(?<!be\s)\bhosted")
    (op, (_, branches)), *_ = _regrouped(list(tree.data[0][1][1]), tree.state, False)
    assert op is sre.BRANCH
    # every branch but 's'est' shares one boundary test ('\\bgot' moves before 's'est', which
    # cannot match where it does), then one test per first letter
    assert [b.data[0] for b in branches] == [(sre.AT, sre.AT_BOUNDARY), (sre.LITERAL, ord("s"))]
    letters = branches[0].data[1][1][1]
    assert [b.data[0] for b in letters[:2]] == [(sre.LITERAL, ord(c)) for c in "gt"]
    assert len(letters) == 3  # the lookbehind of 'hosted' is tested after the boundary
    assert compile_regrouped(r"\bgathered|\btook|s'est").pattern == r"\bgathered|\btook|s'est"


SKIPPING = [
    (r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?!\d)", 0, ["\\d"]),
    (r"\b(?:ab|ac)|[bc]d", 0, list("abc")),
    (r"(?:19|20)\d|\d:\d", re.IGNORECASE, ["\\d"]),
]


@pytest.mark.parametrize(("pattern", "flags", "starts"), SKIPPING)
@given(text=st.text(alphabet="0129١٢.:abcdAB ", max_size=30))
@settings(max_examples=300, deadline=None)
def test_skipping_to_where_a_match_can_start_finds_the_same(
    pattern: str, flags: int, starts: list[str], text: str
):
    assert _found(compile_regrouped(pattern, flags, starts=starts), text) == _found(
        re.compile(pattern, flags), text
    )
