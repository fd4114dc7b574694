"""Tables of weighted cues, and which of them a stretch of text holds, in one scan.

A date's clause is read against every cue of a table (58 for deadlines); asking each cue's
pattern in turn was a fifth of extraction. A table knows the first letters each of its cues
can start with ('dea', 'fri', 'clo'); one scan of the lower-cased clause finds where any of
them stand, and only the cues starting so are asked, at those places. (A lookahead of the
whole cues, the scan before, entered each of them at every letter and cost most.) A cue
matches somewhere in the text exactly when it matches at one of the places its first letters
stand, so the cues found, and their order (that of the table: weights are summed in it), are
those asking each one would find.
"""

from __future__ import annotations

import re

from ingest.fastre import _Lowered, folded_compile, heads
from ingest.regroup import compile_regrouped

Cue = tuple[re.Pattern[str] | _Lowered, float]

_HEAD = 3  # the first letters of a cue the scan looks for


class CueTable(list[Cue]):
    """Cues and their weights, in the order given, with :meth:`present`."""

    def __init__(self, cues: list[Cue]) -> None:
        super().__init__(cues)
        # Cues looked for by place, keyed by the letters they start with; the others (a
        # case-sensitive part, a start that could be anything) are asked as before.
        self._by_head: dict[str, list[int]] = {}
        self._always: list[int] = []
        starts: set[str] = set()
        for index, (pattern, _) in enumerate(cues):
            found = _heads_of(pattern)
            if found is None:
                self._always.append(index)
                continue
            starts |= found
            for head in found:
                self._by_head.setdefault(head, []).append(index)
        # Each head found stands for itself and the shorter heads it starts with ('dea' for
        # 'de' too): the scan names the longest head at a place, so one lookup finds every
        # cue that may start there, in the table's order.
        self._at_head: dict[str, list[int]] = {
            head: sorted(
                {i for size in range(1, len(head) + 1) for i in self._by_head.get(head[:size], ())}
            )
            for head in starts
        }
        longest_first = sorted(starts, key=lambda head: (-len(head), head))
        self._anywhere = (
            compile_regrouped(
                rf"(?=({'|'.join(map(re.escape, longest_first))}))[\s\S]",
                starts=sorted({head[0] for head in starts}),
            )
            if starts
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
        at_head = self._at_head
        for place in self._anywhere.finditer(low):
            at = place.start()
            for index in at_head[place.group(1)]:
                if index not in found and self[index][0].folded.match(low, at):  # type: ignore[union-attr]
                    found.add(index)
        found.update(i for i in self._always if self[i][0].search(text))
        return [self[i] for i in sorted(found)]


def _heads_of(pattern: re.Pattern[str] | _Lowered) -> set[str] | None:
    """The first letters one of which starts every match of a folded cue, or None (not
    folded, or it may start with anything)."""
    if not isinstance(pattern, _Lowered):
        return None
    return heads(pattern.folded.pattern, pattern.folded.flags, _HEAD)
