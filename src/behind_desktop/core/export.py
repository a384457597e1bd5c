"""Turning wins and the whole store into text: plain, CSV, Markdown and JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from behind_desktop.core.wins import SOURCE_LABELS, WeekSummary


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def week_text(week: WeekSummary) -> str:
    lines = [f"Small wins, week {week.label} ({week.start:%a %d %b} – {week.end:%a %d %b %Y})"]
    if week.count:
        lines.append(_plural(week.count, "win"))
    else:
        lines.append("Nothing written down yet this week. Anything counts, even a short walk.")
    for day in week.days:
        lines.append("")
        lines.append(f"{day.day:%A %d %b}")
        if not day.wins:
            lines.append("  ·")
        for w in day.wins:
            lines.append(f"  {w.at:%H:%M}  {w.text}  ({SOURCE_LABELS[w.source]})")
    return "\n".join(lines) + "\n"


# Characters that change how a line renders (emphasis, links, code, raw HTML).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>~])")


def week_markdown(weeks: Sequence[WeekSummary]) -> str:
    out = ["# Small wins", ""]
    for week in weeks:
        out.append(f"## Week {week.label} · {_plural(week.count, 'win')}")
        out.append("")
        for day in week.days:
            if not day.wins:
                continue
            out.append(f"### {day.day:%A %d %B %Y}")
            out.append("")
            for w in day.wins:
                text = _MD_SPECIAL.sub(r"\\\1", w.text)
                out.append(f"- {w.at:%H:%M} {text} _({SOURCE_LABELS[w.source]})_")
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


def format_weeks(weeks: Sequence[WeekSummary], fmt: str) -> str:
    if fmt == "text":
        return "\n".join(week_text(w) for w in weeks)
    if fmt == "csv":
        return week_csv(weeks)
    if fmt == "markdown":
        return week_markdown(weeks)
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
