"""SIGTERM in the first moments of start-up ends the app cleanly; a write the disk
refuses while the app runs is said in a notice and kept."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from behind_desktop.paths import socket_name
from tests.gui.test_single_instance import ENV


def catches(pid: int, sig: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) & (1 << (sig - 1)))


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc signal masks")
@pytest.mark.parametrize("delay", [0.0, 0.15])
def test_sigterm_early_in_start_up_quits_cleanly(data_dir: Path, delay: float) -> None:
    app = subprocess.Popen(
        [sys.executable, "-m", "behind_desktop", "--data-dir", str(data_dir)],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not catches(app.pid, signal.SIGINT) and time.monotonic() < deadline:
            time.sleep(0.005)  # Python is up (it catches Ctrl+C from the start)
        soon = time.monotonic() + 0.1  # Behind takes SIGTERM over within moments of that
        while not catches(app.pid, signal.SIGTERM) and time.monotonic() < soon:
            time.sleep(0.005)
        time.sleep(delay)
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=20) == 0  # a clean quit, not killed by the signal
        assert not Path(socket_name(data_dir)).exists()
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def test_a_full_disk_while_running_is_said_in_a_notice(qapp, qtbot, store, clock) -> None:
    from PySide6.QtCore import QTimer

    from behind_desktop.gui.shell.app import tell_failures
    from tests.support.gui import make_controller

    controller = make_controller(store, clock)
    said: list[str] = []
    previous = sys.excepthook
    tell_failures(said.append)
    try:
        (pages,) = store._conn.execute("PRAGMA page_count").fetchone()
        store._conn.execute(f"PRAGMA max_page_count = {pages}")

        def fill() -> None:
            for n in range(3000):
                controller.add_win(f"win {n} " + "x" * 100)

        QTimer.singleShot(0, fill)
        qtbot.waitUntil(lambda: bool(said), timeout=5000)
        assert "disk is full" in said[0] and "kept" in said[0]
        store._conn.execute("PRAGMA max_page_count = 1000000")
        controller.services.data.maintain()
        assert store.pending == 0
    finally:
        sys.excepthook = previous
        controller.stop_timers()


def test_a_refused_data_file_is_said_in_the_stored_language(
    qapp, data_dir: Path, clock, monkeypatch
) -> None:
    """A data file from a newer Behind is refused before the store opens; the dialog
    still speaks the language the user chose (read without changing the file)."""
    import sqlite3

    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from behind_desktop.core.settings import build
    from behind_desktop.gui import i18n
    from behind_desktop.gui.shell import app as app_mod
    from behind_desktop.store import DB_NAME, Store

    store = Store.open(data_dir, clock.tz, clock.now())
    store.save_settings(build({"language": "es"}, base=store.settings()))
    store.close()
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = (data_dir / DB_NAME).read_bytes()
    shown: list[str] = []
    installed: list = []
    monkeypatch.setattr(app_mod, "hold_early_signals", lambda: None)
    # The test's application exists already; the real start sets this before it does.
    monkeypatch.setattr(QGuiApplication, "setHighDpiScaleFactorRoundingPolicy", lambda _: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))

    original = i18n.install_translators

    def install(app, locale=None, directory=None):
        installed.extend(original(app, locale, directory))
        return installed

    monkeypatch.setattr(i18n, "install_translators", install)
    try:
        assert app_mod.run(data_dir) == 3
        assert shown and shown[0].startswith(str(data_dir / DB_NAME))
        assert "lo escribió una versión más nueva de Behind" in shown[0]
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
    assert (data_dir / DB_NAME).read_bytes() == before


def test_the_quicker_pyside_check_gives_pyside_answers(monkeypatch) -> None:
    """After each import PySide6 asks whether the module names PySide6; the app asks
    it from the file's bytes, and must answer as PySide6's own check does."""
    import types

    import behind_desktop.core.focus as no_qt
    import behind_desktop.gui.shell.tray as with_qt
    from behind_desktop.gui.shell.app import quicker_pyside_imports

    feature = sys.modules["shibokensupport.feature"]
    original = getattr(feature._mod_uses_pyside, "original", feature._mod_uses_pyside)
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)
    quicker_pyside_imports()
    quick = feature._mod_uses_pyside
    assert quick is not original
    quicker_pyside_imports()
    assert feature._mod_uses_pyside is quick  # once is enough
    no_source = types.ModuleType("made_up")
    for module in (no_qt, with_qt, signal, no_source):
        assert quick(module) is original(module)
    assert quick(with_qt) is True and quick(no_qt) is False
