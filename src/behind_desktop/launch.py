"""The program's entry: ``behind-desktop``, ``python -m behind_desktop`` and the bundle.

A plain start goes straight to the tray app (gui/shell/start.py); anything else is
a command (cli.py). When the app has quit it has already saved and closed its
data, removed its socket and taken its icon down; the process then ends at once
instead of tearing down Qt and every loaded module one by one, which took longer
than many a start.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from typing import NoReturn

from behind_desktop import EARLY_STOP


def main() -> int:
    # From the first moment, not once Qt is up: remembered, then a clean quit.
    signal.signal(signal.SIGTERM, lambda number, _frame: EARLY_STOP.append(number))
    from behind_desktop.gui.shell.start import plain_start, start_app

    start = plain_start(sys.argv[1:])
    if start is None:
        from behind_desktop.cli import main as command

        return command()
    end_now(start_app(start.data_dir, start.quit_after_ms))


def end_now(code: int) -> NoReturn:
    """End the process with ``code`` once what it wrote is out (logs, stdout, stderr)."""
    import logging

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed terminal: nothing reaches it
            stream.flush()
    os._exit(code)
