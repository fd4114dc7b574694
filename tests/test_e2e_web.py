"""End to end: the bot's HTTP server — probes and metrics in polling mode, and webhook mode."""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest

from storage.database import with_schema
from tests.botprocess import BotProcess, bot_env, callboard, database_env
from tests.conftest import ON_BOTH_ENGINES, fresh_schema, future_calls, write_json
from tests.emulator import BotApiEmulator, Chat
from tests.waiting import wait_until
from tests.webtools import free_port, value, wait_http

USER = Chat(1001)
SECRET = "s3cret-Token_for-tests"


def test_polling_bot_serves_health_readiness_and_metrics_on_port(
    start_bot, import_files, bot_home, emulator: BotApiEmulator
) -> None:
    port = free_port()
    nobody = f"http://127.0.0.1:{free_port()}/feed.xml"  # refused: every poll fails
    start_bot(PORT=str(port), HOST="127.0.0.1", FEEDS=nobody, FEED_POLL_MINUTES="0.05")
    base = f"http://127.0.0.1:{port}"
    assert wait_http(f"{base}/healthz").text == "ok\n"
    assert wait_http(f"{base}/readyz").text == "ready\n"
    emulator.fail(
        "sendMessage",
        status=429,
        description="Too Many Requests: retry after 1",
        retry_after=1,
        chat_id=USER.id,
    )
    assert "/calls" in emulator.reply_to(USER, "/start").params["text"]  # after the 429
    emulator.reply_to(USER, "/subscribe calls")
    import_files(write_json(bot_home / "calls.json", future_calls(1)))
    emulator.wait_for(lambda c: c.ok and "🆕" in c.params.get("text", ""), timeout=15)

    def page() -> str:
        response = httpx.get(f"{base}/metrics", timeout=5)
        assert response.headers["content-type"].startswith("text/plain")
        return response.text

    wait_until(
        lambda: value(page(), "callboard_outbox_rows", state="sent", kind="notification") == 1,
        timeout=10,
    )
    text = page()
    assert value(text, "callboard_messages_sent_total") >= 1
    assert value(text, "callboard_command_seconds_count", command="start") == 1
    assert value(text, "callboard_command_seconds_count", command="subscribe") == 1
    assert value(text, "callboard_sender") == 1
    assert value(text, "callboard_telegram_429_total") == 1
    wait_until(lambda: value(page(), "callboard_feed_poll_failures_total") >= 1, timeout=15)
    text = page()
    assert value(text, "callboard_feed_polls_total") >= value(
        text, "callboard_feed_poll_failures_total"
    )


def test_readyz_fails_while_the_database_is_gone_and_recovers_without_a_restart(
    start_bot, bot_home
) -> None:
    port = free_port()
    bot = start_bot(PORT=str(port), HOST="127.0.0.1")
    ready = f"http://127.0.0.1:{port}/readyz"
    wait_http(ready)
    database = bot_home / "callboard.db"
    away = bot_home / "elsewhere.db"
    database.rename(away)  # the volume holding it went away
    try:
        refused = httpx.get(ready, timeout=5)
        assert refused.status_code == 503
        assert refused.text.startswith("database unreachable")
        assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200
    finally:
        away.rename(database)
    assert wait_http(ready, timeout=10).text == "ready\n"
    assert bot.proc is not None and bot.proc.poll() is None


class Cable:
    """A TCP link from a local port to the PostgreSQL server that the test can cut (every
    connection through it closed, new ones refused) and mend: the server going away and
    coming back, without stopping the machine's shared server."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = free_port()
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None

    def mend(self) -> None:
        listener = socket.create_server(("127.0.0.1", self.port))
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        assert self._listener is not None
        # shutdown first: close() alone leaves a listener blocked in accept() listening.
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            for conn in self._open:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
            self._open.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            server = socket.create_connection(self.target)
            with self._lock:
                self._open += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)


async def test_readyz_fails_while_postgresql_is_unreachable_and_recovers_without_a_restart(
    start_bot, bot_home
) -> None:
    async with fresh_schema() as (url, schema):
        parts = urlsplit(url)
        cable = Cable(parts.hostname or "127.0.0.1", parts.port or 5432)
        cable.mend()
        user = f"{parts.username}@" if parts.username else ""
        through = urlunsplit(parts._replace(netloc=f"{user}127.0.0.1:{cable.port}"))
        port = free_port()
        bot = start_bot(PORT=str(port), HOST="127.0.0.1", DATABASE_URL=with_schema(through, schema))
        ready = f"http://127.0.0.1:{port}/readyz"
        try:
            assert (await asyncio.to_thread(wait_http, ready, timeout=30)).text == "ready\n"
            cable.cut()  # the server is gone: the pool's connections drop, new ones are refused
            refused = await asyncio.to_thread(httpx.get, ready, timeout=10)
            assert refused.status_code == 503
            assert refused.text.startswith("database unreachable")
            health = await asyncio.to_thread(httpx.get, f"http://127.0.0.1:{port}/healthz")
            assert health.status_code == 200
            cable.mend()
            assert (await asyncio.to_thread(wait_http, ready, timeout=15)).text == "ready\n"
            assert bot.proc is not None and bot.proc.poll() is None
        finally:
            assert bot.stop() == 0, bot.log()
            cable.cut()


def webhook_env(
    emulator: BotApiEmulator, database: Path | str, port: int, url: str, **extra: str
) -> dict[str, str]:
    """A bot in webhook mode: Telegram (the emulator) posts to ``url``, the bot on ``port``."""
    return database_env(
        emulator.base_url,
        database,
        PORT=str(port),
        HOST="127.0.0.1",
        WEBHOOK_URL=url,
        WEBHOOK_SECRET=SECRET,
        **extra,
    )


def start_webhook_bot(
    emulator: BotApiEmulator, home: Path, database: Path | str, *, public: bool = False
) -> tuple[BotProcess, str]:
    """The bot in webhook mode; ``public``: its address is also the one calendar links give."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    extra = {"PUBLIC_BASE_URL": base} if public else {}
    env = webhook_env(emulator, database, port, f"{base}/hook", **extra)
    process = BotProcess(env, home).start()
    wait_until(lambda: emulator.webhook_url is not None, timeout=30)
    return process, base


