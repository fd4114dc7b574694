"""Alternations the engine can skip through: branches regrouped by how they start.

Python's engine enters every branch of an alternation at every position it tries, unless the
branch opens with a plain character or set, which it checks in passing. So '\\bgathered|\\btook
|...' costs a full attempt per branch per position, and the extractor's word lists (dozens of
branches, each opening with a word boundary) spent most of their time there. Regrouped as
'\\b(?:g(?:athered)|t(?:ook)|...)' they cost one boundary check and one comparison per first
letter. The regrouped pattern matches exactly what the original does, at the same places, with
the same groups:

* a shared opening item (a boundary, a letter, a set) of branches is said once, as the
  engine's own parser does when every branch shares it;
* a branch moves before another only where the two cannot match at the same position (their
  opening characters differ), so the first branch to match at any position is the same one;
* zero-width assertions opening a branch are put in a fixed order (boundaries first): they test
  the same position, and their order does not change whether it passes;
* a branch with a capturing group is never moved, nor moved over.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from functools import lru_cache
from re import _casefix  # type: ignore[attr-defined]
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_KEYED = (sre.AT, sre.LITERAL, sre.IN)  # opening items that can be said once for many branches
_PROFILE = 4  # opening characters compared to tell two branches apart
_MAX_RANGE = 128
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Profile = list[frozenset[int]]


def compile_regrouped(
    pattern: str,
    flags: int = 0,
    *,
    starts: list[str] | None = None,
    tree: sre_parse.SubPattern | None = None,
) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its alternations regrouped: the same matches, faster.

    ``starts``, the characters every match starts with ('\\d' for any digit), compared as
    written, lets the engine skip the other places in its own loop. ``tree``: the pattern as
    parsed already (it is changed).
    """
    tree = sre_parse.parse(pattern, flags) if tree is None else tree
    # Under IGNORECASE (anywhere in the pattern) characters are compared by their case folds.
    folds = bool((flags | tree.state.flags) & re.IGNORECASE) or "(?i" in pattern
    _regroup(tree, folds, grouped=tree.state.groups > 1)
    code = sre_compile._code(tree, flags)
    if starts and not code[2] and tree.getwidth()[0] > 0:
        code = _skipping(tree, flags | tree.state.flags, starts)
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # What re._compiler.compile does with a parsed tree, keeping the pattern's text.
    return _sre.compile(
        pattern,
        flags | tree.state.flags,
        code,
        tree.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _skipping(tree: sre_parse.SubPattern, flags: int, starts: list[str]) -> list[int]:
    """The pattern's code, its info block naming the characters a match can start with: what
    the engine's compiler writes for a pattern that opens with a set (re._compiler._code)."""
    charset = [
        (sre.CATEGORY, sre.CATEGORY_DIGIT) if c == "\\d" else (sre.LITERAL, ord(c)) for c in starts
    ]
    lo, hi = tree.getwidth()
    code = [
        sre.INFO,
        0,
        sre.SRE_INFO_CHARSET,
        min(lo, sre_compile.MAXCODE),
        min(hi, sre_compile.MAXCODE),
    ]
    charset, _ = sre_compile._optimize_charset(charset)
    sre_compile._compile_charset(charset, flags, code)
    code[1] = len(code) - 1
    sre_compile._compile(code, tree.data, flags)
    code.append(sre.SUCCESS)
    return code


def _regroup(sub: sre_parse.SubPattern, folds: bool, grouped: bool = True) -> None:
    """Regroup every alternation in ``sub``, in place."""
    data: list = []
    for op, av in sub.data:
        if op is sre.BRANCH:
            for branch in av[1]:
                _regroup(branch, folds, grouped)
            data.extend(_regrouped(list(av[1]), sub.state, folds, grouped))
            continue
        if op is sre.SUBPATTERN:
            _regroup(av[3], folds, grouped)
        elif op in _REPEATS:
            _regroup(av[2], folds, grouped)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _regroup(av[1], folds, grouped)
        elif op is sre.ATOMIC_GROUP:
            _regroup(av, folds, grouped)
        elif op is sre.GROUPREF_EXISTS:
            for part in av[1:]:
                if part is not None:
                    _regroup(part, folds, grouped)
        data.append((op, av))
    sub.data = data
    sub.width = None


def _regrouped(branches: list, state, folds: bool, grouped: bool = True) -> list:
    """The items that replace an alternation of ``branches`` (``grouped``: the pattern has
    capturing groups, so a branch may hold one)."""
    # (shared opening item or None, its branches as (branch, opening profile, movable))
    groups: list[tuple[object, list[tuple[sre_parse.SubPattern, Profile, bool]]]] = []
    for branch in branches:
        movable = not (grouped and _has_group(branch))
        if movable:
            branch = _assertions_first(branch)
        key = branch.data[0] if branch.data and branch.data[0][0] in _KEYED else None
        member = (branch, _profile(branch.data, folds), movable)
        home = _home(groups, member[1], key) if movable and key is not None else None
        if home is None:
            groups.append((key if movable else None, [member]))
        else:
            groups[home][1].append(member)
    alternatives = []
    for key, members in groups:
        if key is None or len(members) == 1:
            alternatives.extend(branch for branch, _, _ in members)
            continue
        rests = [sre_parse.SubPattern(state, branch.data[1:]) for branch, _, _ in members]
        alternatives.append(
            sre_parse.SubPattern(state, [key, *_regrouped(rests, state, folds, grouped)])
        )
    if len(alternatives) == 1:
        return list(alternatives[0].data)
    return [(sre.BRANCH, (None, alternatives))]


def _home(groups: list, mine: Profile, key: object) -> int | None:
    """The last group opening with ``key`` that a branch opening as ``mine`` may join: it moves
    before every later group's branches, so each must be unable to match where it does."""
    for index in range(len(groups) - 1, -1, -1):
        group_key, members = groups[index]
        if group_key == key:
            return index
        for _, profile, movable in members:
            if not movable or _overlap(mine, profile):
                return None
    return None


def _assertions_first(branch: sre_parse.SubPattern) -> sre_parse.SubPattern:
    """The branch with the zero-width items it opens with ordered boundaries first."""
    lead = 0
    while lead < len(branch.data) and branch.data[lead][0] in _ZERO_WIDTH:
        lead += 1
    if lead < 2:
        return branch
    opening = sorted(branch.data[:lead], key=lambda item: item[0] is not sre.AT)
    return sre_parse.SubPattern(branch.state, opening + list(branch.data[lead:]))


def _has_group(sub) -> bool:
    for op, av in sub:
        if op is sre.SUBPATTERN and (av[0] is not None or _has_group(av[3])):
            return True
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        if op is sre.BRANCH and any(_has_group(b) for b in av[1]):
            return True
        if op in _REPEATS and _has_group(av[2]):
            return True
        if op in (sre.ASSERT, sre.ASSERT_NOT) and _has_group(av[1]):
            return True
        if op is sre.ATOMIC_GROUP and _has_group(av):
            return True
    return False


def _profile(items, folds: bool) -> Profile:
    """What each of the first characters a sequence consumes can be (an over-estimate), as
    far as that is known; empty when not even the first is."""
    found: Profile = []
    for op, av in items:
        if len(found) >= _PROFILE:
            break
        if op in _ZERO_WIDTH:
            continue  # tests a position, consumes nothing
        if op is sre.LITERAL:
            found.append(_folded({av}, folds))
            continue
        if op is sre.IN:
            chars = _set(av)
            if chars is None:
                break
            found.append(_folded(chars, folds))
            continue
        break
    return found


def _set(items: list) -> set[int] | None:
    chars: set[int] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(av)
        elif op is sre.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(range(av[0], av[1] + 1))
        else:
            return None  # a negated set, a category (\w, \s), a wide range: anything
    return chars


def _folded(chars: set[int], folds: bool) -> frozenset[int]:
    """The characters as compared: under IGNORECASE the engine compares a text character's
    lower case with a literal's and with the literal's extra case equivalents ('ſ' for 's')."""
    if not folds:
        return frozenset(chars)
    keys: set[int] = set()
    for char in chars:
        keys.update(_fold(char))
    return frozenset(keys)


@lru_cache(maxsize=4096)
def _fold(char: int) -> tuple[int, ...]:
    lower = _sre.unicode_tolower(char)
    return (lower, *_casefix._EXTRA_CASES.get(lower, ()))


def _overlap(one: Profile, other: Profile) -> bool:
    """Whether two sequences may match at the same position (not told apart by the opening)."""
    if not one or not other:
        return True
    return all(not a.isdisjoint(b) for a, b in zip(one, other, strict=False))
