"""Putting an item away can be undone, right where it was said, and a put-away item
can be brought back later from the list of them. The buttons that act on the
selected item are off while nothing is selected."""

from __future__ import annotations

import pytest

from behind_desktop.core.layers import Layer
from tests.support.gui import let_undo_expire, shown_today_page


@pytest.fixture
def page(qtbot, store, clock):
    p = shown_today_page(qtbot, store, clock, 560, 480)
    p.edit.setChecked(True)
    qtbot.wait(10)
    return p


def titles(page, layer):
    view = page.sections[layer].view
    return [view.item(n).text() for n in range(view.count())]


def in_view(page, widget) -> bool:
    """``widget`` is inside the part of the page the scroll area shows."""
    port = page.scroller.viewport()
    top_left = widget.mapTo(port, widget.rect().topLeft())
    bottom_right = widget.mapTo(port, widget.rect().bottomRight())
    return port.rect().contains(top_left) and port.rect().contains(bottom_right)


def test_put_away_says_so_in_view_and_can_be_undone(page, store, qtbot):
    section = page.sections[Layer.EXTRAS]
    section.view.setCurrentRow(0)
    section.archive_btn.click()
    qtbot.wait(10)
    assert "Research" not in titles(page, Layer.EXTRAS)
    bar = section.undo_bar
    assert bar.isVisible() and in_view(page, bar)
    assert "Research" in bar.text.accessibleName() and "off the list" in bar.text.text()

    bar.button.click()
    assert titles(page, Layer.EXTRAS)[0] == "Research"  # back at its place
    assert not bar.isVisible()
    assert not any(i.archived for i in store.items(include_archived=True))


def test_the_undo_goes_by_itself_and_on_the_next_change(page, qtbot, monkeypatch):

    section = page.sections[Layer.TRAINEE]
    section.view.setCurrentRow(0)
    section.archive_btn.click()
    bar = section.undo_bar
    let_undo_expire(bar, qtbot)
    assert not bar.isVisible()

    section.view.setCurrentRow(0)
    section.archive_btn.click()
    assert bar.isVisible()
    page.sections[Layer.BASICS].view.setCurrentRow(0)
    page.sections[Layer.BASICS].down_btn.click()  # the next change
    assert not bar.isVisible() and not bar.expiry.isActive()


def test_a_put_away_item_comes_back_from_the_list(page, store, qtbot):
    section = page.sections[Layer.EXTRAS]
    assert not page.put_away.isVisible()  # nothing put away yet
    section.view.setCurrentRow(1)  # Committees
    section.archive_btn.click()
    qtbot.wait(10)
    shelf = page.put_away
    assert shelf.isVisible()
    assert shelf.view.count() == 1 and "Committees" in shelf.view.item(0).text()
    assert not shelf.back_btn.isEnabled()  # nothing selected yet
    shelf.view.setCurrentRow(0)
    assert shelf.back_btn.isEnabled()
    shelf.back_btn.click()
    assert titles(page, Layer.EXTRAS)[1] == "Committees"
    assert not shelf.isVisible()
    page.edit.setChecked(False)
    assert not page.put_away.isVisible()


def test_item_buttons_wait_for_a_selection(page, qtbot):
    section = page.sections[Layer.TRAINEE]
    buttons = (section.up_btn, section.down_btn, section.rename_btn, section.archive_btn)
    assert section.view.currentItem() is None
    assert not any(b.isEnabled() for b in buttons)
    section.view.setCurrentRow(1)
    assert all(b.isEnabled() for b in buttons)
    section.view.setCurrentRow(0)
    assert not section.up_btn.isEnabled() and section.down_btn.isEnabled()
    last = section.view.count() - 1
    section.view.setCurrentRow(last)
    assert section.up_btn.isEnabled() and not section.down_btn.isEnabled()
    section.archive_btn.click()  # the next one is selected, the buttons stay useful
    assert section.view.currentItem() is not None
