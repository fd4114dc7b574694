"""RSS and Atom feeds: fetching with conditional GET, and reading entries into items."""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import feedparser
import httpx

from ingest.sources import MAX_SUMMARY, MAX_TITLE, Parsed, Rejected, item_from_text

MAX_BYTES = 5 * 2**20
MAX_ENTRIES = 500
TIMEOUT = httpx.Timeout(20.0, connect=10.0)
USER_AGENT = "Callboard/0.1 (+https://github.com/callboard)"


class FeedError(Exception):
    """The source is down, too big, or not a feed; the message says which."""


@dataclass(frozen=True)
class Fetched:
    """One poll's answer: the body (None when unchanged since last time) and cache headers."""

    content: bytes | None
    etag: str | None
    last_modified: str | None


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("p", "br", "div", "li"):
            self.parts.append(" ")


def text_of_html(markup: str) -> str:
    """The readable text of an HTML fragment, on one line."""
    parser = _Text()
    parser.feed(markup or "")
    parser.close()
    return " ".join(html.unescape("".join(parser.parts)).split())


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = MAX_BYTES,
    limits: httpx.Timeout = TIMEOUT,
) -> Fetched:
    """GET a feed, sending the validators of the last poll; FeedError on any failure."""
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "application/rss+xml, application/atom+xml, "
        "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with client.stream(
            "GET", url, headers=headers, timeout=limits, follow_redirects=True
        ) as response:
            if response.status_code == 304:
                return Fetched(None, etag, last_modified)
            if response.status_code >= 400:
                raise FeedError(f"HTTP {response.status_code}")
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise FeedError(f"larger than {max_bytes // 2**20} MB")
            return Fetched(
                bytes(body), response.headers.get("ETag"), response.headers.get("Last-Modified")
            )
    except httpx.TimeoutException:
        raise FeedError("timed out") from None
    except httpx.HTTPError as exc:
        raise FeedError(f"{type(exc).__name__}: {exc}") from None


def _published(entry: feedparser.FeedParserDict) -> dt.date | None:
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    if not moment:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(moment), dt.UTC).date()


def parse_feed(content: bytes, *, source: str) -> Parsed:
    """Items from an RSS or Atom document; FeedError if it is no feed at all."""
    document = feedparser.parse(content)
    if not document.get("version") and not document.entries:
        problem = document.get("bozo_exception")
        detail = f": {type(problem).__name__}" if problem else ""
        raise FeedError(f"not an RSS or Atom feed{detail}")
    parsed = Parsed()
    for number, entry in enumerate(document.entries[:MAX_ENTRIES], start=1):
        title = text_of_html(entry.get("title", ""))[:MAX_TITLE]
        if not title:
            parsed.rejected.append(Rejected(f"{source}: entry {number}", "no title"))
            continue
        summary = text_of_html(entry.get("summary") or entry.get("description") or "")
        link = entry.get("link") or None
        if link and not re.match(r"https?://", link):
            link = None
        parsed.items.append(
            item_from_text(
                title,
                summary[:MAX_SUMMARY],
                published=_published(entry),
                link=link,
                source=source,
                guid=entry.get("id") or None,
            )
        )
    if len(document.entries) > MAX_ENTRIES:
        parsed.rejected.append(Rejected(source, f"only the first {MAX_ENTRIES} entries read"))
    return parsed
