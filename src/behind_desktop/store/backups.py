"""Daily copies of the database, kept in the data folder, and putting one back.

A backup is a consistent copy made with SQLite's backup API while the app runs
(readers and the writer carry on). One is made on the first wake-up of a day;
the last 7 days and one copy for each of the 4 weeks before them are kept.
Restoring moves the current database aside first (never over anything) and then
puts a copy of the backup in its place.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from behind_desktop.core.reasons import os_reason
from behind_desktop.store.errors import StoreError, StoreProblem
from behind_desktop.store.files import (
    DB_NAME,
    Damaged,
    existing_file,
    inspect,
    make_private,
    move_aside,
    sidecars,
)
from behind_desktop.store.schema import SCHEMA_VERSION

BACKUP_DIR = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_NAME = re.compile(r"^behind-(\d{4}-\d{2}-\d{2})\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date
    made_at: float = 0.0  # when the copy was made (its file's time), a timestamp


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def backups(data_dir: Path) -> list[Backup]:
    """The kept backups, newest first."""
    folder = backup_dir(data_dir)
    found = []
    with contextlib.suppress(OSError):
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m and p.is_file():
                with contextlib.suppress(ValueError, OSError):
                    made = p.stat().st_mtime
                    found.append(Backup(p, date.fromisoformat(m.group(1)), made))
    return sorted(found, key=lambda b: b.day, reverse=True)


def make_backup(
    conn: sqlite3.Connection, data_dir: Path, day: date, made_at: float | None = None
) -> Path:
    """A consistent copy of the open database as today's backup (0600); prunes old ones.
    ``made_at`` (a timestamp) becomes the file's time: when the backup was made."""
    folder = backup_dir(data_dir)
    target = folder / f"behind-{day.isoformat()}.db"
    tmp = folder / f".{target.name}.tmp-{os.getpid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        if sys.platform != "win32":
            os.chmod(folder, 0o700)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
        make_private(tmp)
        if made_at is not None:
            os.utime(tmp, (made_at, made_at))
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as e:
        with contextlib.suppress(OSError):
            tmp.unlink()
        reason = os_reason(e)
        raise StoreError(StoreProblem.BACKUP_FAILED, folder, reason) from None
    prune(data_dir)
    return target


def prune(data_dir: Path) -> list[Path]:
    """Keep the newest KEEP_DAILY backups and the newest of each of the KEEP_WEEKLY
    weeks before them; remove the rest. Returns what was removed."""
    kept = backups(data_dir)
    daily, older = kept[:KEEP_DAILY], kept[KEEP_DAILY:]
    weeks: dict[tuple[int, int], Backup] = {}
    for b in older:  # newest first, so the first of each week is its newest
        week = b.day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks[week] = b
    keep = {b.path for b in daily} | {b.path for b in weeks.values()}
    removed = []
    for b in older:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed


def restore(data_dir: Path, source: Path, now: datetime) -> Path | None:
    """Put a backup (or any copy of Behind's database) in place of the current one.

    The backup is checked first (Behind's own, not newer, not damaged); the current
    database is moved aside with its -wal, never overwritten. Returns where it went
    (None when there was none). Behind must not be running.
    """
    try:
        if not existing_file(source):
            raise StoreError(StoreProblem.NO_BACKUP, source)
        holds_data = inspect(source, SCHEMA_VERSION)
    except Damaged as e:
        raise StoreError(StoreProblem.BACKUP_UNREADABLE, source, e) from None
    if not holds_data:
        raise StoreError(StoreProblem.BACKUP_EMPTY, source)
    path = data_dir / DB_NAME
    tmp = data_dir / f".{DB_NAME}.restore-{os.getpid()}"
    try:
        shutil.copyfile(source, tmp)
        make_private(tmp)
        moved = None
        if any(p.exists() for p in sidecars(path)):
            moved = move_aside(path, now, kind="before-restore")
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StoreError(StoreProblem.RESTORE_FAILED, source, os_reason(e)) from None
    return moved
