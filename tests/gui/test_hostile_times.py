"""Hostile stored times (inf, 1e20, the year 9999, text where a time belongs) never
stop the app: it starts, shows a check-in, and quits cleanly, whatever sequence.

The check-in pop-up records what is left when it closes, and the app closes it on
quit. An error escaping that close handler while Qt quits ends the process in a
segfault (exit 139), so the stored times must read safely and the handler must
finish whatever happens to a write."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from behind_desktop.cli import START_REQUEST_ENV
from behind_desktop.ipc.client import send
from behind_desktop.ipc.protocol import to_wire
from behind_desktop.services.commands import CheckinNow, FocusStatus
from behind_desktop.store import DB_NAME, Store
from tests.support.clock import FakeClock

HOSTILE = ["inf", "-inf", "nan", "1e20", "253402300799", "9999-12-31T23:59:59+00:00", "junk"]
QUESTIONS = ("food", "sleep", "move")


def add_hostile_history(path: Path, value: object, now: float) -> None:
    """Check-in answers whose moments are junk, beside sound ones."""
    with sqlite3.connect(path) as conn:
        for q in QUESTIONS:
            conn.execute(
                "INSERT INTO checkins(question, due_at, answer, at, day) VALUES (?, ?, ?, ?, ?)",
                (q, now - 2 * 86400, "yes", now - 2 * 86400, "2026-11-21"),
            )
            conn.execute(
                "INSERT INTO checkins(question, due_at, answer, at, day, snooze_until) "
                "VALUES (?, ?, 'snoozed', ?, '2026-11-22', ?)",
                (q, value, value, value),
            )
    conn.close()


def set_hostile_state(path: Path, value: str) -> None:
    with sqlite3.connect(path) as conn:
        for key in ("checkins_paused_until", "checkins_since"):
            conn.execute("INSERT OR REPLACE INTO kv(key, value) VALUES (?, ?)", (key, value))
        conn.execute("INSERT OR REPLACE INTO kv(key, value) VALUES ('welcome_shown', 'yes')")
    conn.close()


# -- reading ----------------------------------------------------------------------------


@pytest.mark.parametrize("value", HOSTILE)
def test_a_history_with_hostile_times_reads_only_the_sound_ones(
    data_dir: Path, clock: FakeClock, value: str
) -> None:
    store = Store.open(data_dir, clock.tz, clock.now())
    try:
        add_hostile_history(store.path, value, clock.now().timestamp())
        for q in QUESTIONS:
            history = store.history(q)
            assert history.last_due is not None
            assert history.last_due.timestamp() == clock.now().timestamp() - 2 * 86400
            assert history.snooze_until is None  # a snooze to no real moment: none
    finally:
        store.close()


# -- the whole app: start, a check-in, quit -----------------------------------------------


def start_app(data_dir: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        START_REQUEST_ENV: json.dumps(to_wire(CheckinNow())),  # the pop-up at once
    }
    return subprocess.Popen(
        [sys.executable, "-m", "behind_desktop", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_listening(app: subprocess.Popen[bytes], data_dir: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if app.poll() is not None:
            return  # it stopped; the test's asserts say how
        if send(data_dir, FocusStatus()) is not None:
            return
        time.sleep(0.05)
    raise AssertionError("the app never answered")


def quit_cleanly(app: subprocess.Popen[bytes]) -> tuple[int, str]:
    if app.poll() is None:
        app.send_signal(signal.SIGTERM)  # quits through Qt, closing the pop-up
    try:
        _out, err = app.communicate(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    return app.returncode, err.decode("utf-8", "replace")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is TerminateProcess there")
@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("when", ["before-start", "while-asking"])
def test_start_a_check_in_and_quit_with_hostile_times(
    data_dir: Path, clock: FakeClock, value: str, when: str
) -> None:
    Store.open(data_dir, clock.tz, clock.now()).close()
    path = data_dir / DB_NAME
    set_hostile_state(path, value)
    if when == "before-start":
        add_hostile_history(path, value, time.time())
    app = start_app(data_dir)
    try:
        wait_listening(app, data_dir)
        if when == "while-asking":
            # Another program writes junk while the pop-up is up; the app reads it
            # when the pop-up closes on quit.
            add_hostile_history(path, value, time.time())
    finally:
        code, err = quit_cleanly(app)
    assert code == 0, err
    assert "Traceback" not in err and "Error calling Python override" not in err, err


# -- the pop-up's close handler finishes, whatever happens to a write ----------------------------


def test_closing_the_check_in_while_a_lock_refuses_its_writes_still_closes(
    qtbot, store, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from behind_desktop.core.checkins import DEFAULT_QUESTIONS, Due
    from behind_desktop.gui.dialogs.checkin import CheckinPopup
    from behind_desktop.store import files
    from tests.support.controller import AppController
    from tests.support.gui import FakeNavigator

    monkeypatch.setattr(files, "BUSY_TIMEOUT_MS", 50)
    store._conn.execute("PRAGMA busy_timeout = 50")
    controller = AppController(store, clock)
    told: list[str] = []
    controller.notice.connect(told.append)
    dues = [Due(q, clock.now()) for q in DEFAULT_QUESTIONS[:2]]
    controller._show_checkins(dues)  # the bridge now waits for the pop-up to close
    popup = CheckinPopup(controller, dues, FakeNavigator())
    qtbot.addWidget(popup)
    popup.show()
    qtbot.waitExposed(popup)
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        popup.close()  # by hand: each row left counts as skipped
        assert not popup.isVisible()
        assert told and "another program" in told[0]
        assert store.pending == 2  # both answers kept, for when the lock goes
    finally:
        other.execute("ROLLBACK")
        other.close()
    controller.services.data.maintain()
    assert store.pending == 0
    assert [r["answer"] for r in store.export()["checkins"]] == ["skipped", "skipped"]
    assert controller.next_wakeup_ms() > 0  # asking goes on: the pop-up counts as closed
    assert not controller._showing_checkin
    controller.stop_timers()
