"""Logging set-up: plain lines on stderr, and the bot token never written."""

from __future__ import annotations

import logging


class RedactToken(logging.Filter):
    """Replace the token wherever it appears in a record (URLs in httpx or PTB errors)."""

    def __init__(self, token: str | None) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self.token:
            message = record.getMessage()
            if self.token in message:
                record.msg = message.replace(self.token, "<token>")
                record.args = None
            if record.exc_info and record.exc_info[1] is not None:
                text = logging.Formatter().formatException(record.exc_info)
                if self.token in text:
                    record.exc_text = text.replace(self.token, "<token>")
                    record.exc_info = None
        return True


class StartUpFailures(logging.Filter):
    """Drop PTB's report of a failed start (bootstrap abort, refused token).

    ``callboard run`` says what failed in one line of its own, and waits for a network that is
    not there yet; PTB's record of the same failure is a traceback three exceptions deep.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        return not (
            record.name.startswith("telegram.ext")
            and "Bootstrap" in str(record.args)
            and ("Aborting" in message or "Invalid token" in message)
        )


def configure(token: str | None, level: int = logging.INFO) -> None:
    """Log to stderr; every record passes through the token filter."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactToken(token))
    handler.addFilter(StartUpFailures())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # At INFO httpx logs every request URL, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # APScheduler warns each time a tick is skipped because the previous one still runs;
    # with one dispatcher job that is the intended behaviour, not news.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
