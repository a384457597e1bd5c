"""The Today page: ticks persist, rough days show only the basics, items can be edited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from behind_desktop.core.checkins import Answer, Due
from behind_desktop.core.layers import Layer
from tests.support.gui import make_controller


@pytest.fixture
def page(qtbot, store, clock):
    from behind_desktop.gui.pages.today import TodayPage

    controller = make_controller(store, clock)
    p = TodayPage(controller)
    qtbot.addWidget(p)
    return p


def rows(page, layer):
    view = page.sections[layer].view
    return [view.item(n) for n in range(view.count())]


def titles(page, layer):
    return [r.text() for r in rows(page, layer)]


def test_ticking_persists_immediately(page, store):
    first = rows(page, Layer.BASICS)[0]
    first.setCheckState(Qt.CheckState.Checked)
    item = page.sections[Layer.BASICS].items[0]
    assert store.ticked(page.c.today()) == {item.id}
    rows(page, Layer.BASICS)[0].setCheckState(Qt.CheckState.Unchecked)
    assert store.ticked(page.c.today()) == set()


def test_space_ticks_the_current_item(page, store, qtbot):
    view = page.sections[Layer.TRAINEE].view
    view.setCurrentRow(1)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.sections[Layer.TRAINEE].items[1].id in store.ticked(page.c.today())


def test_rough_day_shows_layer_one_only(page, store):
    page.rough.setChecked(True)
    assert store.rough_day(page.c.today())
    assert not page.sections[Layer.TRAINEE].isVisibleTo(page)
    assert not page.sections[Layer.EXTRAS].isVisibleTo(page)
    assert page.sections[Layer.BASICS].isVisibleTo(page)
    assert page.rough_note.isVisibleTo(page)
    page.rough.setChecked(False)
    assert page.sections[Layer.TRAINEE].isVisibleTo(page)
    # after a rough day the extras stay folded until asked for
    assert not page.sections[Layer.EXTRAS].body.isVisibleTo(page)
    page.sections[Layer.EXTRAS].toggle.click()
    assert page.sections[Layer.EXTRAS].body.isVisibleTo(page)


def test_extras_open_on_an_ordinary_morning(page):
    assert page.sections[Layer.EXTRAS].body.isVisibleTo(page)
    assert page.sections[Layer.EXTRAS].subtitle.text()


def test_basics_line_in_the_evening(store, clock, qtbot):
    from behind_desktop.gui.pages.today import TodayPage

    clock.set("2026-11-23 19:30")
    p = TodayPage(make_controller(store, clock))
    qtbot.addWidget(p)
    assert p.note.isVisibleTo(p)
    assert "basics" in p.note.text()
    # the extras step back while the basics need the attention
    assert not p.sections[Layer.EXTRAS].body.isVisibleTo(p)
    for row in rows(p, Layer.BASICS)[:2]:
        row.setCheckState(Qt.CheckState.Checked)
    # the note stays put while ticking (the list doesn't jump), its words now true
    # again, and it goes on the next look
    assert p.note.isVisibleTo(p)
    assert "covered now" in p.note.text()
    p.refresh()
    assert not p.note.isVisibleTo(p)
    assert p.sections[Layer.EXTRAS].body.isVisibleTo(p)


def test_ticking_in_the_evening_keeps_the_list_still(store, clock, qtbot):
    from behind_desktop.gui.pages.today import TodayPage

    clock.set("2026-11-23 19:30")
    p = TodayPage(make_controller(store, clock))
    qtbot.addWidget(p)
    p.resize(560, 640)
    p.show()
    qtbot.waitExposed(p)
    qtbot.wait(10)  # laid out
    view = p.sections[Layer.BASICS].view
    where = view.mapTo(p, view.rect().topLeft())
    assert p.note.isVisible()
    for n in range(2):
        rect = view.visualItemRect(view.item(n))
        view.setCurrentRow(n)
        qtbot.keyClick(view, Qt.Key.Key_Space)  # as a click on the box would
        qtbot.wait(5)
        assert view.item(n).checkState() == Qt.CheckState.Checked
        assert view.mapTo(p, view.rect().topLeft()) == where
        assert view.visualItemRect(view.item(n)) == rect
    assert len(store.ticked(p.c.today())) == 2
    assert p.note.isVisible()  # still there while the user is busy with the list

    p.hide()
    p.show()  # the page shown again: now the note can go
    qtbot.waitExposed(p)
    assert not p.note.isVisible()


def test_done_editing_clears_the_last_message(page):
    page.edit.setChecked(True)
    section = page.sections[Layer.TRAINEE]
    section.view.setCurrentRow(0)
    section.archive_current()
    assert "off the list" in section.undo_bar.text.accessibleName()
    page.edit.setChecked(False)
    assert not section.undo_bar.isVisibleTo(page) and not section.undo_bar.offered()


def test_add_rename_move_archive(page, store):
    section = page.sections[Layer.EXTRAS]
    page.edit.setChecked(True)
    assert section.edit_row.isVisibleTo(page)
    section.add_field.setText("  Journal   club ")
    section.add_btn.click()
    assert titles(page, Layer.EXTRAS)[-1] == "Journal club"
    assert any(i.title == "Journal club" for i in store.items())

    section.view.setCurrentRow(section.view.count() - 1)
    section.up_btn.click()
    assert titles(page, Layer.EXTRAS)[-2] == "Journal club"
    assert section.current_item().title == "Journal club"

    section.view.currentItem().setText("Journal club, once a month")
    assert section.current_item().title == "Journal club, once a month"
    assert any(i.title == "Journal club, once a month" for i in store.items())

    section.archive_btn.click()
    assert "Journal club, once a month" not in titles(page, Layer.EXTRAS)
    assert any(i.archived for i in store.items(include_archived=True))
    assert "off the list" in section.undo_bar.text.accessibleName()


def test_keyboard_moves_and_archives(page, store, qtbot):
    view = page.sections[Layer.BASICS].view
    view.setCurrentRow(0)
    first = titles(page, Layer.BASICS)[0]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(page, Layer.BASICS)[1] == first
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert first not in titles(page, Layer.BASICS)


def test_bad_titles_get_a_kind_message(page, store):
    section = page.sections[Layer.TRAINEE]
    page.edit.setChecked(True)
    before = titles(page, Layer.TRAINEE)
    section.add_field.setText("   ")
    section.add_btn.click()
    assert section.problem.isVisibleTo(page)
    section.view.item(0).setText("x" * 150)  # a title too long for the list
    assert "long" in section.problem.text()
    assert titles(page, Layer.TRAINEE) == before
    section.view.item(0).setText("")
    assert titles(page, Layer.TRAINEE) == before  # the old title is put back


def test_checkin_yes_appears_ticked(page, store):
    c = page.c
    question = c.settings.questions[1]  # food
    c.answer(Due(question, c.now()), Answer.YES)
    food = next(i for i in page.sections[Layer.BASICS].items if i.key == "food")
    row = next(r for r in rows(page, Layer.BASICS) if r.data(Qt.ItemDataRole.UserRole) == food.id)
    assert row.checkState() == Qt.CheckState.Checked
