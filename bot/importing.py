"""Importing announcements: parse a source, upsert its items, and count what happened."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ingest.extensions import match_by_identifier, match_by_title, notice_identifiers
from ingest.model import Item
from ingest.sources import Parsed, Rejected
from storage import items as stored
from storage.database import Database
from storage.drafts import Review
from storage.items import DeadlineChange, UpsertResult


@dataclass
class ImportSummary:
    """What one import did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    moved: list[DeadlineChange] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)
    held: int = 0  # new entries kept as drafts for the admins' review
    draft_ids: list[int] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary operators read."""
        held = f", held for review {self.held}" if self.held else ""
        return (
            f"added {self.added}, updated {self.updated}, unchanged {self.unchanged}, "
            f"rejected {len(self.rejected)}{held}"
        )


# Items stored per transaction: large enough that a 100,000-item import is not 100,000
# commits, small enough that the bot's other writers never wait long for the lock.
BATCH = 500


async def import_items(
    db: Database,
    parsed: Parsed,
    *,
    now: dt.datetime,
    default_tz: str,
    channel: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    push: bool = True,
    batch: int = BATCH,
    review: Review | None = None,
) -> ImportSummary:
    """Upsert every parsed item; a moved deadline is recorded by storage and reported here.

    ``push`` false stores new items without owing them to anyone (a feed's backlog); items
    already over are never pushed either way (``storage.broadcasts``).
    """
    summary = ImportSummary(rejected=list(parsed.rejected))
    total = len(parsed.items)

    def counted(done: int) -> None:
        if progress is not None:
            progress(done, total)

    await store_items(
        db,
        parsed.items,
        summary,
        now=now,
        default_tz=default_tz,
        channel=channel,
        push=push,
        batch=batch,
        progress=counted,
        review=review,
    )
    return summary


async def store_items(
    db: Database,
    stream: Iterable[Item],
    summary: ImportSummary,
    *,
    now: dt.datetime,
    default_tz: str,
    channel: str | None = None,
    push: bool = True,
    batch: int = BATCH,
    progress: Callable[[int], None] | None = None,
    review: Review | None = None,
) -> None:
    """Store items as they come, ``batch`` per transaction, counting into ``summary``.

    ``stream`` may be a generator reading a file: only one batch is held at a time. An
    extension notice is matched against what is stored, so the items before it go in first
    (in the same transaction: a notice in every dozen items used to mean a commit each).
    """
    done = 0
    items = iter(stream)
    while chunk := list(itertools.islice(items, batch)):
        async with db.transaction():
            await _store_chunk(
                db,
                chunk,
                summary,
                now=now,
                default_tz=default_tz,
                channel=channel,
                push=push,
                review=review,
            )
        done += len(chunk)
        if progress is not None:
            progress(done)


async def _store_chunk(
    db: Database,
    chunk: list[Item],
    summary: ImportSummary,
    *,
    now: dt.datetime,
    default_tz: str,
    channel: str | None,
    push: bool,
    review: Review | None,
) -> None:
    """Store one batch inside the caller's transaction, in order, counting into ``summary``."""
    pending: list[Item] = []

    async def flush() -> None:
        if not pending:
            return
        results = await stored.upsert_within(
            db,
            pending,
            now=now,
            default_tz=default_tz,
            channel=channel,
            push=push,
            review=review,
        )
        for result in results:
            _count(summary, result)
        pending.clear()

    for item in chunk:
        # A notice the review holds does not move a call's deadline until an admin saves it
        # (Save imports it again, without review, and it extends the call then).
        held = push and review is not None and review.reason(item) is not None
        if item.kind == "extension" and item.deadline is not None and not held:
            await flush()
            result = await _extend(db, item, now=now, default_tz=default_tz)
            if result is None:
                pending.append(item)
            else:
                _count(summary, result)
            continue
        pending.append(item)
    await flush()


async def _extend(
    db: Database, item: Item, *, now: dt.datetime, default_tz: str
) -> UpsertResult | None:
    """A notice that moves a known call's deadline updates that call; it is no item itself."""
    assert item.deadline is not None
    named = notice_identifiers(item)
    extended = None
    if named:
        candidates = await stored.extension_named(db, item.deadline, named, default_tz=default_tz)
        found = match_by_identifier(named, candidates)
        extended = None if found is None else found.id
    if extended is None:
        titles = await stored.extension_titles(db, item.deadline, default_tz=default_tz)
        extended = match_by_title(item, titles)
    if extended is None:
        return None
    return await stored.extend_within(db, extended, item.deadline, now=now, default_tz=default_tz)


def _count(summary: ImportSummary, result: UpsertResult) -> None:
    if result.status == "added":
        summary.added += 1
        summary.new_ids.append(result.item_id)
    elif result.status == "held":
        if result.draft_id is not None:  # else held by an earlier poll: nothing new
            summary.held += 1
            summary.draft_ids.append(result.draft_id)
        else:
            summary.unchanged += 1
    elif result.status == "updated":
        summary.updated += 1
    else:
        summary.unchanged += 1
    if result.change is not None:
        summary.moved.append(result.change)
