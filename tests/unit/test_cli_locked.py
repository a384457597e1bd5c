"""A write the command line can't make because another program holds the data file
locked is refused before it is acknowledged: one line, a non-zero exit, nothing
changed and nothing promised. A lock that goes away in time lets it land."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from behind_desktop import cli
from behind_desktop.store import DB_NAME, files
from tests.support.clock import FakeClock


@pytest.fixture(autouse=True)
def _short_busy_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BEHIND_DATA_DIR", raising=False)
    monkeypatch.setattr(files, "BUSY_TIMEOUT_MS", 300)


@pytest.fixture
def folder(tmp_path: Path, clock: FakeClock, capsys) -> Path:
    d = tmp_path / "data"
    assert cli.main(["--data-dir", str(d), "settings", "show"], clock=clock) == 0
    capsys.readouterr()
    return d


def hold_write_lock(folder: Path) -> sqlite3.Connection:
    other = sqlite3.connect(folder / DB_NAME, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program writing, for as long as it likes
    return other


def minutes(folder: Path, clock: FakeClock, capsys) -> str:
    assert cli.main(["--data-dir", str(folder), "settings", "show"], clock=clock) == 0
    out = capsys.readouterr().out
    return next(line for line in out.splitlines() if line.startswith("focus_minutes="))


@pytest.mark.parametrize(
    "argv",
    [
        ["settings", "set", "focus_minutes=20"],
        ["delete-all", "--yes"],
    ],
)
def test_a_write_meeting_a_lock_is_refused_and_nothing_is_promised(
    folder: Path, clock: FakeClock, capsys, argv: list[str]
) -> None:
    other = hold_write_lock(folder)
    try:
        code = cli.main(["--data-dir", str(folder), *argv], clock=clock)
        out, err = capsys.readouterr()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == cli.EXIT_DATA
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("behind-desktop: "), err
    assert "nothing was changed" in err.lower()
    assert "kept" not in err and "as soon as" not in err  # no promise a closing process breaks
    assert "Saved" not in out and "deleted" not in out.lower()
    # Once the other program is done, the data is exactly as before.
    assert minutes(folder, clock, capsys) == "focus_minutes=15"


def test_a_lock_let_go_within_the_wait_lets_the_write_land(
    folder: Path, clock: FakeClock, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "BUSY_TIMEOUT_MS", 5000)
    other = hold_write_lock(folder)
    release = threading.Timer(0.3, lambda: other.execute("ROLLBACK"))
    release.start()
    try:
        code = cli.main(
            ["--data-dir", str(folder), "settings", "set", "focus_minutes=20"], clock=clock
        )
        out, err = capsys.readouterr()
    finally:
        release.join()
        other.close()
    assert code == 0, err
    assert "Saved." in out
    assert minutes(folder, clock, capsys) == "focus_minutes=20"
