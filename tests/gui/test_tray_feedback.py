"""The tray says what just happened: a block started until when, check-ins paused until when."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from behind_desktop.gui.shell.tray import Tray
from tests.gui.test_tray import make_parts, menu_action

Reason = QSystemTrayIcon.ActivationReason


@pytest.fixture
def parts(qtbot, store, clock, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(Tray, "notify", lambda self, title, text: said.append(text) or True)
    clock.set("2026-11-26 08:09")
    controller, windows, tray = make_parts(store, clock, monkeypatch, True)
    yield controller, tray, said
    controller.stop_timers()
    tray.hide()
    for w in (windows.main_if_open(), windows._timer):
        if w is not None:
            w.close()


def test_starting_a_block_from_the_tray_says_until_when(parts):
    controller, tray, said = parts
    tray.icon.activated.emit(Reason.Trigger)
    assert said == ["15 minutes on one tiny step — until 08:24"]
    tray.icon.activated.emit(Reason.DoubleClick)
    assert len(said) == 1  # a second click starts nothing and says nothing
    controller.stop_focus()
    controller.start_focus(step="x")  # started elsewhere: the tray stays quiet
    assert len(said) == 1


def test_pausing_check_ins_says_until_when_and_the_menu_keeps_saying_it(parts):
    _, tray, said = parts
    pause = next(a for a in tray.pause_menu.actions() if a.text() == "For 1 hour")
    pause.trigger()
    assert said == ["No check-ins until 09:09. “Resume check-ins” brings them back sooner."]
    tray.menu.aboutToShow.emit()
    assert tray.pause_menu.title().replace("&", "") == "Check-ins paused until 09:09"
    tray.a_unpause.trigger()
    tray.menu.aboutToShow.emit()
    assert tray.pause_menu.title().replace("&", "") == "Pause check-ins"


def test_the_block_s_pause_says_it_is_the_block(parts):
    controller, tray, _ = parts
    tray.start_block()
    assert menu_action(tray, "pause").text().replace("&", "") == "Pause the block"
    controller.pause_focus()
    assert menu_action(tray, "resume").text().replace("&", "") == "Resume the block"


def test_no_bubble_when_notifications_are_off(parts):
    controller, tray, said = parts
    from dataclasses import replace

    controller.save_settings(replace(controller.settings, notifications=False))
    tray.start_block()
    assert said == []
