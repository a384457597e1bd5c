"""Small wins and the week they belong to.

Wins come from finished (or kept) focus blocks, from text typed by hand, and
from Layer 1 basics ticked on a day. The basics are not stored twice: the week
summary derives them from the day's ticks, so unticking takes them back out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from behind_desktop.core.timeutil import iso_week_label, week_start


class WinSource(StrEnum):
    FOCUS = "focus"
    TYPED = "typed"
    BASICS = "basics"


@dataclass(frozen=True)
class Win:
    at: datetime
    day: date
    text: str
    source: WinSource
    block_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class DayWins:
    day: date
    wins: tuple[Win, ...]

    @property
    def count(self) -> int:
        return len(self.wins)


@dataclass(frozen=True)
class WeekSummary:
    start: date
    days: tuple[DayWins, ...] = field(default_factory=tuple)

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def count(self) -> int:
        return sum(d.count for d in self.days)

    @property
    def label(self) -> str:
        return iso_week_label(self.start + timedelta(days=3))

    def all_wins(self) -> list[Win]:
        return [w for d in self.days for w in d.wins]


def summarise_week(start: date, wins: Iterable[Win]) -> WeekSummary:
    """Group the wins that fall in the 7 days from ``start``, each day oldest first."""
    buckets: dict[date, list[Win]] = {start + timedelta(days=i): [] for i in range(7)}
    for win in wins:
        if win.day in buckets:
            buckets[win.day].append(win)
    return WeekSummary(
        start=start,
        days=tuple(
            DayWins(day, tuple(sorted(ws, key=lambda w: (w.at, w.id or 0))))
            for day, ws in buckets.items()
        ),
    )


def week_containing(day: date, first_weekday: int = 0) -> tuple[date, date]:
    """First and last day of the week holding ``day``."""
    start = week_start(day, first_weekday)
    return start, start + timedelta(days=6)
