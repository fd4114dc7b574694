"""Importing announcements: parse a source, upsert its items, and count what happened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import aiosqlite

from ingest.extensions import match_extension
from ingest.model import Item
from ingest.sources import Parsed, Rejected
from storage import items as stored
from storage.items import DeadlineChange


@dataclass
class ImportSummary:
    """What one import did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    moved: list[DeadlineChange] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary operators read."""
        return (
            f"added {self.added}, updated {self.updated}, unchanged {self.unchanged}, "
            f"rejected {len(self.rejected)}"
        )


async def import_items(
    db: aiosqlite.Connection,
    parsed: Parsed,
    *,
    now: dt.datetime,
    default_tz: str,
    channel: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportSummary:
    """Upsert every parsed item; a moved deadline is recorded by storage and reported here."""
    summary = ImportSummary(rejected=list(parsed.rejected))
    total = len(parsed.items)
    for done, item in enumerate(parsed.items, start=1):
        await _import_one(db, item, summary, now=now, default_tz=default_tz, channel=channel)
        if progress is not None:
            progress(done, total)
    return summary


async def _import_one(
    db: aiosqlite.Connection,
    item: Item,
    summary: ImportSummary,
    *,
    now: dt.datetime,
    default_tz: str,
    channel: str | None,
) -> None:
    result = None
    if item.kind == "extension" and item.deadline is not None:
        # A notice that moves a known call's deadline updates that call; it is no item itself.
        candidates = await stored.extension_candidates(db, item.deadline, default_tz=default_tz)
        extended = match_extension(item, candidates)
        if extended is not None and extended.id is not None:
            result = await stored.extend_deadline(
                db, extended.id, item.deadline, now=now, default_tz=default_tz
            )
    if result is None:
        result = await stored.upsert(db, item, now=now, default_tz=default_tz, channel=channel)
    if result.status == "added":
        summary.added += 1
        summary.new_ids.append(result.item_id)
    elif result.status == "updated":
        summary.updated += 1
    else:
        summary.unchanged += 1
    if result.change is not None:
        summary.moved.append(result.change)
