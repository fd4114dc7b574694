"""Whose language a message is written in: the chat's choice, else the writer's, else the
remembered one; stored per chat (migration 9)."""

from __future__ import annotations

import datetime as dt

from bot.audience import channel_locale, chat_locale
from bot.language import Lang
from bot.render.locale import Locale
from bot.settings import Settings
from storage import chats
from storage.chats import Chat

SETTINGS = Settings(default_timezone="Europe/Rome", channel_language="es")
NOW = dt.datetime(2026, 3, 27, 10, 0, tzinfo=dt.UTC)


def test_a_chats_choice_wins_over_the_language_of_whoever_writes() -> None:
    chosen = Chat(1, language="fr", user_language="de", tz="Asia/Tokyo")
    assert chat_locale(chosen, SETTINGS, Lang.IT) == Locale(Lang.FR, "Asia/Tokyo", "Europe/Rome")


def test_without_a_choice_the_writer_then_the_remembered_language_then_english() -> None:
    private = Chat(1, user_language="de")
    assert chat_locale(private, SETTINGS, Lang.IT).lang is Lang.IT  # the app's language now
    assert chat_locale(private, SETTINGS).lang is Lang.DE  # a reminder sent later
    assert chat_locale(Chat(-5, "group"), SETTINGS, Lang.ES).lang is Lang.ES
    assert chat_locale(Chat(-5, "group"), SETTINGS) == Locale(Lang.EN, "Europe/Rome", "Europe/Rome")


def test_the_channel_speaks_channel_language_in_the_operators_zone() -> None:
    assert channel_locale(SETTINGS) == Locale(Lang.ES, "Europe/Rome", "Europe/Rome")


async def test_a_chats_language_and_its_users_are_stored(db) -> None:
    await chats.remember_user_language(db, 7, "de", now=NOW)
    await chats.set_language(db, -9, "it", chat_type="supergroup", now=NOW)
    assert (await chats.get(db, 7)).user_language == "de"
    assert (await chats.get(db, 7)).language is None
    group = await chats.get(db, -9)
    assert (group.language, group.type) == ("it", "supergroup")
