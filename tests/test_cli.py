"""The callboard command as an operator uses it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.botprocess import TOKEN, bot_env, callboard
from tests.conftest import LABELLED, SAMPLE_DIGEST, future_calls, write_json


def test_importing_the_sample_twice_stores_twelve_items_once(tmp_path: Path):
    env = bot_env(None, tmp_path / "c.db")
    first = callboard(["import", str(SAMPLE_DIGEST)], env, tmp_path)
    second = callboard(["import", str(SAMPLE_DIGEST)], env, tmp_path)
    assert "added 12, updated 0, unchanged 0, rejected 0" in first.stdout
    assert "added 0, updated 0, unchanged 12, rejected 0" in second.stdout
    listing = callboard(["items"], env, tmp_path).stdout.splitlines()
    assert len(listing) == 12
    assert listing[0].split("\t")[2] == "2018-03-08T17:00:00+01:00"


def test_a_quiet_import_stores_without_owing_anyone_a_message(tmp_path: Path):
    import sqlite3

    calls = write_json(tmp_path / "calls.json", future_calls(3))

    def owed_after(*flags: str) -> tuple[int]:
        database = tmp_path / f"c{len(flags)}.db"
        env = bot_env(None, database, CHANNEL_ID="@calls")
        assert "added 3" in callboard(["import", *flags, str(calls)], env, tmp_path).stdout
        with sqlite3.connect(database) as db:
            return db.execute("SELECT count(*) FROM outbox").fetchone()

    assert owed_after() == (3,)  # one channel post each
    assert owed_after("--quiet") == (0,)


def test_an_import_with_bad_records_reports_each_with_its_reason(tmp_path: Path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps([{"title": "fine"}, {"kind": "call"}]))
    result = callboard(["import", str(path)], bot_env(None, tmp_path / "c.db"), tmp_path)
    assert result.returncode == 0
    assert "added 1, updated 0, unchanged 0, rejected 1" in result.stdout
    assert "missing title" in result.stdout


def test_a_missing_import_file_fails_with_a_message(tmp_path: Path):
    result = callboard(["import", "nope.txt"], bot_env(None, tmp_path / "c.db"), tmp_path)
    assert result.returncode == 1 and "cannot read" in result.stderr


def test_run_with_bad_settings_exits_2_with_one_line_naming_the_setting(tmp_path: Path):
    cases = {
        "TELEGRAM_BOT_TOKEN": {"TELEGRAM_BOT_TOKEN": ""},
        "DEFAULT_TIMEZONE": {"DEFAULT_TIMEZONE": "Nowhere/Land"},
        "DATABASE_PATH": {"DATABASE_PATH": str(tmp_path / "no" / "such" / "dir.db")},
    }
    for setting, override in cases.items():
        env = bot_env("http://127.0.0.1:9/bot", tmp_path / "c.db", **override)
        result = callboard(["run"], env, tmp_path)
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and setting in lines[0] and "Traceback" not in result.stderr
        assert TOKEN not in result.stderr


def test_a_file_that_is_not_a_database_is_refused_cleanly(tmp_path: Path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    result = callboard(["items"], bot_env(None, bad), tmp_path)
    assert result.returncode == 2 and "DATABASE_PATH" in result.stderr
    assert bad.read_bytes() == b"this is not sqlite" * 100


def test_extract_reads_and_writes_json_lines(tmp_path: Path):
    lines = [
        json.dumps(
            {
                "id": "a",
                "title": "Call for papers",
                "text": "Deadline: 8 March 2018, 17:00h Brussels time",
            }
        ),
        "{broken",
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines))
    result = callboard(["extract", str(path)], bot_env(None, tmp_path / "c.db"), tmp_path)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    contract = ("id", "kind", "deadline", "deadline_tz", "event_start", "event_end", "location")
    assert {key: records[0][key] for key in contract} == {
        "id": "a",
        "kind": "call",
        "deadline": "2018-03-08T17:00:00+01:00",
        "deadline_tz": "Europe/Brussels",
        "event_start": None,
        "event_end": None,
        "location": None,
    }
    assert set(records[0]["confidence"]) == set(records[0]["evidence"]) == {"kind", "deadline"}
    assert "error" in records[1]


def test_extract_names_a_whole_hour_offset_by_its_iana_zone(tmp_path: Path):
    lines = [
        json.dumps({"id": "b", "title": "Call", "text": "Due 3 March 2027 at 17:00 (UTC+2)."}),
        json.dumps({"id": "c", "title": "Call", "text": "Due 3 March 2027 at 17:00 (UTC+5:30)."}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines))
    result = callboard(["extract", str(path)], bot_env(None, tmp_path / "c.db"), tmp_path)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    # IANA's Etc/GMT-2 is two hours ahead of UTC; an offset with minutes has no IANA name
    assert [(r["deadline"], r["deadline_tz"]) for r in records] == [
        ("2027-03-03T17:00:00+02:00", "Etc/GMT-2"),
        ("2027-03-03T17:00:00+05:30", "UTC+05:30"),
    ]


def test_evaluate_prints_accuracy_per_field_and_every_miss(tmp_path: Path):
    result = callboard(["evaluate", str(LABELLED)], bot_env(None, tmp_path / "c.db"), tmp_path)
    assert result.returncode == 0
    for name in ("kind", "deadline", "instant", "event_start", "event_end"):
        assert any(line.startswith(name) for line in result.stdout.splitlines())


def test_import_of_a_feed_url_polls_it_once(tmp_path: Path):
    from tests.feedserver import FeedServer, Page, rss

    server = FeedServer().start()
    try:
        server.pages["/feed"] = Page(
            rss(
                (
                    "Call for cluster pilots",
                    "Deadline: 12 June 2027, 12:00 CEST.",
                    "https://example.org/pilots",
                )
            )
        )
        server.pages["/down"] = Page(b"", status=502)
        env = bot_env(None, tmp_path / "c.db")
        result = callboard(["import", server.url("/feed")], env, tmp_path)
        assert result.returncode == 0 and "added 1, updated 0" in result.stdout
        again = callboard(["import", server.url("/feed")], env, tmp_path)
        assert "added 0, updated 0, unchanged 1" in again.stdout
        down = callboard(["import", server.url("/down")], env, tmp_path)
        assert down.returncode == 1 and "poll failed: HTTP 502" in down.stderr
    finally:
        server.stop()


def test_run_without_a_network_waits_for_it_with_one_line_per_attempt(tmp_path: Path):
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = bot_env(f"http://127.0.0.1:{port}/bot", tmp_path / "c.db")
    bot = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(5)  # attempts at 0, 1 and 3 seconds
    assert bot.poll() is None, "it gave up instead of waiting for the network"
    bot.terminate()
    _, stderr = bot.communicate(timeout=20)
    attempts = [line for line in stderr.splitlines() if "cannot reach the Bot API" in line]
    assert len(attempts) >= 2
    assert "trying again in 1 s" in attempts[0] and "trying again in 2 s" in attempts[1]
    assert "Traceback" not in stderr


def test_run_with_a_refused_token_exits_with_one_line(tmp_path: Path):
    from tests.emulator import BotApiEmulator

    server = BotApiEmulator("999999:another-bots-token").start()  # refuses TOKEN with 401
    try:
        result = callboard(["run"], bot_env(server.base_url, tmp_path / "c.db"), tmp_path)
    finally:
        server.stop()
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "callboard: TELEGRAM_BOT_TOKEN: the Bot API rejected this token"
    ]
    assert TOKEN.split(":")[1] not in result.stderr
