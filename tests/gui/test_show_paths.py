"""A minimized window comes back by every way there is to ask for it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from behind_desktop.gui.shell.tray import Tray
from tests.gui.test_tray import make_parts

Reason = QSystemTrayIcon.ActivationReason


@pytest.fixture
def parts(qtbot, store, clock, monkeypatch):
    controller, windows, tray = make_parts(store, clock, monkeypatch, True)
    yield controller, windows, tray
    controller.stop_timers()
    tray.hide()
    for w in (windows.main_if_open(), windows._timer):
        if w is not None:
            w.close()


def minimized(w) -> None:
    w.show()
    w.showMinimized()
    assert w.isMinimized()


def back(w) -> bool:
    return w.isVisible() and not w.isMinimized()


def menu_entry(tray: Tray, name: str):
    tray.menu.aboutToShow.emit()
    return next(a for a in tray.menu.actions() if a.objectName() == name)


@pytest.mark.parametrize(
    "ask",
    [
        lambda c, tray: menu_entry(tray, "today").trigger(),
        lambda c, tray: tray.icon.activated.emit(Reason.MiddleClick),
        # `behind-desktop show` and a plain `behind-desktop` both send "show"
        lambda c, tray: c.handle_request({"cmd": "show"}),
    ],
    ids=["tray menu", "middle click", "show command"],
)
def test_a_minimized_main_window_comes_back(parts, ask):
    controller, windows, tray = parts
    minimized(windows.main)
    ask(controller, tray)
    assert back(windows.main)


def test_a_maximized_window_minimized_comes_back_maximized(parts):
    controller, windows, _ = parts
    windows.main.showMaximized()
    windows.main.showMinimized()
    controller.handle_request({"cmd": "show"})
    assert back(windows.main) and windows.main.isMaximized()


@pytest.mark.parametrize(
    "ask",
    [
        lambda tray: tray.icon.activated.emit(Reason.Trigger),
        lambda tray: menu_entry(tray, "timer").trigger(),
    ],
    ids=["left click", "tray menu"],
)
def test_a_minimized_timer_comes_back(parts, monkeypatch, ask):
    controller, windows, tray = parts
    controller.start_focus()
    monkeypatch.setattr("behind_desktop.gui.shell.tray.DOUBLE_CLICK_GUARD_S", -1.0)
    minimized(windows.timer)
    ask(tray)
    assert back(windows.timer)


def test_the_show_command_says_when_no_window_could_be_shown(parts, monkeypatch):
    controller = parts[0]
    monkeypatch.setattr("behind_desktop.gui.shell.windows.raise_window", lambda w: None)
    reply = controller.handle_request({"cmd": "show"})
    assert reply["ok"] is False and "window" in reply["error"]
