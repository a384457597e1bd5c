"""The main window keeps its size and place, and only restores onto a screen."""

from __future__ import annotations

import json

from PySide6.QtCore import QRect

from tests.support.gui import FakeAutostart, FakeNavigator, make_controller


def open_window(qtbot, store, clock, monkeypatch):
    from behind_desktop.gui.pages.settings import computer as settings_page
    from behind_desktop.gui.shell.main_window import MainWindow

    monkeypatch.setattr(settings_page, "autostart_backend", lambda: FakeAutostart())
    w = MainWindow(make_controller(store, clock), FakeNavigator())
    qtbot.addWidget(w)
    return w


def test_size_and_place_are_kept(qtbot, store, clock, monkeypatch):
    w = open_window(qtbot, store, clock, monkeypatch)
    w.show()
    w.setGeometry(40, 60, 520, 610)
    w.close()
    saved = json.loads(store.get_value("main_window_geometry"))
    assert (saved["w"], saved["h"]) == (520, 610)
    again = open_window(qtbot, store, clock, monkeypatch)
    assert (again.width(), again.height()) == (520, 610)
    assert (again.x(), again.y()) == (saved["x"], saved["y"])


def test_off_screen_place_is_not_restored(qtbot, store, clock, monkeypatch):
    store.set_value("main_window_geometry", json.dumps({"x": 9000, "y": 9000, "w": 500, "h": 600}))
    w = open_window(qtbot, store, clock, monkeypatch)
    screen = w.screen().availableGeometry()
    assert screen.intersects(QRect(w.pos(), w.size()))
    store.set_value("main_window_geometry", "not json")
    assert open_window(qtbot, store, clock, monkeypatch).width() > 0


def test_visible_rect():
    from behind_desktop.gui.shell.main_window import visible_rect

    screens = [QRect(0, 0, 1920, 1080), QRect(1920, 0, 1280, 1024)]
    assert visible_rect(QRect(100, 100, 500, 600), screens) == QRect(100, 100, 500, 600)
    # as tall as the screen, and its bottom on it too
    assert visible_rect(QRect(2000, 50, 500, 2000), screens) == QRect(2000, 0, 500, 1024)
    assert visible_rect(QRect(-3000, 100, 500, 600), screens) is None
    assert visible_rect(QRect(100, 1070, 500, 600), screens) is None
    # room for the title bar: never tucked under the top edge, never taller than fits
    small = [QRect(0, 0, 1366, 768)]
    assert visible_rect(QRect(0, 0, 500, 600), small, 32) == QRect(0, 32, 500, 600)
    # and the same room below, for window managers that put the title bar where the
    # window was asked to be and the window under it
    assert visible_rect(QRect(0, 10, 500, 900), small, 32) == QRect(0, 32, 500, 704)


def test_a_window_kept_before_the_text_grew_comes_back_whole_on_the_screen():
    """Kept at 1366x768; started again at 1.5x text (QT_SCALE_FACTOR): the screen is
    then 910x512 in the window's units, and the window came back cut at the right and
    the bottom (its buttons out of reach)."""
    from behind_desktop.gui.shell.main_window import visible_rect

    screen = QRect(0, 0, 910, 512)
    back = visible_rect(QRect(408, 133, 552, 527), [screen], 32)
    assert back is not None
    assert back == QRect(358, 32, 552, 448)  # on the screen whole, with room for its frame
    # dragged partly off the right edge: back inside it, at the same height
    wide = QRect(0, 0, 1920, 1080)
    assert visible_rect(QRect(1700, 300, 500, 600), [wide], 32) == QRect(1420, 300, 500, 600)
