"""Who reads a message: the locale of a chat, of the channel, of the user behind an update.

One rule everywhere: the language a chat chose (/language) wins; else the language of the
user who is writing (their Telegram ``language_code``); else, for a private chat, its user's
language remembered from their last update; else English. Replies, messages the dispatcher
sends later and inline results all follow it.
"""

from __future__ import annotations

from bot.language import Lang
from bot.render.locale import Locale
from bot.settings import Settings
from storage.chats import Chat


def chat_locale(chat: Chat, settings: Settings, spoken: Lang | None = None) -> Locale:
    """The locale of ``chat``; ``spoken``: the language of the user writing now, if any."""
    lang = Lang.of(chat.language) or spoken or Lang.of(chat.user_language) or Lang.EN
    zone = settings.default_timezone
    return Locale(lang, chat.tz or zone, zone)


def channel_locale(settings: Settings) -> Locale:
    """The channel's: CHANNEL_LANGUAGE, and the operator's zone (its readers are everywhere)."""
    zone = settings.default_timezone
    return Locale(Lang(settings.channel_language), zone, zone)
