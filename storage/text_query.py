"""What a reader typed to find items: words, "quoted phrases" and -exclusions.

One reading serves /search (as an FTS5 query) and subscriptions (matched against a new item's
words in Python, with the same forms and the same tokens as the index), so that what
/subscribe calls "green hydrogen" -nuclear pushes is what /search "green hydrogen" -nuclear
finds. Nothing typed is ever query syntax: FTS5 operators (NEAR, AND, OR, NOT), column
filters (':'), prefixes ('*') and initial-token marks ('^') are separators or plain words,
every term is quoted, and no regular expression is built from input.
"""

from __future__ import annotations

import enum
import heapq
import re
from dataclasses import dataclass
from functools import lru_cache

from storage.word_forms import fold, forms

# Straight and typographic double quotes: phones turn '"' into '“' and '”', and some
# keyboards write '„' or '«'.
QUOTES = '"“”„«»'
# The tokens of the index (unicode61): runs of letters and digits; '_' separates.
_TOKEN = re.compile(r"[^\W_]+")
# A reader's query holds ten terms at most, a phrase six words: enough for any real filter,
# and a bound on the FTS5 query a hostile message can build.
MAX_TERMS = 10
MAX_PHRASE_WORDS = 6
# A phrase is searched in the combinations of its words' forms, the words as typed first.
MAX_PHRASE_VARIANTS = 16
MAX_TYPED = 300
# The weights of the PostgreSQL search vector's fields: the title A, the summary B.
FIELD_WEIGHTS = ("A", "B")


class Problem(enum.Enum):
    """Why a query cannot be used as it is."""

    NOTHING = "nothing"  # no word at all
    ONLY_EXCLUDED = "only_excluded"  # '-nuclear' alone: nothing to look for


@dataclass(frozen=True)
class Term:
    """One word or one phrase (several words, in that order) of a query."""

    words: tuple[str, ...]

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1

    def variants(self, other_forms: bool = True) -> tuple[tuple[str, ...], ...]:
        """The word sequences that count as this term: every form of a word, and for a phrase
        the combinations of its words' forms (as typed first, at most 16)."""
        if not other_forms:
            return (tuple(fold(w) for w in self.words),)
        return _combinations(tuple(forms(w) for w in self.words))

    def fts(self, other_forms: bool = True) -> str:
        """The term as an FTS5 expression: quoted phrases joined by OR."""
        quoted = ('"' + " ".join(v).replace('"', '""') + '"' for v in self.variants(other_forms))
        return "(" + " OR ".join(quoted) + ")"

    def tsquery(self, other_forms: bool = True, weight: str = "") -> str:
        """The term as a PostgreSQL tsquery: each variant's words joined by '<->' (followed
        by), the variants by '|'; ``weight`` 'A' asks for the title. Words hold letters and
        digits only, so nothing typed is tsquery syntax.

        The search vector is the title (weight A) followed by the summary (B), so '<->' alone
        would also find a phrase whose first word ends the title and whose second begins the
        summary; FTS5 reads each column alone. A phrase is therefore asked for all in A or
        all in B."""
        weights = (weight,) if weight or not self.is_phrase else FIELD_WEIGHTS
        return (
            "("
            + " | ".join(
                " <-> ".join(f"{word}:{each}" if each else word for word in variant)
                for each in weights
                for variant in self.variants(other_forms)
            )
            + ")"
        )

    def found_in(self, fields: list[list[str]], present: set[str]) -> bool:
        """Whether the term occurs in a text's fields, each a list of tokens (``present`` is
        the set of all of them): a phrase within one field."""
        variants = self.variants()
        if not self.is_phrase:
            return any(v[0] in present for v in variants)
        wanted = set(variants)
        size = len(self.words)
        return any(
            tuple(tokens[i : i + size]) in wanted
            for tokens in fields
            for i in range(len(tokens) - size + 1)
        )

    def written(self) -> str:
        """As the reader would type it again."""
        return '"' + " ".join(self.words) + '"' if self.is_phrase else self.words[0]


