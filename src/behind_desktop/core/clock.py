"""Time as the rest of the core sees it.

Two readings matter. Wall time (an aware datetime) says which day it is and
when a check-in is due. Elapsed time is a monotonic count of seconds that keeps
running while the computer sleeps but ignores changes to the wall clock: focus
time is measured with it, so a suspended laptop finishes its block while a
clock change neither adds nor removes focus time.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Protocol


class Clock(Protocol):
    """What the core needs to know about time."""

    @property
    def tz(self) -> tzinfo: ...

    def now(self) -> datetime:
        """The current wall time, aware, in the local timezone."""
        ...

    def elapsed(self) -> float:
        """Seconds on a clock that counts through suspend and ignores wall changes."""
        ...

    def boot_id(self) -> str:
        """Identifies this boot; ``elapsed`` readings compare only within one."""
        ...


def _zone_from_system() -> tzinfo | None:
    """The zone named by TZ or the /etc/localtime link, without loading tzlocal."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = os.path.realpath("/etc/localtime")
        except OSError:
            return None
        if "zoneinfo/" not in target:
            return None
        name = target.split("zoneinfo/", 1)[1]
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _local_tz() -> tzinfo:
    found = _zone_from_system() if sys.platform != "win32" else None
    if found is not None:
        return found
    try:
        import tzlocal

        zone: tzinfo = tzlocal.get_localzone()
        return zone
    except Exception:  # a broken zone setup must not stop the app: fall back to the offset
        local = datetime.now().astimezone().tzinfo
        assert local is not None
        return local


def _elapsed_reader() -> tuple[str, float]:
    """Pick the platform clock that keeps counting while asleep."""
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return "boottime", time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin":
        # On macOS CLOCK_MONOTONIC continues while the machine sleeps.
        return "monotonic-darwin", time.clock_gettime(time.CLOCK_MONOTONIC)
    if sys.platform == "win32":
        import ctypes

        ms = ctypes.windll.kernel32.GetTickCount64  # type: ignore[attr-defined]
        ms.restype = ctypes.c_ulonglong
        return "tickcount64", float(ms()) / 1000.0
    return "monotonic", time.monotonic()


class SystemClock:
    """The real clock."""

    def __init__(self) -> None:
        self._tz = _local_tz()
        self._boot_id: str | None = None

    @property
    def tz(self) -> tzinfo:
        return self._tz

    def now(self) -> datetime:
        return datetime.now(self._tz)

    def elapsed(self) -> float:
        return _elapsed_reader()[1]

    def boot_id(self) -> str:
        if self._boot_id is None:
            self._boot_id = _read_boot_id()
        return self._boot_id


def _read_boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        # Without a boot id, a reading from before a reboot is still caught by
        # the elapsed clock going backwards (see focus.py).
        return ""
