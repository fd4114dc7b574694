"""Configuration from the environment (and an optional .env file)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from bot.language import Lang
from ingest.zones import is_valid_zone
from storage.database import Dialect, dialect_of, sqlite_path
from storage.schedule import parse_offsets

_TOKEN = re.compile(r"\d{3,}:[A-Za-z0-9_-]{30,}")


class SettingsError(Exception):
    """A setting is missing or malformed; the message names the setting."""

    def __init__(self, setting: str, problem: str) -> None:
        super().__init__(f"{setting}: {problem}")
        self.setting = setting


@dataclass(frozen=True)
class Settings:
    """Everything the operator configures."""

    token: str | None = field(default=None, repr=False)
    api_base_url: str | None = None
    database_path: Path = Path("callboard.db")
    # A PostgreSQL server (DATABASE_URL=postgresql://…); None: the SQLite file above.
    database_url: str | None = field(default=None, repr=False)
    channel_id: str | None = None
    admin_ids: frozenset[int] = frozenset()
    default_timezone: str = "Europe/Brussels"
    feeds: tuple[str, ...] = ()
    reminder_offsets: str = "7d,1d,2h"
    dispatch_interval: float = 0.1
    # How often live boards are looked at, and the least time between two edits of one board.
    board_interval: float = 60.0
    feed_poll_minutes: float = 15.0
    send_concurrency: int = 8
    feed_timeout: float = 30.0
    allow_private_feeds: bool = False
    push_backlog: bool = False
    # Which new feed and import entries wait for an admin's Save: unsure, all or off. Without
    # ADMIN_IDS nothing can be reviewed: entries are published, unsure ones flagged.
    review: str = "unsure"
    # The language of the channel's posts (chats each have their own): en, de, fr, es or it.
    channel_language: str = "en"
    # The bot's HTTP server (webhook, /healthz, /readyz, /metrics, calendars): on PORT when set,
    # bound to HOST. 0.0.0.0 by default: in a container the load balancer and the health
    # check come from outside; on a bare machine behind a reverse proxy, HOST=127.0.0.1.
    port: int | None = None
    host: str = "0.0.0.0"
    # Webhook mode (else polling): Telegram posts updates to WEBHOOK_URL with WEBHOOK_SECRET.
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    # Where calendar links point (the HTTP server as the outside world reaches it).
    public_base_url: str | None = None

    @property
    def webhook_path(self) -> str:
        """The path Telegram posts updates to: WEBHOOK_URL's own, or /telegram."""
        path = urlsplit(self.webhook_url or "").path.rstrip("/")
        return path or "/telegram"

    @property
    def database(self) -> str | Path:
        """What storage.db.connect opens: the PostgreSQL URL, else the SQLite file."""
        return self.database_url or self.database_path

    @property
    def database_setting(self) -> str:
        """The setting that chose the database, for messages to the operator."""
        return "DATABASE_URL" if self.database_url else "DATABASE_PATH"


def load_settings(environ: Mapping[str, str] | None = None, *, need_token: bool) -> Settings:
    """Read and check the settings; raise SettingsError naming the first bad one."""
    env = os.environ if environ is None else environ
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip() or None
    if need_token and token is None:
        raise SettingsError("TELEGRAM_BOT_TOKEN", "is not set (get one from @BotFather)")
    if token is not None and not _TOKEN.fullmatch(token):
        # Never echo the value: a malformed token may still be most of a real one.
        raise SettingsError("TELEGRAM_BOT_TOKEN", "is malformed (expected 123456:ABC-DEF...)")
    base_url = env.get("TELEGRAM_API_BASE_URL", "").strip() or None
    if base_url is not None and not re.match(r"https?://", base_url):
        raise SettingsError("TELEGRAM_API_BASE_URL", "must start with http:// or https://")
    zone = env.get("DEFAULT_TIMEZONE", "").strip() or "Europe/Brussels"
    if not is_valid_zone(zone):
        raise SettingsError("DEFAULT_TIMEZONE", f"unknown time zone {zone!r} (use an IANA name)")
    admins: set[int] = set()
    for part in re.split(r"[\s,]+", env.get("ADMIN_IDS", "").strip()):
        if not part:
            continue
        if not re.fullmatch(r"-?\d+", part):
            raise SettingsError("ADMIN_IDS", f"{part!r} is not a numeric Telegram user id")
        admins.add(int(part))
    offsets = env.get("REMINDER_OFFSETS", "").strip() or "7d,1d,2h"
    try:
        parse_offsets(offsets)
    except ValueError as exc:
        raise SettingsError("REMINDER_OFFSETS", str(exc)) from None
    feeds = tuple(f for f in re.split(r"[\s,]+", env.get("FEEDS", "").strip()) if f)
    review = env.get("REVIEW", "").strip().lower() or "unsure"
    if review not in ("unsure", "all", "off"):
        raise SettingsError("REVIEW", "must be unsure, all or off")
    channel_language = env.get("CHANNEL_LANGUAGE", "").strip().lower() or "en"
    if channel_language not in set(Lang):
        raise SettingsError("CHANNEL_LANGUAGE", f"must be one of {', '.join(Lang)}")
    web = _web(env)
    database_path, database_url = _database(env)
    return Settings(
        token=token,
        api_base_url=base_url,
        database_path=database_path,
        database_url=database_url,
        channel_id=env.get("CHANNEL_ID", "").strip() or None,
        admin_ids=frozenset(admins),
        default_timezone=zone,
        feeds=feeds,
        reminder_offsets=offsets,
        dispatch_interval=_positive(env, "DISPATCH_INTERVAL_SECONDS", "0.1", 0.05, 60),
        board_interval=_positive(env, "BOARD_INTERVAL_SECONDS", "60", 1, 3600),
        feed_poll_minutes=_positive(env, "FEED_POLL_MINUTES", "15", 0.01, 24 * 60),
        send_concurrency=_whole(env, "SEND_CONCURRENCY", "8", 1, 64),
        feed_timeout=_positive(env, "FEED_TIMEOUT_SECONDS", "30", 1, 600),
        allow_private_feeds=_flag(env, "ALLOW_PRIVATE_FEEDS"),
        push_backlog=_flag(env, "PUSH_BACKLOG"),
        review=review,
        channel_language=channel_language,
        **web,
    )


