"""The data folder and file: creating, inspecting, moving aside, connecting.

Inspection never changes what it looks at: the file is read through a quoted,
read-only URI (immutable when there is no -wal), a hot journal is rolled back in
a private copy first, and anything that is not a regular file, not Behind's
(``PRAGMA application_id``) or from a newer version is refused before SQLite
writes a byte. A fresh database is built beside the real name and linked into
place only once it is complete, so a start killed at any moment leaves either
nothing or a whole database.
"""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import sqlite3
import stat
import struct
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from urllib.parse import quote

from behind_desktop.core.reasons import os_reason
from behind_desktop.store.errors import (
    ForeignDatabaseError,
    NewerDatabaseError,
    StoreError,
    StoreProblem,
)

DB_NAME = "behind.db"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
APPLICATION_ID = 0x42484E44  # "BHND": marks a file as Behind's own
# Tables only Behind's own files have; a file from before the application_id mark
# is adopted when it has them all.
BEHIND_TABLES = frozenset({"kv", "items", "ticks", "days", "blocks", "wins", "checkins"})
WAL_COPY = "-wal.copy"
POSIX = sys.platform != "win32"

# Stored moments outside these bounds are hostile or damaged and read as unset.
MIN_TS = 946_684_800.0  # 2000-01-01
MAX_TS = 4_102_444_800.0  # 2100-01-01


# SQLite's primary result codes (the low byte of an extended one).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 5, 6, 8
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 11, 13, 26


