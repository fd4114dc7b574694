"""Chat settings: /settings with its buttons, /timezone, /language."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks, presets
from bot.callbacks import Section
from bot.render.common import Rendered, esc, shorten
from bot.render.digests import digest_sentence
from bot.render.locale import Lang, Locale
from ingest.zones import zone_for
from storage.schedule import format_offsets
from storage.subscriptions import parse_digest


class LanguageSource(StrEnum):
    """Where a chat's language comes from."""

    CHOSEN = "chosen"  # /language or the settings buttons
    TELEGRAM = "telegram"  # the user's Telegram language


def timezone_current(loc: Locale, now: dt.datetime) -> str:
    """The chat's zone and its time now."""
    local = now.astimezone(zone_for(loc.tz))
    return "\n".join(
        [
            loc._(
                "This chat's time zone is <b>%(zone)s</b> (now %(time)s %(abbreviation)s).",
                zone=esc(loc.tz),
                time=f"{local:%H:%M}",
                abbreviation=esc(local.tzname()),
            ),
            loc._(
                "Change it with /timezone and a city, a zone or an offset, e.g. /timezone New York."
            ),
        ]
    )


def timezone_set(loc: Locale, now: dt.datetime, read_as: str | None = None) -> str:
    """Confirmation of a new zone (``loc.tz``); ``read_as``: the abbreviation or offset it was
    read from."""
    tz = loc.tz
    local = now.astimezone(zone_for(tz))
    values = {
        "zone": esc(tz),
        "time": f"{local:%H:%M}",
        "abbreviation": esc(local.tzname()),
        "typed": esc(shorten(read_as or "", 20)),
    }
    if read_as is None:
        return loc._(
            "Time zone set to <b>%(zone)s</b>. It is %(time)s %(abbreviation)s there now; all "
            "times are shown in this zone.",
            **values,
        )
    if tz.startswith("UTC"):
        return loc._(
            "Time zone set to <b>%(zone)s</b> (read from %(typed)s: a fixed offset, no summer "
            "time). It is %(time)s %(abbreviation)s there now; all times are shown in this zone.",
            **values,
        )
    return loc._(
        "Time zone set to <b>%(zone)s</b> (read from %(typed)s, summer time included). It is "
        "%(time)s %(abbreviation)s there now; all times are shown in this zone.",
        **values,
    )


def timezone_choices(loc: Locale, name: str, choices: list[str]) -> Rendered:
    """Zones close to what was typed, each a button that sets it."""
    text = loc._(
        "%(name)s is not a time zone I know. Did you mean one of these?",
        name=esc(shorten(name, 60)),
    )
    rows = [
        [InlineKeyboardButton(zone, callback_data=callbacks.encode_zone(zone))] for zone in choices
    ]
    return Rendered(text, InlineKeyboardMarkup(rows))


def timezone_unknown(loc: Locale, name: str) -> str:
    """Reply to a zone that is no city, zone, offset or abbreviation, with what works."""
    return loc._(
        "%(name)s is not a time zone I know. Type a city (Paris, New York), an IANA name "
        "(Europe/Brussels), an offset (UTC+2, GMT-3, +05:30) or CET, EST, PST.",
        name=esc(shorten(name, 60)),
    )


def zone_choice_stale(loc: Locale) -> str:
    """Answer to a zone button that names no zone (forged or from an older version)."""
    return loc._("This is no longer current: that is not a time zone I know.")


def offsets_set(loc: Locale, offsets: list[dt.timedelta]) -> str:
    """Confirmation of new default offsets."""
    return loc._(
        "New reminders in this chat come %(offsets)s before a deadline. Items you already "
        "follow keep theirs (send /remind ID again to change one).",
        offsets=format_offsets(offsets),
    )


def _language_value(loc: Locale, source: LanguageSource) -> str:
    if source is LanguageSource.CHOSEN:
        return loc.lang.native
    return loc._("%(language)s (from Telegram)", language=loc.lang.native)


def _digest_label(loc: Locale, choice: str) -> str:
    if choice == "off":
        return loc._("Off")
    parts = parse_digest(choice.split()).split()
    if parts[0] == "daily":
        return loc._("Daily %(time)s", time=parts[1])
    return loc._("Weekly, %(day)s %(time)s", day=loc.weekday(int(parts[1])), time=parts[2])


