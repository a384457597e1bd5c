"""The first-run welcome: shown once, warm, and one click starts a block."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.support.gui import FakeNavigator, make_controller


@pytest.fixture
def windows(qtbot, store, clock):
    from behind_desktop.gui.shell.windows import Windows

    w = Windows(make_controller(store, clock))
    yield w
    if w.welcome is not None:
        w.welcome.close()
        w.welcome.deleteLater()


def texts(dialog):
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_shown_once(windows, store, clock):
    assert windows.first_run_if_needed()
    assert windows.welcome is not None and windows.welcome.isVisible()
    assert store.get_value("welcome_shown")
    assert not windows.first_run_if_needed()
    # a new start with the same data: still not again
    from behind_desktop.gui.shell.windows import Windows

    again = Windows(make_controller(store, clock))
    assert not again.first_run_if_needed()
    assert again.welcome is None


def test_says_what_matters(windows):
    windows.first_run_if_needed()
    text = texts(windows.welcome)
    assert "stays on this computer" in text
    assert "tray" in text
    lowered = text.lower()
    for word in ("failed", "missed", "streak"):
        assert word not in lowered


def test_windows_11_pinning_hint(qtbot, store, clock):
    from behind_desktop.gui.dialogs.welcome import WelcomeDialog

    d = WelcomeDialog(make_controller(store, clock), FakeNavigator(), platform="win32")
    qtbot.addWidget(d)
    assert "Personalization → Taskbar → Other system tray icons" in texts(d)
    mac = WelcomeDialog(make_controller(store, clock), FakeNavigator(), platform="darwin")
    qtbot.addWidget(mac)
    assert "menu bar" in texts(mac)


def test_start_button_starts_a_block(windows, qtbot):
    windows.first_run_if_needed()
    dialog = windows.welcome
    assert "15-minute" in dialog.start_btn.text()
    dialog.start_btn.click()
    assert windows.timer.isVisible()  # the block's timer comes up
    assert windows.c.active_block is not None
    assert windows.c.active_block.planned_s == 15 * 60
    assert not dialog.isVisible()
    windows.timer.close()
