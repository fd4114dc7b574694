"""Matching a deadline-extension notice to the call it extends, by identifiers and title."""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from ingest.model import Item

# Programme identifiers: 'COS-CLUSTPARTNS-2017-3-02', 'HORIZON-CL6-2021-GOVERNANCE-01-08', and
# acronyms in parentheses such as '(ESCP-S3)' or '(AMIF)'.
_IDENTIFIER = re.compile(r"\b[A-Z][A-Z0-9]{1,}(?:[-/][A-Z0-9]+){1,}\b|\(([A-Z][A-Z0-9-]{2,})\)")
# Words every call and notice uses: they say nothing about which call it is.
_GENERIC = frozenset(
    "the a an of for and or to in on at by is are be will with this that new now call calls "
    "deadline deadlines extended extension extend until till open proposals proposal "
    "applications application submission submissions expression interest is de la le les des "
    "du et für der die das und la el los del y il di per e".split()
)
MIN_SIMILARITY = 0.75
_WORD = re.compile(r"[^\W\d_]{3,}")


class Candidate(NamedTuple):
    """A call an extension notice may extend, as storage reads it for matching.

    ``summary`` is None when only the title is compared (``storage.items.extension_titles``).
    """

    id: int | None
    title: str
    summary: str | None


# Bracketed or hyphenated words that look like identifiers but name no call: time zones, as
# in '23:59 (AOE)' or '(UTC-10)', and words any call may use. Taken for identifiers, a notice
# "extended to 3 May (AOE)" would move the latest call that also says "(AOE)".
_NOT_IDENTIFIER = re.compile(
    r"(?:AOE|UTC|GMT|[CEW]ES?T|BST|[ECMP][SD]T|MOOC|FAQ|COVID|COVID-19|SARS-COV-2)"
    r"(?:[+-]\d{1,2}(?::?\d{2})?)?"
)


def identifiers(text: str) -> frozenset[str]:
    """Programme identifiers and bracketed acronyms named in ``text``."""
    found = ((match.group(1) or match.group(0)).upper() for match in _IDENTIFIER.finditer(text))
    return frozenset(name for name in found if not _NOT_IDENTIFIER.fullmatch(name))


def _words(text: str) -> frozenset[str]:
    folded = unicodedata.normalize("NFKD", _IDENTIFIER.sub(" ", text)).casefold()
    if not folded.isascii():
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    return frozenset(w for w in _WORD.findall(folded) if w not in _GENERIC)


# Every notice is compared with up to 500 calls' titles, mostly the same ones from one notice
# to the next (an import of an archive): each title is read once, not per notice. An archive
# of 100,000 entries has some 20,000 calls in the windows its notices look at: fewer cached
# and the titles are read again and again. Only titles are cached, as tuples of interned
# words (some 300 bytes each): whole texts, a kilobyte each, made the cache far larger.
@lru_cache(maxsize=32768)
def _title_words(title: str) -> tuple[str, ...]:
    """A title's distinct words (a tuple: a frozenset of them takes twice the memory)."""
    return tuple(sys.intern(word) for word in _words(title))


def similarity(call: Item, notice: Item, notice_words: frozenset[str] | None = None) -> float:
    """How much of the call's title the notice repeats (0..1).

    ``notice_words``: the notice's words, when the caller has read them already.
    """
    if notice_words is None:
        notice_words = _words(f"{notice.title} {notice.summary}")
    return _title_similarity(call.title, notice_words)


def _title_similarity(title: str, notice_words: frozenset[str]) -> float:
    title_words = _title_words(title)
    if not title_words:
        return 0.0
    return len(notice_words.intersection(title_words)) / len(title_words)


def notice_identifiers(notice: Item) -> frozenset[str]:
    """The identifiers an extension notice names (what storage narrows its candidates by)."""
    return identifiers(f"{notice.title} {notice.summary}")


def match_extension(notice: Item, calls: list[Item]) -> Item | None:
    """The call a notice extends: a shared identifier, else the most similar title.

    ``calls`` are the candidates whose deadline the notice could move (not later than the new
    one); None when no call is clearly the one.
    """
    texts = [(call.title, call.summary) for call in calls]
    found = _by_identifier(notice_identifiers(notice), texts)
    if found is None:
        found = _by_title(notice, [title for title, _ in texts])
    return None if found is None else calls[found]


def match_by_identifier(named: frozenset[str], calls: list[Candidate]) -> Candidate | None:
    """The first of ``calls`` sharing one of the identifiers ``named`` (the notice's)."""
    found = _by_identifier(named, [(call.title, call.summary) for call in calls])
    return None if found is None else calls[found]


def match_by_title(notice: Item, calls: list[tuple[int, str]]) -> int | None:
    """The id of the call (of ``calls``' ids and titles) whose title the notice repeats most,
    if clearly one (no identifier matched)."""
    found = _by_title(notice, [title for _, title in calls])
    return None if found is None else calls[found][0]


def _by_identifier(named: frozenset[str], calls: list[tuple[str, str | None]]) -> int | None:
    if named:
        for position, (title, summary) in enumerate(calls):
            # A call without its summary was read knowing it names none of these.
            if summary is not None and named & identifiers(f"{title} {summary}"):
                return position
    return None


def _by_title(notice: Item, titles: list[str]) -> int | None:
    # The notice is read once, not once per candidate call (there may be hundreds); the loop
    # is written out because it runs some 600,000 times in an archive import.
    notice_words = _words(f"{notice.title} {notice.summary}")
    best, best_calls = MIN_SIMILARITY, []
    shared = notice_words.intersection
    for n, title in enumerate(titles):
        words = _title_words(title)
        if not words:
            continue
        score = len(shared(words)) / len(words)
        if score > best:
            best, best_calls = score, [n]
        elif score == best:
            best_calls.append(n)
    return best_calls[0] if len(best_calls) == 1 else None
