"""Callback data of inline buttons: encoded and parsed in this one place (at most 64 bytes)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

VIEWS = ("calls", "closed", "events", "past", "deadlines", "search")
_LIMIT = 64


@dataclass(frozen=True)
class Page:
    """A page of a listing: which list, from which position, and for search the words."""

    view: str
    offset: int = 0
    query: str = ""


@dataclass(frozen=True)
class Open:
    """Show one item, remembering the page it was opened from."""

    item_id: int
    back: Page | None = None


@dataclass(frozen=True)
class Follow:
    """Start (or, with ``stop``, end) reminders for an item, from its page."""

    item_id: int
    stop: bool = False
    back: Page | None = None


@dataclass(frozen=True)
class DraftAction:
    """Save, edit or discard an admin's draft.

    ``token`` is the draft's random token: a button whose token is not the open draft's
    (empty, as on buttons made before tokens, or forged) is stale and changes nothing.
    """

    action: str
    draft_id: int
    token: str = ""


DRAFT_ACTIONS = ("save", "edit", "discard")


@dataclass(frozen=True)
class ConfirmDelete:
    """An admin's answer to /delete: delete ``item_id`` (None: keep it).

    ``token`` is a digest of the item as it was asked about: ids of deleted items can be
    given again, so an old button must not delete whatever has that id now.
    """

    item_id: int | None
    token: str = ""


def encode_delete(item_id: int | None, token: str) -> str:
    """Callback data for the Delete / Keep it buttons under /delete's question."""
    return "x|keep" if item_id is None else f"x|{item_id}|{token}"


@dataclass(frozen=True)
class ChooseZone:
    """Set the chat's zone to one of the zones offered for what it typed."""

    zone: str


def encode_zone(zone: str) -> str:
    """Callback data for a zone offered as a choice (IANA names fit in 64 bytes)."""
    data = f"z|{zone}"
    assert len(data.encode()) <= _LIMIT
    return data


class Section(StrEnum):
    """A part of the /settings message; MAIN shows them all with a button for each."""

    MAIN = "main"
    ZONE = "zone"
    OFFSETS = "offsets"
    DIGEST = "digest"
    LANGUAGE = "lang"


@dataclass(frozen=True)
class ShowSettings:
    """Show the settings message opened at ``section``."""

    section: Section = Section.MAIN


@dataclass(frozen=True)
class ChangeSetting:
    """Set ``section``'s setting to ``choice`` (the handler checks it is one offered)."""

    section: Section
    choice: str


@dataclass(frozen=True)
class ChooseLanguage:
    """A language button under /language (``code``: checked by the handler)."""

    code: str


def encode_settings(section: Section, choice: str | None = None) -> str:
    """Callback data for a settings button: open ``section``, or set it to ``choice``."""
    data = f"s|{section.value}" if choice is None else f"s|{section.value}|{choice}"
    assert "|" not in (choice or "") and len(data.encode()) <= _LIMIT
    return data


def encode_language(lang: str) -> str:
    """Callback data for a language button under /language."""
    return f"l|{lang}"


def encode_draft(action: str, draft_id: int, token: str = "") -> str:
    """Callback data for a button under a draft."""
    assert action in DRAFT_ACTIONS and "|" not in token
    return f"a|{action}|{draft_id}|{token}" if token else f"a|{action}|{draft_id}"


def _with_back(data: str, back: Page | None) -> str:
    """``data`` followed by the page to go back to, when that fits in 64 bytes."""
    if back is not None:
        with_back = f"{data}|{back.view}|{back.offset}|{back.query}"
        if len(with_back.encode()) <= _LIMIT:
            return with_back
    return data


def encode_follow(item_id: int, *, stop: bool, back: Page | None) -> str:
    """Callback data for a Remind me / Stop reminders button."""
    return _with_back(f"{'u' if stop else 'f'}|{item_id}", back)


def encode_page(page: Page) -> str:
    """Callback data for a page button."""
    return f"p|{page.view}|{page.offset}|{page.query}"


def encode_open(item_id: int, back: Page | None) -> str:
    """Callback data for an item button; drops the way back if it does not fit."""
    return _with_back(f"i|{item_id}", back)


def fits(query: str) -> bool:
    """Whether a search query fits in every button that must carry it."""
    return len(encode_open(2**40, Page("search", 10**6, query)).encode()) <= _LIMIT


# Numbers on buttons are ids and offsets this bot wrote: at most 18 ASCII digits, so that each
# fits both engines' 64-bit integers. A forged button with more (or '²', which int() refuses
# although str.isdigit() says yes) is data this bot did not make.
_NUMBER = re.compile(r"-?[0-9]{1,18}")


def _number(text: str) -> int:
    if not _NUMBER.fullmatch(text):
        raise ValueError(text)
    return int(text)


def parse(
    data: str | None,
) -> (
    Page
    | Open
    | Follow
    | DraftAction
    | ChooseZone
    | ConfirmDelete
    | ShowSettings
    | ChangeSetting
    | ChooseLanguage
    | None
):
    """The action a button stands for, or None for data this bot did not make."""
    parts = (data or "").split("|")
    if parts[0] == "s" and len(parts) in (2, 3) and parts[1] in set(Section):
        if len(parts) == 2:
            return ShowSettings(Section(parts[1]))
        return ChangeSetting(Section(parts[1]), parts[2]) if parts[2] else None
    if parts[0] == "l" and len(parts) == 2 and parts[1]:
        return ChooseLanguage(parts[1])
    if parts[0] == "x" and parts[1:] == ["keep"]:
        return ConfirmDelete(None)
    if parts[0] == "z" and len(parts) == 2 and parts[1]:
        return ChooseZone(parts[1])  # the handler checks it is a zone
    try:
        if parts[0] == "x" and len(parts) == 3 and parts[2]:
            return ConfirmDelete(_number(parts[1]), parts[2])
        if parts[0] == "a" and len(parts) in (3, 4) and parts[1] in DRAFT_ACTIONS:
            return DraftAction(parts[1], _number(parts[2]), parts[3] if len(parts) == 4 else "")
        if parts[0] in ("f", "u") and len(parts) == 2:
            return Follow(_number(parts[1]), stop=parts[0] == "u")
        if parts[0] in ("f", "u") and len(parts) == 5 and parts[2] in VIEWS:
            back = Page(parts[2], max(0, _number(parts[3])), parts[4])
            return Follow(_number(parts[1]), stop=parts[0] == "u", back=back)
        if parts[0] == "p" and len(parts) == 4 and parts[1] in VIEWS:
            return Page(parts[1], max(0, _number(parts[2])), parts[3])
        if parts[0] == "i" and len(parts) == 2:
            return Open(_number(parts[1]))
        if parts[0] == "i" and len(parts) == 5 and parts[2] in VIEWS:
            return Open(_number(parts[1]), Page(parts[2], max(0, _number(parts[3])), parts[4]))
    except ValueError:
        return None
    return None