def _url(env: Mapping[str, str], name: str) -> str | None:
    text = env.get(name, "").strip() or None
    if text is not None and not re.match(r"https?://[^/\s]+", text):
        raise SettingsError(name, "must be an http:// or https:// URL")
    return text


def _web(env: Mapping[str, str]) -> dict:
    """PORT, HOST, WEBHOOK_URL, WEBHOOK_SECRET and PUBLIC_BASE_URL, checked together."""
    port_text = env.get("PORT", "").strip()
    port = None
    if port_text:
        port = _whole(env, "PORT", port_text, 1, 65535)
    host = env.get("HOST", "").strip() or "0.0.0.0"
    webhook_url = _url(env, "WEBHOOK_URL")
    secret = env.get("WEBHOOK_SECRET", "").strip() or None
    if webhook_url is not None:
        if port is None:
            raise SettingsError("PORT", "must be set in webhook mode (WEBHOOK_URL is set)")
        if secret is None:
            # Without it anyone who finds the URL could post forged updates.
            raise SettingsError("WEBHOOK_SECRET", "must be set in webhook mode")
    if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        # Telegram's own rule for secret_token; never echo the value.
        raise SettingsError("WEBHOOK_SECRET", "must be 1-256 characters A-Z, a-z, 0-9, _ or -")
    public = _url(env, "PUBLIC_BASE_URL")
    if public is None and webhook_url is not None:
        parts = urlsplit(webhook_url)
        public = f"{parts.scheme}://{parts.netloc}"
    return {
        "port": port,
        "host": host,
        "webhook_url": webhook_url,
        "webhook_secret": secret,
        "public_base_url": public.rstrip("/") if public else None,
    }


def _flag(env: Mapping[str, str], name: str) -> bool:
    text = env.get(name, "").strip().lower()
    if text in ("", "0", "false", "no", "off"):
        return False
    if text in ("1", "true", "yes", "on"):
        return True
    raise SettingsError(name, "must be 1 or 0")


def _positive(env: Mapping[str, str], name: str, default: str, low: float, high: float) -> float:
    text = env.get(name, "").strip() or default
    try:
        value = float(text)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise SettingsError(name, f"must be a number from {low:g} to {high:g}")
    return value


def _whole(env: Mapping[str, str], name: str, default: str, low: int, high: int) -> int:
    text = env.get(name, "").strip() or default
    if not re.fullmatch(r"\d+", text) or not low <= int(text) <= high:
        raise SettingsError(name, f"must be a whole number from {low} to {high}")
    return int(text)


def _database(env: Mapping[str, str]) -> tuple[Path, str | None]:
    """DATABASE_URL (sqlite:///file.db, sqlite:////abs/file.db or postgresql://…) when set,
    else DATABASE_PATH: the SQLite file, and the PostgreSQL URL if one was given."""
    path = Path(env.get("DATABASE_PATH", "").strip() or "callboard.db")
    url = env.get("DATABASE_URL", "").strip()
    if not url:
        return path, None
    try:
        if dialect_of(url) is Dialect.POSTGRESQL:
            return path, url
        return sqlite_path(url), None
    except ValueError as exc:
        raise SettingsError("DATABASE_URL", str(exc)) from None


def check_database_path(path: Path) -> None:
    """Raise SettingsError unless the database file can be created or written at ``path``."""
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise SettingsError("DATABASE_PATH", f"{path} is a directory")
    if not parent.is_dir():
        raise SettingsError("DATABASE_PATH", f"folder {parent} does not exist")
    if path.exists() and not os.access(path, os.W_OK):
        raise SettingsError("DATABASE_PATH", f"{path} is not writable")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise SettingsError("DATABASE_PATH", f"folder {parent} is not writable")
