"""End to end: the real bot process speaks each user's language, and /language and the
/settings buttons change a chat's settings in place."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_skeleton

from tests.conftest import future_calls, write_json
from tests.emulator import BotApiEmulator, Call, Chat

# What each language must show, word for word: the help's first line, the list of open calls,
# the item page (deadline and link), the confirmation of /remind and the reminder itself.
WORDS = {
    "de": {
        "start": "in deiner Zeitzone",
        "calls": "Offene Ausschreibungen",
        "item": ["⏰ Frist:", "Zur Ankündigung", "🔔 Erinnere mich"],
        "remind": "Erinnerungen für #1",
        "reminder": ["⏰ Frist", "Öffnen", "🔕 Erinnerungen beenden"],
    },
    "fr": {
        "start": "dans votre fuseau horaire",
        "calls": "Appels ouverts",
        "item": ["⏰ Date limite :", "Lire l'annonce", "🔔 Me le rappeler"],
        "remind": "Rappels pour n° 1",
        "reminder": ["⏰ Date limite", "Ouvrir", "🔕 Arrêter les rappels"],
    },
    "es": {
        "start": "en tu zona horaria",
        "calls": "Convocatorias abiertas",
        "item": ["⏰ Plazo:", "Leer el anuncio", "🔔 Recuérdamelo"],
        "remind": "Recordatorios para n.º 1",
        "reminder": ["⏰ Plazo", "Abrir", "🔕 Dejar de recordar"],
    },
    "it": {
        "start": "nel tuo fuso orario",
        "calls": "Bandi aperti",
        "item": ["⏰ Scadenza:", "Leggi l'annuncio", "🔔 Ricordamelo"],
        "remind": "Promemoria per n. 1",
        "reminder": ["⏰ Scadenza", "Apri", "🔕 Interrompi i promemoria"],
    },
}
TITLE = "Reminder test call 1 — Förderaufruf « énergie » ¿sí?"
GROUP = Chat(-100200300, "supergroup", "Research office")
MEMBER = 5151


def visible(call: Call) -> str:
    """What the user sees of a message: its text and its buttons' labels."""
    markup = call.params.get("reply_markup") or {}
    labels = [b["text"] for row in markup.get("inline_keyboard", []) for b in row]
    return (call.result or {}).get("text", "") + "\n" + "\n".join(labels)


def buttons(call: Call) -> list[tuple[str, str]]:
    markup = call.params.get("reply_markup") or {}
    return [
        (b["text"], b.get("callback_data", ""))
        for row in markup.get("inline_keyboard", [])
        for b in row
    ]


def answer_to(emulator: BotApiEmulator, chat: Chat, message_id: int, data: str, user: int) -> str:
    """Press a button as ``user`` and return the short answer the bot gives the press."""
    start = emulator.mark()
    emulator.user_presses(chat, message_id, data, user_id=user)
    answer = emulator.wait_for(lambda c: c.method == "answerCallbackQuery", start=start)
    return answer.params.get("text", "")


@pytest.fixture
def deadline() -> dt.datetime:
    moment = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=3)
    return moment.replace(second=0, microsecond=0)


def test_each_language_sees_start_calls_an_item_and_a_reminder_in_it(
    start_bot, import_files, bot_home, emulator: BotApiEmulator, deadline: dt.datetime
) -> None:
    call = {"title": TITLE, "kind": "call", "summary": "Apply now.", "link": "https://e.org/1"}
    import_files(write_json(bot_home / "calls.json", [{**call, "deadline": deadline.isoformat()}]))
    start_bot()
    users = {code: Chat(2000 + n) for n, code in enumerate(WORDS)}
    for code, chat in users.items():
        emulator.languages[chat.id] = f"{code}-XX" if code == "de" else code  # de-XX is German
        words = WORDS[code]
        assert words["start"] in emulator.reply_to(chat, "/start").result["text"]
        listing = emulator.reply_to(chat, "/calls").result["text"]
        assert words["calls"] in listing and TITLE in listing
        page = visible(emulator.reply_to(chat, "/item 1"))
        assert TITLE in page and all(word in page for word in words["item"]), page
        seconds = int((deadline - dt.datetime.now(dt.UTC)).total_seconds()) - 3
        confirmed = emulator.reply_to(chat, f"/remind 1 {seconds}s").result["text"]
        assert words["remind"] in confirmed and TITLE in confirmed
    day = deadline.astimezone(ZoneInfo("Europe/Brussels")).date()
    for code, chat in users.items():
        reminder = emulator.wait_for(
            lambda c, chat=chat: (
                c.ok
                and c.method == "sendMessage"
                and c.params["chat_id"] == chat.id
                and c.params["text"].startswith("⏰")  # a reminder, not a listing
            ),
            timeout=30,
        )
        shown = visible(reminder)
        assert TITLE in shown and all(word in shown for word in WORDS[code]["reminder"]), shown
        # Weekday and month names come from Babel, in the reader's language.
        assert format_skeleton("yMMMEd", day, locale=code) in shown


