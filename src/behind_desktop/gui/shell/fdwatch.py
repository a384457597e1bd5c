"""Watching a file descriptor from the event loop: no thread, no polling."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

Watch = Callable[[int, Callable[[], None]], object]


def fd_watcher(parent: QObject) -> Watch:
    """A ``watch(fd, callback)`` that calls ``callback`` whenever ``fd`` is readable
    (the notification server's socket, the X display while a check-in is held)."""

    def watch(fd: int, callback: Callable[[], None]) -> object:
        notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, parent)
        notifier.activated.connect(lambda *_: callback())
        return notifier

    return watch