@dataclass(frozen=True)
class TextQuery:
    """Terms every match must have and terms no match may have."""

    required: tuple[Term, ...] = ()
    excluded: tuple[Term, ...] = ()

    @property
    def problem(self) -> Problem | None:
        if not self.required and not self.excluded:
            return Problem.NOTHING
        if not self.required:
            return Problem.ONLY_EXCLUDED
        return None

    def fts(self, other_forms: bool = True) -> str | None:
        """A safe FTS5 query, or None when there is nothing to look for."""
        if not self.required:
            return None
        query = " AND ".join(term.fts(other_forms) for term in self.required)
        if self.excluded:
            # Exclusions always in their other forms: '-reactor' leaves out 'reactors' too.
            query = f"({query}) NOT ({' OR '.join(t.fts() for t in self.excluded)})"
        return query

    def tsquery(self, other_forms: bool = True, weight: str = "") -> str | None:
        """:meth:`fts` for PostgreSQL's to_tsquery; ``weight`` applies to the required terms
        (exclusions leave a term out wherever it is)."""
        if not self.required:
            return None
        query = " & ".join(term.tsquery(other_forms, weight) for term in self.required)
        if self.excluded:
            query = f"({query}) & !({' | '.join(t.tsquery() for t in self.excluded)})"
        return query

    def matches(self, *fields: str) -> bool:
        """Whether a text of one or more fields (an item's title, its summary) is one the
        query asks for: words anywhere, a phrase within one field, as the indexes read them.

        An empty query matches everything (a subscription to every call)."""
        tokens = [tokens_of(field) for field in fields]
        present = {token for field in tokens for token in field}
        return all(t.found_in(tokens, present) for t in self.required) and not any(
            t.found_in(tokens, present) for t in self.excluded
        )

    def written(self) -> str:
        """The canonical text: stored as a subscription's keywords, read back by parse()."""
        return " ".join(
            [t.written() for t in self.required] + ["-" + t.written() for t in self.excluded]
        )


@lru_cache(maxsize=1024)
def _combinations(choices: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The first ``MAX_PHRASE_VARIANTS`` picks of one form per word, fewest other forms first
    (the words as typed, then each word alone in another form, ...), found by a best-first
    walk: the full product of six words' forms would be millions."""
    start = (0,) * len(choices)
    waiting, seen, found = [(0, start)], {start}, []
    while waiting and len(found) < MAX_PHRASE_VARIANTS:
        cost, pick = heapq.heappop(waiting)
        found.append(tuple(forms_[i] for forms_, i in zip(choices, pick, strict=True)))
        for position, index in enumerate(pick):
            if index + 1 < len(choices[position]):
                after = (*pick[:position], index + 1, *pick[position + 1 :])
                if after not in seen:
                    seen.add(after)
                    heapq.heappush(waiting, (cost + 1, after))
    return tuple(found)


def tokens_of(text: str) -> list[str]:
    """A text's words as the index holds them (lower case, accents removed)."""
    return _TOKEN.findall(fold(text))


def _pieces(text: str) -> list[tuple[bool, bool, str]]:
    """(excluded, quoted, text) pieces in order. An unclosed quote runs to the end."""
    pieces: list[tuple[bool, bool, str]] = []
    index, size = 0, len(text)
    while index < size:
        char = text[index]
        if char.isspace():
            index += 1
            continue
        excluded = char in "-−–"
        if excluded:
            index += 1
            if index >= size or text[index].isspace():
                continue
        if text[index] in QUOTES:
            end = next((j for j in range(index + 1, size) if text[j] in QUOTES), size)
            pieces.append((excluded, True, text[index + 1 : end]))
            index = end + 1
            continue
        end = next((j for j in range(index, size) if text[j].isspace() or text[j] in QUOTES), size)
        pieces.append((excluded, False, text[index:end]))
        index = end
    return pieces


def parse(text: str) -> TextQuery:
    """Read what a reader typed: words, "phrases" and -exclusions, never query syntax.

    Characters that are not letters or digits separate words (so 'title:x', 'x*', '^x' are
    words). A hyphen inside a word ('covid-19') separates too; one in front excludes.
    """
    required: list[Term] = []
    excluded: list[Term] = []
    for is_excluded, quoted, piece in _pieces(text[:MAX_TYPED]):
        found = _TOKEN.findall(piece)
        if not found:
            continue
        if quoted:
            terms = [Term(tuple(w.lower() for w in found[:MAX_PHRASE_WORDS]))]
        else:
            terms = [Term((w.lower(),)) for w in found]
        target = excluded if is_excluded else required
        for term in terms:
            if term not in required and term not in excluded:
                target.append(term)
    # Ten terms in all, those required first.
    required = required[:MAX_TERMS]
    excluded = excluded[: max(0, MAX_TERMS - len(required))]
    return TextQuery(tuple(required), tuple(excluded))