def primary_code(e: sqlite3.Error) -> int | None:
    """SQLite's result code for an error (None when it carries none)."""
    code = getattr(e, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


class Damaged(ValueError):
    """The file is a database Behind can't read: it is moved aside."""


def to_ts(moment: datetime) -> float:
    return moment.timestamp()


def valid_ts(ts: object) -> float | None:
    """A stored timestamp as a float, or None when it is missing, junk or out of range."""
    if isinstance(ts, bool) or not isinstance(ts, (int, float, str)):
        return None
    try:
        value = float(ts)
    except (ValueError, OverflowError):
        return None
    if not math.isfinite(value) or not MIN_TS <= value <= MAX_TS:
        return None
    return value


def from_ts(ts: object, tz: tzinfo) -> datetime | None:
    value = valid_ts(ts)
    return None if value is None else datetime.fromtimestamp(value, tz)


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def make_private(path: Path) -> None:
    if POSIX and path.exists():
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def sidecars(db: Path) -> list[Path]:
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def journal(db: Path) -> Path:
    return db.with_name(db.name + "-journal")


def prepare_dir(data_dir: Path) -> None:
    """Create the data folder, or make an existing one private to the user."""
    try:
        if data_dir.exists() and not data_dir.is_dir():
            raise StoreError(StoreProblem.NOT_A_FOLDER, data_dir)
        if not data_dir.exists():
            data_dir.mkdir(parents=True, mode=0o700)
        if POSIX:
            st = data_dir.stat()
            # Only a folder that is Behind's (empty, or holding its file): never
            # tighten a folder of other things someone pointed --data-dir at.
            ours = not any(True for _ in data_dir.iterdir()) or (data_dir / DB_NAME).exists()
            if st.st_uid == os.getuid() and st.st_mode & 0o077 and ours:
                os.chmod(data_dir, stat.S_IMODE(st.st_mode) & 0o700)
    except OSError as e:
        raise StoreError(StoreProblem.FOLDER_UNUSABLE, data_dir, os_reason(e)) from None


def existing_file(path: Path) -> bool:
    """Whether the data file exists; refuses anything but a regular file (a FIFO
    would hang every read, a dangling link would be created somewhere else)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as e:
        raise StoreError(StoreProblem.CANT_LOOK, path, os_reason(e)) from None
    if stat.S_ISLNK(st.st_mode):
        try:
            st = os.stat(path)
        except OSError:
            target = os.readlink(path)
            raise StoreError(StoreProblem.DANGLING_LINK, path, target) from None
    if not stat.S_ISREG(st.st_mode):
        raise StoreError(StoreProblem.NOT_REGULAR, path)
    for side in [*sidecars(path)[1:], journal(path)]:
        with contextlib.suppress(FileNotFoundError):
            if not stat.S_ISREG(os.lstat(side).st_mode):
                raise StoreError(StoreProblem.PIECE_NOT_REGULAR, side, path)
    return True


def _uri(path: Path, immutable: bool) -> str:
    # Quoted, so '#', '?' and '%' in a folder name stay part of the name.
    quoted = quote(os.fsencode(path.absolute()), safe="/")
    return f"file:{quoted}?" + ("immutable=1" if immutable else "mode=ro")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    return str(value)


def inspect(path: Path, newest: int) -> bool:
    """Look at an existing file without changing it.

    True when it holds Behind's data, False when it holds nothing at all (it may
    be replaced by a fresh database). Raises StoreError to refuse it (newer,
    foreign, unreadable) and Damaged when it should be moved aside.
    """
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as e:
        raise StoreError(StoreProblem.CANT_READ, path, os_reason(e)) from None
    if header == b"":
        return False  # an empty file is an empty database
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise Damaged("it is not a database")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise _foreign(path)
    if _size(journal(path)) > 0:
        # A hot journal from a start that was stopped mid-write: roll it back in a
        # private copy and look at that; the real file is rolled back by SQLite
        # itself once it is known to be Behind's.
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=".inspect-") as tmp:
            copy = Path(tmp) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(journal(path), journal(copy))
            try:
                conn = sqlite3.connect(copy, isolation_level=None)
                try:
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                finally:
                    conn.close()
            except sqlite3.DatabaseError as e:
                raise Damaged(str(e)) from None
            return _inspect_sqlite(copy, path, newest)
    return _inspect_sqlite(path, path, newest)


def _foreign(path: Path) -> StoreError:
    return ForeignDatabaseError(StoreProblem.FOREIGN, path)


def _inspect_sqlite(path: Path, shown: Path, newest: int) -> bool:
    conn = None
    try:
        wal = _size(path.with_name(path.name + "-wal")) > 0
        conn = sqlite3.connect(_uri(path, immutable=not wal), uri=True, isolation_level=None)
        conn.text_factory = bytes  # a damage report may not be UTF-8
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        tables = {
            _text(name)
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if app_id not in (0, APPLICATION_ID):
            raise _foreign(shown)
        if version == 0 and not tables:
            return False
        if app_id == 0 and not tables >= BEHIND_TABLES:
            raise _foreign(shown)
        if version > newest:
            raise NewerDatabaseError(StoreProblem.NEWER, shown, version, newest)
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if [_text(r[0]) for r in rows[:1]] != ["ok"]:
            detail = _text(rows[0][0]) if rows else "no answer"
            raise Damaged(f"the integrity check failed: {detail[:200]}")
    except sqlite3.DatabaseError as e:
        if primary_code(e) in (SQLITE_CORRUPT, SQLITE_NOTADB):
            raise Damaged(str(e)) from None
        raise StoreError(StoreProblem.CANT_OPEN, shown, e) from None
    finally:
        if conn is not None:
            conn.close()
    return True


def _aside_name(path: Path, now: datetime, kind: str = "corrupt") -> Path:
    name = f"{path.name}.{kind}-{stamp(now)}"
    target = path.with_name(name)
    n = 1
    while any(p.exists() for p in sidecars(target)):
        n += 1
        target = path.with_name(f"{name}-{n}")
    return target


def move_aside(path: Path, now: datetime, kind: str = "corrupt") -> Path:
    """Rename the file with its -wal/-shm as one set SQLite can still open, never over
    an earlier set; the copies are private to the user."""
    target = _aside_name(path, now, kind)
    for p in [*sidecars(path), journal(path)]:
        if p.exists():
            moved = target.with_name(target.name + p.name[len(path.name) :])
            p.rename(moved)
            make_private(moved)
    return target


def copy_aside(path: Path, now: datetime) -> Path:
    """Copy the file with its -wal, byte for byte, beside it (private to the user)."""
    target = _aside_name(path, now)
    for p in sidecars(path)[:2]:
        if p.exists():
            copy = target.with_name(target.name + p.name[len(path.name) :])
            shutil.copyfile(p, copy)
            make_private(copy)
    return target


# -- the -wal -------------------------------------------------------------------------------

_WAL_MAGIC = (0x377F0682, 0x377F0683)
_DMS_LOCK_BYTE = 128  # SQLite's unix VFS: every open connection holds a read lock here


def _checksum(buf: bytes, s1: int, s2: int, big: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(buf) // 4}I", buf)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2


def wal_loses_commits(wal: Path) -> bool:
    """Whether SQLite's recovery of this -wal would drop committed transactions: a
    frame fails its checksum and a later frame of the same log ends a transaction.
    (A kill mid-write only leaves an incomplete last transaction, which is dropped
    rightly: it was never acknowledged.)"""
    data = wal.read_bytes()
    if len(data) <= 32:
        return False
    magic, _version, page_size = struct.unpack(">III", data[:12])
    if magic not in _WAL_MAGIC or page_size < 512 or page_size > 65536:
        return True
    big = bool(magic & 1)
    salts = data[16:24]
    s1, s2 = _checksum(data[:24], 0, 0, big)
    if (s1, s2) != struct.unpack(">II", data[24:32]):
        return True
    size = 24 + page_size
    pos = 32
    while pos + size <= len(data):
        head = data[pos : pos + 24]
        if head[8:16] != salts:
            break
        s1, s2 = _checksum(head[:8], s1, s2, big)
        s1, s2 = _checksum(data[pos + 24 : pos + size], s1, s2, big)
        if (s1, s2) != struct.unpack(">II", head[16:24]):
            break
        pos += size
    for later in range(pos, len(data) - size + 1, size):
        head = data[later : later + 24]
        if head[8:16] == salts and head[4:8] != b"\0\0\0\0":
            return True
    return False


def wal_in_use(db: Path) -> bool:
    """Whether another process has the database open (then there is no recovery)."""
    shm = db.with_name(db.name + "-shm")
    if not sys.platform.startswith("linux") or not shm.exists():
        return False
    import fcntl

    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return False
    try:
        query = struct.pack("@hhqqi", fcntl.F_WRLCK, os.SEEK_SET, _DMS_LOCK_BYTE, 1, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
        return bool(struct.unpack("@hhqqi", answer)[0] != fcntl.F_UNLCK)
    except OSError:
        return False
    finally:
        os.close(fd)


def check_wal(path: Path, now: datetime) -> Path | None:
    """Before the first connection replays a crash's -wal: keep a copy of it, and
    when replaying would drop committed frames, copy the set aside first. Returns
    that set, if one was made."""
    wal = path.with_name(path.name + "-wal")
    if _size(wal) == 0 or wal_in_use(path):
        return None
    copy = path.with_name(path.name + WAL_COPY)
    shutil.copyfile(wal, copy)
    make_private(copy)
    return copy_aside(path, now) if wal_loses_commits(wal) else None


# -- creating and connecting ------------------------------------------------------------------


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, ValueError):
        return True
    return True


def _fsync_dir(folder: Path) -> None:
    if not POSIX:
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def create(path: Path, build: Callable[[sqlite3.Connection], object]) -> None:
    """Build a fresh database beside ``path`` (WAL from its first write, marked as
    Behind's) and link it into place whole. A start killed meanwhile leaves only a
    half-built file under another name, cleared on the next start."""
    prefix = f".{path.name}.new-"
    for stale in path.parent.glob(prefix + "*"):
        pid = stale.name[len(prefix) :].split("-", 1)[0]
        if pid.isdigit() and not _pid_alive(int(pid)):
            with contextlib.suppress(OSError):
                stale.unlink()
    tmp = path.with_name(f"{prefix}{os.getpid()}")
    for p in [*sidecars(tmp), journal(tmp)]:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            build(conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        make_private(tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        if path.exists():  # an empty file (checked by the caller) or its stale journal
            for p in [journal(path), *sidecars(path)]:
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another start made it a moment earlier: use that one
        except OSError:
            if not path.exists():  # a file system without hard links (a FAT stick)
                os.rename(tmp, path)
        _fsync_dir(path.parent)
    except (OSError, sqlite3.Error) as e:
        reason = os_reason(e)
        raise StoreError(StoreProblem.CANT_CREATE, path, reason) from None
    finally:
        for p in [*sidecars(tmp), journal(tmp)]:
            with contextlib.suppress(OSError):
                p.unlink()


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
