"""The choices /settings offers as buttons; a pressed value outside them is stale or forged."""

from __future__ import annotations

# A few zones most readers of European calls live in or deal with; any other by /timezone.
ZONES = (
    "Europe/London",
    "Europe/Lisbon",
    "Europe/Brussels",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Athens",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "UTC",
)
# Reminder offsets, as the user would type them.
OFFSETS = ("7d 1d", "7d 1d 2h", "3d 1d 1h", "1d 2h")
# Digest settings, as /digest takes them ("off": pushed as they arrive).
DIGESTS = ("off", "daily 08:00", "weekly mon 08:00")
