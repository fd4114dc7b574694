"""The clock: its own module, so commands that only store (``callboard import``) need not
load the Telegram application to read it."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    """The current instant, aware, in UTC."""
    return dt.datetime.now(dt.UTC)
