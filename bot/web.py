"""The bot's one HTTP server: Telegram's webhook, /healthz, /readyz, /metrics and calendars.

aiohttp on the bot's own event loop (python-telegram-bot's "custom webhook" pattern): an update
posted to the webhook path goes into ``application.update_queue`` like one polled, so the
same handlers answer it. It runs in polling mode too when PORT is set, for the probes.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST
from telegram import Update
from telegram.ext import Application

from bot import metrics
from bot.settings import Settings, SettingsError
from storage import health
from storage.database import Dialect, dialect_of, is_url, sqlite_path

log = logging.getLogger("callboard.web")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# A database that does not answer a one-row read in this long is not ready.
READY_TIMEOUT = 2.0
# Telegram's updates are small; a bigger body is not one of them.
MAX_UPDATE_BYTES = 1 << 20

Route = tuple[str, str, Callable[[web.Request], Awaitable[web.StreamResponse]]]


class WebServer:
    """The HTTP server of one bot process; ``extra`` routes are added by other features."""

    def __init__(self, application: Application, extra: list[Route] | None = None) -> None:
        self.application = application
        self.settings: Settings = application.bot_data["settings"]
        self._runner: web.AppRunner | None = None
        # An SQLite file is asked on a connection of its own (storage.health); None: the
        # PostgreSQL server, asked through the process's pool.
        self._database = _sqlite_file(self.settings.database)
        webapp = web.Application(client_max_size=MAX_UPDATE_BYTES)
        webapp.router.add_get("/healthz", self.healthz)
        webapp.router.add_get("/readyz", self.readyz)
        webapp.router.add_get("/metrics", self.metrics)
        if self.settings.webhook_url:
            webapp.router.add_post(self.settings.webhook_path, self.webhook)
        for method, path, handler in extra or []:
            if method == "GET":
                webapp.router.add_get(path, handler)  # and HEAD
            else:
                webapp.router.add_route(method, path, handler)
        self.webapp = webapp

    async def start(self) -> None:
        """Listen on HOST:PORT."""
        assert self.settings.port is not None
        # No access log: calendar paths carry their secret token.
        self._runner = web.AppRunner(self.webapp, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.settings.host, self.settings.port)
        try:
            await site.start()
        except OSError as exc:
            await self._runner.cleanup()
            where = f"{self.settings.host}:{self.settings.port}"
            # An unknown HOST fails to resolve; anything else is the port (in use, privileged).
            setting = "HOST" if isinstance(exc, socket.gaierror) else "PORT"
            raise SettingsError(setting, f"cannot listen on {where}: {exc.strerror}") from None
        log.info("HTTP server listening on %s:%d", self.settings.host, self.settings.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- routes ---------------------------------------------------------------------------

    async def healthz(self, request: web.Request) -> web.Response:
        """The process is alive and its event loop answers."""
        return web.Response(text="ok\n")

    async def readyz(self, request: web.Request) -> web.Response:
        """The database answers and every migration of this code is applied."""
        if self.application.bot_data.get("db") is None:
            return web.Response(status=503, text="starting: no database yet\n")
        try:
            async with asyncio.timeout(READY_TIMEOUT):
                missing = await health.missing_migrations(
                    self._database or self.application.bot_data["db"]
                )
        except Exception as exc:  # gone, unreadable, or slower than a probe waits
            return web.Response(status=503, text=f"database unreachable: {type(exc).__name__}\n")
        if missing:
            steps = ", ".join(str(n) for n in missing)
            return web.Response(status=503, text=f"migrations not applied: {steps}\n")
        return web.Response(text="ready\n")

    async def metrics(self, request: web.Request) -> web.Response:
        """Prometheus' text format."""
        counted = metrics.of(self.application.bot_data)
        if counted is None:
            return web.Response(status=503, text="no metrics\n")
        try:
            async with asyncio.timeout(READY_TIMEOUT):
                body = await counted.exposition(self.application.bot_data.get("db"))
        except Exception:
            # The database is down: the process's own counters still tell what happened.
            counted.outbox_rows.clear()
            body = counted.text()
        response = web.Response(body=body)
        response.headers["Content-Type"] = CONTENT_TYPE_LATEST
        return response

    async def webhook(self, request: web.Request) -> web.Response:
        """An update from Telegram, checked by its secret header, queued for the handlers."""
        secret = self.settings.webhook_secret or ""
        given = request.headers.get(SECRET_HEADER, "")
        if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
            return web.Response(status=403, text="forbidden\n")
        try:
            data = await request.json()
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
            update = Update.de_json(data, self.application.bot)
        except (ValueError, UnicodeDecodeError, TypeError, KeyError, AttributeError):
            # json.JSONDecodeError is a ValueError. Telegram never sends these: a 400 tells
            # whoever did, and nothing reaches the handlers.
            return web.Response(status=400, text="not an update\n")
        await self.application.update_queue.put(update)
        return web.Response(text="ok\n")


def _sqlite_file(target: str | Path) -> Path | None:
    """The absolute path of the SQLite file ``target`` names; None for PostgreSQL."""
    if not is_url(target):
        return Path(target).resolve()
    if dialect_of(str(target)) is Dialect.POSTGRESQL:
        return None
    return sqlite_path(str(target)).resolve()
