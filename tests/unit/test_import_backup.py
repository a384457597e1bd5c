"""Your data on a new computer (export, then import) and the daily safety net
(backups, restore), with the fake clock."""

from __future__ import annotations

import json
import stat
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from behind_desktop.core import focus
from behind_desktop.core.checkins import DEFAULT_QUESTIONS, Answer, Due, respond
from behind_desktop.core.export import everything_json
from behind_desktop.core.layers import Layer
from behind_desktop.core.redflags import WeekCheck
from behind_desktop.core.settings import build
from behind_desktop.core.wins import WinSource
from behind_desktop.store import DB_NAME, Store, StoreError
from behind_desktop.store.backups import backups, restore
from tests.support.clock import FakeClock

MONDAY = date(2026, 11, 23)
POSIX = sys.platform != "win32"


def fill(store: Store, clock: FakeClock) -> None:
    custom = store.add_item(Layer.EXTRAS, "Journal club", clock.now())
    food = store.item_by_key("food")
    assert food is not None
    store.set_tick(food.id, MONDAY, True, clock.now())
    store.set_tick(custom.id, MONDAY, True, clock.now())
    store.set_rough_day(MONDAY, True)
    block = store.save_block(focus.start(clock, minutes=20, step="Read 3 pages"))
    clock.advance(minutes=21)
    block = store.save_block(focus.settle(block, clock))
    store.add_win("Read 3 pages", WinSource.FOCUS, clock.now(), MONDAY, block.id)
    store.add_win("Called mum", WinSource.TYPED, clock.now(), MONDAY)
    q = DEFAULT_QUESTIONS[0]
    store.record_response(respond(Due(q, clock.now()), Answer.SNOOZED, clock.now(), 15), MONDAY)
    store.save_week_check(WeekCheck("2026-W48", frozenset({"sleep"})), clock.now())
    store.save_settings(build({"shift_mode": True, "focus_minutes": 25}))
    clock.advance(seconds=0.5)  # sub-second times, as real ones are


def export_text(store: Store) -> str:
    return everything_json(store.export(), "test")


def test_export_delete_all_import_gives_back_the_same_export(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    fill(store, clock)
    before = export_text(store)
    store.delete_all(clock.now())
    summary = store.import_export(json.loads(before), "export.json")
    assert summary.total > 0
    assert export_text(store) == before
    again = store.import_export(json.loads(before), "export.json")
    assert again.total == 0  # importing twice adds nothing
    assert export_text(store) == before


def test_import_merges_without_overwriting(store: Store, clock: FakeClock, data_dir: Path) -> None:
    fill(store, clock)
    exported = json.loads(export_text(store))
    other = Store.open(data_dir.parent / "new-computer", clock.tz, clock.now())
    try:
        other.add_win("Slept in", WinSource.TYPED, clock.now(), MONDAY)
        other.save_settings(build({"focus_minutes": 10}))
        dry = other.import_export(exported, "export.json", dry_run=True)
        assert dry.added["wins"] == 2
        assert len(other.wins_between(MONDAY, MONDAY)) == 1  # a dry run changes nothing
        other.import_export(exported, "export.json")
        texts = {
            w.text for w in other.wins_between(MONDAY, MONDAY) if w.source is not WinSource.BASICS
        }
        assert texts == {"Slept in", "Read 3 pages", "Called mum"}
        assert other.settings().focus_minutes == 10  # what was there stays
    finally:
        other.close()


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ({"app": "something-else"}, "not an export from Behind"),
        ([1, 2], "not an export from Behind"),
        ({"app": "behind-desktop", "format": 99, "version": "9.0"}, "newer version"),
        ({"app": "behind-desktop", "wins": [{"at": "yesterday"}]}, "can't be read"),
    ],
)
def test_foreign_newer_or_damaged_files_are_refused_and_nothing_changes(
    store: Store, clock: FakeClock, data, says
) -> None:
    fill(store, clock)
    before = export_text(store)
    with pytest.raises(StoreError, match=says):
        store.import_export(data, "file.json")
    assert export_text(store) == before


# -- backups -------------------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_made_on_the_first_run_of_a_day_only(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    made = store.backup_if_due(clock.now())
    assert made is not None and made.exists()
    if POSIX:
        assert mode(made) == 0o600
        assert mode(made.parent) == 0o700
    clock.advance(hours=3)
    assert store.backup_if_due(clock.now()) is None  # once a day
    clock.advance(days=1)
    assert store.backup_if_due(clock.now()) is not None
    assert [b.day for b in backups(data_dir)] == [MONDAY + timedelta(days=1), MONDAY]


