"""The SQLite store: what is kept, what comes back, and what happens to a damaged,
newer, read-only or misplaced data file. Nothing the user stored is ever lost."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from behind_desktop.core import focus
from behind_desktop.core.checkins import DEFAULT_QUESTIONS, Answer, Due, respond
from behind_desktop.core.layers import Layer
from behind_desktop.core.redflags import WeekCheck
from behind_desktop.core.settings import Settings, build
from behind_desktop.core.wins import WinSource, summarise_week
from behind_desktop.store import (
    DB_NAME,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    Store,
    StoreError,
)
from behind_desktop.store import schema as store_mod
from tests.support.clock import FakeClock

MONDAY = date(2026, 11, 23)
POSIX = sys.platform != "win32"


def local(clock: FakeClock, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=clock.tz)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def make_db(data_dir: Path, clock: FakeClock, wins: int = 3) -> Path:
    s = Store.open(data_dir, clock.tz, clock.now())
    for i in range(wins):
        s.add_win(f"win {i} " + "·" * 40, WinSource.TYPED, clock.now(), MONDAY)
    s.close()
    return data_dir / DB_NAME


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# -- a fresh database ------------------------------------------------------------------------


def test_fresh_database_is_wal_at_version_one_with_default_items(store: Store) -> None:
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    finally:
        conn.close()
    items = store.items()
    assert [i.key for i in items if i.layer is Layer.BASICS] == ["sleep", "food", "move", "person"]
    assert len(items) == 11
    assert store.notice is None
    assert store.settings() == Settings()


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_data_is_private_to_the_user(store: Store, data_dir: Path) -> None:
    assert mode(data_dir) == 0o700
    assert mode(store.path) == 0o600
    for side in ("-wal", "-shm"):
        p = store.path.with_name(DB_NAME + side)
        if p.exists():
            assert mode(p) == 0o600


def test_a_missing_nested_folder_is_created(tmp_path: Path, clock: FakeClock) -> None:
    folder = tmp_path / "usb" / "Behind" / "data"
    s = Store.open(folder, clock.tz, clock.now())
    s.close()
    assert (folder / DB_NAME).is_file()
    if POSIX:
        assert mode(folder) == 0o700


def test_a_data_folder_that_is_a_file_is_refused(tmp_path: Path, clock: FakeClock) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("my notes")
    with pytest.raises(StoreError, match="is a file, not a folder"):
        Store.open(not_a_folder, clock.tz, clock.now())
    assert not_a_folder.read_text() == "my notes"


def test_an_empty_file_is_an_empty_database(data_dir: Path, clock: FakeClock) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).write_bytes(b"")
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        assert s.notice is None
        assert len(s.items()) == 11
    finally:
        s.close()


# -- round trips ---------------------------------------------------------------------------------


def test_ticks_round_trip(store: Store, clock: FakeClock) -> None:
    food = store.item_by_key("food")
    assert food is not None
    store.set_tick(food.id, MONDAY, True, clock.now())
    store.set_tick(food.id, MONDAY, True, clock.now())  # ticking twice is one tick
    assert store.ticked(MONDAY) == {food.id}
    assert store.ticked(MONDAY + timedelta(days=1)) == set()
    store.set_tick(food.id, MONDAY, False, clock.now())
    assert store.ticked(MONDAY) == set()


def test_items_can_be_edited_moved_and_archived(store: Store, clock: FakeClock) -> None:
    new = store.add_item(Layer.EXTRAS, "  Journal   club ", clock.now())
    assert new.title == "Journal club"
    store.rename_item(new.id, "Journal club talk")
    store.move_item(new.id, -10)
    extras = [i for i in store.items() if i.layer is Layer.EXTRAS]
    assert extras[0].title == "Journal club talk"
    store.archive_item(new.id)
    assert new.id not in {i.id for i in store.items()}
    assert new.id in {i.id for i in store.items(include_archived=True)}


def test_rough_day_and_values_round_trip(store: Store, clock: FakeClock) -> None:
    assert not store.rough_day(MONDAY)
    store.set_rough_day(MONDAY, True)
    assert store.rough_day(MONDAY)
    assert not store.rough_day(MONDAY + timedelta(days=1))
    store.set_time("paused_until", local(clock, "2026-11-23 14:00"))
    assert store.get_time("paused_until") == local(clock, "2026-11-23 14:00")
    store.set_time("paused_until", None)
    assert store.get_time("paused_until") is None


def test_settings_round_trip(store: Store) -> None:
    s = build({"focus_minutes": 25, "shift_mode": True, "wake_time": "19:00"})
    store.save_settings(s)
    assert store.settings() == s


def test_blocks_round_trip(store: Store, clock: FakeClock) -> None:
    block = store.save_block(focus.start(clock, minutes=20, step="Read 3 pages"))
    assert block.id is not None
    assert store.latest_block() == block
    clock.advance(minutes=5)
    paused = store.save_block(focus.pause(block, clock))
    assert paused.id == block.id
    again = store.latest_block()
    assert again == paused
    assert again is not None
    assert focus.remaining_s(again, clock) == 15 * 60


def test_wins_round_trip_and_undo(store: Store, clock: FakeClock) -> None:
    block = store.save_block(focus.start(clock))
    win = store.add_win("  sent   the email ", WinSource.FOCUS, clock.now(), MONDAY, block.id)
    assert win.text == "sent the email"
    store.edit_win(win.id, "sent the scary email")
    [stored] = store.wins_between(MONDAY, MONDAY)
    assert (stored.text, stored.source, stored.block_id, stored.at) == (
        "sent the scary email",
        WinSource.FOCUS,
        block.id,
        clock.now(),
    )
    removed = store.delete_win(win.id)
    assert removed == stored
    assert store.wins_between(MONDAY, MONDAY) == []
    assert store.delete_win(win.id) is None
    store.restore_win(removed)
    assert store.wins_between(MONDAY, MONDAY) == [stored]


def test_checkins_round_trip(store: Store, clock: FakeClock) -> None:
    food = next(q for q in DEFAULT_QUESTIONS if q.key == "food")
    due_at = local(clock, "2026-11-23 12:30")
    clock.set("2026-11-23 12:34")
    store.record_response(respond(Due(food, due_at), Answer.SNOOZED, clock.now(), 15), MONDAY)
    h = store.history("food")
    assert (h.last_due, h.snooze_until, h.snoozed_due) == (
        due_at,
        local(clock, "2026-11-23 12:49"),
        due_at,
    )
    store.record_response(respond(Due(food, due_at), Answer.IGNORED, clock.now()), MONDAY)
    h = store.history("food")
    assert (h.ignored_in_row, h.snooze_until) == (1, None)
    assert store.history("sleep").last_due is None


def test_week_checks_round_trip(store: Store, clock: FakeClock) -> None:
    store.save_week_check(WeekCheck("2026-W47", frozenset({"flat"})), clock.now())
    store.save_week_check(WeekCheck("2026-W48", frozenset()), clock.now())
    store.save_week_check(WeekCheck("2026-W48", frozenset({"cynical", "exhausted"})), clock.now())
    checks = store.week_checks()
    assert checks["2026-W48"].signs == {"cynical", "exhausted"}
    assert set(store.week_checks(["2026-W47"])) == {"2026-W47"}


# -- the week's wins include the basics ------------------------------------------------------------


def test_week_wins_include_layer_one_ticks_but_not_layer_two(
    store: Store, clock: FakeClock
) -> None:
    items = store.items()
    sleep = next(i for i in items if i.key == "sleep")
    show_up = next(i for i in items if i.layer is Layer.TRAINEE)
    store.set_tick(sleep.id, MONDAY, True, local(clock, "2026-11-23 08:00"))
    store.set_tick(show_up.id, MONDAY, True, local(clock, "2026-11-23 08:05"))
    store.add_win(
        "called home", WinSource.TYPED, local(clock, "2026-11-25 18:00"), MONDAY + timedelta(2)
    )
    store.add_win("outside", WinSource.TYPED, local(clock, "2026-11-30 10:00"), date(2026, 11, 30))
    week = summarise_week(MONDAY, store.wins_between(MONDAY, MONDAY + timedelta(days=6)))
    assert week.count == 2
    assert [(w.text, w.source) for w in week.days[0].wins] == [
        ("Slept enough to feel human", WinSource.BASICS)
    ]
    assert week.days[2].wins[0].text == "called home"
    store.set_tick(sleep.id, MONDAY, False, clock.now())  # unticking takes the win back out
    assert len(store.wins_between(MONDAY, MONDAY)) == 0


def test_win_days(store: Store, clock: FakeClock) -> None:
    assert store.win_days() is None
    store.add_win("a", WinSource.TYPED, clock.now(), date(2026, 1, 5))
    store.add_win("b", WinSource.TYPED, clock.now(), date(2026, 11, 23))
    assert store.win_days() == (date(2026, 1, 5), date(2026, 11, 23))


# -- export and delete-all -------------------------------------------------------------------------


def fill(store: Store, clock: FakeClock, marker: str = "ZEBRA-7731") -> None:
    food = store.item_by_key("food")
    assert food is not None
    store.set_tick(food.id, MONDAY, True, clock.now())
    store.set_rough_day(MONDAY, True)
    block = store.save_block(focus.start(clock, step=f"{marker} step"))
    store.add_win(f"{marker} win", WinSource.FOCUS, clock.now(), MONDAY, block.id)
    q = DEFAULT_QUESTIONS[0]
    store.record_response(respond(Due(q, clock.now()), Answer.YES, clock.now()), MONDAY)
    store.save_week_check(WeekCheck("2026-W48", frozenset({"flat"})), clock.now())
    store.save_settings(build({"focus_minutes": 20}))


def test_export_has_every_table(store: Store, clock: FakeClock) -> None:
    fill(store, clock)
    data = store.export()
    assert set(data) == {
        "checkins", "items", "ticks", "days", "blocks", "wins", "redflags", "settings",
    }  # fmt: skip
    assert data["wins"][0]["text"] == "ZEBRA-7731 win"
    assert data["wins"][0]["at"] == "2026-11-23T09:00:00+00:00"
    food = store.item_by_key("food")
    assert food is not None
    assert {
        "item_id": food.id,
        "item": "Ate real food, not just coffee",
        "day": "2026-11-23",
        "at": "2026-11-23T09:00:00+00:00",
        "source": "manual",
    } in data["ticks"]
    assert {t["source"] for t in data["ticks"]} == {"manual", "checkin"}  # the "yes" ticked sleep
    assert data["checkins"][0]["answer"] == "yes"
    assert data["blocks"][0]["step"] == "ZEBRA-7731 step"
    assert data["days"] == [{"day": "2026-11-23", "rough_day": True}]
    assert data["redflags"][0]["signs"] == ["flat"]
    assert data["settings"][0]["focus_minutes"] == 20
    assert len(data["items"]) == 11


def test_delete_all_leaves_defaults_and_no_trace_on_disk(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    fill(store, clock)
    # Copies Behind made earlier (a damaged file moved aside, a pre-upgrade backup)
    # hold the same kind of data; "delete everything" means them too.
    (data_dir / f"{DB_NAME}.corrupt-20261101-080000").write_bytes(b"ZEBRA-7731 old answers")
    (data_dir / f"{DB_NAME}.corrupt-20261101-080000-wal").write_bytes(b"ZEBRA-7731")
    (data_dir / f"{DB_NAME}.v1-20261001-080000.bak").write_bytes(b"ZEBRA-7731 backup")
    (data_dir / "notes.txt").write_text("not Behind's")
    removed = store.delete_all(clock.now())
    assert len(removed) == 3
    assert (data_dir / "notes.txt").exists()
    (data_dir / "notes.txt").unlink()
    data = store.export()
    for table in ("checkins", "ticks", "days", "blocks", "wins", "redflags"):
        assert data[table] == [], table
    assert len(data["items"]) == 11
    assert store.settings() == Settings()
    assert store.latest_block() is None
    store.close()
    for p in data_dir.iterdir():
        assert b"ZEBRA-7731" not in p.read_bytes(), p.name


# -- damaged, newer and unreachable files ----------------------------------------------------------


def check_moved_aside(data_dir: Path, original: dict[str, bytes], s: Store) -> None:
    stamp = "20261123-090000"
    moved = data_dir / f"{DB_NAME}.corrupt-{stamp}"
    assert s.notice is not None
    assert str(moved) in s.notice
    assert "moved aside" in s.notice
    for name, content in original.items():
        # each file keeps its bytes and its SQLite suffix, so the set can still be opened
        assert (data_dir / name.replace(DB_NAME, moved.name)).read_bytes() == content
    assert len(s.items()) == 11  # a fresh, working database
    s.add_win("still works", WinSource.TYPED, datetime.now().astimezone(), MONDAY)


def test_random_bytes_are_moved_aside(data_dir: Path, clock: FakeClock) -> None:
    data_dir.mkdir()
    rng = random.Random(7)
    original = {
        DB_NAME: bytes(rng.randrange(256) for _ in range(8192)),
        DB_NAME + "-wal": b"half a log",
        DB_NAME + "-shm": b"\x00" * 64,
    }
    for name, content in original.items():
        (data_dir / name).write_bytes(content)
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        assert "moved aside" in str(s.notice)
        check_moved_aside(data_dir, original, s)
    finally:
        s.close()


def test_a_truncated_database_is_moved_aside(data_dir: Path, clock: FakeClock) -> None:
    path = make_db(data_dir, clock, wins=2000)
    content = path.read_bytes()
    assert len(content) > 100_000
    path.write_bytes(content[: len(content) // 2])
    original = {DB_NAME: path.read_bytes()}
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        check_moved_aside(data_dir, original, s)
        assert s.wins_between(MONDAY, MONDAY)[0].text == "still works"
    finally:
        s.close()


def test_a_second_damaged_file_never_overwrites_the_first(data_dir: Path, clock: FakeClock) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).write_bytes(b"first damaged file")
    Store.open(data_dir, clock.tz, clock.now()).close()
    (data_dir / DB_NAME).write_bytes(b"second damaged file")
    for name in (DB_NAME + "-wal", DB_NAME + "-shm"):
        (data_dir / name).unlink(missing_ok=True)
    s = Store.open(data_dir, clock.tz, clock.now())  # the same second
    s.close()
    kept = {p.read_bytes() for p in data_dir.glob(f"{DB_NAME}.corrupt-*") if p.suffix != ""}
    assert {b"first damaged file", b"second damaged file"} <= kept


def test_a_newer_database_is_refused_and_left_alone(data_dir: Path, clock: FakeClock) -> None:
    path = make_db(data_dir, clock)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as caught:
        Store.open(data_dir, clock.tz, clock.now())
    message = str(caught.value)
    assert "newer version of Behind" in message
    assert "data format 99" in message
    assert "Nothing was changed" in message
    assert path.read_bytes() == before
    assert not list(data_dir.glob("*.corrupt-*"))
    assert not list(data_dir.glob("*.bak"))
    # Reading may leave SQLite's index (-shm) and an empty log beside it; nothing is written.
    wal = data_dir / (DB_NAME + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
@pytest.mark.skipif(POSIX and os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_database_is_refused_and_kept(data_dir: Path, clock: FakeClock) -> None:
    path = make_db(data_dir, clock)
    before = path.read_bytes()
    path.chmod(0o400)
    try:
        with pytest.raises(ReadOnlyDatabaseError, match="can't write to"):
            Store.open(data_dir, clock.tz, clock.now())
        assert path.read_bytes() == before
    finally:
        path.chmod(0o600)


# -- migrations ------------------------------------------------------------------------------------


def test_a_migration_keeps_a_backup_of_the_old_file(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_db(data_dir, clock, wins=3)
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(
        store_mod,
        "_MIGRATIONS",
        {**store_mod._MIGRATIONS, 2: "ALTER TABLE wins ADD COLUMN mood TEXT"},
    )
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        [backup] = data_dir.glob("*.bak")
        assert backup.name == f"{DB_NAME}.v1-20261123-090000.bak"
        assert s.notice is not None and str(backup) in s.notice
        assert len(s.wins_between(MONDAY, MONDAY)) == 3  # nothing lost
        if POSIX:
            assert mode(backup) == 0o600
    finally:
        s.close()
    old = sqlite3.connect(backup)
    new = sqlite3.connect(data_dir / DB_NAME)
    try:
        assert old.execute("PRAGMA user_version").fetchone() == (1,)
        assert old.execute("SELECT COUNT(*) FROM wins").fetchone() == (3,)
        assert "mood" not in {r[1] for r in old.execute("PRAGMA table_info(wins)")}
        assert new.execute("PRAGMA user_version").fetchone() == (2,)
        assert "mood" in {r[1] for r in new.execute("PRAGMA table_info(wins)")}
    finally:
        old.close()
        new.close()


def test_a_failed_migration_changes_nothing(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_db(data_dir, clock, wins=3)
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(
        store_mod,
        "_MIGRATIONS",
        {
            **store_mod._MIGRATIONS,
            2: "ALTER TABLE wins ADD COLUMN mood TEXT; ALTER TABLE nowhere ADD COLUMN x TEXT",
        },
    )
    with pytest.raises(StoreError, match="Could not set up the data file"):
        Store.open(data_dir, clock.tz, clock.now())
    assert len(list(data_dir.glob("*.bak"))) == 1
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (1,)
        assert "mood" not in {r[1] for r in conn.execute("PRAGMA table_info(wins)")}
        assert conn.execute("SELECT COUNT(*) FROM wins").fetchone() == (3,)
    finally:
        conn.close()


def test_times_are_kept_as_moments(store: Store, clock: FakeClock) -> None:
    # A win stored in summer reads back at the same moment and local hour in winter.
    summer = local(clock, "2026-07-01 23:30")
    store.add_win("late write-up", WinSource.TYPED, summer, date(2026, 7, 1))
    [w] = store.wins_between(date(2026, 7, 1), date(2026, 7, 1))
    assert w.at == summer
    assert w.at.time() == time(23, 30)
