"""``python -m bot``: the same as the ``callboard`` command."""

from bot.cli import main

raise SystemExit(main())
