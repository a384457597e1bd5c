"""One writer per data folder: ``delete-all`` while the app runs goes through the app,
so its windows show the fresh start at once and what is ticked afterwards is kept."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.e2e.seed import seed
from tests.e2e.xsession import XSession, click, find_tray_icon, run_behind, wait_for_window

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]


def basics(line: str) -> dict[str, list[object]]:
    rows: dict[str, list[object]] = json.loads(line.split(" ", 1)[1])["rows"]
    return rows


def ticked_in_export(session: XSession, data: Path) -> list[str]:
    done = run_behind(session, data, "export", "--format", "json")
    assert done.returncode == 0, done.stderr
    return [str(t["item"]) for t in json.loads(done.stdout)["ticks"]]


def test_delete_all_with_the_app_running_shows_the_fresh_start_and_keeps_new_ticks(
    xsession: XSession, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    seed(data, checkin_in_s=6 * 3600)  # welcomed; no check-in during the test
    app = xsession.spawn(
        [sys.executable, "-u", "-m", "tests.e2e.today_probe", "--data-dir", str(data)],
        cwd=REPO,
    )
    find_tray_icon(xsession, timeout=20)
    shown = run_behind(xsession, data, "show")
    assert shown.returncode == 0, shown.stderr
    wait_for_window(xsession, r"^Behind")

    before = basics(app.wait_for_line(r"^today-basics .*\[", timeout=10))
    title, (x, y, ticked) = next(iter(before.items()))
    assert ticked is False
    seen = len(app.lines)
    click(xsession, int(x), int(y))
    app.wait_for_line(rf'^today-basics .*"{title}": \[\d+, \d+, true\]', start=seen)
    assert ticked_in_export(xsession, data) == [title]

    seen = len(app.lines)
    done = run_behind(xsession, data, "delete-all", "--yes")
    assert done.returncode == 0, done.stderr
    assert "Everything was deleted" in done.stdout
    # The window shows the fresh start at once: the default list, nothing ticked.
    fresh = basics(app.wait_for_line(r"^today-basics .*false\]\}\}$", start=seen))
    assert list(fresh) == list(before)
    assert [t for t, (_x, _y, on) in fresh.items() if on] == []
    assert ticked_in_export(xsession, data) == []

    # A tick made now is stored, not just drawn.
    x, y, _ = fresh[title]
    seen = len(app.lines)
    click(xsession, int(x), int(y))
    app.wait_for_line(rf'^today-basics .*"{title}": \[\d+, \d+, true\]', start=seen)
    assert ticked_in_export(xsession, data) == [title]
    status = json.loads(run_behind(xsession, data, "focus", "status").stdout)
    assert status["state"] == "idle"
