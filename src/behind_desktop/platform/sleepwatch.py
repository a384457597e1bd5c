"""Hear about suspend and resume from logind on Linux, where D-Bus has it.

Elsewhere (or without a system bus) the bridge's short maximum sleep and its
wall/elapsed gap check cover the same ground a little later.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

log = logging.getLogger(__name__)


class SleepWatch(QObject):
    def __init__(self, on_resume: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_resume = on_resume
        self.connected = False
        if sys.platform.startswith("linux"):
            self.connected = self._connect()

    def _connect(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return False
        ok = bus.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            b"1prepare_for_sleep(bool)",
        )
        log.info("logind PrepareForSleep: %s", "listening" if ok else "not available")
        return bool(ok)

    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self._on_resume()
