"""Regular expressions that fail fast where they cannot start.

The extractor's word lists are long alternations ('deadline|frist|date limite|...') searched
case-insensitively; Python's engine tries every branch at every position of the text. A
lookahead for the characters any branch can start with, put in front, fails at most positions
at once. It matches exactly what the pattern matches, at the same places, with the same groups.
"""

from __future__ import annotations

import re
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from ingest.regroup import compile_regrouped

_MAX_RANGE = 128  # a wider character range is no useful filter


_DIGIT = "\\d"  # among first characters: any decimal digit (the category, as in a class)


def _first_of_set(items: list) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.add(_DIGIT)
        else:
            return None  # a negated set, a category (\w, \s), a wide range: anything
    return chars


def _first(items: list) -> tuple[set[str] | None, bool]:
    """The characters a sequence can start with (None: any), and whether it can be empty."""
    chars: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            found = _first_of_set(av)
            if found is None:
                return None, False
            return chars | found, False
        if op is sre.BRANCH:
            empty = False
            for branch in av[1]:
                found, can_be_empty = _first(branch)
                if found is None:
                    return None, False
                chars |= found
                empty = empty or can_be_empty
            if not empty:
                return chars, False
            continue
        if op is sre.SUBPATTERN:
            found, can_be_empty = _first(av[-1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found, can_be_empty = _first(av[2])
            can_be_empty = can_be_empty or av[0] == 0
        else:
            return None, False  # anything else may start anywhere
        if found is None:
            return None, False
        chars |= found
        if not can_be_empty:
            return chars, False
    return chars, True


_MAX_HEADS = 256  # more ways to start than this: the letters read so far are enough


def heads(pattern: str, flags: int = 0, size: int = 3) -> set[str] | None:
    """Strings of at most ``size`` characters, lower-cased, one of which starts every match of
    ``pattern`` in the lower-cased text; None where a match may start with anything.

    A text none of them is in (``in``, or one scan of them all) holds no match: a cheap test
    before asking many patterns. Lower-casing keeps each letter a pattern matches, in either
    case, at its place (where it keeps the text's length), so what matches in the text starts,
    in the lower-cased text, with a head. (The engine also takes 'ſ' for 's' and 'ı' for 'i',
    which lower-casing does not; their heads are there too.)
    """
    try:
        found, _ = _heads(list(sre_parse.parse(pattern, flags)), {""}, size)
    except (re.error, TypeError, ValueError):
        return None
    return None if "" in found else found


def _heads(items: list, found: set[str], size: int) -> tuple[set[str], bool]:
    """``found`` followed by what ``items`` start with, each at most ``size`` letters, and
    whether the items were read to their end (else what follows them is not added)."""
    for op, av in items:
        if all(len(head) >= size for head in found):
            return found, False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        if op is sre.LITERAL:
            chars: set[str] | None = {chr(av)}
        elif op is sre.IN:
            chars = _first_of_set(av)
        elif op is sre.BRANCH:
            ways = set().union(*(_heads(list(branch), found, size)[0] for branch in av[1]))
            return (ways if len(ways) <= _MAX_HEADS else found), False
        elif op is sre.SUBPATTERN:
            inner, whole = _heads(list(av[3]), found, size)
            if not whole or len(inner) > _MAX_HEADS:
                return (inner if len(inner) <= _MAX_HEADS else found), False
            found = inner
            continue
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            inner, _ = _heads(list(av[2]), found, size)
            return (inner if len(inner) <= _MAX_HEADS else found), False
        else:
            return found, False
        if chars is None or _DIGIT in chars or len(chars) * len(found) > _MAX_HEADS:
            return found, False
        # (and the few letters the engine also takes for one ignoring case: 'ſ' for 's')
        lowered = {
            same
            for char in chars
            for same in (char.lower(), *map(chr, _casefix._EXTRA_CASES.get(ord(char.lower()), ())))
        }
        found = {head + char if len(head) < size else head for head in found for char in lowered}
    return found, True


def _caseless(pattern: str, flags: int, first: set[str]) -> bool:
    """Whether the characters a match starts with are compared as written: the pattern ignores
    no case, or they are digits and signs, which have no other case ('K' is also a 'k')."""
    if not flags & re.IGNORECASE and not re.search(r"\(\?[a-zA-Z]*-?[a-zA-Z]*i", pattern):
        return True
    return all(c == _DIGIT or (c.isascii() and not c.isalpha()) for c in first)


def fast_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a lookahead for the characters it can start with."""
    try:
        tree = sre_parse.parse(pattern, flags)
        found, can_be_empty = _first(list(tree))
    except (re.error, TypeError, ValueError):
        return re.compile(pattern, flags)
    if found is None or can_be_empty or not found:
        return compile_regrouped(pattern, flags, tree=tree)
    if _caseless(pattern, flags, found):
        # The engine itself skips, in one tight loop, the places a match cannot start at.
        return compile_regrouped(pattern, flags, starts=sorted(found), tree=tree)
    # Both cases always: a scoped '(?i:...)' or '(?-i:...)' may differ from ``flags``.
    found = found | {c.lower() for c in found} | {c.upper() for c in found if len(c.upper()) == 1}
    chars = "".join(sorted("\\" + c if c in "\\]^-[" and c != _DIGIT else c for c in found))
    try:
        return compile_regrouped(f"(?=[{chars}])(?:{pattern})", flags)
    except re.error:
        return compile_regrouped(pattern, flags)


class _Lowered:
    """A case-insensitive pattern run case-sensitively on the lower-cased text.

    Python's engine is much slower with IGNORECASE; lower-casing a text is one fast call. The
    positions are those of the text itself, since lower-casing keeps its length (where it would
    not, the case-insensitive pattern runs instead). ``findall`` returns lower-cased strings.
    """

    __slots__ = ("_plain", "flags", "folded", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._plain: re.Pattern[str] | None = None  # compiled when a text first needs it
        self.folded = fast_compile(pattern, flags & ~re.IGNORECASE)

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        low = text.lower()
        if len(low) == len(text):
            return self.folded, low
        if self._plain is None:
            self._plain = fast_compile(self.pattern, self.flags)
        return self._plain, text

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        pattern, subject = self._pick(text)
        return pattern.search(subject, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        pattern, subject = self._pick(text)
        return pattern.match(subject, *args)

    def findall(self, text: str, *args: int) -> list:
        pattern, subject = self._pick(text)
        return pattern.findall(subject, *args)

    def finditer(self, text: str, *args: int):
        pattern, subject = self._pick(text)
        return pattern.finditer(subject, *args)


def folded_compile(pattern: str, flags: int = re.IGNORECASE):
    """Like :func:`fast_compile`; a case-insensitive pattern with no case-sensitive part runs on
    the lower-cased text, where the engine is faster. Matches keep their places; their text
    (``group()``, ``findall``) is lower-cased, so callers slice the original text by position."""
    letters = re.sub(r"\\.", "", pattern)  # escapes such as \\W or \\b are no letters
    if not flags & re.IGNORECASE or "(?-i" in pattern or re.search(r"[A-ZÀ-Ý]", letters):
        return fast_compile(pattern, flags)
    return _Lowered(pattern, flags)


class Either:
    """``first|second`` as two patterns: ``first`` caseless (so it can run on the lower-cased
    text, see :func:`folded_compile`), ``second`` the few words whose case matters. One
    pattern with a case-sensitive part must ignore case everywhere else, which made the
    whole slow.

    ``search`` is exactly the alternation's: the leftmost match, ``first`` at a tie. ``findall``
    keeps the leftmost of overlapping matches like the alternation; it only tells them apart
    where a match of one overlaps two of the other, which the words it is used for cannot.
    """

    __slots__ = ("first", "second")

    def __init__(self, first, second: re.Pattern[str]) -> None:
        self.first, self.second = first, second

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        a, b = self.first.search(text, *args), self.second.search(text, *args)
        if a is None or (b is not None and b.start() < a.start()):
            return b
        return a

    def finditer(self, text: str):
        matches = sorted(
            [(m.start(), 0, m) for m in self.first.finditer(text)]
            + [(m.start(), 1, m) for m in self.second.finditer(text)],
            key=lambda found: found[:2],
        )
        end = -1
        for start, _, match in matches:
            if start >= end:
                end = max(match.end(), start + 1)
                yield match

    def findall(self, text: str) -> list[str]:
        return [match.group(0) for match in self.finditer(text)]
