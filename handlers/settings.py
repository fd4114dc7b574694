"""Chat settings: /timezone, /language, and /settings with its buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes

from bot import callbacks, presets, render
from bot.callbacks import ChangeSetting, ChooseLanguage, Section, ShowSettings
from bot.language import Lang
from handlers.context import db, locale, now, settings
from handlers.permissions import may_change, refuse
from handlers.views import edit_in_place
from ingest.zones import read_zone
from storage import chats, subscriptions
from storage.schedule import OffsetError, format_offsets, parse_offsets


async def timezone(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the chat's zone, or set it: /timezone Europe/Paris."""
    await _timezone(context.args or [], update, context)


async def _timezone(args: list[str], update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    loc = locale(context)
    if not args:
        await update.effective_message.reply_html(render.timezone_current(loc, now(context)))
        return
    if not await may_change(update, context):
        await refuse(update, context)
        return
    name = " ".join(args)[:100]
    reading = read_zone(name)
    message = update.effective_message
    if reading.zone is None and reading.choices:
        choices = render.timezone_choices(loc, name, reading.choices)
        await message.reply_html(choices.text, reply_markup=choices.keyboard)
        return
    if reading.zone is None:
        await message.reply_html(render.timezone_unknown(loc, name))
        return
    await _set_zone(update, context, reading.zone)
    await message.reply_html(
        render.timezone_set(loc.with_tz(reading.zone), now(context), reading.read_as)
    )


async def _set_zone(update: Update, context: ContextTypes.DEFAULT_TYPE, zone: str) -> None:
    await chats.set_timezone(
        db(context),
        update.effective_chat.id,
        zone,
        chat_type=update.effective_chat.type,
        now=now(context),
    )


async def zone_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A zone offered for what the chat typed: set it, and say so in that message."""
    query = update.callback_query
    if not await may_change(update, context):
        await refuse(update, context)
        return
    choice = callbacks.parse(query.data)
    zone = read_zone(choice.zone).zone if isinstance(choice, callbacks.ChooseZone) else None
    if zone is None:
        await query.answer(render.zone_choice_stale(locale(context)), show_alert=True)
        return
    await _set_zone(update, context, zone)
    await query.answer()
    await query.edit_message_text(
        render.timezone_set(locale(context).with_tz(zone), now(context)), parse_mode="HTML"
    )


async def _panel(
    update: Update, context: ContextTypes.DEFAULT_TYPE, section: Section, loc: render.Locale
) -> render.Rendered:
    """The settings message as the chat's settings are now, opened at ``section``."""
    chat = await chats.get(db(context), update.effective_chat.id)
    offsets = parse_offsets(chat.reminder_offsets or settings(context).reminder_offsets)
    source = render.LanguageSource.CHOSEN if chat.language else render.LanguageSource.TELEGRAM
    return render.settings_panel(
        loc,
        offsets,
        own_offsets=bool(chat.reminder_offsets),
        digest=chat.digest,
        language=source,
        section=section,
    )


async def chat_settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the chat's settings with buttons, or change one: /settings offsets 3d 1d,
    /settings timezone X."""
    args = context.args or []
    message, loc = update.effective_message, locale(context)
    if not args:
        shown = await _panel(update, context, Section.MAIN, loc)
        await message.reply_html(shown.text, reply_markup=shown.keyboard)
        return
    name, rest = args[0].lower(), args[1:]
    if name in ("timezone", "tz", "zone"):
        await _timezone(rest, update, context)
        return
    if name in ("offsets", "reminders") and rest:
        if not await may_change(update, context):
            await refuse(update, context)
            return
        try:
            offsets = parse_offsets(" ".join(rest)[:200])
        except OffsetError as exc:
            await message.reply_html(render.bad_offsets(loc, exc))
            return
        await _set_offsets(update, context, offsets)
        await message.reply_html(render.offsets_set(loc, offsets))
        return
    await message.reply_html(render.usage(loc, render.Usage.SETTINGS))


async def _set_offsets(update: Update, context: ContextTypes.DEFAULT_TYPE, offsets: list) -> None:
    await chats.set_offsets(
        db(context),
        update.effective_chat.id,
        format_offsets(offsets),
        chat_type=update.effective_chat.type,
        now=now(context),
    )


async def _set_language(update: Update, context: ContextTypes.DEFAULT_TYPE, lang: Lang) -> None:
    await chats.set_language(
        db(context),
        update.effective_chat.id,
        lang.value,
        chat_type=update.effective_chat.type,
        now=now(context),
    )


async def _apply(
    change: ChangeSetting, update: Update, context: ContextTypes.DEFAULT_TYPE
) -> render.Locale | None:
    """Store a choice made with a settings button; the locale the chat reads in after it, or
    None when the choice is not one the buttons offer (stale or forged)."""
    loc = locale(context)
    if change.section is Section.ZONE and change.choice in presets.ZONES:
        await _set_zone(update, context, change.choice)
        return loc.with_tz(change.choice)
    if change.section is Section.OFFSETS and change.choice in presets.OFFSETS:
        await _set_offsets(update, context, parse_offsets(change.choice))
        return loc
    if change.section is Section.DIGEST and change.choice in presets.DIGESTS:
        await subscriptions.set_digest(
            db(context),
            chat_id=update.effective_chat.id,
            chat_type=update.effective_chat.type,
            setting=None
            if change.choice == "off"
            else subscriptions.parse_digest(change.choice.split()),
            tz=loc.tz,
            now=now(context),
        )
        return loc
    lang = Lang.of(change.choice) if change.section is Section.LANGUAGE else None
    if lang is not None and lang.value == change.choice:
        await _set_language(update, context, lang)
        return loc.with_lang(lang)
    return None


async def settings_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button of the settings message: open a part of it, or change a setting (a group's:
    administrators only), and redraw the same message."""
    query = update.callback_query
    action = callbacks.parse(query.data)
    loc = locale(context)
    if isinstance(action, ShowSettings):
        await query.answer()
        await edit_in_place(query, await _panel(update, context, action.section, loc))
        return
    if not isinstance(action, ChangeSetting):
        await query.answer(render.setting_stale(loc), show_alert=True)
        return
    if not await may_change(update, context):
        await refuse(update, context)
        return
    changed = await _apply(action, update, context)
    if changed is None:
        await query.answer(render.setting_stale(loc), show_alert=True)
        return
    await query.answer(render.setting_saved(changed))
    await edit_in_place(query, await _panel(update, context, Section.MAIN, changed))


async def language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the chat's language with the five as buttons, or set it: /language fr."""
    args = context.args or []
    message, loc = update.effective_message, locale(context)
    if not args:
        chat = await chats.get(db(context), update.effective_chat.id)
        source = render.LanguageSource.CHOSEN if chat.language else render.LanguageSource.TELEGRAM
        shown = render.language_current(loc, source)
        await message.reply_html(shown.text, reply_markup=shown.keyboard)
        return
    lang = Lang.of(args[0]) if len(args) == 1 else None
    if lang is None:
        await message.reply_html(render.language_unknown(loc, " ".join(args)))
        return
    if not await may_change(update, context):
        await refuse(update, context)
        return
    await _set_language(update, context, lang)
    await message.reply_html(render.language_set(loc.with_lang(lang)))


async def language_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A language under /language: set it, and say so in that message, in that language."""
    query = update.callback_query
    choice = callbacks.parse(query.data)
    lang = Lang.of(choice.code) if isinstance(choice, ChooseLanguage) else None
    if lang is None or lang.value != choice.code:
        await query.answer(render.setting_stale(locale(context)), show_alert=True)
        return
    if not await may_change(update, context):
        await refuse(update, context)
        return
    await _set_language(update, context, lang)
    changed = locale(context).with_lang(lang)
    await query.answer(render.setting_saved(changed))
    await edit_in_place(query, render.Rendered(render.language_set(changed)))


HANDLERS = [
    CommandHandler(["timezone", "tz"], timezone),
    CallbackQueryHandler(zone_button, pattern=r"^z\|"),
    CommandHandler("settings", chat_settings),
    CallbackQueryHandler(settings_button, pattern=r"^s\|"),
    CommandHandler("language", language),
    CallbackQueryHandler(language_button, pattern=r"^l\|"),
]
