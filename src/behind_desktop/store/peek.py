"""A glance at the stored language before the data file is opened.

The command line words its usage errors and help before it opens the store (and
many commands never open it). When the data file is Behind's own, a regular file,
its language setting is read through a read-only URI (immutable when there is no
-wal), so the file is never changed, nothing is migrated and no notice is due;
anything unusual (no file, a foreign or damaged one, a lock) reads as "" and the
system's language is used until the store itself is opened.
"""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

from behind_desktop.store.files import APPLICATION_ID, DB_NAME, SQLITE_HEADER, _size, _uri

SETTINGS_SQL = "SELECT CAST(value AS TEXT) FROM kv WHERE key = 'settings'"
PEEK_TIMEOUT_S = 0.2  # a database another program holds locked: don't wait for it


def stored_language(data_dir: Path) -> str:
    """The ``language`` setting stored in ``data_dir``, or "" when it can't be read cheaply."""
    path = data_dir / DB_NAME
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return ""
        with path.open("rb") as f:
            header = f.read(100)
    except OSError:
        return ""
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        return ""
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return ""
    wal = _size(path.with_name(path.name + "-wal")) > 0
    try:
        conn = sqlite3.connect(
            _uri(path, immutable=not wal), uri=True, timeout=PEEK_TIMEOUT_S, isolation_level=None
        )
        try:
            row = conn.execute(
                "SELECT CAST(value AS TEXT) FROM kv WHERE key = 'settings'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return ""
    try:
        data = json.loads(row[0]) if row and isinstance(row[0], str) else None
    except ValueError:
        return ""
    language = data.get("language") if isinstance(data, dict) else None
    return language if isinstance(language, str) else ""