def test_old_backups_are_pruned_to_seven_days_and_four_weeks(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    for _ in range(60):
        store.backup_if_due(clock.now())
        clock.advance(days=1)
    kept = [b.day for b in backups(data_dir)]
    newest = kept[0]
    assert kept[:7] == [newest - timedelta(days=n) for n in range(7)]
    weekly = kept[7:]
    assert len(weekly) == 4
    weeks = [d.isocalendar()[:2] for d in weekly]
    assert len(set(weeks)) == 4
    assert all(d < kept[6] for d in weekly)


def test_restoring_a_backup_brings_back_its_data(data_dir: Path, clock: FakeClock) -> None:
    s = Store.open(data_dir, clock.tz, clock.now())
    s.add_win("from the backup day", WinSource.TYPED, clock.now(), MONDAY)
    [made] = [s.backup_if_due(clock.now())]
    s.add_win("after the backup", WinSource.TYPED, clock.now(), MONDAY)
    s.close()
    assert made is not None
    moved = restore(data_dir, made, clock.now())
    assert moved is not None and moved.exists()  # the current data was set aside first
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        assert [w.text for w in s.wins_between(MONDAY, MONDAY)] == ["from the backup day"]
    finally:
        s.close()


def test_a_foreign_file_is_not_restored(data_dir: Path, clock: FakeClock, tmp_path: Path) -> None:
    Store.open(data_dir, clock.tz, clock.now()).close()
    before = (data_dir / DB_NAME).read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all, just text" * 10)
    with pytest.raises(StoreError):
        restore(data_dir, junk, clock.now())
    assert (data_dir / DB_NAME).read_bytes() == before
    assert not list(data_dir.glob("*.before-restore-*"))


# -- from the command line ----------------------------------------------------------------------


def test_the_command_line_moves_data_to_a_new_computer(
    tmp_path: Path, clock: FakeClock, capsys
) -> None:
    from behind_desktop import cli

    old, new = tmp_path / "old", tmp_path / "new"
    s = Store.open(old, clock.tz, clock.now())
    fill(s, clock)
    s.close()
    out = tmp_path / "everything.json"
    assert cli.main(["--data-dir", str(old), "export", "-o", str(out)], clock) == 0
    assert cli.main(["--data-dir", str(new), "import", str(out), "--dry-run"], clock) == 0
    assert "Would add" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(new), "import", str(out)], clock) == 0
    assert "Added" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(new), "import", str(out)], clock) == 0
    assert "Nothing new" in capsys.readouterr().out
    s = Store.open(new, clock.tz, clock.now())
    texts = {w.text for w in s.wins_between(MONDAY, MONDAY)}
    s.close()
    assert {"Read 3 pages", "Called mum"} <= texts
    (tmp_path / "other.json").write_text('{"app": "someone-else"}')
    assert cli.main(["--data-dir", str(new), "import", str(tmp_path / "other.json")], clock) == 3
    assert capsys.readouterr().err.count("\n") == 1


def test_backup_and_restore_from_the_command_line(data_dir: Path, clock: FakeClock, capsys) -> None:
    from behind_desktop import cli

    s = Store.open(data_dir, clock.tz, clock.now())
    s.add_win("kept in the backup", WinSource.TYPED, clock.now(), MONDAY)
    s.close()
    assert cli.main(["--data-dir", str(data_dir), "backup"], clock) == 0
    s = Store.open(data_dir, clock.tz, clock.now())
    s.add_win("made later", WinSource.TYPED, clock.now(), MONDAY)
    s.close()
    capsys.readouterr()
    assert cli.main(["--data-dir", str(data_dir), "restore"], clock) == 0
    listed = capsys.readouterr().out
    [name] = [p.name for p in (data_dir / "backups").iterdir()]
    assert name in listed
    assert cli.main(["--data-dir", str(data_dir), "restore", name], clock) == 0
    s = Store.open(data_dir, clock.tz, clock.now())
    assert [w.text for w in s.wins_between(MONDAY, MONDAY)] == ["kept in the backup"]
    s.close()


def test_the_command_table_imports_and_says_what_changed(tmp_path: Path, clock: FakeClock) -> None:
    """The running app imports through the same table as the command line, and its
    windows hear that everything changed."""
    from behind_desktop.services.app import Services
    from behind_desktop.services.changes import Origin
    from behind_desktop.services.commands import ImportFile

    old = Store.open(tmp_path / "old", clock.tz, clock.now())
    fill(old, clock)
    out = tmp_path / "everything.json"
    out.write_text(export_text(old))
    old.close()
    services = Services.open(tmp_path / "new", clock)
    heard = []
    services.listen(heard.append)
    try:
        reply = services.run(ImportFile(str(out)), Origin.APP)
        assert reply.ok and reply.added and reply.added["wins"] >= 2
        assert heard, "the windows are told"
        again = services.run(ImportFile(str(out)), Origin.APP)
        assert again.ok and not any(again.added.values())
        refused = services.run(ImportFile(str(tmp_path / "nowhere.json")), Origin.APP)
        assert not refused.ok and refused.data_problem
    finally:
        services.close()


# -- restoring while the app runs (the store stays open) ------------------------------------


def test_the_running_app_restores_a_backup_in_place(data_dir: Path, clock: FakeClock) -> None:
    from behind_desktop.services.app import Services

    services = Services(Store.open(data_dir, clock.tz, clock.now()), clock)
    try:
        services.wins.add("before the backup")
        made = services.data.backup_now()
        services.wins.add("after the backup")
        heard = []
        services.listen(heard.append)
        moved = services.data.restore(made)
        assert moved is not None and moved.exists()
        assert [w["text"] for w in services.data.export()["wins"]] == ["before the backup"]
        assert heard and heard[0].fresh  # every window starts over from the backup
        services.wins.add("written after the restore")
        assert len(services.data.export()["wins"]) == 2
    finally:
        services.close()


def test_a_write_still_waiting_holds_a_restore_back_with_nothing_changed(
    data_dir: Path, clock: FakeClock
) -> None:
    import sqlite3

    from behind_desktop.store import WriteError

    store = Store.open(data_dir, clock.tz, clock.now())
    try:
        made = store.backup_now(clock.now())
        store._conn.execute("PRAGMA busy_timeout = 50")
        other = sqlite3.connect(store.path, isolation_level=None, timeout=0.05)
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(WriteError):
            store.add_win("said while locked", WinSource.TYPED, clock.now(), MONDAY)
        with pytest.raises(StoreError):
            store.restore(made, clock.now())
        other.execute("ROLLBACK")
        other.close()
        assert not list(data_dir.glob(f"{DB_NAME}.before-restore-*"))
        store.retry_pending()
        assert [w["text"] for w in store.export()["wins"]] == ["said while locked"]
    finally:
        store.close()
