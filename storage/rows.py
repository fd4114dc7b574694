"""Converting between rows of ``items`` and the Item model."""

from __future__ import annotations

import datetime as dt

from ingest.model import Deadline, Item
from storage.database import Row


def deadline_columns(deadline: Deadline | None, default_tz: str) -> tuple:
    """(deadline_at, deadline_date, deadline_time, deadline_tz) for a deadline."""
    if deadline is None:
        return (None, None, None, None)
    return (
        int(deadline.instant(default_tz).timestamp()),
        deadline.date.isoformat(),
        deadline.time_text(),
        deadline.tz,
    )


def deadline_from(date: str | None, time: str | None, tz: str | None) -> Deadline | None:
    """The deadline stored in those columns, or None."""
    if date is None:
        return None
    return Deadline(
        date=dt.date.fromisoformat(date),
        time=dt.time.fromisoformat(time) if time else None,
        tz=tz,
    )


def deadline_json(deadline: Deadline | None) -> dict[str, str | None] | None:
    """A deadline as an outbox payload or a draft stores it: the same fields as the columns."""
    if deadline is None:
        return None
    return {"date": deadline.date.isoformat(), "time": deadline.time_text(), "tz": deadline.tz}


def deadline_from_json(data: dict[str, str | None] | None) -> Deadline | None:
    """A deadline as stored by :func:`deadline_json`, or None."""
    if not data or not data.get("date"):
        return None
    return deadline_from(str(data["date"]), data.get("time"), data.get("tz"))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def item_from_row(row: Row) -> Item:
    """Build an Item from a row of ``items``."""
    return Item(
        id=row["id"],
        kind=row["kind"],
        title=row["title"],
        summary=row["summary"],
        link=row["link"],
        source=row["source"],
        published=_date(row["published"]),
        deadline=deadline_from(row["deadline_date"], row["deadline_time"], row["deadline_tz"]),
        event_start=_date(row["event_start"]),
        event_end=_date(row["event_end"]),
        location=row["location"],
    )
