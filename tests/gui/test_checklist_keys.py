"""Moving through a long checklist with the keyboard keeps the current row in sight.

The lists are as tall as their rows and the page scrolls, not the list; so the page
itself has to follow the current row as Up, Down, Home, End and Tab move it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from behind_desktop.core.layers import Layer
from tests.support.gui import FakeAutostart, FakeNavigator, make_controller

MANY = 30


@pytest.fixture
def window(qtbot, store, clock, monkeypatch):
    from behind_desktop.gui.pages.settings import computer as settings_page
    from behind_desktop.gui.shell.main_window import MainWindow

    monkeypatch.setattr(settings_page, "autostart_backend", lambda: FakeAutostart())
    for n in range(MANY):
        store.add_item(Layer.TRAINEE, f"Ward task number {n + 1}", clock.now())
    w = MainWindow(make_controller(store, clock), FakeNavigator())
    qtbot.addWidget(w)
    w.show()  # at its default size
    qtbot.waitExposed(w)
    qtbot.wait(10)  # laid out
    bar = w.today.scroller.verticalScrollBar()
    assert bar.maximum() > 0, "the page must be longer than the window for this test"
    return w


def row_in_view(page, view) -> tuple[bool, str]:
    """Whether the current row of ``view`` is wholly inside the page's visible area."""
    scroller = page.scroller
    rect = view.visualItemRect(view.currentItem())
    top_left = view.viewport().mapTo(scroller.viewport(), rect.topLeft())
    on_page = QRect(top_left, rect.size())
    visible = scroller.viewport().rect()
    return visible.contains(on_page), f"row {view.currentRow()} at {on_page}, visible {visible}"


def test_down_and_up_keep_the_current_row_in_view(window, qtbot):
    page = window.today
    view = page.sections[Layer.TRAINEE].view
    view.setFocus()
    view.setCurrentRow(0)
    bar = page.scroller.verticalScrollBar()
    for _ in range(view.count() - 1):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        inside, where = row_in_view(page, view)
        assert inside, where
    assert view.currentRow() == view.count() - 1
    assert bar.value() > 0  # the page did scroll down
    for _ in range(view.count() - 1):
        qtbot.keyClick(view, Qt.Key.Key_Up)
        inside, where = row_in_view(page, view)
        assert inside, where
    assert view.currentRow() == 0


def test_end_and_home_bring_the_row_into_view(window, qtbot):
    page = window.today
    view = page.sections[Layer.TRAINEE].view
    view.setFocus()
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentRow() == view.count() - 1
    inside, where = row_in_view(page, view)
    assert inside, where
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentRow() == 0
    inside, where = row_in_view(page, view)
    assert inside, where


def test_tab_into_the_list_shows_its_current_row(window, qtbot):
    page = window.today
    view = page.sections[Layer.TRAINEE].view
    view.setCurrentRow(view.count() - 1)  # chosen earlier, then the page went back up
    page.scroller.verticalScrollBar().setValue(0)
    before = page.sections[Layer.BASICS].view
    before.setFocus()
    for _ in range(20):  # Tab through the controls in between
        if view.hasFocus():
            break
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert view.hasFocus()
    inside, where = row_in_view(page, view)
    assert inside, where


def test_a_click_does_not_move_the_page(window, qtbot):
    page = window.today
    view = page.sections[Layer.TRAINEE].view
    bar = page.scroller.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    value = bar.value()
    # the row cut by the bottom edge of the page: clicking its visible part leaves it there
    bottom = page.scroller.viewport().rect().bottom() - 2
    at = view.viewport().mapFrom(page.scroller.viewport(), QPoint(40, bottom))
    assert view.indexAt(at).isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.wait(10)
    assert bar.value() == value