def test_webhook_mode_sets_the_webhook_and_answers_updates_posted_to_it(
    emulator: BotApiEmulator, bot_home, database
) -> None:
    process, base = start_webhook_bot(emulator, bot_home, database)
    try:
        assert emulator.webhook_url == f"{base}/hook"
        assert emulator.webhook_secret == SECRET
        reply = emulator.reply_to(USER, "/start", timeout=15)
        assert "/calls" in reply.params["text"]
        assert emulator.polls == 0  # no getUpdates in webhook mode
        assert all(status == 200 for _, status in emulator.webhook_posts)
    finally:
        process.stop()
    assert "Traceback" not in process.log()


@ON_BOTH_ENGINES
def test_an_operator_runs_webhook_mode_with_probes_metrics_and_calendar_links_on_port(
    emulator: BotApiEmulator, bot_home, database, import_files
) -> None:
    import_files(write_json(bot_home / "calls.json", future_calls(2)))
    process, base = start_webhook_bot(emulator, bot_home, database, public=True)
    try:
        assert wait_http(f"{base}/readyz").text == "ready\n"
        assert "/calls" in emulator.reply_to(USER, "/start", timeout=15).params["text"]
        assert "1d before" in emulator.reply_to(USER, "/remind 1", timeout=15).params["text"]
        answer = emulator.reply_to(USER, "/calendar", timeout=15).params["text"]
        link = re.search(rf"{re.escape(base)}/calendar/[A-Za-z0-9_-]+\.ics", answer)
        assert link, answer
        first = httpx.get(link.group(0), timeout=10)
        assert first.status_code == 200
        assert "Future call number 1" in first.text
        again = httpx.get(
            link.group(0), headers={"If-None-Match": first.headers["etag"]}, timeout=10
        )
        assert again.status_code == 304 and again.content == b""

        page = httpx.get(f"{base}/metrics", timeout=5).text  # parsed by prometheus-client
        assert value(page, "callboard_command_seconds_count", command="calendar") == 1
        assert value(page, "callboard_outbox_rows", state="pending", kind="reminder") == 2
        assert value(page, "callboard_sender") == 1
    finally:
        assert process.stop() == 0, process.log()
    assert "Traceback" not in process.log()


@pytest.mark.parametrize("headers", [{}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}])
def test_an_update_without_the_secret_is_refused_and_not_answered(
    emulator: BotApiEmulator, bot_home, database, headers: dict[str, str]
) -> None:
    process, base = start_webhook_bot(emulator, bot_home, database)
    try:
        emulator.chats[USER.id] = USER
        forged = {
            "update_id": 99,
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": USER.as_dict(),
                "from": {"id": USER.id, "is_bot": False, "first_name": "Mallory"},
                "text": "/start",
                "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
            },
        }
        answer = httpx.post(f"{base}/hook", json=forged, headers=headers, timeout=5)
        assert answer.status_code == 403
        for garbage in (b"not json", b"[1]", b'{"update_id": "x"}', b"\xff\xfe"):
            answer = httpx.post(
                f"{base}/hook",
                content=garbage,
                headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
                timeout=5,
            )
            assert answer.status_code == 400, garbage
        time.sleep(1)
        assert emulator.calls_of("sendMessage", USER.id) == []
    finally:
        process.stop()


def test_a_port_in_use_ends_the_start_with_one_line_naming_port(
    emulator: BotApiEmulator, bot_home
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = bot_env(
            emulator.base_url, bot_home / "callboard.db", PORT=str(port), HOST="127.0.0.1"
        )
        result = callboard(["run"], env, bot_home)
    assert result.returncode == 2
    assert f"callboard: PORT: cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_webhook_telegram_refuses_ends_the_start_with_one_line_naming_webhook_url(
    emulator: BotApiEmulator, bot_home
) -> None:
    emulator.fail(
        "setWebhook", status=400, description="Bad Request: bad webhook: Failed to resolve host"
    )
    env = webhook_env(
        emulator, bot_home / "callboard.db", free_port(), "https://no-such-host.invalid/hook"
    )
    result = callboard(["run"], env, bot_home)
    assert result.returncode == 2
    assert "callboard: WEBHOOK_URL: Telegram refused it: Bad webhook: failed to resolve host" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
