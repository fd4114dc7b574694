"""Tables of weighted cues, and which of them a stretch of text holds, in one scan.

A date's clause is read against every cue of a table (38 for deadlines); asking each cue's
pattern in turn was a fifth of extraction. A table knows where any of its cues can start (one
scan of the lower-cased clause, with a lookahead that tries them all) and asks only the cues
whose first letters are there, at those places. A cue matches somewhere in the text exactly
when it matches at one of the places where some cue does, so the cues found, and their order
(that of the table: weights are summed in it), are those asking each one would find.
"""

from __future__ import annotations

import re

from ingest.fastre import _DIGIT, _first, _Lowered, folded_compile, sre_parse
from ingest.regroup import compile_regrouped

Cue = tuple[re.Pattern[str] | _Lowered, float]


class CueTable(list[Cue]):
    """Cues and their weights, in the order given, with :meth:`present`."""

    def __init__(self, cues: list[Cue]) -> None:
        super().__init__(cues)
        # Cues looked for by place, keyed by the characters they start with; the others (a
        # case-sensitive part, a start that could be anything) are asked as before.
        self._by_start: dict[str, list[int]] = {}
        self._always: list[int] = []
        sources = []
        for index, (pattern, _) in enumerate(cues):
            start = _starts(pattern)
            if start is None:
                self._always.append(index)
                continue
            sources.append(f"(?:{pattern.folded.pattern})")  # type: ignore[union-attr]
            for char in start:
                self._by_start.setdefault(char, []).append(index)
        first = sorted({c for chars in self._by_start for c in chars})
        # One character consumed after the lookahead, so the scan goes on at the next place
        # and the engine can skip to the characters a cue starts with.
        self._anywhere = (
            compile_regrouped(rf"(?=(?:{'|'.join(sources)}))[\s\S]", starts=first)
            if sources
            else None
        )

    @classmethod
    def of(cls, table: list[tuple[str, float]]) -> CueTable:
        """A table of the lexicon's (pattern, weight) pairs, compiled case-insensitively."""
        return cls([(folded_compile(p, re.IGNORECASE), w) for p, w in table])

    def present(self, text: str) -> list[Cue]:
        """The cues found anywhere in ``text``, in the table's order."""
        low = text.lower()
        if len(low) != len(text) or self._anywhere is None:
            return [cue for cue in self if cue[0].search(text)]
        found: set[int] = set()
        for place in self._anywhere.finditer(low):
            at = place.start()
            for index in self._by_start.get(low[at], ()):
                if index not in found and self[index][0].folded.match(low, at):  # type: ignore[union-attr]
                    found.add(index)
        found.update(i for i in self._always if self[i][0].search(text))
        return [self[i] for i in sorted(found)]


def _starts(pattern: re.Pattern[str] | _Lowered) -> frozenset[str] | None:
    """The characters a folded cue's matches start with, or None (not folded, or unknown)."""
    if not isinstance(pattern, _Lowered):
        return None
    source = pattern.folded.pattern
    try:
        chars, can_be_empty = _first(list(sre_parse.parse(source, pattern.folded.flags)))
    except (re.error, TypeError, ValueError):
        return None
    if chars is None or can_be_empty or not chars or _DIGIT in chars:
        return None
    return frozenset(chars)
