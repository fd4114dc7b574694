"""The forms a searched word may take in an announcement, in five languages.

A reader who types 'webinars' means items that say 'webinar'; 'bandi' means 'bando'. Items are
indexed as written (stemming every text at import would slow the import), so a query word is
expanded here into the few forms it may be written in, each searched as an exact term.

Forms are proposed by swapping inflectional endings (plural, gender) and kept only when the
language's Snowball stemmer gives them the same stem as the typed word: the endings keep the
stemmer from conflating derived words ('international' is not 'internal': no ending turns one
into the other), and the stemmer keeps the endings from making words that are not forms of the
typed one ('news' is not a plural of 'new'). Exact terms, not prefix queries: FTS5 reads every
row of every term a prefix matches before it can rank, some 15 ms for a common word at
100,000 items, while an absent term costs one b-tree lookup.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

import Stemmer

# (singular ending, plural ending) pairs, by Snowball's language name. '' is the bare word.
# German umlaut plurals ('Anträge') need no rule: the index folds 'ä' to 'a' as we do.
ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "english": (("", "s"), ("", "es"), ("y", "ies")),
    "german": (("", "e"), ("", "en"), ("", "n"), ("", "er"), ("", "s"), ("", "es")),
    "french": (("", "s"), ("", "x"), ("al", "aux"), ("", "e"), ("", "es")),
    "spanish": (("", "s"), ("", "es"), ("z", "ces")),
    "italian": (
        ("o", "i"),
        ("a", "e"),
        ("e", "i"),
        ("ca", "che"),
        ("co", "chi"),
        ("co", "ci"),
        ("ga", "ghe"),
        ("go", "ghi"),
        ("io", "i"),
    ),
}
# No form shorter than this: 'new' is not the singular of 'news', 'le' not that of 'les'.
MIN_LETTERS = 4
# Words shorter than this are searched as typed ('eu', 'ai'); 'day' still finds 'days'.
MIN_TYPED = 3
# A word has a dozen forms at most; the cap bounds a query built from a strange one.
MAX_FORMS = 12


@cache
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(language)


def fold(word: str) -> str:
    """A word as the index holds it: lower case, accents removed (unicode61, diacritics 2).

    Lower-cased, not case-folded: the tokenizer keeps 'ß', which casefold() would make 'ss'.
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _swapped(word: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    """Words made by swapping one ending of ``word``: its singulars first, then its plurals.

    A word that already ends like a plural of the language gets no plural of it added
    ('webinars' does not become 'webinarses'), which keeps the list to forms that may exist.
    """
    plural_endings = [plural for _, plural in endings]
    singulars = [
        word[: len(word) - len(plural)] + singular
        for singular, plural in endings
        if word.endswith(plural)
    ]
    if any(word.endswith(plural) for plural in plural_endings):
        return singulars
    plurals = [
        word[: len(word) - len(singular)] + plural
        for singular, plural in endings
        if word.endswith(singular)
    ]
    return singulars + plurals


# Bounded: the words come from anyone's /search, and a hostile one may send many.
@lru_cache(maxsize=4096)
def forms(word: str) -> tuple[str, ...]:
    """The forms of one typed word to search for, the word itself (folded) first."""
    folded = fold(word)
    if len(folded) < MIN_TYPED or not folded.isalpha():
        return (folded,)
    found = [folded]
    for language, endings in ENDINGS.items():
        stem = _stemmer(language).stemWord(folded)
        for candidate in _swapped(folded, endings):
            if (
                len(candidate) >= MIN_LETTERS
                and candidate not in found
                and _stemmer(language).stemWord(candidate) == stem
            ):
                found.append(candidate)
    return tuple(found[:MAX_FORMS])
