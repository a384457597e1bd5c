"""A long item wraps onto more lines and every row of its layer stays in view: in the
window as it opens, after the window is made narrower, and after a restart. A layer
longer than the page scrolls with the page's own scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from behind_desktop.core.layers import MAX_TITLE, Layer
from tests.support.gui import FakeAutostart, FakeNavigator, make_controller

LONG = (
    "Finish the discharge summaries for bed twelve and call the family back about the "
    "transfer before lunch"
)


@pytest.fixture
def open_window(qtbot, store, clock, monkeypatch):
    from behind_desktop.gui.pages.settings import computer as settings_page
    from behind_desktop.gui.shell.main_window import MainWindow

    monkeypatch.setattr(settings_page, "autostart_backend", lambda: FakeAutostart())

    def open_() -> MainWindow:
        w = MainWindow(make_controller(store, clock), FakeNavigator())
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        qtbot.wait(10)  # laid out
        return w

    return open_


def hidden_rows(view) -> list[str]:
    """Rows of the list not wholly inside its viewport (cut, or scrolled away)."""
    out = []
    inside = view.viewport().rect()
    for n in range(view.count()):
        rect = view.visualItemRect(view.item(n))
        if not inside.contains(rect):
            out.append(f"{view.item(n).text()[:30]!r} at {rect} outside {inside}")
    return out


def add_long_item(window, qtbot) -> None:
    section = window.today.sections[Layer.BASICS]
    section.view.item(0).setCheckState(Qt.CheckState.Checked)  # "Slept enough…", ticked
    window.today.edit.setChecked(True)
    section.add_field.setText(LONG)
    section.add_btn.click()
    qtbot.wait(10)


def test_a_long_item_wraps_and_every_row_stays_in_view(open_window, qtbot, store):
    w = open_window()
    add_long_item(w, qtbot)
    view = w.today.sections[Layer.BASICS].view
    long_row = view.item(view.count() - 1)
    assert long_row.text() == LONG
    assert view.visualItemRect(long_row).height() > view.visualItemRect(view.item(1)).height()
    assert hidden_rows(view) == []
    assert view.verticalScrollBar().value() == 0  # "Slept enough…" is still at the top

    w.resize(w.width() * 2 // 3, w.height())  # narrower: more lines, still all in view
    qtbot.wait(10)
    assert hidden_rows(view) == []

    w.close()
    again = open_window()  # a restart: the long item whole, not cut in half
    view = again.today.sections[Layer.BASICS].view
    assert view.item(view.count() - 1).text() == LONG
    assert hidden_rows(view) == []


def test_a_long_list_scrolls_with_the_page(open_window, qtbot):
    w = open_window()
    section = w.today.sections[Layer.TRAINEE]
    w.today.edit.setChecked(True)
    for n in range(12):
        section.add_field.setText(f"{n} {LONG}")
        section.add_btn.click()
    qtbot.wait(10)
    assert hidden_rows(section.view) == []
    bar = w.today.scroller.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0


def test_the_add_field_takes_no_more_than_fits(open_window, qtbot):
    w = open_window()
    w.today.edit.setChecked(True)
    field = w.today.sections[Layer.BASICS].add_field
    field.setFocus()
    qtbot.keyClicks(field, "x" * 300)
    assert len(field.text()) == MAX_TITLE
    section = w.today.sections[Layer.BASICS]
    assert "as long as" in section.problem.text() and section.problem.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert not section.problem.isVisible()  # room again: nothing to say

    view = section.view  # renaming in place has the same limit
    view.setCurrentRow(0)
    view.setFocus()
    section.rename_current()
    editor = view.focusWidget()
    assert editor is not view and editor.maxLength() == MAX_TITLE
