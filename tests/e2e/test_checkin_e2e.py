"""The check-in pop-up under Xvfb with a real tray host: it never takes keyboard focus.

A tiny PySide6 note window holds the keyboard while ``behind-desktop checkin now``
brings up the pop-up; typing keeps arriving in the note, and clicking "Yes" on the
first row records the answer (read back through ``behind-desktop export``). The app
runs under ``checkin_probe``, which tells the test where the buttons are.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.e2e.xsession import (
    SpawnedProcess,
    XSession,
    active_window,
    click,
    find_tray_icon,
    poll_until,
    run_behind,
    screenshot,
    type_text,
    wait_for_window,
    window_geometry,
)

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]

NOTE_APP = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

app = QApplication(sys.argv)
edit = QLineEdit()
edit.setWindowTitle("ward note")
edit.resize(420, 40)
edit.move(40, 80)
edit.textChanged.connect(lambda t: print("text " + t, flush=True))
edit.show()
edit.activateWindow()
edit.setFocus()

def ready():
    if edit.isActiveWindow() and edit.hasFocus():
        print("ready", flush=True)
    else:
        edit.activateWindow()
        QTimer.singleShot(50, ready)

QTimer.singleShot(50, ready)
app.exec()
"""


behind = run_behind


def exported_checkins(session: XSession, data: Path) -> list[dict[str, object]]:
    done = behind(session, data, "export", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, object]] = json.loads(done.stdout)["checkins"]
    return rows


def start_note(session: XSession, tmp_path: Path) -> tuple[SpawnedProcess, int]:
    script = tmp_path / "note.py"
    script.write_text(NOTE_APP)
    note = session.spawn([sys.executable, "-u", str(script)])
    note.wait_for_line(r"^ready$", timeout=20)
    return note, wait_for_window(session, "^ward note$")


def test_checkin_popup_keeps_focus_and_records_yes(
    xsession: XSession, tmp_path: Path, e2e_artifacts: Path
) -> None:
    data = tmp_path / "data"
    # The probe runs the app as usual and reports where the pop-up's buttons are.
    app = xsession.spawn(
        [sys.executable, "-u", "-m", "tests.e2e.checkin_probe", "--data-dir", str(data)],
        cwd=REPO,
    )
    find_tray_icon(xsession, timeout=20)  # the app is up and docked

    note, note_window = start_note(xsession, tmp_path)
    assert active_window(xsession) == note_window
    type_text(xsession, "pt stable")
    note.wait_for_line(r"^text pt stable$")

    done = behind(xsession, data, "checkin", "now")
    assert done.returncode == 0, done.stderr
    popup = wait_for_window(xsession, "check-in$")
    line = app.wait_for_line(r"^checkin-geometry ", timeout=10)
    buttons: dict[str, list[int]] = json.loads(line.split(" ", 1)[1])

    # The pop-up is up and the note still has the keyboard: typing keeps arriving there.
    assert active_window(xsession) == note_window
    type_text(xsession, ", eating")
    note.wait_for_line(r"^text pt stable, eating$")

    geo = window_geometry(xsession, popup)
    shot = screenshot(xsession, e2e_artifacts / "checkin-popup.png", window=popup)
    assert shot.stat().st_size > 0
    # Near the tray (trayer sits top-right), inside the screen.
    assert geo.x + geo.width > 1280 // 2
    assert geo.y < 800 // 2

    first = next(iter(buttons))  # e.g. "sleep.yes": the first row's first button
    question, name = first.split(".")
    assert name == "yes"
    x, y, w, h = buttons[first]
    click(xsession, geo.x + x + w // 2, geo.y + y + h // 2)

    def answered() -> list[dict[str, object]] | None:
        rows = exported_checkins(xsession, data)
        return rows or None

    rows = poll_until(answered, 10, "the answer in the export")
    assert [(r["question"], r["answer"]) for r in rows] == [(question, "yes")]

    # Clicking the pop-up did not take the keyboard either.
    assert active_window(xsession) == note_window
    type_text(xsession, " ok")
    note.wait_for_line(r"^text pt stable, eating ok$")
