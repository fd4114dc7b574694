"""Shared fixtures: real SQLite files, the Bot API emulator, the real bot process."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from storage.database import Database, Dialect, scratch_schema, with_schema
from storage.db import connect
from tests.botprocess import TOKEN, BotProcess, callboard, database_env
from tests.emulator import BotApiEmulator

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE_DIGEST = DATA / "seed-digest.txt"
LABELLED = DATA / "announcements-dev.jsonl"


# A PostgreSQL server for the tests (CI sets it: .ci/run). Unset: those tests are skipped.
TEST_DATABASE_URL = "CALLBOARD_TEST_DATABASE_URL"


def postgresql_url() -> str:
    """The test server's URL, or skip the test saying how to run it."""
    url = os.environ.get(TEST_DATABASE_URL, "").strip()
    if not url:
        pytest.skip(f"PostgreSQL: {TEST_DATABASE_URL} is not set (postgresql://user@host/db)")
    return url


@contextlib.asynccontextmanager
async def fresh_schema() -> AsyncIterator[tuple[str, str]]:
    """(server URL, a new empty schema of its own), dropped afterwards: tests are isolated."""
    url = postgresql_url()
    async with scratch_schema(url, "test") as name:
        yield url, name


@pytest.fixture(params=[Dialect.SQLITE, Dialect.POSTGRESQL], ids=str)
async def db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    """A fresh database with the schema applied: an SQLite file, or a schema of its own on the
    PostgreSQL server of CALLBOARD_TEST_DATABASE_URL (skipped when that is unset)."""
    if request.param is Dialect.SQLITE:
        conn = await connect(tmp_path / "test.db")
        yield conn
        await conn.close()
        return
    async with fresh_schema() as (url, schema):
        conn = await connect(url, schema=schema)
        try:
            yield conn
        finally:
            await conn.close()


@pytest.fixture
def emulator() -> Iterator[BotApiEmulator]:
    """A Bot API emulator listening on 127.0.0.1."""
    server = BotApiEmulator(TOKEN).start()
    yield server
    server.stop()


def future_calls(count: int, *, now: dt.datetime | None = None) -> list[dict]:
    """Calls with deadlines 2..(count+1) days ahead, as an import file would hold them."""
    now = now or dt.datetime.now(dt.UTC)
    return [
        {
            "title": f"Future call number {n} for cluster partnerships",
            "summary": f"Applications for round {n} are welcome.",
            "kind": "call",
            "deadline": (now + dt.timedelta(days=n + 1)).strftime("%Y-%m-%dT17:00:00+00:00"),
            "link": f"https://example.org/calls/{n}",
        }
        for n in range(1, count + 1)
    ]


def write_json(path: Path, records: list[dict]) -> Path:
    """Write records as a JSON import file."""
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


@pytest.fixture
def bot_home(tmp_path: Path) -> Path:
    """The working folder of a bot process (holds its log, and its database on SQLite)."""
    home = tmp_path / "home"
    home.mkdir()
    return home


# An end-to-end test module that puts ``pytestmark = ON_BOTH_ENGINES`` runs each of its tests
# twice: the bot process and ``callboard import`` on an SQLite file, then on a fresh schema of
# the PostgreSQL server of CALLBOARD_TEST_DATABASE_URL (skipped, saying so, when unset).
ON_BOTH_ENGINES = pytest.mark.parametrize(
    "engine", [Dialect.SQLITE, Dialect.POSTGRESQL], indirect=True, ids=str
)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> Dialect:
    """The engine a test's bot process runs on: SQLite unless the test asks for another."""
    return getattr(request, "param", Dialect.SQLITE)


@pytest.fixture
async def database(engine: Dialect, bot_home: Path) -> AsyncIterator[Path | str]:
    """Where the bot process and ``callboard import`` keep their data: the SQLite file in
    ``bot_home``, or a DATABASE_URL naming a new schema of its own, dropped afterwards."""
    if engine is Dialect.SQLITE:
        yield bot_home / "callboard.db"
        return
    async with fresh_schema() as (url, schema):
        yield with_schema(url, schema)


@pytest.fixture
def start_bot(emulator: BotApiEmulator, bot_home: Path, database: Path | str) -> Iterator:
    """Start ``callboard run`` against the emulator; stopped (and checked) after the test."""
    processes: list[BotProcess] = []

    def start(**extra: str) -> BotProcess:
        env = database_env(emulator.base_url, database, **extra)
        polls = emulator.polls
        process = BotProcess(env, bot_home).start()
        processes.append(process)
        try:
            emulator.wait_polling(polls, timeout=30)
        except TimeoutError:
            process.kill()
            raise AssertionError(f"the bot did not start polling:\n{process.log()}") from None
        return process

    yield start
    for process in processes:
        process.stop()
        assert TOKEN not in process.log(), "the token appeared in the bot's log"


@pytest.fixture
def import_files(emulator: BotApiEmulator, bot_home: Path, database: Path | str):
    """Run ``callboard import`` on files into the bot's database."""

    def run(*paths: Path, **extra: str) -> str:
        env = database_env(emulator.base_url, database, **extra)
        result = callboard(["import", *map(str, paths)], env, bot_home)
        assert result.returncode == 0, result.stderr
        return result.stdout

    return run
