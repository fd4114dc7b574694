"""RSS and Atom feeds: fetching with conditional GET, and reading entries into items."""

from __future__ import annotations

import asyncio
import calendar
import codecs
import datetime as dt
import html
import io
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from html.parser import HTMLParser

import feedparser
import httpx

from ingest.sources import MAX_SUMMARY, MAX_TITLE, Parsed, Rejected, item_from_text

MAX_BYTES = 5 * 2**20
MAX_ENTRIES = 500
MAX_REDIRECTS = 5
TIMEOUT = httpx.Timeout(20.0, connect=10.0)
TOTAL_SECONDS = 30.0  # connect, headers and body of one poll, redirects included
USER_AGENT = "Callboard/0.1 (+https://github.com/callboard)"

# A name and port to the addresses they resolve to (a test passes its own).
Resolver = Callable[[str, int], Awaitable[list[str]]]


class FeedError(Exception):
    """The source is down, too big, or not a feed; the message says which."""


class RefusedAddress(FeedError):
    """The feed's address (or one it redirects to) is not one the bot may fetch."""


@dataclass(frozen=True)
class Fetched:
    """One poll's answer: the body (None when unchanged since last time) and cache headers."""

    content: bytes | None
    etag: str | None
    last_modified: str | None
    content_type: str | None = None


async def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def address_problem(address: str) -> str | None:
    """What kind of address the bot must not fetch from this is (IPv4 or IPv6), or None.

    An IPv4 address written as IPv6 (``::ffff:127.0.0.1``) is judged as the IPv4 one.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for test, kind in (
        ("is_unspecified", "an unspecified address"),
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_reserved", "a reserved address"),
        ("is_private", "a private address"),
    ):
        if getattr(ip, test):
            return kind
    if not ip.is_global:
        return "not a public address"
    return None


def _refusal(host: str, address: str, kind: str) -> RefusedAddress:
    said = f"{host} is {kind}" if host == address else f"{host} resolves to {address}, {kind}"
    return RefusedAddress(f"refused: {said} (ALLOW_PRIVATE_FEEDS=1 allows it)")


def check_scheme(url: str) -> httpx.URL:
    """The URL, if it is http or https with a host; RefusedAddress otherwise."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise RefusedAddress(f"refused: not a URL: {url[:100]}") from None
    if parsed.scheme not in ("http", "https"):
        raise RefusedAddress(f"refused: only http and https feeds ({parsed.scheme or 'none'})")
    if not parsed.host:
        raise RefusedAddress("refused: no host in the URL")
    return parsed


async def check_address(
    url: str, *, allow_private: bool = False, resolver: Resolver = resolve
) -> str:
    """The address to connect to for ``url``, after resolving its name and checking it.

    Every address the name resolves to must be public (unless ``allow_private``), so a name
    cannot point at the bot's own network; RefusedAddress says why not, FeedError if the name
    does not resolve.
    """
    parsed = check_scheme(url)
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        addresses = await resolver(parsed.host, port)
    except OSError as exc:
        raise FeedError(f"cannot resolve {parsed.host}: {exc}") from None
    if not addresses:
        raise FeedError(f"cannot resolve {parsed.host}")
    if not allow_private:
        for address in addresses:
            kind = address_problem(address)
            if kind is not None:
                raise _refusal(parsed.host, address, kind)
    return addresses[0]


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
    total: float = TOTAL_SECONDS,
    allow_private: bool = False,
    resolver: Resolver = resolve,
) -> Fetched:
    """GET a feed, sending the validators of the last poll; FeedError on any failure.

    The whole poll (every redirect, headers and body) ends within ``total`` seconds, however
    slowly the server drips. Redirects are followed here, at most MAX_REDIRECTS, each target
    checked like the first address; the connection goes to the checked address itself, so a
    name cannot resolve to a public address for the check and a private one for the fetch.
    """
    try:
        async with asyncio.timeout(total):
            return await _fetch(
                client,
                url,
                etag=etag,
                last_modified=last_modified,
                max_bytes=max_bytes,
                limits=limits,
                allow_private=allow_private,
                resolver=resolver,
            )
    except TimeoutError:
        raise FeedError(f"timed out (no complete answer within {total:g} s)") from None