def test_language_switches_a_chat_and_every_menu_is_registered(
    start_bot, import_files, bot_home, emulator: BotApiEmulator
) -> None:
    import_files(write_json(bot_home / "future.json", future_calls(2)))
    start_bot()
    assert set(emulator.command_menus) == {None, "de", "fr", "es", "it"}
    german = {c["command"]: c["description"] for c in emulator.command_menus["de"]}
    assert german["calls"] == "offene Ausschreibungen, nächste Frist zuerst"
    assert {c["command"] for c in emulator.commands} >= {"calls", "language", "settings"}
    user = Chat(3001)
    emulator.languages[user.id] = "pt-BR"  # none of ours: English
    assert "Open calls" in emulator.reply_to(user, "/calls").result["text"]
    switched = emulator.reply_to(user, "/language fr").result["text"]
    assert "Cette discussion parle désormais Français" in switched
    assert "Appels ouverts" in emulator.reply_to(user, "/calls").result["text"]
    shown = emulator.reply_to(user, "/language")
    assert "Langue de cette discussion : Français." in shown.result["text"]
    offered = dict(buttons(shown))
    assert set(offered) == {"🇬🇧 English", "🇩🇪 Deutsch", "🇫🇷 Français", "🇪🇸 Español", "🇮🇹 Italiano"}
    edited = emulator.press(user, shown.result["message_id"], offered["🇩🇪 Deutsch"])
    assert edited.method == "editMessageText"
    assert edited.params["message_id"] == shown.result["message_id"]
    assert "Dieser Chat spricht jetzt Deutsch" in edited.result["text"]
    emulator.languages[user.id] = "it"  # the chat's choice wins over the app's language
    assert "Offene Ausschreibungen" in emulator.reply_to(user, "/calls").result["text"]
    assert "xx spreche ich nicht" in emulator.reply_to(user, "/language xx").result["text"]


def test_settings_buttons_edit_the_message_in_place_and_change_the_setting(
    start_bot, import_files, bot_home, emulator: BotApiEmulator
) -> None:
    import_files(write_json(bot_home / "future.json", future_calls(2)))
    start_bot()
    user = Chat(4001)
    panel = emulator.reply_to(user, "/settings")
    message_id = panel.result["message_id"]
    assert "Time zone: Europe/Brussels" in panel.result["text"]
    zones = emulator.press(user, message_id, dict(buttons(panel))["🕒 Time zone"])
    assert zones.method == "editMessageText" and zones.params["message_id"] == message_id
    assert "/timezone" in zones.result["text"]
    changed = emulator.press(user, message_id, dict(buttons(zones))["Europe/Paris"])
    assert changed.params["message_id"] == message_id
    assert "Time zone: Europe/Paris" in changed.result["text"]
    assert "times in Europe/Paris" in emulator.reply_to(user, "/calls").result["text"]
    offsets = emulator.press(user, message_id, dict(buttons(changed))["⏰ Reminders"])
    changed = emulator.press(user, message_id, dict(buttons(offsets))["3d 1d 1h"])
    assert "Reminder offsets: 3d,1d,1h" in changed.result["text"]
    digest = emulator.press(user, message_id, dict(buttons(changed))["📬 Digest"])
    changed = emulator.press(user, message_id, dict(buttons(digest))["Daily 08:00"])
    assert "daily digest at 08:00" in changed.result["text"]
    assert "daily digest at 08:00" in emulator.reply_to(user, "/digest").result["text"]
    languages = emulator.press(user, message_id, dict(buttons(changed))["🌐 Language"])
    changed = emulator.press(user, message_id, dict(buttons(languages))["🇪🇸 Español"])
    assert "<b>Ajustes</b>" not in changed.result["text"]  # the user sees text, not tags
    assert (
        "Ajustes" in changed.result["text"]
        and "Zona horaria: Europe/Paris" in (changed.result["text"])
    )
    forged = answer_to(emulator, user, message_id, "s|zone|Mars/Olympus", user.id)
    assert "ya no está vigente" in forged
    assert "Europe/Paris" in emulator.reply_to(user, "/timezone").result["text"]


def test_a_group_member_is_refused_a_settings_button_and_the_admin_is_not(
    start_bot, import_files, bot_home, emulator: BotApiEmulator
) -> None:
    import_files(write_json(bot_home / "future.json", future_calls(1)))
    start_bot()
    emulator.languages[MEMBER] = "de"
    panel = emulator.reply_to(GROUP, "/settings", user_id=MEMBER)  # anyone may look
    message_id = panel.result["message_id"]
    assert "Zeitzone: Europe/Brussels" in panel.result["text"]  # the writer's language
    refused = answer_to(emulator, GROUP, message_id, "s|zone|Europe/Rome", MEMBER)
    assert "Nur die Administratoren dieser Gruppe" in refused
    assert "Europe/Brussels" in emulator.reply_to(GROUP, "/timezone").result["text"]
    changed = emulator.press(GROUP, message_id, "s|zone|Europe/Rome", user_id=4242)
    assert changed.params["message_id"] == message_id
    assert "Time zone: Europe/Rome" in changed.result["text"]
    refused = answer_to(emulator, GROUP, message_id, "s|lang|fr", MEMBER)
    assert "Nur die Administratoren" in refused
    emulator.press(GROUP, message_id, "s|lang|it", user_id=4242)
    listing = emulator.reply_to(GROUP, "/calls", user_id=MEMBER)  # the group's choice wins
    assert "Bandi aperti" in listing.result["text"]
