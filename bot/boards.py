"""Keeping live boards current: a repeating job owes a board an edit when its text changed.

Started with the dispatcher (in the one process that sends), so a restart re-creates it and
the boards, kept in the database, go on being edited. It runs twice per board interval and
owes an edit only to a board last edited at least one interval ago: at most one edit a
minute, and a change shows within a minute and a half.
"""

from __future__ import annotations

import logging

from telegram.ext import Application, ContextTypes

from bot import dispatcher, errors
from bot.settings import Settings
from storage import boards

log = logging.getLogger("callboard.boards")


def schedule(app: Application) -> None:
    """Run the refresher for as long as the application runs."""
    settings: Settings = app.bot_data["settings"]
    assert app.job_queue is not None
    app.job_queue.run_repeating(
        refresh,
        interval=settings.board_interval / 2,
        first=1.0,
        name="boards",
        job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
    )


async def refresh(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Owe an edit to each board whose text would change and whose last edit is old enough."""
    db = context.bot_data["db"]
    settings: Settings = context.bot_data["settings"]
    now = context.bot_data["clock"]()
    try:
        for board in await boards.posted(db):
            if board.edited_at is not None and now.timestamp() - board.edited_at < (
                settings.board_interval
            ):
                continue
            rendered = await dispatcher.render_board(db, board, settings, now)
            if boards.digest(rendered.text) != board.shown:
                await boards.owe_edit(db, chat_id=board.chat_id, now=now)
    except Exception as exc:  # a locked database: the next run tries again
        await errors.report(context, exc, "refreshing the live boards")
