"""The database's tables, their migrations and the seed checklist."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from behind_desktop.core.layers import DEFAULT_ITEMS
from behind_desktop.store.files import make_private, stamp, to_ts

SCHEMA_VERSION = 1

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE kv (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        layer INTEGER NOT NULL CHECK (layer IN (1, 2, 3)),
        key TEXT,
        title TEXT NOT NULL,
        position INTEGER NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL
    );
    CREATE TABLE ticks (
        item_id INTEGER NOT NULL REFERENCES items(id),
        day TEXT NOT NULL,
        at REAL NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (item_id, day)
    ) WITHOUT ROWID;
    CREATE INDEX ticks_day ON ticks(day);
    CREATE TABLE days (
        day TEXT PRIMARY KEY,
        rough INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    CREATE TABLE blocks (
        id INTEGER PRIMARY KEY,
        step TEXT NOT NULL,
        planned_s INTEGER NOT NULL,
        started_at REAL NOT NULL,
        state TEXT NOT NULL,
        accrued_s REAL NOT NULL,
        seg_wall REAL,
        seg_elapsed REAL,
        boot_id TEXT NOT NULL,
        ended_at REAL
    );
    CREATE INDEX blocks_started ON blocks(started_at);
    CREATE TABLE wins (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        day TEXT NOT NULL,
        text TEXT NOT NULL,
        source TEXT NOT NULL,
        block_id INTEGER REFERENCES blocks(id)
    );
    CREATE INDEX wins_day ON wins(day);
    CREATE TABLE checkins (
        id INTEGER PRIMARY KEY,
        question TEXT NOT NULL,
        due_at REAL NOT NULL,
        answer TEXT NOT NULL,
        at REAL NOT NULL,
        day TEXT NOT NULL,
        snooze_until REAL
    );
    CREATE INDEX checkins_question ON checkins(question, id);
    CREATE INDEX checkins_day ON checkins(day);
    CREATE TABLE redflags (
        week TEXT PRIMARY KEY,
        at REAL NOT NULL,
        signs TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
}


def migrate(conn: sqlite3.Connection, path: Path, now: datetime) -> Path | None:
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    backup: Path | None = None
    if 0 < version < SCHEMA_VERSION:
        backup = path.with_name(f"{path.name}.v{version}-{stamp(now)}.bak")
        dest = sqlite3.connect(str(backup))
        with dest:
            conn.backup(dest)
        dest.close()
        make_private(backup)
    for target in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _MIGRATIONS[target].split(";"):
                if statement.strip():
                    conn.execute(statement)
            if target == 1:
                seed(conn, now)
            conn.execute(f"PRAGMA user_version = {target}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return backup


def seed(conn: sqlite3.Connection, now: datetime) -> None:
    positions: dict[int, int] = {}
    for item in DEFAULT_ITEMS:
        pos = positions.get(item.layer, 0)
        positions[item.layer] = pos + 1
        conn.execute(
            "INSERT INTO items(layer, key, title, position, created_at) VALUES (?, ?, ?, ?, ?)",
            (int(item.layer), item.key, item.title, pos, to_ts(now)),
        )
