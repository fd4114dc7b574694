"""A local HTTP server that serves feeds the way real sites do, good and bad."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    """What one path answers: a body, a status, cache validators, a delay.

    ``body`` may be a function of the request's number (a feed that changes on every poll);
    ``drip`` sends the body one byte per that many seconds; ``location`` redirects.
    """

    body: bytes | Callable[[int], bytes] = b""
    status: int = 200
    content_type: str = "application/rss+xml"
    etag: str | None = None
    delay: float = 0.0
    drip: float = 0.0
    location: str | None = None
    served: int = 0


@dataclass
class FeedServer:
    """Serves ``pages`` by path on 127.0.0.1; counts requests and conditional hits."""

    pages: dict[str, Page] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None
    stopped: bool = False

    def start(self) -> FeedServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests.append((self.path, dict(self.headers)))
                page = owner.pages.get(self.path)
                if page is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                if page.delay:
                    time.sleep(page.delay)
                page.served += 1
                if page.location is not None:
                    self.send_response(page.status if page.status != 200 else 302)
                    self.send_header("Location", page.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = page.body(page.served) if callable(page.body) else page.body
                if page.etag and self.headers.get("If-None-Match") == page.etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                self.send_header("Content-Length", str(len(body)))
                if page.etag:
                    self.send_header("ETag", page.etag)
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    if not page.drip:
                        self.wfile.write(body)
                        return
                    for index in range(len(body)):
                        if owner.server is None or owner.stopped:
                            return
                        self.wfile.write(body[index : index + 1])
                        self.wfile.flush()
                        time.sleep(page.drip)

            def log_message(self, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def url(self, path: str) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def stop(self) -> None:
        self.stopped = True
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def rss(*entries: tuple[str, ...]) -> bytes:
    """An RSS 2.0 document of (title, description, link[, guid[, pubDate]]) entries."""
    items = "".join(
        f"<item><title>{e[0]}</title><description>{e[1]}</description><link>{e[2]}</link>"
        f"<guid>{e[3] if len(e) > 3 and e[3] else e[2]}</guid>"
        f"<pubDate>{e[4] if len(e) > 4 else 'Mon, 02 Nov 2026 09:00:00 GMT'}</pubDate></item>"
        for e in entries
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Calls</title>'
        f"<link>https://example.org</link><description>x</description>{items}"
        f"</channel></rss>"
    ).encode()


def atom(*entries: tuple[str, str, str]) -> bytes:
    """An Atom document of (title, summary, link) entries."""
    body = "".join(
        f"<entry><title>{t}</title><id>{link}</id><link href='{link}'/>"
        f"<updated>2026-11-02T09:00:00Z</updated><summary>{s}</summary></entry>"
        for t, s, link in entries
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Events</title><id>urn:x</id><updated>2026-11-02T09:00:00Z</updated>"
        f"{body}</feed>"
    ).encode()
