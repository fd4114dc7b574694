"""End to end: two replicas in webhook mode behind a round-robin proxy, one of them sending.

Both answer commands; only the sender sends the outbox. kill -9 the sender during a
1,000-chat broadcast: the other takes over within 15 s, loses nothing, repeats at most
SEND_CONCURRENCY messages, and never sends while the first still does. On one SQLite file
and on PostgreSQL (the engine replicas on several machines share).
"""

from __future__ import annotations

import itertools
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.botprocess import BotProcess, callboard, database_env
from tests.conftest import ON_BOTH_ENGINES
from tests.emulator import Chat
from tests.limited import LimitedEmulator
from tests.test_e2e_delivery import one_call, subscribe_chats
from tests.waiting import wait_until
from tests.webtools import free_port, value, wait_http

CONCURRENCY = 8
SECRET = "replica-secret"

# On one SQLite file, and on PostgreSQL (the engine replicas on several machines share).
pytestmark = ON_BOTH_ENGINES


class RoundRobinProxy:
    """A load balancer: each request goes to the next backend in turn; one that does not
    answer gets a 502 back (Telegram then posts the update again, to the next one)."""

    def __init__(self, backends: list[str]) -> None:
        self.backends = backends
        self.served: list[tuple[str, int]] = []  # (backend, status) per request
        self._turn = itertools.count()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def start(self) -> RoundRobinProxy:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                proxy.forward(self, body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def forward(self, request: BaseHTTPRequestHandler, body: bytes) -> None:
        with self._lock:
            backend = self.backends[next(self._turn) % len(self.backends)]
        headers = {k: v for k, v in request.headers.items() if k.lower() != "host"}
        upstream = urllib.request.Request(
            backend + request.path, data=body, headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(upstream, timeout=10) as answer:
                status, payload = answer.status, answer.read()
        except urllib.error.HTTPError as exc:
            status, payload = exc.code, exc.read()
        except OSError:
            status, payload = 502, b"bad gateway\n"
        with self._lock:
            self.served.append((backend, status))
        request.send_response(status)
        request.send_header("Content-Length", str(len(payload)))
        request.end_headers()
        request.wfile.write(payload)


@pytest.fixture
def limited() -> Iterator[LimitedEmulator]:
    server = LimitedEmulator(latency=0.01).start()
    yield server
    server.stop()


class Replica:
    """One ``callboard run`` in webhook mode, its Bot API calls tagged with its name."""

    def __init__(
        self,
        name: str,
        limited: LimitedEmulator,
        home: Path,
        proxy_url: str,
        database: Path | str,
    ) -> None:
        self.name = name
        self.port = free_port()
        self.home = home / name
        self.home.mkdir()
        env = database_env(
            limited.tagged_base_url(name),
            database,
            PORT=str(self.port),
            HOST="127.0.0.1",
            WEBHOOK_URL=f"{proxy_url}/hook",
            WEBHOOK_SECRET=SECRET,
            SEND_CONCURRENCY=str(CONCURRENCY),
        )
        self.process = BotProcess(env, self.home)

    @property
    def backend(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Replica:
        self.process.start()
        wait_http(f"{self.backend}/readyz", timeout=30)
        return self

    def sends(self) -> float:
        """1 when /metrics says this replica is the sender."""
        page = httpx.get(f"{self.backend}/metrics", timeout=5).text
        return value(page, "callboard_sender")


def test_two_replicas_answer_commands_and_one_takes_over_sending_after_kill_9(
    limited: LimitedEmulator, tmp_path: Path, database: Path | str
) -> None:
    ids = set(subscribe_chats(database, 1000, limited))
    proxy = RoundRobinProxy([]).start()
    first = Replica("A", limited, tmp_path, proxy.url, database)
    second = Replica("B", limited, tmp_path, proxy.url, database)
    proxy.backends = [first.backend, second.backend]
    try:
        first.start()
        wait_until(lambda: first.sends() == 1, timeout=10)
        second.start()
        assert second.sends() == 0
        assert second.process.proc is not None and second.process.proc.poll() is None

        # Both answer commands: the proxy alternates, and each reply comes from the replica
        # that received the update.
        users = [Chat(9000 + n) for n in range(6)]
        for user in users:
            reply = limited.reply_to(user, "/start", timeout=15)
            assert "/calls" in reply.params["text"]
        repliers = {
            c.via
            for c in limited.calls
            if c.method == "sendMessage" and c.params["chat_id"] >= 9000
        }
        assert repliers == {"A", "B"}

        env = database_env(limited.base_url, database)
        result = callboard(["import", str(one_call(tmp_path))], env, tmp_path)
        assert result.returncode == 0, result.stderr
        wait_until(lambda: sum(limited.delivered[c] for c in ids) >= 150, timeout=60)
        first.process.kill()
        killed = time.monotonic()

        def broadcast(via: str) -> list[float]:
            return [
                c.at
                for c in list(limited.calls)
                if c.method == "sendMessage"
                and c.ok
                and c.via == via
                and c.params["chat_id"] in ids
            ]

        wait_until(lambda: broadcast("B"), timeout=30)
        took_over = min(broadcast("B")) - killed
        assert took_over <= 15, f"the second replica took {took_over:.1f} s to take over"
        assert second.sends() == 1
        wait_until(lambda: all(limited.delivered[c] for c in ids), timeout=120)
        time.sleep(2)  # a repeat still on its way would arrive now
    finally:
        first.process.kill()
        second.process.stop()
        proxy.stop()
    lost = [c for c in ids if limited.delivered[c] == 0]
    repeated = sum(n - 1 for c, n in limited.delivered.items() if c in ids and n > 1)
    assert lost == []
    assert repeated <= CONCURRENCY, f"{repeated} repeated"
    # Never both at once: every broadcast send of A came before the first one of B.
    assert max(broadcast("A")) < min(broadcast("B"))
    assert "took over from sender pid" in second.process.log()
    assert "Traceback" not in second.process.log()
