"""Merging Behind's own JSON export into the open database.

Only what is missing is added: a win, block, check-in answer, tick, rough day or
weekly self-check already there (the same moment and words) is left alone, and
nothing stored is ever changed, so importing the same file twice adds nothing.
Ids are kept where they are free, so an export put back into an emptied
database reads exactly as it did.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from behind_desktop.core.export import EXPORT_FORMAT
from behind_desktop.core.settings import from_json, to_json
from behind_desktop.store.errors import StoreError, StoreProblem

EXPORT_APP = "behind-desktop"
TABLES = ("items", "blocks", "wins", "ticks", "days", "checkins", "redflags", "settings")


class ImportRefused(StoreError):
    """A file Behind won't import: not Behind's export, or from a newer version."""


@dataclass
class ImportSummary:
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))

    @property
    def total(self) -> int:
        return sum(self.added.values())


def check_export(data: object, name: str) -> Mapping[str, Any]:
    if not isinstance(data, dict) or data.get("app") != EXPORT_APP:
        raise ImportRefused(StoreProblem.NOT_AN_EXPORT, name)
    fmt = data.get("format", 1)
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt > EXPORT_FORMAT:
        raise ImportRefused(StoreProblem.NEWER_EXPORT, name, data.get("version", "?"))
    for table in TABLES:
        rows = data.get(table, [])
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ImportRefused(StoreProblem.DAMAGED_EXPORT, name, table)
    return data


def _ts(value: Any) -> float | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("a time")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("a time without its offset")
    return moment.timestamp()


def _day(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("a day")
    return date.fromisoformat(value).isoformat()


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("text")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError("a whole number")
    return value


def _free_id(c: sqlite3.Connection, table: str, wanted: Any) -> int | None:
    if isinstance(wanted, int) and not isinstance(wanted, bool) and wanted > 0:
        taken = c.execute(f"SELECT 1 FROM {table} WHERE id = ?", (wanted,)).fetchone()
        if taken is None:
            return wanted
    return None


def merge(c: sqlite3.Connection, data: Mapping[str, Any]) -> ImportSummary:
    """Add what is missing, inside the caller's transaction. Raises ValueError on a
    row that can't be read (then nothing is kept)."""
    out = ImportSummary()
    added = out.added
    items: dict[Any, int] = {}
    for row in sorted(
        data.get("items", []), key=lambda r: (r.get("layer", 0), r.get("position", 0))
    ):
        layer, title, key = _int(row.get("layer")), _text(row.get("title")), row.get("key")
        if layer not in (1, 2, 3):
            raise ValueError("a layer")
        if key is not None:
            found = c.execute("SELECT id FROM items WHERE key = ?", (_text(key),)).fetchone()
        else:
            found = c.execute(
                "SELECT id FROM items WHERE key IS NULL AND layer = ? AND title = ?", (layer, title)
            ).fetchone()
        if found is not None:
            items[row.get("id")] = found[0]
            continue
        (pos,) = c.execute(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM items WHERE layer = ?", (layer,)
        ).fetchone()
        cur = c.execute(
            "INSERT INTO items(id, layer, key, title, position, archived, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, strftime('%s', 'now'))",
            (
                _free_id(c, "items", row.get("id")),
                layer,
                key,
                title,
                pos,
                int(bool(row.get("archived"))),
            ),
        )
        items[row.get("id")] = int(cur.lastrowid or 0)
        added["items"] += 1

    blocks: dict[Any, int] = {}
    for row in data.get("blocks", []):
        step, planned = _text(row.get("step")), _int(row.get("planned_s"))
        started, ended = _ts(row.get("started_at")), _ts(row.get("ended_at"))
        state = _text(row.get("state"))
        state = "paused" if state == "running" else state  # its clock stayed behind
        focused = row.get("focused_s")
        focused_s = float(_int(focused)) if focused is not None else 0.0
        found = c.execute(
            "SELECT id FROM blocks WHERE CAST(started_at AS INTEGER) = ? AND step = ? "
            "AND planned_s = ?",
            (int(started or 0), step, planned),
        ).fetchone()
        if found is not None:
            blocks[row.get("id")] = found[0]
            continue
        cur = c.execute(
            "INSERT INTO blocks(id, step, planned_s, started_at, state, accrued_s, boot_id, "
            "ended_at) VALUES (?, ?, ?, ?, ?, ?, '', ?)",
            (_free_id(c, "blocks", row.get("id")), step, planned, started, state, focused_s, ended),
        )
        blocks[row.get("id")] = int(cur.lastrowid or 0)
        added["blocks"] += 1

    for row in data.get("wins", []):
        at, day, text = _ts(row.get("at")), _day(row.get("day")), _text(row.get("text"))
        source = _text(row.get("source"))
        if c.execute(
            "SELECT 1 FROM wins WHERE CAST(at AS INTEGER) = ? AND day = ? AND text = ? "
            "AND source = ?",
            (int(at or 0), day, text, source),
        ).fetchone():
            continue
        c.execute(
            "INSERT INTO wins(id, at, day, text, source, block_id) VALUES (?, ?, ?, ?, ?, ?)",
            (
                _free_id(c, "wins", row.get("id")),
                at,
                day,
                text,
                source,
                blocks.get(row.get("block_id")),
            ),
        )
        added["wins"] += 1

    for row in data.get("ticks", []):
        item = items.get(row.get("item_id"))
        if item is None:
            continue
        cur = c.execute(
            "INSERT OR IGNORE INTO ticks(item_id, day, at, source) VALUES (?, ?, ?, ?)",
            (item, _day(row.get("day")), _ts(row.get("at")), _text(row.get("source"))),
        )
        added["ticks"] += cur.rowcount

    for row in data.get("days", []):
        cur = c.execute(
            "INSERT OR IGNORE INTO days(day, rough) VALUES (?, ?)",
            (_day(row.get("day")), int(bool(row.get("rough_day")))),
        )
        added["days"] += cur.rowcount

    for row in data.get("checkins", []):
        values = (
            _text(row.get("question")),
            _ts(row.get("due_at")),
            _text(row.get("answer")),
            _ts(row.get("at")),
            _day(row.get("day")),
        )
        if c.execute(
            "SELECT 1 FROM checkins WHERE question = ? AND CAST(due_at AS INTEGER) = ? "
            "AND answer = ? AND CAST(at AS INTEGER) = ? AND day = ?",
            (values[0], int(values[1] or 0), values[2], int(values[3] or 0), values[4]),
        ).fetchone():
            continue
        c.execute(
            "INSERT INTO checkins(question, due_at, answer, at, day, snooze_until) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (*values, _ts(row.get("snooze_until"))),
        )
        added["checkins"] += 1

    import json

    for row in data.get("redflags", []):
        signs = row.get("signs")
        if not isinstance(signs, list) or not all(isinstance(s, str) for s in signs):
            raise ValueError("self-check signs")
        cur = c.execute(
            "INSERT OR IGNORE INTO redflags(week, at, signs) VALUES (?, ?, ?)",
            (_text(row.get("week")), _ts(row.get("at")), json.dumps(sorted(signs))),
        )
        added["redflags"] += cur.rowcount

    settings = [s for s in data.get("settings", []) if s]
    if settings and c.execute("SELECT 1 FROM kv WHERE key = 'settings'").fetchone() is None:
        clean = to_json(from_json(json.dumps(settings[0])))
        c.execute("INSERT INTO kv(key, value) VALUES ('settings', ?)", (clean,))
        added["settings"] += 1
    return out
