"""A checklist row's accessibility action "Toggle" ticks it, as Space does.

Switch access and voice control reach a row only through its accessible actions;
a "Toggle" that merely selected the row left them no way to tick anything.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible

from behind_desktop.core.layers import Layer
from tests.support.gui import make_controller


@pytest.fixture
def page(qtbot, store, clock):
    from behind_desktop.gui.pages.today import TodayPage

    p = TodayPage(make_controller(store, clock))
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    return p


def toggle(view, row: int) -> None:
    cell = QAccessible.queryAccessibleInterface(view).child(row)
    actions = cell.actionInterface()
    assert actions.toggleAction() in actions.actionNames()
    actions.doAction(actions.toggleAction())


def ticked_ids(page) -> set[int]:
    section = page.sections[Layer.BASICS]
    return {
        section.items[n].id
        for n in range(section.view.count())
        if section.view.item(n).checkState() == Qt.CheckState.Checked
    } | page.ticked


@pytest.mark.parametrize("selected_first", [False, True], ids=["unselected", "selected"])
def test_toggle_ticks_and_unticks_the_row(page, qtbot, selected_first):
    section = page.sections[Layer.BASICS]
    view, item = section.view, section.items[1]
    view.setCurrentRow(1 if selected_first else 0)
    qtbot.wait(1)  # an assistive action arrives later, from the event loop
    toggle(view, 1)
    qtbot.waitUntil(lambda: item.id in ticked_ids(page))
    assert section.current_id() == item.id  # and the row is the one now in hand
    toggle(view, 1)
    qtbot.waitUntil(lambda: item.id not in ticked_ids(page))
    assert ticked_ids(page) == set()  # nothing else was ticked on the way


def test_moving_around_ticks_nothing(page, qtbot):
    view = page.sections[Layer.BASICS].view
    view.setFocus()
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    rect = view.visualItemRect(view.item(0))
    qtbot.mouseClick(  # a right click selects the row; a left click would tick it
        view.viewport(),
        Qt.MouseButton.RightButton,
        pos=rect.center() + QPoint(rect.width() // 4, 0),
    )
    page.sections[Layer.BASICS].select_id(page.sections[Layer.BASICS].items[2].id)
    qtbot.wait(20)
    assert ticked_ids(page) == set()


def test_a_ctrl_click_still_selects_one_row(page, qtbot):
    view = page.sections[Layer.BASICS].view
    view.setCurrentRow(0)
    rect = view.visualItemRect(view.item(2))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        rect.center() + QPoint(rect.width() // 4, 0),
    )
    assert [i.row() for i in view.selectedIndexes()] == [2]
