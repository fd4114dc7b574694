"""The real Application, run inside the test process against the Bot API emulator.

The end-to-end tests start ``callboard run`` as a subprocess; these run the same Application
(every handler, the error handler, post_init, the job queue) in a thread of the test process,
so a test of a command's reply costs milliseconds instead of a process start.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from telegram.ext import Application

from bot.app import build_application, utcnow
from bot.settings import Settings
from tests.botprocess import TOKEN
from tests.emulator import BotApiEmulator


class RunningApp:
    """An Application polling the emulator from its own thread and event loop."""

    def __init__(self, settings: Settings, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.app: Application = build_application(settings, clock=clock)
        self.loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="callboard-app", daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self._serve())
        except BaseException as exc:  # surfaced to the test by start()
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        app = self.app
        await app.initialize()
        assert app.post_init is not None
        await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        await app.start()
        self._ready.set()
        await self._stop.wait()
        await app.updater.stop()
        await app.stop()
        assert app.post_stop is not None
        await app.post_stop(app)
        assert app.post_shutdown is not None
        await app.post_shutdown(app)
        await app.shutdown()

    def start(self, timeout: float = 20) -> RunningApp:
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("the application did not start")
        if self._error is not None:
            raise self._error
        return self

    def call(self, coroutine, timeout: float = 20):
        """Run a coroutine on the application's loop (e.g. a storage query); its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    @property
    def db(self):
        return self.app.bot_data["db"]

    def stop(self) -> None:
        if self._thread.is_alive():
            self.loop.call_soon_threadsafe(self._stop.set)
            self._thread.join(30)
        with contextlib.suppress(Exception):
            self.loop.close()


def settings_for(emulator: BotApiEmulator, database: Path, **changes) -> Settings:
    """Settings of a bot talking to ``emulator`` with its database at ``database``."""
    values = dict(
        token=TOKEN,
        api_base_url=emulator.base_url,
        database_path=database,
        dispatch_interval=0.2,
    )
    values.update(changes)
    return Settings(**values)


@contextlib.contextmanager
def running(settings: Settings, clock: Callable[[], dt.datetime] = utcnow) -> Iterator[RunningApp]:
    """The Application running for the duration of the block."""
    app = RunningApp(settings, clock).start()
    try:
        yield app
    finally:
        app.stop()
