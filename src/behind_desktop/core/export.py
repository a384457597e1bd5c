"""Turning wins and the whole store into text: plain, CSV, Markdown and JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from behind_desktop.core.text import QT_TRANSLATE_NOOP, fill
from behind_desktop.core.wins import WeekSummary, WinSource

CONTEXT = "Export"  # the translation context of every text below
# Translate(context, source, disambiguation, n), called like Qt's: the windows pass
# QCoreApplication.translate, the command line its catalog's translate.
Translate = Callable[[str, str, str, int], str]

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Export", "Monday"),
    QT_TRANSLATE_NOOP("Export", "Tuesday"),
    QT_TRANSLATE_NOOP("Export", "Wednesday"),
    QT_TRANSLATE_NOOP("Export", "Thursday"),
    QT_TRANSLATE_NOOP("Export", "Friday"),
    QT_TRANSLATE_NOOP("Export", "Saturday"),
    QT_TRANSLATE_NOOP("Export", "Sunday"),
)
SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Export", "Mon"),
    QT_TRANSLATE_NOOP("Export", "Tue"),
    QT_TRANSLATE_NOOP("Export", "Wed"),
    QT_TRANSLATE_NOOP("Export", "Thu"),
    QT_TRANSLATE_NOOP("Export", "Fri"),
    QT_TRANSLATE_NOOP("Export", "Sat"),
    QT_TRANSLATE_NOOP("Export", "Sun"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("Export", "January"),
    QT_TRANSLATE_NOOP("Export", "February"),
    QT_TRANSLATE_NOOP("Export", "March"),
    QT_TRANSLATE_NOOP("Export", "April"),
    QT_TRANSLATE_NOOP("Export", "May"),
    QT_TRANSLATE_NOOP("Export", "June"),
    QT_TRANSLATE_NOOP("Export", "July"),
    QT_TRANSLATE_NOOP("Export", "August"),
    QT_TRANSLATE_NOOP("Export", "September"),
    QT_TRANSLATE_NOOP("Export", "October"),
    QT_TRANSLATE_NOOP("Export", "November"),
    QT_TRANSLATE_NOOP("Export", "December"),
)
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("Export", "Jan"),
    QT_TRANSLATE_NOOP("Export", "Feb"),
    QT_TRANSLATE_NOOP("Export", "Mar"),
    QT_TRANSLATE_NOOP("Export", "Apr"),
    QT_TRANSLATE_NOOP("Export", "May"),
    QT_TRANSLATE_NOOP("Export", "Jun"),
    QT_TRANSLATE_NOOP("Export", "Jul"),
    QT_TRANSLATE_NOOP("Export", "Aug"),
    QT_TRANSLATE_NOOP("Export", "Sep"),
    QT_TRANSLATE_NOOP("Export", "Oct"),
    QT_TRANSLATE_NOOP("Export", "Nov"),
    QT_TRANSLATE_NOOP("Export", "Dec"),
)
SOURCES = {
    WinSource.FOCUS: QT_TRANSLATE_NOOP("Export", "focus block"),
    WinSource.TYPED: QT_TRANSLATE_NOOP("Export", "typed"),
    WinSource.BASICS: QT_TRANSLATE_NOOP("Export", "basics"),
}
# Dates, from their parts: %1 the weekday, %2 the day of the month, %3 the month,
# %4 the year (each language orders and punctuates them its own way).
DATE = QT_TRANSLATE_NOOP("Export", "%1 %2 %3")
FULL_DATE = QT_TRANSLATE_NOOP("Export", "%1 %2 %3 %4")


def english(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """The source text itself, its "(s)" counted: what an export says untranslated."""
    if n < 0:
        return text
    return text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


class Export:
    """A week's wins worded for a person: headings, counts, dates, in one language.

    lupdate reads ``self.tr`` here as the ``Export`` context (plurals included)."""

    def __init__(self, translate: Translate = english) -> None:
        self._translate = translate

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return self._translate(CONTEXT, text, disambiguation, n)

    def title(self, week: WeekSummary) -> str:
        span = (week.label, self.short_date(week.start), self.short_date(week.end), week.end.year)
        return fill(self.tr("Small wins, week %1 (%2 – %3 %4)"), span)

    def nothing_yet(self) -> str:
        return self.tr("Nothing written down yet this week. Anything counts, even a short walk.")

    def heading(self) -> str:
        return self.tr("Small wins")

    def week_heading(self, week: WeekSummary) -> str:
        return fill(self.tr("Week %1 · %2"), (week.label, self.count(week.count)))

    def count(self, n: int) -> str:
        return self.tr("%n win(s)", "", n)

    def source(self, source: WinSource) -> str:
        return self.tr(SOURCES[source])

    def short_date(self, day: date) -> str:
        parts = (
            self.tr(SHORT_WEEKDAYS[day.weekday()]),
            day.day,
            self.tr(SHORT_MONTHS[day.month - 1]),
        )
        return fill(self.tr(DATE), parts)

    def day_and_month(self, day: date) -> str:
        parts = (self.tr(WEEKDAYS[day.weekday()]), day.day, self.tr(SHORT_MONTHS[day.month - 1]))
        return fill(self.tr(DATE), parts)

    def full_date(self, day: date) -> str:
        parts = (
            self.tr(WEEKDAYS[day.weekday()]),
            day.day,
            self.tr(MONTHS[day.month - 1]),
            day.year,
        )
        return fill(self.tr(FULL_DATE), parts)


ENGLISH = Export()


def week_text(week: WeekSummary, words: Export = ENGLISH) -> str:
    lines = [words.title(week)]
    if week.count:
        lines.append(words.count(week.count))
    else:
        lines.append(words.nothing_yet())
    for day in week.days:
        lines.append("")
        lines.append(words.day_and_month(day.day))
        if not day.wins:
            lines.append("  ·")
        for w in day.wins:
            lines.append(f"  {w.at:%H:%M}  {w.text}  ({words.source(w.source)})")
    return "\n".join(lines) + "\n"


# Characters that change how a line renders (emphasis, links, code, raw HTML).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>~])")


def week_markdown(weeks: Sequence[WeekSummary], words: Export = ENGLISH) -> str:
    out = ["# " + words.heading(), ""]
    for week in weeks:
        out.append(f"## {words.week_heading(week)}")
        out.append("")
        for day in week.days:
            if not day.wins:
                continue
            out.append(f"### {words.full_date(day.day)}")
            out.append("")
            for w in day.wins:
                text = _MD_SPECIAL.sub(r"\\\1", w.text)
                out.append(f"- {w.at:%H:%M} {text} _({words.source(w.source)})_")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _csv_safe(value: object) -> object:
    # Spreadsheets run cells that start like a formula; keep the text as text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def week_csv(weeks: Sequence[WeekSummary]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["week", "day", "time", "text", "source"])
    for week in weeks:
        for w in week.all_wins():
            writer.writerow(
                [week.label, w.day.isoformat(), f"{w.at:%H:%M}", _csv_safe(w.text), w.source.value]
            )
    return buf.getvalue()


def week_json(weeks: Sequence[WeekSummary]) -> str:
    data = [
        {
            "week": week.label,
            "start": week.start.isoformat(),
            "count": week.count,
            "days": [
                {
                    "day": d.day.isoformat(),
                    "wins": [
                        {
                            "at": w.at.isoformat(timespec="seconds"),
                            "text": w.text,
                            "source": w.source.value,
                        }
                        for w in d.wins
                    ],
                }
                for d in week.days
            ],
        }
        for week in weeks
    ]
    return json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False) + "\n"


def format_weeks(weeks: Sequence[WeekSummary], fmt: str, words: Export = ENGLISH) -> str:
    """Weeks as ``text``, ``markdown`` (worded by ``words``), ``csv`` or ``json`` (data)."""
    if fmt == "text":
        return "\n".join(week_text(w, words) for w in weeks)
    if fmt == "csv":
        return week_csv(weeks)
    if fmt == "markdown":
        return week_markdown(weeks, words)
    if fmt == "json":
        return week_json(weeks)
    raise ValueError(f"unknown format {fmt}")


EXPORT_FORMAT = 1  # bumped when the JSON export changes shape; import refuses newer ones


def everything_json(data: Mapping[str, Any], version: str) -> str:
    return (
        json.dumps(
            {"app": "behind-desktop", "version": version, "format": EXPORT_FORMAT, **data},
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )


def everything_csv(data: Mapping[str, Sequence[Mapping[str, Any]]]) -> str:
    """One CSV with a ``table`` column, so it opens as a single sheet."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["table", "field", "value", "row"])
    for table, rows in data.items():
        for n, row in enumerate(rows):
            for key, value in row.items():
                if isinstance(value, (dict, list)):
                    value = json.dumps(value, ensure_ascii=False)
                writer.writerow([table, key, _csv_safe(value), n])
    return buf.getvalue()
