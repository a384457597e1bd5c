"""What the Wins page saves: which weeks go into the file, and in which format.

The format follows the file name the user typed (``.csv``, ``.md``), else the
filter chosen in the save dialog, and the matching ending is added.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from behind_desktop.core.wins import WeekSummary, Win, summarise_week, week_containing


def weeks_of(wins: Sequence[Win], first_weekday: int) -> list[WeekSummary]:
    """Every week that has a win, oldest first."""
    starts = sorted({week_containing(w.day, first_weekday)[0] for w in wins})
    by_week: dict[date, list[Win]] = {s: [] for s in starts}
    for w in wins:
        by_week[week_containing(w.day, first_weekday)[0]].append(w)
    return [summarise_week(s, by_week[s]) for s in starts]


def export_target(raw: str, chosen_filter: str) -> tuple[Path, str]:
    """The file to write and its format ("csv" or "markdown")."""
    path = Path(raw)
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        return path, "markdown"
    if suffix == ".csv":
        return path, "csv"
    fmt = "markdown" if "*.md" in chosen_filter else "csv"
    return path.with_name(path.name + (".md" if fmt == "markdown" else ".csv")), fmt
