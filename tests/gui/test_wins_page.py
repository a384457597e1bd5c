"""The Wins page: grouped by day, week navigation, add/edit/delete with undo, export."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from behind_desktop.core.layers import Layer
from behind_desktop.core.wins import WinSource
from tests.support.gui import add_win_on, let_undo_expire, make_controller


@pytest.fixture
def controller(store, clock):
    clock.set("2027-01-06 10:00")  # a Wednesday in 2027-W01; the week before is 2026-W53
    c = make_controller(store, clock)
    c.save_settings(replace(c.settings, first_weekday=0))
    return c


@pytest.fixture
def page(qtbot, controller):
    from behind_desktop.gui.pages.wins import WinsPage

    p = WinsPage(controller)
    qtbot.addWidget(p)
    return p


def tree_days(page):
    out = {}
    for n in range(page.tree.topLevelItemCount()):
        head = page.tree.topLevelItem(n)
        out[head.text(0)] = [head.child(m).text(1) for m in range(head.childCount())]
    return out


def all_rows(page):
    return [
        page.tree.topLevelItem(n).child(m)
        for n in range(page.tree.topLevelItemCount())
        for m in range(page.tree.topLevelItem(n).childCount())
    ]


def test_week_grouped_by_day_with_time_source_and_count(page, store, clock):
    add_win_on(store, clock, "2027-01-04", "08:15", "Emailed my mentor")
    add_win_on(store, clock, "2027-01-04", "17:40", "Read 3 pages", WinSource.FOCUS)
    add_win_on(store, clock, "2027-01-06", "09:05", "Showed up")
    page.refresh()
    days = list(tree_days(page).values())
    assert days == [["Emailed my mentor", "Read 3 pages"], ["Showed up"]]
    rows = all_rows(page)
    assert rows[0].text(0) and "8" in rows[0].text(0)
    assert rows[1].text(2) == "focus block"
    assert rows[0].text(2) == "written by you"
    assert "3" in page.count_label.text()
    assert [b.count for b in page.chart.bars] == [2, 0, 1, 0, 0, 0, 0]
    assert page.chart.bars[2].today
    assert "2" in page.chart.accessibleDescription()


def test_basics_ticked_show_as_wins(page, controller, store):
    item = next(i for i in store.items() if i.layer is Layer.BASICS)
    controller.set_tick(item, True)
    rows = all_rows(page)
    assert [r.text(1) for r in rows] == [item.title]
    assert rows[0].text(2) == "basics"
    assert not page.delete_btn.isEnabled() or page.tree.currentItem() is None


def test_navigation_across_the_year_boundary(page, store, clock):
    add_win_on(store, clock, "2026-12-28", "10:00", "Monday of week 53")
    add_win_on(store, clock, "2026-12-31", "23:00", "New Year's Eve shift done")
    add_win_on(store, clock, "2027-01-03", "12:00", "Sunday walk")
    add_win_on(store, clock, "2026-12-27", "12:00", "The week before")
    assert page.summary.label == "2027-W01"
    assert not page.next_btn.isEnabled()
    assert not page.this_btn.isEnabled()
    page.prev_btn.click()
    assert page.week == date(2026, 12, 28)
    assert page.summary.label == "2026-W53"
    assert "2027" in page.week_label.text()
    assert "2026-W53" in page.week_label.accessibleName()
    days = list(tree_days(page).values())
    assert days == [["Monday of week 53"], ["New Year's Eve shift done"], ["Sunday walk"]]
    assert page.next_btn.isEnabled() and page.this_btn.isEnabled()
    page.prev_btn.click()
    assert page.summary.label == "2026-W52"
    assert list(tree_days(page).values()) == [["The week before"]]
    page.this_btn.click()
    assert page.summary.label == "2027-W01"
    page.prev_btn.click()
    page.next_btn.click()
    assert page.week == date(2027, 1, 4)


def test_week_can_start_on_sunday(page, controller, store, clock):
    add_win_on(store, clock, "2027-01-03", "12:00", "Sunday walk")
    controller.save_settings(replace(controller.settings, first_weekday=6))
    assert page.week == date(2027, 1, 3)
    assert list(tree_days(page).values()) == [["Sunday walk"]]
    assert page.chart.bars[0].count == 1


def test_add_a_win(page, store, qtbot):
    page.add_field.setText("  Sent the email I was avoiding ")
    qtbot.keyClick(page.add_field, Qt.Key.Key_Return)
    wins = store.wins_between(date(2027, 1, 6), date(2027, 1, 6))
    assert [w.text for w in wins] == ["Sent the email I was avoiding"]
    assert page.add_field.text() == ""
    assert page.current_win().text == "Sent the email I was avoiding"
    page.add_field.setText("   ")
    page.add_btn.click()
    assert page.problem.isVisibleTo(page)
    assert len(store.wins_between(date(2027, 1, 6), date(2027, 1, 6))) == 1


def test_add_from_another_week_jumps_back(page, store):
    page.prev_btn.click()
    page.add_field.setText("Tiny step")
    page.add_btn.click()
    assert page.summary.label == "2027-W01"


def test_edit_a_win(page, store, clock):
    add_win_on(store, clock, "2027-01-05", "09:00", "Read 3 pages")
    page.refresh()
    row = all_rows(page)[0]
    page.tree.setCurrentItem(row)
    assert page.edit_btn.isEnabled()
    row.setText(1, "Read 5 pages")
    assert [w.text for w in store.wins_between(date(2027, 1, 5), date(2027, 1, 5))] == [
        "Read 5 pages"
    ]
    all_rows(page)[0].setText(1, " ")
    assert page.problem.isVisibleTo(page)
    assert all_rows(page)[0].text(1) == "Read 5 pages"


def test_delete_with_undo(page, store, clock, qtbot):
    win = add_win_on(store, clock, "2027-01-05", "09:00", "Read 3 pages")
    add_win_on(store, clock, "2027-01-05", "10:00", "Walked")
    page.refresh()
    page.tree.setCurrentItem(all_rows(page)[0])
    page.delete_btn.click()
    assert [w.text for w in store.wins_between(date(2027, 1, 5), date(2027, 1, 5))] == ["Walked"]
    assert page.undo_bar.isVisibleTo(page)
    assert "Read 3 pages" in page.undo_text.text()
    page.undo_btn.click()
    wins = store.wins_between(date(2027, 1, 5), date(2027, 1, 5))
    assert [w.text for w in wins] == ["Read 3 pages", "Walked"]
    assert wins[0].id == win.id
    assert not page.undo_bar.isVisibleTo(page)
    # the Delete key does the same, and Ctrl+Z undoes it
    page.tree.setCurrentItem(all_rows(page)[1])
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert [w.text for w in store.wins_between(date(2027, 1, 5), date(2027, 1, 5))] == [
        "Read 3 pages"
    ]
    page.undo()
    assert len(store.wins_between(date(2027, 1, 5), date(2027, 1, 5))) == 2


def test_export_week_csv_and_markdown(page, store, clock, tmp_path, monkeypatch):
    add_win_on(store, clock, "2026-12-31", "23:00", "=Shift done")
    add_win_on(store, clock, "2027-01-02", "09:30", "Slept *properly*")
    page.prev_btn.click()
    target = tmp_path / "week"
    monkeypatch.setattr(
        page, "ask_save_path", lambda title, suggested: (str(target), "CSV (*.csv)")
    )
    path = page.export(everything=False)
    assert path == tmp_path / "week.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert rows[0] == ["week", "day", "time", "text", "source"]
    assert rows[1] == ["2026-W53", "2026-12-31", "23:00", "'=Shift done", "typed"]
    assert rows[2][1:4] == ["2027-01-02", "09:30", "Slept *properly*"]

    md = tmp_path / "week.md"
    monkeypatch.setattr(page, "ask_save_path", lambda title, suggested: (str(md), ""))
    assert page.export(everything=False) == md
    text = md.read_text(encoding="utf-8")
    assert "## Week 2026-W53 · 2 wins" in text
    assert "- 09:30 Slept \\*properly\\* _(typed)_" in text
    assert "Saved" in page.status.text()


def test_export_everything(page, store, clock, tmp_path, monkeypatch):
    add_win_on(store, clock, "2025-03-03", "10:00", "Long ago")
    add_win_on(store, clock, "2027-01-05", "10:00", "This week")
    target = tmp_path / "all.md"
    monkeypatch.setattr(page, "ask_save_path", lambda title, suggested: (str(target), ""))
    page.export_all_btn.click()
    text = target.read_text(encoding="utf-8")
    assert text.index("2025-W10") < text.index("2027-W01")
    assert "Long ago" in text and "This week" in text


def test_export_cancelled_or_failing(page, tmp_path, monkeypatch):
    monkeypatch.setattr(page, "ask_save_path", lambda title, suggested: ("", ""))
    assert page.export(everything=False) is None
    bad = tmp_path / "missing-folder" / "w.csv"
    monkeypatch.setattr(page, "ask_save_path", lambda title, suggested: (str(bad), ""))
    assert page.export(everything=False) is None
    assert page.problem.isVisibleTo(page)


def test_english_plurals_come_from_the_shipped_translation(page, store, clock, qapp):
    from behind_desktop.gui.i18n import install_translators

    installed = install_translators(qapp)
    try:
        assert installed, "behind_en.qm is missing: run packaging/lupdate.sh"
        add_win_on(store, clock, "2027-01-05", "09:00", "Walked")
        page.refresh()
        assert page.count_label.text() == "1 small win this week."
        add_win_on(store, clock, "2027-01-05", "10:00", "Ate lunch")
        page.refresh()
        assert page.count_label.text() == "2 small wins this week."
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_undo_bar_does_not_move_the_buttons(page, store, clock, qtbot):
    add_win_on(store, clock, "2027-01-05", "09:00", "Read 3 pages")
    add_win_on(store, clock, "2027-01-05", "10:00", "Walked")
    page.refresh()
    page.resize(560, 640)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(10)

    def spots():
        return [
            (w.mapTo(page, w.rect().topLeft()), w.size())
            for w in (page.edit_btn, page.delete_btn, page.export_week_btn, page.tree)
        ]

    before = spots()
    page.tree.setCurrentItem(all_rows(page)[0])
    page.delete_btn.click()
    qtbot.wait(10)
    assert page.undo_bar.isVisible()
    assert spots() == before
    page.undo_btn.click()
    qtbot.wait(10)
    assert not page.undo_bar.isVisible()
    assert spots() == before


def test_messages_clear_when_the_week_changes(page, store, clock):
    page.add_field.setText("Walked to the ward")
    page.add_btn.click()
    assert page.status.text() == "Added. Nice."
    page.prev_btn.click()
    assert page.status.text() == ""
    page.add_field.setText(" ")
    page.add_btn.click()
    assert page.problem.isVisibleTo(page)
    page.this_btn.click()
    assert not page.problem.isVisibleTo(page)
    page.add_field.setText("Drank water")
    page.add_btn.click()
    page.next_btn.setEnabled(True)
    page.go(1)
    assert page.status.text() == ""


def test_the_win_field_takes_no_more_than_fits(page, qtbot):
    from behind_desktop.core.layers import MAX_TITLE

    qtbot.keyClicks(page.add_field, "y" * 200)
    assert len(page.add_field.text()) == MAX_TITLE
    assert "as long as" in page.problem.text()


def test_the_undo_line_is_whole_and_goes_away(page, store, clock, qtbot):

    long = "Read three pages of the cardiology chapter before the ward round started"
    add_win_on(store, clock, "2027-01-05", "09:00", "Walked")
    add_win_on(store, clock, "2027-01-05", "10:00", long)
    page.refresh()
    page.resize(560, 640)
    page.show()
    qtbot.waitExposed(page)
    page.tree.setCurrentItem(all_rows(page)[1])
    page.delete_btn.click()
    qtbot.wait(10)
    label, button = page.undo_text, page.undo_btn
    shown = label.text()
    # What happened is said in full, only the win's words are shortened, and nothing
    # is drawn under the button.
    assert shown.startswith("Deleted “") and shown.endswith("”.")
    assert label.fontMetrics().horizontalAdvance(shown) <= label.width()
    assert (
        label.mapTo(page, label.rect().topRight()).x()
        < button.mapTo(page, button.rect().topLeft()).x()
    )
    assert long in label.toolTip()

    bar = page.undo_bar
    let_undo_expire(bar, qtbot)
    assert not bar.isVisible()
    page.undo()  # nothing left on offer: nothing comes back
    assert len(store.wins_between(date(2027, 1, 5), date(2027, 1, 5))) == 1

    page.tree.setCurrentItem(all_rows(page)[0])
    page.delete_btn.click()
    assert bar.isVisible()
    page.add_field.setText("Ate lunch")
    page.add_btn.click()  # the next action
    assert not bar.isVisible() and not bar.expiry.isActive()


def test_where_a_win_came_from_is_said_plainly(page, store, clock):
    add_win_on(store, clock, "2027-01-05", "09:00", "Walked")
    page.refresh()
    assert all_rows(page)[0].text(2) == "written by you"
