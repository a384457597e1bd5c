"""The data folder and file: creating, inspecting, moving aside, connecting."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from datetime import datetime, tzinfo
from pathlib import Path

from behind_desktop.store.errors import NewerDatabaseError, StoreError

DB_NAME = "behind.db"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def to_ts(moment: datetime) -> float:
    return moment.timestamp()


def from_ts(ts: float | None, tz: tzinfo) -> datetime | None:
    return None if ts is None else datetime.fromtimestamp(ts, tz)


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def make_private(path: Path) -> None:
    if sys.platform != "win32" and path.exists():
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def sidecars(db: Path) -> list[Path]:
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def prepare_dir(data_dir: Path) -> None:
    """Create the data folder, private to the user when Behind creates it."""
    if data_dir.exists() and not data_dir.is_dir():
        raise StoreError(f"{data_dir} is a file, not a folder. Choose a folder with --data-dir.")
    try:
        if not data_dir.exists():
            data_dir.mkdir(parents=True, mode=0o700)
            if sys.platform != "win32":
                os.chmod(data_dir, 0o700)
    except OSError as e:
        raise StoreError(
            f"Can't create the data folder {data_dir} ({e.strerror or e}). "
            "Choose another with --data-dir."
        ) from None


def inspect(path: Path, newest: int) -> Exception | None:
    """Why an existing file can't be used: newer (refuse) or corrupt (move aside)."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        return StoreError(f"can't read {path}: {e.strerror}")
    if header == b"":
        return None  # an empty file is an empty database
    if header != SQLITE_HEADER:
        return ValueError("it is not a database")
    conn = None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        if version > newest:
            return NewerDatabaseError(
                f"{path} was written by a newer version of Behind (data format {version}; this "
                f"version reads up to {newest}). Nothing was changed. Update Behind, or "
                "use another folder with --data-dir."
            )
        result = conn.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            return ValueError("the integrity check failed")
    except sqlite3.DatabaseError as e:
        text = str(e)
        if "not a database" in text or "malformed" in text or "corrupt" in text:
            return ValueError(text)
        return StoreError(f"Behind can't open {path} ({text}); nothing was changed.")
    finally:
        if conn is not None:
            conn.close()
    return None


def move_aside(path: Path, now: datetime) -> Path:
    """Rename the file with its -wal/-shm as one set SQLite can still open, never over
    an earlier set."""
    name = f"{path.name}.corrupt-{stamp(now)}"
    target = path.with_name(name)
    n = 1
    while any(p.exists() for p in sidecars(target)):
        n += 1
        target = path.with_name(f"{name}-{n}")
    for p in sidecars(path):
        if p.exists():
            p.rename(target.with_name(target.name + p.name[len(path.name) :]))
    return target


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
