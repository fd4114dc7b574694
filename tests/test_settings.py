"""Settings: read from the environment, every bad value named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.settings import SettingsError, check_database_path, load_settings
from storage.schedule import format_offsets, parse_offsets
from tests.botprocess import TOKEN


def test_defaults_apply_when_only_the_token_is_set():
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN}, need_token=True)
    assert settings.default_timezone == "Europe/Brussels"
    assert settings.database_path == Path("callboard.db")
    assert settings.reminder_offsets == "7d,1d,2h"
    assert TOKEN not in repr(settings)


@pytest.mark.parametrize(
    ("url", "path", "server"),
    [
        ("sqlite:///callboard.db", Path("callboard.db"), None),
        ("sqlite:///data/bot.db", Path("data/bot.db"), None),
        ("sqlite:////var/lib/callboard/bot.db", Path("/var/lib/callboard/bot.db"), None),
        (
            "postgresql://bot:pw@db:5432/callboard",
            Path("x.db"),
            "postgresql://bot:pw@db:5432/callboard",
        ),
        ("postgres://db/callboard", Path("x.db"), "postgres://db/callboard"),
    ],
)
def test_database_url_names_an_sqlite_file_or_a_postgresql_server(url, path, server):
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": url, "DATABASE_PATH": "x.db"}
    settings = load_settings(env, need_token=True)
    assert (settings.database_path, settings.database_url) == (path, server)
    assert settings.database == (server or path)
    assert "pw" not in repr(settings)


def test_database_path_still_works_without_a_url():
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_PATH": "old.db", "DATABASE_URL": " "}
    settings = load_settings(env, need_token=True)
    assert settings.database == Path("old.db") and settings.database_url is None


@pytest.mark.parametrize(
    "url", ["mysql://db/callboard", "sqlite://host/file.db", "callboard.db://"]
)
def test_an_unknown_database_url_is_refused_naming_the_setting(url):
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": url}
    with pytest.raises(SettingsError) as error:
        load_settings(env, need_token=True)
    assert error.value.setting == "DATABASE_URL"


@pytest.mark.parametrize(
    ("env", "setting"),
    [
        ({}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "DEFAULT_TIMEZONE": "Mars/Olympus"}, "DEFAULT_TIMEZONE"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "ADMIN_IDS": "12,alice"}, "ADMIN_IDS"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "REMINDER_OFFSETS": "7 days"}, "REMINDER_OFFSETS"),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": "ftp://x"},
            "TELEGRAM_API_BASE_URL",
        ),
    ],
)
def test_a_bad_setting_is_named(env: dict[str, str], setting: str):
    with pytest.raises(SettingsError) as raised:
        load_settings(env, need_token=True)
    assert raised.value.setting == setting
    assert "not-a-token" not in str(raised.value)


def test_admin_ids_accept_commas_and_spaces():
    settings = load_settings({"ADMIN_IDS": "1, 2 3"}, need_token=False)
    assert settings.admin_ids == frozenset({1, 2, 3})


def test_an_unwritable_database_folder_is_refused(tmp_path: Path):
    with pytest.raises(SettingsError, match="DATABASE_PATH"):
        check_database_path(tmp_path / "missing" / "x.db")
    with pytest.raises(SettingsError, match="directory"):
        check_database_path(tmp_path)
    check_database_path(tmp_path / "ok.db")


def test_offsets_parse_in_any_order_and_print_back():
    assert parse_offsets("2h 7d,1d") == [
        dt.timedelta(days=7),
        dt.timedelta(days=1),
        dt.timedelta(hours=2),
    ]
    assert format_offsets(parse_offsets("30m 90s 1w")) == "7d,30m,90s"
    for bad in ("", "7", "0d", "3y", "400d"):
        with pytest.raises(ValueError):
            parse_offsets(bad)


def test_the_http_server_is_off_by_default_and_polling_is_the_mode():
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN}, need_token=True)
    assert settings.port is None and settings.webhook_url is None
    assert settings.host == "0.0.0.0"
    assert settings.public_base_url is None


def test_webhook_mode_takes_its_path_and_the_public_url_from_webhook_url():
    settings = load_settings(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "PORT": "8080",
            "WEBHOOK_URL": "https://bot.example.org/tg/updates",
            "WEBHOOK_SECRET": "abc_DEF-123",
        },
        need_token=True,
    )
    assert settings.webhook_path == "/tg/updates"
    assert settings.public_base_url == "https://bot.example.org"
    assert "abc_DEF-123" not in repr(settings)


@pytest.mark.parametrize(
    ("env", "setting"),
    [
        ({"PORT": "http"}, "PORT"),
        ({"PORT": "70000"}, "PORT"),
        ({"WEBHOOK_URL": "https://x.org/hook", "WEBHOOK_SECRET": "abc"}, "PORT"),
        ({"WEBHOOK_URL": "https://x.org/hook", "PORT": "80"}, "WEBHOOK_SECRET"),
        ({"WEBHOOK_URL": "x.org/hook", "PORT": "80", "WEBHOOK_SECRET": "abc"}, "WEBHOOK_URL"),
        (
            {"WEBHOOK_URL": "https://x.org/h", "PORT": "80", "WEBHOOK_SECRET": "a b!"},
            "WEBHOOK_SECRET",
        ),
        ({"PUBLIC_BASE_URL": "bot.example.org"}, "PUBLIC_BASE_URL"),
    ],
)
def test_a_bad_web_setting_is_named(env, setting):
    with pytest.raises(SettingsError) as refused:
        load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, **env}, need_token=True)
    assert refused.value.setting == setting
    assert "a b!" not in str(refused.value)
