"""A Bot API emulator on 127.0.0.1 for end-to-end tests of the real bot process.

It speaks the wire format python-telegram-bot uses (form or multipart bodies, JSON-encoded
values, the ``{"ok": ..., "result": ...}`` envelope, long-polled getUpdates) and checks what
Telegram checks: HTML entities, message length, editing a message that exists. A test plays
the user (``user_sends``, ``user_presses``) and reads what the bot did (``calls``, ``wait_for``).
Failures can be injected per method (``fail``) to test retries and blocked chats.

Webhook mode as Telegram does it: after ``setWebhook`` the updates are POSTed to the URL (in
order, with the secret header, again after a short wait until answered 2xx) and getUpdates
answers 409; ``deleteWebhook`` goes back to polling. Several bot processes can share one
emulator, each with its own ``tagged_base_url``: their calls carry the tag (``Call.via``).
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

_JSON_FIELDS = {
    "reply_markup",
    "results",
    "commands",
    "allowed_updates",
    "entities",
    "link_preview_options",
    "reply_parameters",
    "scope",
}
_INT_FIELDS = {
    "message_id",
    "offset",
    "limit",
    "timeout",
    "cache_time",
    "chat_id",
    "message_thread_id",
}
_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "span",
    "tg-spoiler",
    "blockquote",
    "tg-emoji",
}


@dataclass(frozen=True)
class Chat:
    """A chat the emulated user writes from."""

    id: int
    type: str = "private"
    title: str | None = None
    is_forum: bool = False  # a supergroup with topics

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.type == "private":
            data["first_name"] = "Tester"
        else:
            data["title"] = self.title or "Test group"
        if self.is_forum:
            data["is_forum"] = True
        return data


@dataclass
class Call:
    """One request the bot made, and what the emulator answered."""

    method: str
    params: dict[str, Any]
    ok: bool
    result: Any = None
    error: str | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)
    # Which bot process made it, when several share the emulator: the TAG of a base URL
    # ``.../r/TAG/bot`` (see ``tagged_base_url``); None for the plain base URL.
    via: str | None = None


@dataclass
class _Failure:
    method: str
    status: int
    description: str
    retry_after: int | None
    chat_id: int | None
    times: int


class _EntityChecker(HTMLParser):
    """Parses Telegram HTML the way the Bot API does, collecting the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _TAGS:
            self.error = self.error or f'Unsupported start tag "{tag}"'
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.error = self.error or f'Can\'t find end tag corresponding to start tag "{tag}"'
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> tuple[str, str | None]:
    """The visible text of Telegram HTML, and the error the Bot API would give, if any."""
    checker = _EntityChecker()
    checker.feed(text)
    checker.close()
    if checker.stack and checker.error is None:
        checker.error = f'Can\'t find end tag corresponding to start tag "{checker.stack[-1]}"'
    return "".join(checker.text), checker.error


class _ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


