"""Review of unsure items: which entries wait for the admins, and the message each one gets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.settings import Settings
from ingest.model import Item
from storage import drafts
from storage.database import Database

if TYPE_CHECKING:
    from bot import render


def review_for(settings: Settings) -> drafts.Review | None:
    """The review feeds and imports apply, or None (REVIEW=off, or no admins to review)."""
    if settings.review == "off" or not settings.admin_ids:
        return None
    return drafts.Review(
        mode=settings.review,
        admins=tuple(sorted(settings.admin_ids)),
        notice=_notice,
    )


def _notice(draft_id: int, item: Item, reason: str) -> str:
    # What an admin_alert row says when the dispatcher renders it as plain text. Rendering
    # (python-telegram-bot, some 10 MB) is loaded when a notice is written, not by every
    # import that only might hold an entry.
    from bot import render

    return render.review_notice(render.ENGLISH, draft_id, item, reason)


async def message(db: Database, draft_id: int, loc: render.Locale) -> render.Rendered | None:
    """A held draft as an admin receives it, with its buttons; None once it was handled."""
    from bot import render

    found = await drafts.find(db, draft_id)
    if found is None or not found.open:
        return None
    token = found.token or await drafts.ensure_token(db, draft_id)
    return render.draft(loc, draft_id, found.item, token=token, reason=found.reason)
