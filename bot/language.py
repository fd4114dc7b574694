"""The languages of the interface (no Telegram import: the settings check CHANNEL_LANGUAGE)."""

from __future__ import annotations

from enum import StrEnum


class Lang(StrEnum):
    """A language the bot speaks; English is the source of every message."""

    EN = "en"
    DE = "de"
    FR = "fr"
    ES = "es"
    IT = "it"

    @classmethod
    def of(cls, code: str | None) -> Lang | None:
        """The language a Telegram ``language_code`` names ('de', 'de-AT', 'fr_CA'), or None
        when it is none of ours."""
        base = (code or "").strip().lower().replace("_", "-").split("-")[0]
        try:
            return cls(base)
        except ValueError:
            return None

    @property
    def native(self) -> str:
        """The language's name in itself, for buttons."""
        return _NATIVE[self]

    @property
    def flag(self) -> str:
        """The language's name with a flag, for buttons."""
        return f"{_FLAGS[self]} {_NATIVE[self]}"


_NATIVE = {
    Lang.EN: "English",
    Lang.DE: "Deutsch",
    Lang.FR: "Français",
    Lang.ES: "Español",
    Lang.IT: "Italiano",
}
_FLAGS = {Lang.EN: "🇬🇧", Lang.DE: "🇩🇪", Lang.FR: "🇫🇷", Lang.ES: "🇪🇸", Lang.IT: "🇮🇹"}
