"""Starting and stopping the real bot process (``python -m bot``) for end-to-end tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456789:TEST-token-for-the-emulator_abcdefghijk"


def bot_env(base_url: str | None, database: Path, **extra: str) -> dict[str, str]:
    """The environment of a bot process: the emulator, a database, and nothing from outside."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "CALLBOARD_"))}
    for name in (
        "DATABASE_PATH",
        "DATABASE_URL",
        "CHANNEL_ID",
        "ADMIN_IDS",
        "DEFAULT_TIMEZONE",
        "FEEDS",
        "REMINDER_OFFSETS",
        "DISPATCH_INTERVAL_SECONDS",
        "SEND_CONCURRENCY",
        "REVIEW",
        "FEED_POLL_MINUTES",
        "FEED_TIMEOUT_SECONDS",
        "ALLOW_PRIVATE_FEEDS",
        "PUSH_BACKLOG",
        "CHANNEL_LANGUAGE",
        "PORT",
        "HOST",
        "WEBHOOK_URL",
        "WEBHOOK_SECRET",
        "PUBLIC_BASE_URL",
        "BOARD_INTERVAL_SECONDS",
    ):
        env.pop(name, None)
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        DATABASE_PATH=str(database),
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
        DISPATCH_INTERVAL_SECONDS="0.5",
        # The tests' feed server listens on 127.0.0.1, which the bot otherwise refuses.
        ALLOW_PRIVATE_FEEDS="1",
    )
    if base_url:
        env["TELEGRAM_API_BASE_URL"] = base_url
    env.update(extra)
    return env


def database_env(base_url: str | None, database: Path | str, **extra: str) -> dict[str, str]:
    """A bot process's environment for ``database``: an SQLite file path, or a PostgreSQL URL
    (DATABASE_URL; no SQLite file is named that could be written by mistake)."""
    if isinstance(database, str):
        return bot_env(base_url, Path("unused.db"), DATABASE_URL=database, **extra)
    return bot_env(base_url, database, **extra)


def callboard(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    """Run one ``callboard`` command to completion, as an operator would."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


class BotProcess:
    """``callboard run`` in a subprocess, its output collected in a log file."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.env = env
        self.cwd = cwd
        self.log_path = cwd / "bot.log"
        self.proc: subprocess.Popen | None = None

    def start(self) -> BotProcess:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            env=self.env,
            cwd=self.cwd,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        return self

    def stop(self, timeout: float = 20) -> int | None:
        """Stop as an operator would (SIGTERM); kill it if it does not go."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(5)

    def kill(self) -> None:
        """Crash it: SIGKILL, no chance to clean up."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
