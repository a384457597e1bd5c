"""A click on a checklist item, on its words as on its box, ticks or unticks it.

Each row behaves as one check box with its label: the words are part of what can be
clicked. A double click counts as one click (it ticks, it doesn't tick and untick),
and it doesn't open the item for renaming: that is F2, or "Rename" while editing.
While "Edit items" is on, a click on the words picks the item (for Rename, Move,
Put away) without ticking it, and a double click renames it; its box still ticks.
The clicks go through the window, as a real mouse's do, so a double click arrives
as press, release, double click, release.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem

from behind_desktop.core.layers import Layer
from tests.support.gui import shown_today_page


@pytest.fixture
def page(qtbot, store, clock):
    p = shown_today_page(qtbot, store, clock, 700, 700)
    return p


def words_of(view, row: int) -> QPoint:
    rect = view.visualItemRect(view.item(row))
    return rect.center() + QPoint(rect.width() // 4, 0)


def box_of(view, row: int) -> QPoint:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    index = view.model().index(row, 0)
    view.itemDelegate().initStyleOption(option, index)
    option.rect = view.visualRect(index)
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    assert box.isValid() and option.rect.contains(box)
    return box.center()


def on_window(view, pos: QPoint) -> tuple[object, QPoint]:
    return view.window().windowHandle(), view.viewport().mapTo(view.window(), pos)


def click(view, pos: QPoint, button=Qt.MouseButton.LeftButton) -> None:
    window, at = on_window(view, pos)
    QTest.mouseClick(window, button, Qt.KeyboardModifier.NoModifier, at)


def double_click(view, pos: QPoint) -> None:
    window, at = on_window(view, pos)
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def ticked(page, store) -> set[int]:
    return store.ticked(page.c.today())


def item_id(page, row: int) -> int:
    return page.sections[Layer.BASICS].items[row].id


@pytest.mark.parametrize("where", [words_of, box_of], ids=["words", "box"])
def test_a_click_ticks_and_a_second_click_unticks(page, store, where):
    view = page.sections[Layer.BASICS].view
    click(view, where(view, 1))
    assert ticked(page, store) == {item_id(page, 1)}
    assert view.currentRow() == 1  # and the row is the one in hand
    click(view, where(view, 1))
    assert ticked(page, store) == set()


@pytest.mark.parametrize("where", [words_of, box_of], ids=["words", "box"])
def test_a_double_click_ticks_once_and_opens_nothing(page, store, where):
    view = page.sections[Layer.BASICS].view
    double_click(view, where(view, 2))
    assert ticked(page, store) == {item_id(page, 2)}
    assert view.state() != QAbstractItemView.State.EditingState  # no rename field opened
    double_click(view, where(view, 2))
    assert ticked(page, store) == set()


def test_a_right_click_or_a_drag_off_the_row_ticks_nothing(page, store):
    view = page.sections[Layer.BASICS].view
    click(view, words_of(view, 0), Qt.MouseButton.RightButton)
    window, start = on_window(view, words_of(view, 0))
    _, end = on_window(view, words_of(view, 3))
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(window, end)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert ticked(page, store) == set()


def test_space_still_ticks_the_selected_row(page, store, qtbot):
    view = page.sections[Layer.BASICS].view
    view.setFocus()
    view.setCurrentRow(3)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert ticked(page, store) == {item_id(page, 3)}
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert ticked(page, store) == set()


def test_f2_still_renames(page, qtbot):
    view = page.sections[Layer.BASICS].view
    view.setFocus()
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == QAbstractItemView.State.EditingState


def test_a_click_that_closes_the_rename_field_ticks_nothing(page, store, qtbot):
    view = page.sections[Layer.BASICS].view
    view.setFocus()
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    click(view, words_of(view, 2))
    assert ticked(page, store) == set()


def test_while_editing_a_click_on_the_words_picks_the_item(page, store):
    page.edit.setChecked(True)
    section = page.sections[Layer.BASICS]
    view = section.view
    click(view, words_of(view, 2))
    assert ticked(page, store) == set()  # picked, not ticked
    assert view.currentRow() == 2 and section.archive_btn.isEnabled()
    click(view, box_of(view, 2))
    assert ticked(page, store) == {item_id(page, 2)}  # the box still ticks

    page.edit.setChecked(False)  # done editing: the words tick again
    click(view, words_of(view, 3))
    assert ticked(page, store) == {item_id(page, 2), item_id(page, 3)}

    page.edit.setChecked(True)
    double_click(view, words_of(view, 1))
    assert view.state() == QAbstractItemView.State.EditingState  # renamed in place
    assert ticked(page, store) == {item_id(page, 2), item_id(page, 3)}
