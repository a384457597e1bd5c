"""A plain start of the tray app (at login, from the menu, ``behind-desktop`` alone).

Such a start names at most the data folder and ``--quit-after-ms``, so it is read
here by hand: the command line's parser, its words and its commands are not
loaded to start the app.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from behind_desktop.services.commands import Command

MAX_WAIT_MS = 2**31 - 1  # the longest a Qt timer can wait
# A job for the app to do first, handed over by a command that started it.
START_REQUEST_ENV = "BEHIND_START_REQUEST"


class PlainStart:
    """The two options a plain start may carry."""

    __slots__ = ("data_dir", "quit_after_ms")

    def __init__(self, data_dir: str | None = None, quit_after_ms: int | None = None) -> None:
        self.data_dir = data_dir
        self.quit_after_ms = quit_after_ms


def plain_start(argv: list[str]) -> PlainStart | None:
    """``argv`` read as a plain start, or None when it asks for more (a command, help)."""
    found = PlainStart()
    rest = iter(argv)
    for arg in rest:
        name, eq, value = arg.partition("=")
        if name not in ("--data-dir", "--quit-after-ms"):
            return None
        if not eq:
            value = next(rest, "")
        if not value:
            return None
        if name == "--data-dir":
            found.data_dir = value
        elif value.isascii() and value.isdigit() and int(value) <= MAX_WAIT_MS:
            found.quit_after_ms = int(value)
        else:
            return None
    return found


def start_app(data_dir: str | None, quit_after_ms: int | None) -> int:
    """Run the tray app on ``data_dir`` (the default folder when None) until it quits."""
    from behind_desktop.gui.shell.app import run
    from behind_desktop.paths import ENV_DATA_DIR
    from behind_desktop.paths import data_dir as folder_for

    folder = folder_for(data_dir)
    # The app's own folder in its environment: start at login, turned on from its
    # settings, then opens this folder too (see autostart.default_command).
    os.environ[ENV_DATA_DIR] = str(folder)
    return run(folder, initial=start_request(), quit_after_ms=quit_after_ms)


def start_request() -> Command | None:
    """The first job handed over by a command that started the app, if any."""
    raw = os.environ.pop(START_REQUEST_ENV, None)
    if not raw:
        return None
    from behind_desktop.ipc.protocol import RequestError, parse_request

    try:
        return parse_request(raw.encode())
    except RequestError:
        return None
