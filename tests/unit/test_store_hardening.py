"""The data file under hostile conditions: odd folder names, foreign and damaged
files, a FIFO, a garbled -wal, hostile stored values. Whatever Behind can't use
is refused or moved aside unchanged; nothing acknowledged is lost."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from behind_desktop.core.settings import Settings, build
from behind_desktop.core.wins import WinSource
from behind_desktop.store import DB_NAME, NewerDatabaseError, Store, StoreError, WriteError
from behind_desktop.store.files import APPLICATION_ID
from tests.support.clock import FakeClock
from tests.unit.test_store import MONDAY, make_db, snapshot

POSIX = sys.platform != "win32"
SETTINGS_RESET = "some settings could not be read and were reset; your data is safe"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def raw_db(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for s in statements:
        conn.execute(s)
    conn.commit()
    conn.close()


# -- odd folder names ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a#b", "what?", "100%", "%41", "x?mode=rw#y"])
def test_a_newer_database_is_refused_whatever_the_folder_is_called(
    tmp_path: Path, clock: FakeClock, name: str
) -> None:
    folder = tmp_path / name
    path = make_db(folder, clock)
    raw_db(path, "PRAGMA user_version = 99")
    before = snapshot(folder)
    with pytest.raises(NewerDatabaseError):
        Store.open(folder, clock.tz, clock.now())
    assert snapshot(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no stray files beside it


@pytest.mark.parametrize("name", ["a#b", "%41"])
def test_a_folder_with_odd_characters_opens_every_time(
    tmp_path: Path, clock: FakeClock, name: str
) -> None:
    folder = tmp_path / name
    make_db(folder, clock, wins=2)
    for _ in range(3):
        s = Store.open(folder, clock.tz, clock.now())
        assert s.notice is None
        assert len(s.wins_between(MONDAY, MONDAY)) == 2
        s.close()


def test_a_damaged_database_in_a_hash_folder_is_moved_aside_not_written(
    tmp_path: Path, clock: FakeClock
) -> None:
    folder = tmp_path / "notes#1"
    path = make_db(folder, clock)
    data = bytearray(path.read_bytes())
    data[4096 + 200 : 4096 + 400] = os.urandom(200)  # garble the second page
    data[100:120] = b"\xff" * 20
    path.write_bytes(bytes(data))
    original = bytes(data)
    s = Store.open(folder, clock.tz, clock.now())
    s.close()
    assert s.notice is not None and "moved aside" in s.notice
    [aside] = list(folder.glob(f"{DB_NAME}.corrupt-*"))
    assert aside.read_bytes() == original


# -- the very first start --------------------------------------------------------------------------


def test_a_killed_first_start_leaves_nothing_half_made(data_dir: Path, clock: FakeClock) -> None:
    """A start killed before its first commit leaves an empty file and a hot journal
    (what a kill during the old first write left); the next start still succeeds."""
    data_dir.mkdir()
    path = data_dir / DB_NAME
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for i in range(300):
        conn.execute("INSERT INTO kv VALUES (?, ?)", (str(i), "x" * 200))
    # Copy the files mid-transaction: exactly what a kill leaves on disk.
    crashed = data_dir.parent / "crashed"
    crashed.mkdir()
    for p in data_dir.iterdir():
        shutil.copy(p, crashed / p.name)
    conn.execute("ROLLBACK")
    conn.close()
    shutil.rmtree(data_dir)
    crashed.rename(data_dir)
    assert (data_dir / f"{DB_NAME}-journal").stat().st_size > 0
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        assert len(s.items()) == 11
        s.add_win("still here", WinSource.TYPED, clock.now(), MONDAY)
    finally:
        s.close()
    s = Store.open(data_dir, clock.tz, clock.now())
    assert [w.text for w in s.wins_between(MONDAY, MONDAY)] == ["still here"]
    s.close()


def test_a_fresh_database_is_marked_as_behinds_own(store: Store) -> None:
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        conn.close()


# -- foreign files and things that are not files ---------------------------------------------------


def test_a_foreign_sqlite_file_is_refused_byte_for_byte(data_dir: Path, clock: FakeClock) -> None:
    data_dir.mkdir()
    path = data_dir / DB_NAME
    raw_db(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)", "PRAGMA user_version=1")
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match="not a Behind data file"):
        Store.open(data_dir, clock.tz, clock.now())
    assert snapshot(data_dir) == before


def test_a_foreign_file_with_tables_like_behinds_is_refused(
    data_dir: Path, clock: FakeClock
) -> None:
    data_dir.mkdir()
    path = data_dir / DB_NAME
    raw_db(path, "CREATE TABLE kv (key TEXT)", "PRAGMA application_id = 12345")
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match="not a Behind data file"):
        Store.open(data_dir, clock.tz, clock.now())
    assert snapshot(data_dir) == before


def test_a_database_from_before_the_mark_is_adopted(data_dir: Path, clock: FakeClock) -> None:
    path = make_db(data_dir, clock, wins=2)
    raw_db(path, "PRAGMA application_id = 0")
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        assert s.notice is None
        assert len(s.wins_between(MONDAY, MONDAY)) == 2
    finally:
        s.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    conn.close()


@pytest.mark.skipif(not POSIX, reason="FIFOs")
def test_a_fifo_named_like_the_database_is_refused_without_hanging(
    data_dir: Path, clock: FakeClock
) -> None:
    data_dir.mkdir()
    os.mkfifo(data_dir / DB_NAME)
    with pytest.raises(StoreError, match="not a regular file"):
        Store.open(data_dir, clock.tz, clock.now())


@pytest.mark.skipif(not POSIX, reason="symlinks")
def test_a_dangling_symlink_is_refused_in_one_line(data_dir: Path, clock: FakeClock) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).symlink_to(data_dir / "gone.db")
    with pytest.raises(StoreError, match="points to"):
        Store.open(data_dir, clock.tz, clock.now())
    assert not (data_dir / "gone.db").exists()


# -- damage reports that are not text --------------------------------------------------------------


def test_a_damage_report_that_is_not_utf8_still_moves_the_file_aside(
    data_dir: Path, clock: FakeClock
) -> None:
    path = make_db(data_dir, clock)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (NULL)")
    conn.commit()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 't'",
        (b'CREATE TABLE t("\xff" NOT NULL)',),
    )
    conn.commit()
    conn.close()
    original = path.read_bytes()
    s = Store.open(data_dir, clock.tz, clock.now())
    s.close()
    assert s.notice is not None and "moved aside" in s.notice
    [aside] = list(data_dir.glob(f"{DB_NAME}.corrupt-*"))
    assert aside.read_bytes() == original


# -- a damaged -wal --------------------------------------------------------------------------------


def crashed_with_wal(data_dir: Path, clock: FakeClock, wins: int) -> Path:
    """A database whose last wins are only in the -wal, as a crash leaves it."""
    make_db(data_dir, clock, wins=0)
    live = data_dir.parent / "live"
    shutil.copytree(data_dir, live)
    conn = sqlite3.connect(live / DB_NAME, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(wins):
        conn.execute(
            "INSERT INTO wins(at, day, text, source) VALUES (?, ?, ?, 'typed')",
            (clock.now().timestamp(), MONDAY.isoformat(), f"win {i} " + "x" * 3000),
        )
    for p in live.iterdir():  # the files as a kill leaves them
        shutil.copy(p, data_dir / p.name)
    conn.close()
    shutil.rmtree(live)
    (data_dir / f"{DB_NAME}-shm").unlink(missing_ok=True)
    return data_dir / f"{DB_NAME}-wal"


def test_a_wal_left_by_a_crash_is_replayed_and_copied(data_dir: Path, clock: FakeClock) -> None:
    wal = crashed_with_wal(data_dir, clock, wins=20)
    original = wal.read_bytes()
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        assert s.notice is None
        assert len(s.wins_between(MONDAY, MONDAY)) == 20
    finally:
        s.close()
    [copy] = list(data_dir.glob(f"{DB_NAME}-wal.copy"))
    assert copy.read_bytes() == original
    if POSIX:
        assert mode(copy) == 0o600


def test_a_garbled_wal_is_moved_aside_with_a_notice(data_dir: Path, clock: FakeClock) -> None:
    wal = crashed_with_wal(data_dir, clock, wins=50)
    data = bytearray(wal.read_bytes())
    frame = 24 + 4096
    mid = 32 + frame * (len(data) // frame // 2) + 24 + 100
    data[mid : mid + 50] = b"\x00garbled\x00" * 5 + b"\x00" * 5
    wal.write_bytes(bytes(data))
    db_before = (data_dir / DB_NAME).read_bytes()
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        assert s.notice is not None and "could not be read" in s.notice
        kept = len(s.wins_between(MONDAY, MONDAY))
        assert kept < 50
    finally:
        s.close()
    [aside] = list(data_dir.glob(f"{DB_NAME}.corrupt-*[0-9]"))
    assert aside.read_bytes() == db_before
    assert aside.with_name(aside.name + "-wal").read_bytes() == bytes(data)
    if POSIX:
        assert mode(aside) == 0o600


# -- permissions -----------------------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_an_existing_open_folder_is_made_private(data_dir: Path, clock: FakeClock) -> None:
    data_dir.mkdir(mode=0o755)
    os.chmod(data_dir, 0o755)
    Store.open(data_dir, clock.tz, clock.now()).close()
    assert mode(data_dir) == 0o700


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_moved_aside_copies_are_private(data_dir: Path, clock: FakeClock) -> None:
    data_dir.mkdir()
    path = data_dir / DB_NAME
    path.write_bytes(b"my shopping list, not a database")
    os.chmod(path, 0o644)
    Store.open(data_dir, clock.tz, clock.now()).close()
    [aside] = list(data_dir.glob(f"{DB_NAME}.corrupt-*"))
    assert mode(aside) == 0o600


# -- damaged settings ------------------------------------------------------------------------------


HOSTILE_SETTINGS = [
    "{not json",
    "[" * 100_000 + "]" * 100_000,
    '{"focus_minutes": ' + "9" * 5000 + "}",
    '{"focus_minutes": 1e999}',
    '{"questions": ' + "[" * 50_000 + "]" * 50_000 + "}",
]


@pytest.mark.parametrize("raw", HOSTILE_SETTINGS, ids=range(len(HOSTILE_SETTINGS)))
def test_damaged_settings_are_reset_once_with_a_kind_notice_and_export_still_works(
    data_dir: Path, clock: FakeClock, raw: str
) -> None:
    path = make_db(data_dir, clock, wins=1)
    raw_db(path, f"INSERT INTO kv VALUES ('settings', {sqlite_text(raw)})")
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        assert s.notice is not None and SETTINGS_RESET in s.notice.lower()
        assert s.settings() == Settings()
        data = s.export()
        json.dumps(data, allow_nan=False)  # valid JSON, no Infinity
        assert data["settings_unreadable"] == [{"raw": raw}]
        assert len(data["wins"]) == 1
    finally:
        s.close()
    s = Store.open(data_dir, clock.tz, clock.now())
    assert s.notice is None  # said once
    s.close()


def sqlite_text(raw: str) -> str:
    return "'" + raw.replace("'", "''") + "'"


def test_a_blob_in_settings_is_reset_and_exported(data_dir: Path, clock: FakeClock) -> None:
    path = make_db(data_dir, clock)
    raw_db(path, "INSERT INTO kv VALUES ('settings', X'00ff10')")
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        assert s.notice is not None and SETTINGS_RESET in s.notice.lower()
        json.dumps(s.export(), allow_nan=False)
    finally:
        s.close()


def test_one_bad_setting_keeps_the_good_ones(data_dir: Path, clock: FakeClock) -> None:
    path = make_db(data_dir, clock)
    good = build({"shift_mode": True, "wake_time": "19:00"})
    s = Store.open(data_dir, clock.tz, clock.now())
    s.save_settings(good)
    s.close()
    stored = json.loads(sqlite3.connect(path).execute("SELECT value FROM kv").fetchone()[0])
    stored["focus_minutes"] = "a lot"
    raw_db(path, f"UPDATE kv SET value = {sqlite_text(json.dumps(stored))} WHERE key='settings'")
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        assert s.notice is not None and SETTINGS_RESET in s.notice.lower()
        assert s.settings() == good
    finally:
        s.close()


def test_valid_settings_open_without_a_notice(data_dir: Path, clock: FakeClock) -> None:
    make_db(data_dir, clock)
    s = Store.open(data_dir, clock.tz, clock.now())
    s.save_settings(build({"shift_mode": True, "focus_minutes": 25, "first_weekday": 6}))
    s.close()
    s = Store.open(data_dir, clock.tz, clock.now())
    assert s.notice is None
    s.close()


# -- hostile stored values -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e20", "253402300799", "-1e20", "junk"])
def test_hostile_stored_times_read_as_unset(store: Store, value: str) -> None:
    store.set_value("checkins_paused_until", value)
    assert store.get_time("checkins_paused_until") is None


def test_hostile_numbers_in_rows_still_export(data_dir: Path, clock: FakeClock) -> None:
    path = make_db(data_dir, clock, wins=1)
    raw_db(
        path,
        "INSERT INTO blocks(step, planned_s, started_at, state, accrued_s, boot_id, ended_at) "
        "VALUES ('x', 900, 1e300, 'finished', 1e999, '', 253402300799)",
        "INSERT INTO wins(at, day, text, source) VALUES (1e999, '2026-11-23', 'odd', 'typed')",
    )
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        json.dumps(s.export(), allow_nan=False)
        s.latest_block()  # reads without raising
        assert {w.text for w in s.wins_between(MONDAY, MONDAY)} >= {"odd"}
    finally:
        s.close()


# -- a full disk or a locked database while running ----------------------------------------------


def fill_disk(store: Store) -> None:
    """Make the database full, as a full disk does: no page can be added."""
    (pages,) = store._conn.execute("PRAGMA page_count").fetchone()
    store._conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_write_on_a_full_disk_is_said_plainly_and_kept_until_it_fits(
    store: Store, clock: FakeClock
) -> None:
    fill_disk(store)
    with pytest.raises(WriteError, match="disk is full") as caught:
        for i in range(5000):
            store.add_win(f"a long win {i} " + "x" * 100, WinSource.TYPED, clock.now(), MONDAY)
    assert "kept" in str(caught.value)
    written = len(store.wins_between(MONDAY, MONDAY))
    assert store.pending == 1
    store._conn.execute("PRAGMA max_page_count = 1000000")  # room again
    assert store.retry_pending()
    assert store.pending == 0
    assert len(store.wins_between(MONDAY, MONDAY)) == written + 1


def test_a_locked_database_is_a_write_error_and_the_answer_is_written_later(
    data_dir: Path, clock: FakeClock
) -> None:
    s = Store.open(data_dir, clock.tz, clock.now())
    s._conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(s.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WriteError, match="another program"):
            s.add_win("kept", WinSource.TYPED, clock.now(), MONDAY)
        with pytest.raises(WriteError):
            s.add_win("kept too", WinSource.TYPED, clock.now(), MONDAY)
    finally:
        other.execute("ROLLBACK")
        other.close()
    s.close()  # closing writes what waited
    s = Store.open(data_dir, clock.tz, clock.now())
    assert [w.text for w in s.wins_between(MONDAY, MONDAY)] == ["kept", "kept too"]
    s.close()


def test_a_write_problem_is_told_by_sqlites_code_never_by_its_words() -> None:
    from behind_desktop.store import StoreProblem, WriteReason
    from behind_desktop.store.database import _write_problem, _write_refused

    def failed(words: str, code: int) -> sqlite3.OperationalError:
        e = sqlite3.OperationalError(words)
        e.sqlite_errorcode = code  # type: ignore[attr-defined]
        return e

    assert _write_problem(failed("database or disk is full", 5)).reason is WriteReason.LOCKED
    assert _write_problem(failed("locked", 13)).reason is WriteReason.DISK_FULL
    readonly_dbmoved = 8 | (4 << 8)  # an extended code: its low byte is SQLITE_READONLY
    assert _write_refused(failed("?", readonly_dbmoved)).reason is WriteReason.NOT_WRITABLE
    other = _write_problem(failed("disk I/O error", 10))
    assert other.reason is WriteReason.OTHER and "(the data file said: disk I/O error)" in str(
        other
    )
    assert other.problem is StoreProblem.WRITE_KEPT and "kept" in str(other)
    assert _write_refused(failed("?", 13)).problem is StoreProblem.WRITE_REFUSED
