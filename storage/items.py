"""Queries on the ``items`` table: upsert with change tracking, listings, search."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Literal

from ingest.extensions import Candidate
from ingest.model import Deadline, Item
from storage import broadcasts, drafts, reminders, text_query
from storage.database import Database, Dialect, Row
from storage.rows import deadline_columns, deadline_from, item_from_row

UpsertStatus = Literal["added", "updated", "unchanged", "held"]

# Events that began this many days ago still count as upcoming while they last; bounding the
# look-back keeps /events an index walk instead of a scan of every past event.
ONGOING_LOOKBACK_DAYS = 62


@dataclass(frozen=True)
class DeadlineChange:
    """A stored item's deadline before and after an import changed it."""

    item_id: int
    old: Deadline | None
    new: Deadline | None


@dataclass(frozen=True)
class UpsertResult:
    """What an upsert did to one item."""

    status: UpsertStatus
    item_id: int  # 0 for an entry held for review (not stored as an item)
    change: DeadlineChange | None = None
    draft_id: int | None = None  # the review draft an entry is held as (None: held before)


_WORDS = re.compile(r"\w+")


def normalise_title(title: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a title, for de-duplication."""
    if title.isascii():
        # ASCII has nothing to decompose or strip: the same result, without a pass per character
        # (every imported entry's title goes through here).
        return " ".join(_WORDS.findall(title.lower()))
    text = unicodedata.normalize("NFKD", title).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_WORDS.findall(text))


def fingerprint(item: Item) -> str:
    """The key an item was first stored under: its guid, else its link, else its title.

    Only a unique column now; identity is decided by :func:`_same_item`.
    """
    if item.guid:
        basis = "guid:" + item.guid.strip()
    elif item.link:
        basis = "link:" + item.link.strip().rstrip("/")
    else:
        basis = "title:" + normalise_title(item.title)
    return hashlib.sha1(basis.encode()).hexdigest()


def link_key(link: str | None) -> str | None:
    """A link as compared for identity: without surrounding spaces and trailing slashes."""
    key = (link or "").strip().rstrip("/")
    return key or None


@dataclass(frozen=True)
class _Keys:
    fingerprint: str
    guid: str | None
    link: str | None
    title: str
    source: str | None


def _keys(item: Item) -> _Keys:
    guid = (item.guid or "").strip() or None
    return _Keys(
        fingerprint(item), guid, link_key(item.link), normalise_title(item.title), item.source
    )


def _agreement(row: Row, keys: _Keys) -> tuple[int, int]:
    """(keys that match, keys that differ) between a stored row and an entry.

    A key counts only when both sides have it; guids and titles only within one source.
    """
    matches = conflicts = 0
    same_source = row["source"] == keys.source
    if row["fingerprint"] == keys.fingerprint and keys.guid and row["guid"] is None:
        matches += 1  # stored before guids had a column: its fingerprint is the guid's
    elif same_source and keys.guid and row["guid"]:
        if row["guid"] == keys.guid:
            matches += 1
        else:
            conflicts += 1
    row_link = row["link_key"] or link_key(row["link"])
    if keys.link and row_link:
        if row_link == keys.link:
            matches += 1
        else:
            conflicts += 1
    if same_source:
        if (row["title_key"] or normalise_title(row["title"])) == keys.title:
            matches += 1
        else:
            conflicts += 1
    return matches, conflicts


def _same_item(rows: list[Row], keys: _Keys) -> Row | None:
    """The stored item an entry is: one key matches and at most one differs; best first.

    So a feed that rotates guids (link and title match) or edits a title (guid and link
    match) updates its item, while a guid reused for another entry (title and link differ)
    is another item.
    """
    best = None
    for row in rows:
        matches, conflicts = _agreement(row, keys)
        if matches == 0 or conflicts > 1:
            continue
        rank = (matches - conflicts, matches, -(row["id"] or 0))
        if best is None or rank > best[0]:
            best = (rank, row)
    return best[1] if best else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _columns(item: Item, default_tz: str) -> dict[str, object]:
    at, date, time, tz = deadline_columns(item.deadline, default_tz)
    return {
        "kind": item.kind,
        "title": item.title,
        "summary": item.summary,
        "link": item.link,
        "source": item.source,
        "published": _iso(item.published),
        "deadline_at": at,
        "deadline_date": date,
        "deadline_time": time,
        "deadline_tz": tz,
        "event_start": _iso(item.event_start),
        "event_end": _iso(item.event_end),
        "location": item.location,
    }


_INSERT = (
    "INSERT INTO items (fingerprint, kind, title, summary, link, source, published, "
    "deadline_at, deadline_date, deadline_time, deadline_tz, event_start, event_end, "
    "location, created_at, updated_at, guid, link_key, title_key, kind_confidence, "
    "deadline_confidence, deadline_evidence, unsure) VALUES (:fingerprint, :kind, "
    ":title, :summary, :link, :source, :published, :deadline_at, :deadline_date, "
    ":deadline_time, :deadline_tz, :event_start, :event_end, :location, :now, :now, "
    ":guid, :link_key, :title_key, :kind_confidence, :deadline_confidence, "
    ":deadline_evidence, :unsure)"
)


def _identity(keys: _Keys) -> dict[str, object]:
    return {"guid": keys.guid, "link_key": keys.link, "title_key": keys.title}


def _reading(item: Item) -> dict[str, object]:
    """How sure the extractor was, and the deadline's words (not compared by upserts)."""
    return {
        "kind_confidence": item.kind_confidence,
        "deadline_confidence": item.deadline_confidence,
        "deadline_evidence": item.deadline_evidence,
        "unsure": int(item.unsure),
    }


def with_reading(item: Item, row: Row) -> Item:
    """``item`` with the reading columns of its row (migration 7)."""
    return dataclasses.replace(
        item,
        kind_confidence=row["kind_confidence"],
        deadline_confidence=row["deadline_confidence"],
        deadline_evidence=row["deadline_evidence"],
        unsure=bool(row["unsure"]),
    )


async def insert_many(
    db: Database, new_items: list[Item], *, now: dt.datetime, default_tz: str
) -> None:
    """Insert items known to be new, in one transaction (bulk loads and benchmarks)."""
    stamp = int(now.timestamp())
    rows = []
    for item in new_items:
        keys = _keys(item)
        rows.append(
            {
                **_columns(item, default_tz),
                **_identity(keys),
                **_reading(item),
                "fingerprint": keys.fingerprint,
                "now": stamp,
            }
        )
    async with db.transaction():
        await db.executemany(_INSERT, rows)


async def upsert(
    db: Database,
    item: Item,
    *,
    now: dt.datetime,
    default_tz: str,
    channel: str | None = None,
    push: bool = True,
    review: drafts.Review | None = None,
) -> UpsertResult:
    """Insert ``item``, or update the stored item it is; record a moved deadline.

    A new item is owed to ``channel`` and to matching subscribers in the same transaction,
    unless ``push`` is false or it is already over (see ``broadcasts.on_item_added``).
    """
    [result] = await upsert_many(
        db, [item], now=now, default_tz=default_tz, channel=channel, push=push, review=review
    )
    return result


async def upsert_many(
    db: Database,
    batch: list[Item],
    *,
    now: dt.datetime,
    default_tz: str,
    channel: str | None = None,
    push: bool = True,
    review: drafts.Review | None = None,
) -> list[UpsertResult]:
    """:func:`upsert` each item of ``batch``, in order, in one transaction.

    The stored items the batch could be are read in one query, and its new items inserted
    in one statement, so a batch costs a few round trips to the database thread, not two
    per item.

    With ``review``, a new entry that would be pushed and that the review holds (unsure, or
    every one with REVIEW=all) is kept as a draft for the admins instead: not stored as an
    item, not pushed. An entry already held is not held twice (its fingerprint). Entries
    stored without pushing (a feed's backlog, ``--no-push``) are never held.
    """
    async with db.transaction():
        return await upsert_within(
            db, batch, now=now, default_tz=default_tz, channel=channel, push=push, review=review
        )


async def upsert_within(
    db: Database,
    batch: list[Item],
    *,
    now: dt.datetime,
    default_tz: str,
    channel: str | None = None,
    push: bool = True,
    review: drafts.Review | None = None,
) -> list[UpsertResult]:
    """:func:`upsert_many` inside a transaction the caller holds (an import's whole batch)."""
    stamp = int(now.timestamp())
    keys = [_keys(item) for item in batch]
    results: list[UpsertResult | None] = [None] * len(batch)
    pushes = broadcasts.Pushes(db, channel=channel, default_tz=default_tz, now=now, push=push)
    known = _Known(await _prefetch(db, keys))
    inserts: list[tuple[int, Item, dict[str, object], dict[str, object]]] = []

    async def insert_pending() -> None:
        if not inserts:
            return
        await db.executemany(_INSERT, [params for _, _, params, _ in inserts])
        # Only the ids are read back: the placeholder already holds every other column the
        # rest of the batch compares with (reading whole rows cost more than the inserts).
        marks = [params["fingerprint"] for _, _, params, _ in inserts]
        rows = await db.fetch_all(
            "SELECT id, fingerprint FROM items "
            f"WHERE fingerprint IN ({','.join('?' * len(marks))})",
            marks,
        )
        ids = {row["fingerprint"]: row["id"] for row in rows}
        for position, item, params, placeholder in inserts:
            placeholder["id"] = item_id = ids[params["fingerprint"]]
            results[position] = UpsertResult("added", item_id)
            await pushes.on_item_added(dataclasses.replace(item, id=item_id))
        inserts.clear()

    for position, (item, key) in enumerate(zip(batch, keys, strict=True)):
        old = _same_item(known.candidates(key), key)
        if old is not None and old["id"] is None:
            # The same entry twice in one batch: store the first, then compare with it.
            await insert_pending()
            old = _same_item(known.candidates(key), key)
        if old is None:
            reason = review.reason(item) if review is not None and push else None
            if reason is not None and review is not None:
                draft_id = await drafts.hold(
                    db,
                    item,
                    fingerprint=key.fingerprint,
                    link_key=key.link,
                    title_key=key.title,
                    reason=reason,
                    review=review,
                    now=now,
                )
                results[position] = UpsertResult("held", 0, draft_id=draft_id)
                continue
            fp = key.fingerprint
            if known.has_fingerprint(fp):
                fp = f"{fp}:{uuid.uuid4().hex}"  # a reused guid or link: another item
            params = {
                **_columns(item, default_tz),
                **_identity(key),
                **_reading(item),
                "fingerprint": fp,
                "now": stamp,
            }
            placeholder = {**params, "id": None, "deadline_extended": 0}
            inserts.append((position, item, params, placeholder))
            known.add(placeholder)
            continue
        await insert_pending()  # keep ids in file order
        results[position] = await _update(db, old, item, key, now=now, default_tz=default_tz)
        refreshed = await db.fetch_all("SELECT * FROM items WHERE id = ?", (old["id"],))
        known.replace(old, refreshed[0])
    await insert_pending()
    return [result for result in results if result is not None]


async def _prefetch(db: Database, keys: list[_Keys]) -> list[Row]:
    """Every stored item sharing a key with an entry of the batch, in one query."""
    parts: list[str] = []
    values: list[object] = []

    def among(column: str, found: set[str], source: tuple[str | None] | None = None) -> None:
        if not found:
            return
        where = f"{column} IN ({','.join('?' * len(found))})"
        if source is not None:
            where = f"source IS NOT DISTINCT FROM ? AND {where}"
            values.extend(source)
        parts.append(f"SELECT id FROM items WHERE {where}")
        values.extend(sorted(found))

    among("fingerprint", {k.fingerprint for k in keys})
    among("link_key", {k.link for k in keys if k.link})
    for source in {k.source for k in keys}:
        mine = [k for k in keys if k.source == source]
        among("guid", {k.guid for k in mine if k.guid}, (source,))
        among("title_key", {k.title for k in mine}, (source,))
    return await db.fetch_all(
        f"SELECT * FROM items WHERE id IN ({' UNION ALL '.join(parts)})", values
    )


class _Known:
    """The stored (and about to be stored) items a batch may be, indexed by each key."""

    def __init__(self, rows: list) -> None:
        self.by_key: dict[tuple, list] = {}
        self.fingerprints: set[str] = set()
        for row in rows:
            self.add(row)

    @staticmethod
    def _index_keys(row) -> list[tuple]:
        found = [("fingerprint", row["fingerprint"]), ("title", row["source"], row["title_key"])]
        if row["link_key"]:
            found.append(("link", row["link_key"]))
        if row["guid"]:
            found.append(("guid", row["source"], row["guid"]))
        return found

    def add(self, row) -> None:
        for key in self._index_keys(row):
            self.by_key.setdefault(key, []).append(row)
        self.fingerprints.add(row["fingerprint"])

    def replace(self, old, new) -> None:
        for key in self._index_keys(old):
            rows = self.by_key.get(key, [])
            if old in rows:
                rows.remove(old)
        self.add(new)

    def has_fingerprint(self, fingerprint: str) -> bool:
        return fingerprint in self.fingerprints

    def candidates(self, key: _Keys) -> list:
        lookups = [("fingerprint", key.fingerprint), ("title", key.source, key.title)]
        if key.link:
            lookups.append(("link", key.link))
        if key.guid:
            lookups.append(("guid", key.source, key.guid))
        found: dict[int, object] = {}
        for lookup in lookups:
            for row in self.by_key.get(lookup, ()):
                found[id(row)] = row
        return list(found.values())


async def _update(
    db: Database,
    old: Row,
    item: Item,
    keys: _Keys,
    *,
    now: dt.datetime,
    default_tz: str,
) -> UpsertResult:
    new = _columns(item, default_tz)
    stamp = int(now.timestamp())
    identity = _identity(keys)
    if any(old[key] != value for key, value in identity.items()):
        # The feed changed a key (a rotated guid, an edited title): find the item by it next time.
        await db.execute(
            "UPDATE items SET guid = :guid, link_key = :link_key, title_key = :title_key "
            "WHERE id = :id",
            {**identity, "id": old["id"]},
        )
    if old["deadline_extended"] and _earlier(new, old):
        # The announcement still shows the deadline an extension notice has since moved.
        for key in ("deadline_at", "deadline_date", "deadline_time", "deadline_tz"):
            new[key] = old[key]
    if all(old[key] == value for key, value in new.items()):
        return UpsertResult("unchanged", old["id"])
    await db.execute(
        "UPDATE items SET kind = :kind, title = :title, summary = :summary, link = :link, "
        "source = :source, published = :published, deadline_at = :deadline_at, "
        "deadline_date = :deadline_date, deadline_time = :deadline_time, "
        "deadline_tz = :deadline_tz, event_start = :event_start, event_end = :event_end, "
        "location = :location, updated_at = :now WHERE id = :id",
        {**new, "now": stamp, "id": old["id"]},
    )
    change = await _record_deadline_change(db, old, new, now=now, default_tz=default_tz)
    if change is not None:
        # The words shown under the deadline are those of the deadline now stored.
        await db.execute(
            "UPDATE items SET deadline_confidence = ?, deadline_evidence = ? WHERE id = ?",
            (item.deadline_confidence, item.deadline_evidence, old["id"]),
        )
    return UpsertResult("updated", old["id"], change)


async def fill_identity_keys(db: Database, *, batch: int = 1000) -> int:
    """Give items stored before migration 6 their title key, so titles find them; a count."""
    filled = 0
    while True:
        rows = await db.fetch_all(
            "SELECT id, title FROM items WHERE title_key IS NULL LIMIT ?", (batch,)
        )
        if not rows:
            return filled
        async with db.transaction():
            await db.executemany(
                "UPDATE items SET title_key = ? WHERE id = ?",
                [(normalise_title(r["title"]), r["id"]) for r in rows],
            )
        filled += len(rows)


def _earlier(new: dict[str, object], old: Row) -> bool:
    if new["deadline_at"] is None:
        return True
    return old["deadline_at"] is not None and new["deadline_at"] < old["deadline_at"]


async def extension_candidates(db: Database, deadline: Deadline, *, default_tz: str) -> list[Item]:
    """Calls whose deadline an extension to ``deadline`` could move: not later, within a year."""
    new_at = int(deadline.instant(default_tz).timestamp())
    rows = await db.fetch_all(
        "SELECT * FROM items WHERE deadline_at <= ? AND deadline_at >= ? AND kind = 'call' "
        "ORDER BY deadline_at DESC, id DESC LIMIT 500",
        (new_at, new_at - 366 * 86400),
    )
    return [item_from_row(r) for r in rows]


# A notice is compared with the calls closing in the year before its new deadline (at most
# the 500 latest for titles). Reading them whole, each made an Item, was most of an archive
# import's time. A notice naming identifiers needs only the calls containing one of them: the
# full-text index finds those (each identifier as a phrase of its tokens, which every text
# containing it has); the caller then checks the identifier exactly. The titles of the window
# are read from the index ``items_call_titles`` alone, only when no identifier matched.
_MAX_IDENTIFIERS = 20
_WINDOW = (
    "SELECT id, title FROM items WHERE kind = 'call' AND deadline_at <= ? AND deadline_at >= ? "
    "ORDER BY deadline_at DESC, id DESC LIMIT 500"
)
_NAMED = (
    "SELECT items.id, items.title, items.summary FROM items_fts "
    "JOIN items ON items.id = items_fts.rowid "
    "WHERE items_fts MATCH ? AND items.kind = 'call' "
    "AND items.deadline_at <= ? AND items.deadline_at >= ? AND ({contains}) "
    "ORDER BY items.deadline_at DESC, items.id DESC"
)
_NAMED_POSTGRESQL = (
    "SELECT id, title, summary FROM items WHERE search @@ ({phrases}) AND kind = 'call' "
    "AND deadline_at <= ? AND deadline_at >= ? AND ({contains}) "
    "ORDER BY deadline_at DESC, id DESC"
)
_IDENTIFIER_TOKENS = re.compile(r"[A-Za-z0-9]+")


def _window_bounds(deadline: Deadline, default_tz: str) -> tuple[int, int]:
    new_at = int(deadline.instant(default_tz).timestamp())
    return new_at, new_at - 366 * 86400


def _phrases(identifiers: list[str]) -> str | None:
    """An FTS5 query matching any of ``identifiers`` as a phrase (only letters and digits
    reach it: identifiers are made of those, hyphens and slashes)."""
    phrases = [" ".join(_IDENTIFIER_TOKENS.findall(name)) for name in identifiers]
    quoted = [f'"{phrase}"' for phrase in phrases if phrase]
    return " OR ".join(quoted) or None


async def extension_named(
    db: Database,
    deadline: Deadline,
    identifiers: frozenset[str],
    *,
    default_tz: str,
) -> list[Candidate]:
    """Calls closing in the year before ``deadline`` whose title or summary may name one of
    ``identifiers`` (a superset: the caller checks each), latest deadline first."""
    bounds = _window_bounds(deadline, default_tz)
    named = sorted(identifiers)
    query = _phrases(named) if len(named) <= _MAX_IDENTIFIERS else None
    if query is None:  # too many to ask for: every call of the window, correct, only slower
        rows = await db.fetch_all(
            "SELECT id, title, summary FROM items WHERE kind = 'call' "
            "AND deadline_at <= ? AND deadline_at >= ? ORDER BY deadline_at DESC, id DESC",
            bounds,
        )
    else:
        # The index also finds the identifier's words apart, and in other cases: the exact
        # text is checked here in SQL, cheaper than reading every such summary in Python.
        contains = " OR ".join(["instr(items.title, ?) OR instr(items.summary, ?)"] * len(named))
        sql, match = _NAMED.format(contains=contains), (query,)
        if db.dialect is Dialect.POSTGRESQL:
            contains = " OR ".join(["strpos(title, ?) > 0 OR strpos(summary, ?) > 0"] * len(named))
            # Each identifier parsed as the documents were (PostgreSQL's parser keeps a
            # hyphenated code whole and in parts), so the phrase is the one they hold.
            phrases = " || ".join(["phraseto_tsquery('simple', callboard_fold(?))"] * len(named))
            sql, match = _NAMED_POSTGRESQL.format(phrases=phrases, contains=contains), named
        rows = await db.fetch_all(
            sql, (*match, *bounds, *(text for name in named for text in (name, name)))
        )
    return [Candidate(row[0], row[1], row[2]) for row in rows]


async def extension_titles(
    db: Database, deadline: Deadline, *, default_tz: str
) -> list[tuple[int, str]]:
    """The ids and titles of the 500 calls closing last in the year before ``deadline``."""
    rows = await db.fetch_all(_WINDOW, _window_bounds(deadline, default_tz))
    return [tuple(row) for row in rows]


async def extend_deadline(
    db: Database,
    item_id: int,
    deadline: Deadline,
    *,
    now: dt.datetime,
    default_tz: str,
) -> UpsertResult:
    """Move an item's deadline as an extension notice says, and remember it was extended."""
    async with db.transaction():
        return await extend_within(db, item_id, deadline, now=now, default_tz=default_tz)


async def extend_within(
    db: Database,
    item_id: int,
    deadline: Deadline,
    *,
    now: dt.datetime,
    default_tz: str,
) -> UpsertResult:
    """:func:`extend_deadline` inside a transaction the caller holds."""
    at, date, time, tz = deadline_columns(deadline, default_tz)
    new = {"deadline_at": at, "deadline_date": date, "deadline_time": time, "deadline_tz": tz}
    rows = await db.fetch_all("SELECT * FROM items WHERE id = ?", (item_id,))
    old = rows[0]
    if all(old[key] == value for key, value in new.items()):
        return UpsertResult("unchanged", item_id)
    stamp = int(now.timestamp())
    await db.execute(
        "UPDATE items SET deadline_at = :deadline_at, deadline_date = :deadline_date, "
        "deadline_time = :deadline_time, deadline_tz = :deadline_tz, "
        "deadline_extended = 1, updated_at = :now WHERE id = :id",
        {**new, "now": stamp, "id": item_id},
    )
    change = await _record_deadline_change(db, old, new, now=now, default_tz=default_tz)
    return UpsertResult("updated", item_id, change)


async def _record_deadline_change(
    db: Database,
    old: Row,
    new: dict[str, object],
    *,
    now: dt.datetime,
    default_tz: str,
) -> DeadlineChange | None:
    """Record a moved deadline, tell its followers and move their reminders (same transaction)."""
    stamp = int(now.timestamp())
    keys = ("deadline_at", "deadline_date", "deadline_time", "deadline_tz")
    if all(old[k] == new[k] for k in keys):
        return None
    await db.execute(
        "INSERT INTO deadline_changes (item_id, old_at, old_date, old_time, old_tz, "
        "new_at, new_date, new_time, new_tz, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (old["id"], *(old[k] for k in keys), *(new[k] for k in keys), stamp),
    )
    change = DeadlineChange(
        item_id=old["id"],
        old=deadline_from(old["deadline_date"], old["deadline_time"], old["deadline_tz"]),
        new=deadline_from(new["deadline_date"], new["deadline_time"], new["deadline_tz"]),  # type: ignore[arg-type]
    )
    await reminders.on_deadline_change(
        db, item_id=change.item_id, old=change.old, new=change.new, default_tz=default_tz, now=now
    )
    await broadcasts.on_deadline_change(
        db, item_id=change.item_id, old=change.old, new=change.new, now=now
    )
    return change


async def delete(db: Database, item_id: int, *, now: dt.datetime) -> Item | None:
    """Delete an item; its followers are told and its reminders cancelled. None if unknown."""
    async with db.transaction():
        rows = await db.fetch_all("SELECT * FROM items WHERE id = ?", (item_id,))
        if not rows:
            return None
        item = item_from_row(rows[0])
        await reminders.on_item_deleted(db, item=item, now=now)
        await broadcasts.on_item_deleted(db, item=item, now=now)
        await db.execute("DELETE FROM items WHERE id = ?", (item_id,))
        return item


async def get(db: Database, item_id: int) -> Item | None:
    """The item with this id, or None."""
    rows = await db.fetch_all("SELECT * FROM items WHERE id = ?", (item_id,))
    return with_reading(item_from_row(rows[0]), rows[0]) if rows else None


async def deadline_changes(db: Database, item_id: int) -> list[DeadlineChange]:
    """Every recorded move of this item's deadline, oldest first."""
    rows = await db.fetch_all(
        "SELECT * FROM deadline_changes WHERE item_id = ? ORDER BY id", (item_id,)
    )
    return [
        DeadlineChange(
            item_id=item_id,
            old=deadline_from(r["old_date"], r["old_time"], r["old_tz"]),
            new=deadline_from(r["new_date"], r["new_time"], r["new_tz"]),
        )
        for r in rows
    ]


async def open_calls(db: Database, *, now: dt.datetime, limit: int, offset: int = 0) -> list[Item]:
    """Calls whose deadline is still ahead, nearest first."""
    rows = await db.fetch_all(
        "SELECT * FROM items WHERE deadline_at > ? AND kind IN ('call', 'extension') "
        "ORDER BY deadline_at, id LIMIT ? OFFSET ?",
        (int(now.timestamp()), limit, offset),
    )
    return [item_from_row(r) for r in rows]


async def closed_calls(
    db: Database, *, now: dt.datetime, limit: int, offset: int = 0
) -> list[Item]:
    """Calls whose deadline has passed, most recently closed first."""
    rows = await db.fetch_all(
        "SELECT * FROM items WHERE deadline_at <= ? AND kind IN ('call', 'extension') "
        "ORDER BY deadline_at DESC, id DESC LIMIT ? OFFSET ?",
        (int(now.timestamp()), limit, offset),
    )
    return [item_from_row(r) for r in rows]


async def upcoming_deadlines(
    db: Database, *, now: dt.datetime, limit: int, offset: int = 0
) -> list[Item]:
    """Items of every kind whose deadline is still ahead, nearest first."""
    rows = await db.fetch_all(
        "SELECT * FROM items WHERE deadline_at > ? ORDER BY deadline_at, id LIMIT ? OFFSET ?",
        (int(now.timestamp()), limit, offset),
    )
    return [item_from_row(r) for r in rows]


async def upcoming_events(
    db: Database, *, today: dt.date, limit: int, offset: int = 0
) -> list[Item]:
    """Events and courses not yet over, by start date."""
    since = today - dt.timedelta(days=ONGOING_LOOKBACK_DAYS)
    rows = await db.fetch_all(
        "SELECT * FROM items WHERE event_start >= ? AND event_until >= ? "
        "AND kind IN ('event', 'course') ORDER BY event_start, id LIMIT ? OFFSET ?",
        (since.isoformat(), today.isoformat(), limit, offset),
    )
    return [item_from_row(r) for r in rows]


async def past_events(db: Database, *, today: dt.date, limit: int, offset: int = 0) -> list[Item]:
    """Events and courses that are over, most recent first."""
    rows = await db.fetch_all(
        "SELECT * FROM items WHERE event_start < ? AND event_until < ? "
        "AND kind IN ('event', 'course') ORDER BY event_start DESC, id DESC LIMIT ? OFFSET ?",
        (today.isoformat(), today.isoformat(), limit, offset),
    )
    return [item_from_row(r) for r in rows]


def fts_query(words: str, *, other_forms: bool = True) -> str | None:
    """A safe FTS5 query from free text; None if there is nothing to look for.

    The text is read by ``storage.text_query.parse``: every word is required, in any of its
    forms (``storage.word_forms``: 'webinars' is ``("webinars" OR "webinar")``; with
    ``other_forms`` false, as typed only), a "quoted phrase" in that order, a -word left out.
    Each form is quoted, so no input is query syntax.
    """
    return text_query.parse(words).fts(other_forms)


# Only the newest matches are ranked: a word found in half of a large database would make
# every search slow, and readers want recent announcements anyway. They are ranked here, not
# with FTS5's bm25: bm25 counts every row of the whole table holding each term (its inverse
# document frequency) before it ranks anything, 9 ms for a common word at 100,000 items,
# while each read below covers the window alone. A search shows the newest 200 matches at
# most (40 pages of 5): two words that are each in most items cost some 5 ms with 500, 3 ms
# with 200 (bench.queries), and a reader narrows with a word sooner than pages that far.
SEARCH_RANK_WINDOW = 200
# One statement, one round trip: the window, then the matches among it with every word in the
# title (2) and with the words as typed (1), each read once with the window's lowest rowid as
# its floor; the page of items in that order, newest first within a score.
_SEARCH = f"""
WITH newest AS (
    SELECT rowid AS id FROM items_fts WHERE items_fts MATCH :query
    ORDER BY rowid DESC LIMIT {SEARCH_RANK_WINDOW}
), floor AS (SELECT min(id) AS id FROM newest),
ranked AS (
    SELECT id,
        2 * (id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH :in_title
                    AND rowid >= (SELECT id FROM floor)))
        + (id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH :as_typed
                  AND rowid >= (SELECT id FROM floor))) AS score
    FROM newest
)
SELECT items.* FROM ranked JOIN items ON items.id = ranked.id
ORDER BY ranked.score DESC, ranked.id DESC LIMIT :limit OFFSET :offset
"""


async def search(db: Database, words: str, *, limit: int, offset: int = 0) -> list[Item]:
    """Items matching every word of ``words`` in any of its forms: those with every word in
    the title first, then those with the words as typed, newest first within each."""
    if db.dialect is Dialect.POSTGRESQL:
        return await _search_postgresql(db, words, limit=limit, offset=offset)
    query = fts_query(words)
    if query is None:
        return []
    rows = await db.fetch_all(
        _SEARCH,
        {
            "query": query,
            "in_title": f"{{title}} : ({query})",
            "as_typed": fts_query(words, other_forms=False),
            "limit": limit,
            "offset": offset,
        },
    )
    return [item_from_row(row) for row in rows]


def tsquery(words: str, *, other_forms: bool = True, weight: str = "") -> str | None:
    """:func:`fts_query` for PostgreSQL: a to_tsquery text read by the same
    ``storage.text_query.parse`` (words in any of their forms, "phrases", -exclusions);
    ``weight`` 'A' asks for the title. The server folds case and accents (callboard_fold)."""
    return text_query.parse(words).tsquery(other_forms, weight)


# The same ranking as _SEARCH: the newest SEARCH_RANK_WINDOW matches, each scored 2 when every
# word is in its title (weight A of the search vector, storage.migrations) and 1 when the words
# match as typed, newest first within a score.
_SEARCH_POSTGRESQL = f"""
WITH newest AS (
    SELECT id, search FROM items
    WHERE search @@ to_tsquery('simple', callboard_fold(:query))
    ORDER BY id DESC LIMIT {SEARCH_RANK_WINDOW}
), ranked AS (
    SELECT id,
        2 * (search @@ to_tsquery('simple', callboard_fold(:in_title)))::int
        + (search @@ to_tsquery('simple', callboard_fold(:as_typed)))::int AS score
    FROM newest
)
SELECT items.* FROM ranked JOIN items ON items.id = ranked.id
ORDER BY ranked.score DESC, ranked.id DESC LIMIT :limit OFFSET :offset
"""


async def _search_postgresql(db: Database, words: str, *, limit: int, offset: int) -> list[Item]:
    query = tsquery(words)
    if query is None:
        return []
    rows = await db.fetch_all(
        _SEARCH_POSTGRESQL,
        {
            "query": query,
            "in_title": tsquery(words, weight="A"),
            "as_typed": tsquery(words, other_forms=False),
            "limit": limit,
            "offset": offset,
        },
    )
    return [item_from_row(row) for row in rows]


async def all_items(db: Database) -> list[Item]:
    """Every item, by id (for operators' listings)."""
    rows = await db.fetch_all("SELECT * FROM items ORDER BY id")
    return [item_from_row(r) for r in rows]


async def count(db: Database) -> int:
    """How many items are stored."""
    rows = await db.fetch_all("SELECT COUNT(*) FROM items")
    return rows[0][0]