class BotApiEmulator:
    """The emulated Bot API server and the emulated users around one bot."""

    def __init__(self, token: str, username: str = "callboard_test_bot") -> None:
        self.token = token
        self.username = username
        self.bot_id = int(token.split(":")[0])
        self.calls: list[Call] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.chats: dict[int, Chat] = {}
        self.commands: list[dict[str, Any]] = []  # the menu without a language_code
        # Every menu setMyCommands registered, by its language_code (None: the default one).
        self.command_menus: dict[str | None, list[dict[str, Any]]] = {}
        # The language of each user's Telegram app: their messages, button presses and
        # inline queries carry it as ``from.language_code``; a user not listed has none.
        self.languages: dict[int, str] = {}
        self.blocked: set[int] = set()
        # A group's administrators; a group not listed has one: the default group user (4242).
        self.admins: dict[int, set[int]] = {}
        # Forum topics by chat: a topic exists once a user wrote in it (``user_sends`` with
        # ``thread_id``) and is gone after ``delete_topic``.
        self.topics: dict[int, set[int]] = {}
        # Pinned messages by chat, latest last; chats where the bot may not pin.
        self.pinned: dict[int, list[int]] = {}
        self.pins_refused: set[int] = set()
        self._updates: list[dict[str, Any]] = []
        self._acked = 0
        self._ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count] = {}
        self._callbacks: set[str] = set()
        self._failures: list[_Failure] = []
        self._cond = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self._closed = False
        self.member_lookups = 0  # getChatMember requests
        self.polls = 0  # getUpdates requests received (counted on arrival, not on return)
        self.send_delay = 0.0  # seconds each send takes, to let a test kill the bot mid-batch
        self.latency = 0.0  # one-way network delay of every call but getUpdates, in seconds
        # Webhook mode: the URL and secret setWebhook registered; while one is set, updates
        # are POSTed there (in order, retried until answered 2xx) and getUpdates is refused.
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self.webhook_posts: list[tuple[int, int]] = []  # (update_id, HTTP status or 0)
        self._webhook_thread: threading.Thread | None = None

    # -- life cycle -----------------------------------------------------------------------

    def start(self) -> BotApiEmulator:
        emulator = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes; without this, Nagle's algorithm and
                # delayed ACKs add 40 ms to every keep-alive request.
                self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_POST(self) -> None:
                emulator._serve(self)

            do_GET = do_POST

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def base_url(self) -> str:
        """The value for TELEGRAM_API_BASE_URL."""
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def tagged_base_url(self, tag: str) -> str:
        """A TELEGRAM_API_BASE_URL whose calls are recorded with ``via=tag`` (one per process)."""
        assert self._server is not None and re.fullmatch(r"\w+", tag)
        return f"http://127.0.0.1:{self._server.server_address[1]}/r/{tag}/bot"

    # -- the user's side ------------------------------------------------------------------

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def _user(self, user_id: int) -> dict[str, Any]:
        """The ``from`` of an update by ``user_id``, with their app's language if known."""
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "Tester"}
        if user_id in self.languages:
            user["language_code"] = self.languages[user_id]
        return user

    def user_sends(
        self, chat: Chat, text: str, *, user_id: int | None = None, thread_id: int | None = None
    ) -> int:
        """The user writes ``text`` in ``chat`` (in its forum topic ``thread_id``); returns the
        message id."""
        user_id = user_id if user_id is not None else (chat.id if chat.id > 0 else 4242)
        with self._cond:
            self.chats[chat.id] = chat
            message_id = self._next_message_id(chat.id)
            message: dict[str, Any] = {
                "message_id": message_id,
                "from": self._user(user_id),
                "chat": chat.as_dict(),
                "date": int(time.time()),
                "text": text,
            }
            if thread_id is not None:
                assert chat.is_forum, "topics are only in forum supergroups"
                self.topics.setdefault(chat.id, set()).add(thread_id)
                message["message_thread_id"] = thread_id
                message["is_topic_message"] = True
            self._deliver_update("message", message)
        return message_id

    def channel_posts(self, chat: Chat, text: str) -> int:
        """An administrator of the channel ``chat`` posts ``text`` in it (commands in a channel
        arrive as channel posts, signed by the channel itself); returns the message id."""
        with self._cond:
            self.chats[chat.id] = chat
            message_id = self._next_message_id(chat.id)
            message: dict[str, Any] = {
                "message_id": message_id,
                "sender_chat": chat.as_dict(),
                "chat": chat.as_dict(),
                "date": int(time.time()),
                "text": text,
            }
            self._deliver_update("channel_post", message)
        return message_id

    def _deliver_update(self, kind: str, message: dict[str, Any]) -> None:
        """Mark a leading command as Telegram does, keep the message, and queue the update
        (with the lock held)."""
        command = re.match(r"/[A-Za-z0-9_]+(?:@\w+)?", message["text"])
        if command:
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(command.group(0))}
            ]
        self.messages[(message["chat"]["id"], message["message_id"])] = message
        self._push({kind: message})

    def delete_topic(self, chat: Chat, thread_id: int) -> None:
        """An administrator deletes a forum topic: sending into it fails from now on."""
        with self._cond:
            self.topics.get(chat.id, set()).discard(thread_id)

    def delete_message(self, chat: Chat, message_id: int) -> None:
        """An administrator deletes a message: editing it fails from now on."""
        with self._cond:
            self.messages.pop((chat.id, message_id), None)
            if message_id in self.pinned.get(chat.id, []):
                self.pinned[chat.id].remove(message_id)

    def user_presses(self, chat: Chat, message_id: int, data: str, *, user_id: int = 0) -> str:
        """The user presses the button with ``data`` under the bot's message."""
        with self._cond:
            message = self.messages[(chat.id, message_id)]
            query_id = f"cq{next(self._ids)}"
            self._callbacks.add(query_id)
            self._push(
                {
                    "callback_query": {
                        "id": query_id,
                        "from": self._user(user_id or (chat.id if chat.id > 0 else 4242)),
                        "message": message,
                        "chat_instance": str(chat.id),
                        "data": data,
                    }
                }
            )
        return query_id

    def user_inline_query(self, user_id: int, query: str, *, offset: str = "") -> str:
        """The user types '@bot ``query``' in some chat; returns the inline query's id."""
        with self._cond:
            query_id = f"iq{next(self._ids)}"
            self._push(
                {
                    "inline_query": {
                        "id": query_id,
                        "from": self._user(user_id),
                        "query": query,
                        "offset": offset,
                    }
                }
            )
        return query_id

    def inline_answer(self, user_id: int, query: str, *, offset: str = "") -> Call:
        """The bot's answer to an inline query the user types."""
        start = self.mark()
        query_id = self.user_inline_query(user_id, query, offset=offset)
        return self.wait_for(
            lambda c: (
                c.method == "answerInlineQuery" and c.params.get("inline_query_id") == query_id
            ),
            start=start,
        )

    def _push(self, update: dict[str, Any]) -> None:
        update["update_id"] = next(self._ids)
        self._updates.append(update)
        self._cond.notify_all()

    def fail(
        self,
        method: str,
        *,
        status: int,
        description: str,
        retry_after: int | None = None,
        chat_id: int | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (to ``chat_id``) fail like Telegram does."""
        with self._cond:
            self._failures.append(
                _Failure(method, status, description, retry_after, chat_id, times)
            )

    def recover(self) -> None:
        """Forget every failure still planned with ``fail`` (an outage ends)."""
        with self._cond:
            self._failures.clear()

    # -- what the bot did -----------------------------------------------------------------

    def calls_of(self, method: str, chat_id: int | None = None) -> list[Call]:
        """Successful calls of ``method``, to ``chat_id`` if given."""
        with self._cond:
            return [
                c
                for c in self.calls
                if c.method == method
                and c.ok
                and (chat_id is None or _chat_of(c.params) == chat_id)
            ]

    def wait_for(
        self, predicate: Callable[[Call], bool], *, timeout: float = 10.0, start: int = 0
    ) -> Call:
        """The first call from position ``start`` on that satisfies ``predicate``."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for call in self.calls[start:]:
                    if predicate(call):
                        return call
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [(c.method, _chat_of(c.params)) for c in self.calls[start:]]
                    raise TimeoutError(f"no matching call within {timeout}s; saw {seen}")
                self._cond.wait(left)

    def wait_polling(self, after: int, *, timeout: float = 30.0) -> None:
        """Wait until the bot has asked for updates more than ``after`` times."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self.polls <= after:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("the bot did not poll for updates")
                self._cond.wait(left)

    def mark(self) -> int:
        """The position after the calls so far, for waiting on what comes next."""
        with self._cond:
            return len(self.calls)

    def reply_to(
        self,
        chat: Chat,
        text: str,
        *,
        timeout: float = 10.0,
        user_id: int | None = None,
        thread_id: int | None = None,
    ) -> Call:
        """Send ``text`` as the user and return the bot's next message to that chat."""
        start = self.mark()
        self.user_sends(chat, text, user_id=user_id, thread_id=thread_id)
        return self.wait_for(
            lambda c: (
                c.ok
                and c.method in ("sendMessage", "sendDocument")
                and _chat_of(c.params) == chat.id
            ),
            timeout=timeout,
            start=start,
        )

    def press(
        self, chat: Chat, message_id: int, data: str, *, timeout: float = 10.0, user_id: int = 0
    ) -> Call:
        """Press a button and return the bot's edit of (or reply to) that message."""
        start = self.mark()
        self.user_presses(chat, message_id, data, user_id=user_id)
        return self.wait_for(
            lambda c: (
                c.ok
                and c.method in ("editMessageText", "sendMessage")
                and _chat_of(c.params) == chat.id
            ),
            timeout=timeout,
            start=start,
        )

    # -- the server -----------------------------------------------------------------------

    def _serve(self, request: BaseHTTPRequestHandler) -> None:
        url = urlparse(request.path)
        match = re.fullmatch(r"(?:/r/(?P<via>\w+))?/bot(?P<token>[^/]+)/(?P<method>\w+)", url.path)
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        if match is None or match.group("token") != self.token:
            self._respond(
                request,
                401 if match else 404,
                {
                    "ok": False,
                    "error_code": 401 if match else 404,
                    "description": "Unauthorized" if match else "Not Found",
                },
            )
            return
        method = match.group("method")
        via = match.group("via")
        delay = self.latency if method != "getUpdates" else 0.0
        if delay:
            time.sleep(delay)  # the request's way there; the answer's way back is below
        params, files = _decode(request.headers.get("Content-Type", ""), body)
        params.update({k: v[0] for k, v in parse_qs(url.query).items()})
        params = {k: _value(k, v) for k, v in params.items()}
        try:
            self._maybe_fail(method, params)
            result = self._dispatch(method, params, files)
        except _ApiError as exc:
            with self._cond:
                self.calls.append(
                    Call(method, params, False, error=exc.description, files=files, via=via)
                )
                self._cond.notify_all()
            payload: dict[str, Any] = {
                "ok": False,
                "error_code": exc.status,
                "description": exc.description,
            }
            if exc.retry_after is not None:
                payload["parameters"] = {"retry_after": exc.retry_after}
            if delay:
                time.sleep(delay)
            self._respond(request, exc.status, payload)
            return
        if method != "getUpdates" or result:
            with self._cond:
                self.calls.append(Call(method, params, True, result=result, files=files, via=via))
                self._cond.notify_all()
        elif method == "getUpdates":
            with self._cond:
                self.calls.append(Call(method, params, True, result=result, via=via))
                self._cond.notify_all()
        if delay:
            time.sleep(delay)
        self._respond(request, 200, {"ok": True, "result": result})

    @staticmethod
    def _respond(request: BaseHTTPRequestHandler, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the bot went away mid-request (a killed process)

    def _maybe_fail(self, method: str, params: dict[str, Any]) -> None:
        with self._cond:
            for failure in self._failures:
                if failure.method != method or failure.times <= 0:
                    continue
                if failure.chat_id is not None and _chat_of(params) != failure.chat_id:
                    continue
                failure.times -= 1
                raise _ApiError(failure.status, failure.description, failure.retry_after)
            chat = _chat_of(params)
            if method.startswith(("send", "edit")) and chat in self.blocked:
                raise _ApiError(403, "Forbidden: bot was blocked by the user")

    def _dispatch(self, method: str, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            raise _ApiError(404, "Not Found: method not found")
        return handler(params, files)

    # -- Bot API methods ------------------------------------------------------------------

    def _bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Callboard",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _api_getMe(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        return self._bot_user()

    def _api_answerInlineQuery(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        results = params.get("results")
        if not isinstance(results, list) or len(results) > 50:
            raise _ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        return True

    def _api_getChatMember(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        self.member_lookups += 1
        admin = user_id in self.admins.get(chat_id, {4242})
        user = {"id": user_id, "is_bot": False, "first_name": "Tester"}
        if admin:
            return {"status": "creator", "user": user, "is_anonymous": False}
        return {"status": "member", "user": user}

    def _api_deleteWebhook(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        with self._cond:
            self.webhook_url = self.webhook_secret = None
            if params.get("drop_pending_updates") in (True, "true", "True"):
                self._updates.clear()
        return True

    def _api_setWebhook(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        url = params.get("url") or ""
        if not re.match(r"https?://", url):
            raise _ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided")
        secret = params.get("secret_token") or None
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise _ApiError(
                400, "Bad Request: bad webhook: secret token contains unallowed characters"
            )
        with self._cond:
            self.webhook_url, self.webhook_secret = url, secret
            if params.get("drop_pending_updates") in (True, "true", "True"):
                self._updates.clear()
            if self._webhook_thread is None:
                self._webhook_thread = threading.Thread(target=self._deliver_webhooks, daemon=True)
                self._webhook_thread.start()
            self._cond.notify_all()
        return True

    def _deliver_webhooks(self) -> None:
        """POST each update to the webhook, in order, until it is answered 2xx (as Telegram
        does: an update not taken is sent again after a short wait)."""
        while True:
            with self._cond:
                while not self._closed and not (self.webhook_url and self._updates):
                    self._cond.wait(0.5)
                if self._closed:
                    return
                url, secret, update = self.webhook_url, self.webhook_secret, self._updates[0]
            headers = {"Content-Type": "application/json"}
            if secret:
                headers["X-Telegram-Bot-Api-Secret-Token"] = secret
            request = urllib.request.Request(
                url or "", data=json.dumps(update).encode(), headers=headers, method="POST"
            )
            try:
                with urllib.request.urlopen(request, timeout=10) as answer:
                    status = answer.status
            except urllib.error.HTTPError as exc:
                status = exc.code
            except OSError:
                status = 0
            with self._cond:
                self.webhook_posts.append((update["update_id"], status))
                if 200 <= status < 300:
                    self._updates = [u for u in self._updates if u is not update]
                self._cond.notify_all()
            if not 200 <= status < 300:
                time.sleep(0.2)

    def _api_setMyCommands(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list) or not commands:
            raise _ApiError(400, "Bad Request: commands must be a non-empty list")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise _ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        language = params.get("language_code") or None
        if language is not None and not re.fullmatch(r"[a-z]{2}", language):
            raise _ApiError(400, "Bad Request: invalid language code specified")
        self.command_menus[language] = commands
        if language is None:
            self.commands = commands
        return True

    def _api_getUpdates(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        if self.webhook_url:
            raise _ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + timeout
        with self._cond:
            self.polls += 1
            self._cond.notify_all()
            if offset:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and not self._closed:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(min(left, 0.5))
            return list(self._updates[:limit])

    def _chat(self, params: dict[str, Any]) -> Chat:
        chat_id = _chat_of(params)
        if chat_id is None or chat_id not in self.chats:
            raise _ApiError(400, "Bad Request: chat not found")
        return self.chats[chat_id]

    def _text(self, params: dict[str, Any], name: str = "text") -> str:
        text = params.get(name)
        if not isinstance(text, str) or not text.strip():
            raise _ApiError(400, "Bad Request: message text is empty")
        if params.get("parse_mode") == "HTML":
            visible, error = parse_html(text)
            if error:
                raise _ApiError(400, f"Bad Request: can't parse entities: {error}")
        else:
            visible = text
        if len(visible) > 4096:
            raise _ApiError(400, "Bad Request: message is too long")
        return visible

    def _thread(self, chat: Chat, params: dict[str, Any]) -> int | None:
        """The forum topic a send goes into; Telegram's 400 when it does not exist (deleted)."""
        thread = params.get("message_thread_id")
        if thread is None:
            return None
        thread = int(thread)
        with self._cond:
            if not chat.is_forum or thread not in self.topics.get(chat.id, set()):
                raise _ApiError(400, "Bad Request: message thread not found")
        return thread

    def _api_sendMessage(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        if self.send_delay:
            time.sleep(self.send_delay)
        chat = self._chat(params)
        visible = self._text(params)
        thread = self._thread(chat, params)
        with self._cond:
            message: dict[str, Any] = {
                "message_id": self._next_message_id(chat.id),
                "from": self._bot_user(),
                "chat": chat.as_dict(),
                "date": int(time.time()),
                "text": visible,
            }
            if thread is not None:
                message["message_thread_id"] = thread
                message["is_topic_message"] = True
            if params.get("reply_markup"):
                message["reply_markup"] = params["reply_markup"]
            self.messages[(chat.id, message["message_id"])] = message
            return message

    def _api_editMessageText(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat = self._chat(params)
        key = (chat.id, int(params.get("message_id") or 0))
        visible = self._text(params)
        with self._cond:
            message = self.messages.get(key)
            if message is None:
                raise _ApiError(400, "Bad Request: message to edit not found")
            if message.get("from", {}).get("id") != self.bot_id:
                raise _ApiError(400, "Bad Request: message can't be edited")
            markup = params.get("reply_markup")
            if message["text"] == visible and message.get("reply_markup") == markup:
                raise _ApiError(
                    400,
                    "Bad Request: message is not modified: specified new "
                    "message content and reply markup are exactly the same as a "
                    "current content and reply markup of the message",
                )
            message = {**message, "text": visible, "edit_date": int(time.time())}
            if markup:
                message["reply_markup"] = markup
            else:
                message.pop("reply_markup", None)
            self.messages[key] = message
            return message

    def _api_pinChatMessage(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat = self._chat(params)
        message_id = int(params.get("message_id") or 0)
        with self._cond:
            if chat.id in self.pins_refused:
                raise _ApiError(400, "Bad Request: not enough rights to manage pinned messages")
            if (chat.id, message_id) not in self.messages:
                raise _ApiError(400, "Bad Request: message to pin not found")
            pins = self.pinned.setdefault(chat.id, [])
            if message_id in pins:
                pins.remove(message_id)
            pins.append(message_id)
        return True

    def _api_unpinChatMessage(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat = self._chat(params)
        with self._cond:
            pins = self.pinned.setdefault(chat.id, [])
            message_id = int(params.get("message_id") or (pins[-1] if pins else 0))
            if message_id not in pins:
                raise _ApiError(400, "Bad Request: message to unpin not found")
            pins.remove(message_id)
        return True

    def _api_answerCallbackQuery(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        if params.get("callback_query_id") not in self._callbacks:
            raise _ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        return True

    def _api_sendDocument(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat = self._chat(params)
        if "document" not in files:
            raise _ApiError(400, "Bad Request: there is no document in the request")
        with self._cond:
            message = {
                "message_id": self._next_message_id(chat.id),
                "from": self._bot_user(),
                "chat": chat.as_dict(),
                "date": int(time.time()),
                "document": {
                    "file_id": f"doc{next(self._ids)}",
                    "file_unique_id": "u",
                    "file_name": params.get("document_filename", "file"),
                    "file_size": len(files["document"]),
                },
            }
            if params.get("caption"):
                message["caption"] = params["caption"]
            self.messages[(chat.id, message["message_id"])] = message
            return message

    def _api_close(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        return True


def _chat_of(params: dict[str, Any]) -> int | None:
    value = params.get("chat_id")
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _value(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if name in _JSON_FIELDS:
        return json.loads(value)
    if name in _INT_FIELDS and re.fullmatch(r"-?\d+", value):
        return int(value)
    return value


def _decode(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    if not body:
        return {}, {}
    if content_type.startswith("application/json"):
        return json.loads(body), {}
    if content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body
        )
        params: dict[str, Any] = {}
        files: dict[str, bytes] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            if part.get_filename():
                files[name] = payload
                params[f"{name}_filename"] = part.get_filename()
            else:
                params[name] = payload.decode()
        return params, files
    return {k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}, {}
