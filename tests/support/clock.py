"""Test helpers: a clock the tests move by hand."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo


class FakeClock:
    """Wall time and elapsed time that move only when a test says so.

    ``advance`` is ordinary time passing; ``suspend`` is a sleeping laptop (both
    readings move, as CLOCK_BOOTTIME does); ``jump_wall`` is someone changing the
    clock (only the wall moves); ``reboot`` starts a new boot with elapsed at zero.
    """

    def __init__(
        self, start: datetime | str = "2026-11-23 09:00", tz: str | tzinfo = "Europe/London"
    ):
        self._tz = ZoneInfo(tz) if isinstance(tz, str) else tz
        if isinstance(start, str):
            start = datetime.fromisoformat(start)
        if start.tzinfo is None:
            start = start.replace(tzinfo=self._tz)
        self._utc = start.astimezone(ZoneInfo("UTC"))
        self._elapsed = 1000.0
        self._boot = "boot-1"

    @property
    def tz(self) -> tzinfo:
        return self._tz

    def now(self) -> datetime:
        return self._utc.astimezone(self._tz)

    def elapsed(self) -> float:
        return self._elapsed

    def boot_id(self) -> str:
        return self._boot

    def advance(self, seconds: float = 0, **kw: float) -> None:
        delta = timedelta(seconds=seconds, **kw).total_seconds()
        self._utc += timedelta(seconds=delta)
        self._elapsed += delta

    suspend = advance

    def jump_wall(self, seconds: float = 0, **kw: float) -> None:
        self._utc += timedelta(seconds=seconds, **kw)

    def reboot(self, downtime_s: float = 60) -> None:
        self._utc += timedelta(seconds=downtime_s)
        self._elapsed = 5.0
        self._boot = self._boot + "+"

    def set(self, when: str | datetime) -> None:
        """Move the wall (and elapsed, like real time passing) to a local time."""
        target = datetime.fromisoformat(when) if isinstance(when, str) else when
        if target.tzinfo is None:
            target = target.replace(tzinfo=self._tz)
        self.advance((target - self.now()).total_seconds())