async def _fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    max_bytes: int,
    limits: httpx.Timeout,
    allow_private: bool,
    resolver: Resolver,
) -> Fetched:
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "application/rss+xml, application/atom+xml, "
        "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        address = await check_address(current, allow_private=allow_private, resolver=resolver)
        target = httpx.URL(current)
        pinned = target.copy_with(host=address)
        extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
        request_headers = {**headers, "Host": target.netloc.decode("ascii")}
        try:
            async with client.stream(
                "GET",
                pinned,
                headers=request_headers,
                timeout=limits,
                follow_redirects=False,
                extensions=extensions,
            ) as response:
                if response.status_code in (301, 302, 303, 307, 308):
                    location = response.headers.get("Location")
                    if not location:
                        raise FeedError(f"HTTP {response.status_code} without a Location")
                    current = str(target.join(location))
                    continue
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
                    bytes(body),
                    response.headers.get("ETag"),
                    response.headers.get("Last-Modified"),
                    response.headers.get("Content-Type"),
                )
        except httpx.TimeoutException:
            raise FeedError("timed out") from None
        except httpx.HTTPError as exc:
            raise FeedError(f"{type(exc).__name__}: {exc}") from None
    raise FeedError(f"more than {MAX_REDIRECTS} redirects")


def _published(entry: feedparser.FeedParserDict) -> dt.date | None:
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    if not moment:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(moment), dt.UTC).date()
    except (OverflowError, ValueError, OSError):
        return None


# C0 and C1 controls but tab and newline, and the non-characters XML forbids.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_XML_ENCODING = re.compile(rb"""^(\s*<\?xml[^>]*?encoding\s*=\s*)["']([A-Za-z0-9._-]+)["']""")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._-]+)", re.IGNORECASE)


def clean_text(text: str) -> str:
    """Text without NUL and control characters (tabs and newlines kept)."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _encoding(content: bytes, content_type: str | None) -> str:
    """The document's encoding: its BOM, its XML declaration, the HTTP header, else UTF-8."""
    if content.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    names = []
    declared = _XML_ENCODING.match(content[:200])
    if declared:
        names.append(declared.group(2).decode("ascii"))
    header = _CHARSET.search(content_type or "")
    if header:
        names.append(header.group(1))
    for name in names:
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return "utf-8"


def decode(content: bytes, content_type: str | None = None) -> bytes:
    """The document as clean UTF-8: bad bytes become U+FFFD, controls are dropped.

    feedparser, given bytes that are not valid in their encoding, guesses another one and
    garbles every accented letter; decoding here with replacement keeps the rest intact.
    """
    text = clean_text(content.decode(_encoding(content, content_type), errors="replace"))
    text = text.lstrip("\ufeff")
    utf8 = text.encode("utf-8")
    return _XML_ENCODING.sub(rb'\1"utf-8"', utf8, count=1)


def parse_feed(content: bytes, *, source: str, content_type: str | None = None) -> Parsed:
    """Items from an RSS or Atom document; FeedError if it is no feed at all."""
    # A stream, never bytes or a string: feedparser would open those as a path or a URL.
    document = feedparser.parse(io.BytesIO(decode(content, content_type)))
    if not document.get("version") and not document.entries:
        problem = document.get("bozo_exception")
        detail = f": {type(problem).__name__}" if problem else ""
        raise FeedError(f"not an RSS or Atom feed{detail}")
    parsed = Parsed()
    for number, entry in enumerate(document.entries[:MAX_ENTRIES], start=1):
        title = clean_text(text_of_html(entry.get("title", "")))[:MAX_TITLE]
        if not title:
            parsed.rejected.append(Rejected(f"{source}: entry {number}", "no title"))
            continue
        summary = clean_text(text_of_html(entry.get("summary") or entry.get("description") or ""))
        link = clean_text(entry.get("link") or "").strip() or None
        if link and not re.match(r"https?://", link):
            link = None
        guid = clean_text(entry.get("id") or "").strip() or None
        parsed.items.append(
            item_from_text(
                title,
                summary[:MAX_SUMMARY],
                published=_published(entry),
                link=link,
                source=source,
                guid=guid,
            )
        )
    if len(document.entries) > MAX_ENTRIES:
        parsed.rejected.append(Rejected(source, f"only the first {MAX_ENTRIES} entries read"))
    return parsed
