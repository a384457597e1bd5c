"""What the Wins page saves: in which format (the weeks come from ``services.wins``).

The format follows the file name the user typed (``.csv``, ``.md``), else the
filter chosen in the save dialog, and the matching ending is added.
"""

from __future__ import annotations

from pathlib import Path


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
