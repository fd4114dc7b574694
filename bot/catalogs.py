"""The gettext catalogs: extract the messages from the code, merge them into each language's
.po, compile the .mo files the bot reads, and find what is missing or broken.

``bin/i18n extract|update|compile|check`` runs these; tests/test_catalogs.py checks that the
committed .mo files are current and every message is translated in every language.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import cast

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from bot.language import Lang
from bot.render.locale import DOMAIN, LOCALES

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("bot", "handlers")  # where messages are written
# loc._("..."), loc.n_("one", "many", n), and N_("...") for messages translated later.
KEYWORDS = {"_": None, "n_": (1, 2), "N_": None}
TEMPLATE = LOCALES / f"{DOMAIN}.pot"
TRANSLATED = tuple(lang for lang in Lang if lang is not Lang.EN)
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")
_TAG = re.compile(r"</?[a-z-]+")


def po_path(lang: Lang) -> Path:
    return LOCALES / lang.value / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: Lang) -> Path:
    return po_path(lang).with_suffix(".mo")


def extract() -> Catalog:
    """Every message the code writes, from the sources."""
    catalog = Catalog(project="callboard", domain=DOMAIN, fuzzy=False)
    for folder in SOURCES:
        for path, line, message, comments, context in extract_from_dir(
            ROOT / folder, keywords=KEYWORDS, comment_tags=("i18n:",), strip_comment_tags=True
        ):
            catalog.add(
                message,
                None,
                [(f"{folder}/{path}", line)],
                auto_comments=comments,
                context=context,
            )
    return catalog


def read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        write_po(file, catalog, width=100, sort_output=False, omit_header=False)


def compiled(catalog: Catalog) -> bytes:
    """The .mo bytes of a catalog, the same whichever Babel release compiles them."""
    buffer = io.BytesIO()
    write_mo(buffer, cast(Catalog, _WithoutToolVersion(catalog)))
    return buffer.getvalue()


_GENERATED_BY = re.compile(r"^Generated-By: [^\n]*\n?", re.MULTILINE)


class _WithoutToolVersion:
    """A catalog as ``write_mo`` reads it (its messages and charset), the header without the
    'Generated-By: Babel x.y' that Babel writes of itself: with it, each Babel release made
    every committed .mo differ from what the unchanged .po compiles to."""

    def __init__(self, catalog: Catalog) -> None:
        self.charset = catalog.charset
        self._messages = list(catalog)
        header = self._messages[0]
        if not header.id and isinstance(header.string, str):
            header.string = _GENERATED_BY.sub("", header.string)

    def __iter__(self) -> Iterator[Message]:
        return iter(self._messages)


def update() -> list[Path]:
    """Write the template and merge it into each language's catalog (new messages empty,
    messages gone from the code dropped); the catalogs written."""
    template = extract()
    if TEMPLATE.exists():
        previous = read(TEMPLATE)
        if [m.id for m in previous] == [m.id for m in template]:
            # Nothing to translate changed: keep the date, so no file changes for nothing.
            template.creation_date = previous.creation_date
    write(template, TEMPLATE)
    written = []
    for lang in TRANSLATED:
        path = po_path(lang)
        catalog = read(path) if path.exists() else Catalog(locale=lang.value, domain=DOMAIN)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        write(catalog, path)
        written.append(path)
    return written


def compile_all() -> list[Path]:
    """Compile each language's .po into the .mo the bot reads."""
    for lang in TRANSLATED:
        mo_path(lang).write_bytes(compiled(read(po_path(lang))))
    return [mo_path(lang) for lang in TRANSLATED]


def _marks(text: str) -> tuple[list[str], list[str]]:
    """The placeholders and HTML tags of a message (a translation must keep both)."""
    names = sorted(a or b for a, b in _PLACEHOLDER.findall(text))
    return names, sorted(_TAG.findall(text))


def problems(lang: Lang, template: Catalog | None = None) -> list[str]:
    """What is wrong with ``lang``'s catalog: messages of the code it lacks or leaves empty,
    and translations whose placeholders or HTML tags differ from the English."""
    template = template or extract()
    catalog = read(po_path(lang))
    found = []
    for message in template:
        if not message.id:
            continue
        translated = catalog.get(message.id, context=message.context)
        key = message.id if isinstance(message.id, str) else message.id[0]
        if translated is None or translated.fuzzy:
            found.append(f"{lang}: missing {key!r}")
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [translated.string] if isinstance(translated.string, str) else translated.string
        if not all(strings):
            found.append(f"{lang}: untranslated {key!r}")
            continue
        expected = _marks(ids[-1])
        for text in strings:
            if _marks(text) != expected:
                found.append(f"{lang}: {key!r} has {_marks(text)}, the English {expected}")
    return found