def _back(loc: Locale) -> list[InlineKeyboardButton]:
    return [
        InlineKeyboardButton(loc._("« Back"), callback_data=callbacks.encode_settings(Section.MAIN))
    ]


def _choices(section: Section, labelled: list[tuple[str, str]], per_row: int) -> list[list]:
    buttons = [
        InlineKeyboardButton(label, callback_data=callbacks.encode_settings(section, value))
        for value, label in labelled
    ]
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


def settings_panel(
    loc: Locale,
    offsets: list[dt.timedelta],
    *,
    own_offsets: bool,
    digest: str | None,
    language: LanguageSource,
    section: Section = Section.MAIN,
) -> Rendered:
    """/settings: the chat's zone, reminder offsets, digest and language, with buttons that
    open each (``section``) and change it in the same message."""
    offsets_line = (
        loc._("Reminder offsets: %(offsets)s", offsets=format_offsets(offsets))
        if own_offsets
        else loc._(
            "Reminder offsets: %(offsets)s (the bot's default)", offsets=format_offsets(offsets)
        )
    )
    lines = [
        loc._("<b>Settings</b>"),
        loc._("Time zone: %(zone)s", zone=esc(loc.tz)),
        offsets_line,
        digest_sentence(loc, digest),
        loc._("Language: %(language)s", language=_language_value(loc, language)),
        "",
    ]
    if section is Section.ZONE:
        lines.append(loc._("Choose a zone, or type /timezone and a city, e.g. /timezone Lisbon."))
        rows = _choices(section, [(z, z) for z in presets.ZONES], 2)
    elif section is Section.OFFSETS:
        lines.append(
            loc._("When should reminders come before a deadline? Or type /settings offsets 5d 3h.")
        )
        rows = _choices(section, [(o, o) for o in presets.OFFSETS], 2)
    elif section is Section.DIGEST:
        lines.append(loc._("How should new items reach this chat? Or type /digest daily 18:00."))
        rows = _choices(section, [(d, _digest_label(loc, d)) for d in presets.DIGESTS], 1)
    elif section is Section.LANGUAGE:
        lines.append(loc._("Choose the language of this chat."))
        rows = _choices(section, [(lang.value, lang.flag) for lang in Lang], 2)
    else:
        lines.append(
            loc._(
                "Change them with the buttons, or with /settings offsets 3d 1d 1h or "
                "/settings timezone Europe/Paris."
            )
        )
        labels = {
            Section.ZONE: loc._("🕒 Time zone"),
            Section.OFFSETS: loc._("⏰ Reminders"),
            Section.DIGEST: loc._("📬 Digest"),
            Section.LANGUAGE: loc._("🌐 Language"),
        }
        buttons = [
            InlineKeyboardButton(label, callback_data=callbacks.encode_settings(part))
            for part, label in labels.items()
        ]
        return Rendered("\n".join(lines), InlineKeyboardMarkup([buttons[:2], buttons[2:]]))
    return Rendered("\n".join(lines), InlineKeyboardMarkup([*rows, _back(loc)]))


def setting_stale(loc: Locale) -> str:
    """Answer to a settings button whose choice is not offered (any more)."""
    return loc._("This is no longer current; send /settings again.")


def setting_saved(loc: Locale) -> str:
    """Answer to a settings button that changed something."""
    return loc._("Saved.")


def language_current(loc: Locale, source: LanguageSource) -> Rendered:
    """/language: the chat's language, and the five as buttons."""
    text = "\n".join(
        [
            loc._("This chat's language: %(language)s.", language=_language_value(loc, source)),
            loc._("Choose another, or type /language de (en, de, fr, es, it)."),
        ]
    )
    rows = [
        [
            InlineKeyboardButton(lang.flag, callback_data=callbacks.encode_language(lang))
            for lang in row
        ]
        for row in (list(Lang)[:3], list(Lang)[3:])
    ]
    return Rendered(text, InlineKeyboardMarkup(rows))


def language_set(loc: Locale) -> str:
    """Confirmation of a new language, in that language."""
    return loc._(
        "This chat now speaks %(language)s. Announcements stay as they were published.",
        language=loc.lang.native,
    )


def language_unknown(loc: Locale, name: str) -> str:
    """Reply to /language with a language the bot does not speak."""
    return loc._(
        "I don't speak %(name)s. /language en, de, fr, es or it.", name=esc(shorten(name, 20))
    )
