"""The Settings page: inline validation, saving, contacts, start at login, export, delete."""

from __future__ import annotations

import json
import sys
from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime

from behind_desktop.core.checkins import History
from behind_desktop.core.support import CRISIS_LINES
from tests.support.gui import FakeAutostart, make_controller


@pytest.fixture
def fake_autostart(monkeypatch):
    from behind_desktop.gui.pages.settings import computer as settings_page

    fake = FakeAutostart()
    monkeypatch.setattr(settings_page, "autostart_backend", lambda: fake)
    return fake


@pytest.fixture
def page(qtbot, store, clock, fake_autostart):
    from behind_desktop.gui.pages.settings import SettingsPage

    p = SettingsPage(make_controller(store, clock))
    qtbot.addWidget(p)
    return p


def test_shows_the_current_settings(page):
    assert page.focus_group.focus.value() == 15
    assert page.quiet.quiet_start.time() == QTime(22, 0)
    assert page.checkins.rows[0].text.text() == "Did you sleep enough to feel human?"
    assert page.checkins.rows[1].times.text() == "12:30, 19:00"
    assert page.c.store.path.parent.name in page.computer.folder_label.text()


def test_save_valid_changes(page, store):
    page.focus_group.focus.setValue(25)
    page.checkins.rows[1].times.setText("12:00; 18.30")
    page.focus_group.sounds.setChecked(False)
    page.quiet.shift.setChecked(True)
    page.quiet.wake.setTime(QTime(18, 0))
    assert page.dirty
    assert page.save() is not None
    saved = store.settings()
    assert saved.focus_minutes == 25
    assert saved.questions[1].times == (time(12, 0), time(18, 30))
    assert saved.questions[1].item_key == "food"  # the link to Layer 1 survives editing
    assert not saved.sounds and saved.shift_mode and saved.wake_time == time(18, 0)
    assert page.status.text() == "Saved."


def test_quiet_hours_across_midnight_are_fine(page, store):
    page.quiet.quiet_start.setTime(QTime(23, 30))
    page.quiet.quiet_end.setTime(QTime(6, 15))
    assert page.save() is not None
    assert (store.settings().quiet_start, store.settings().quiet_end) == (time(23, 30), time(6, 15))
    assert not page.quiet.quiet_problem.isVisibleTo(page)


def test_bad_time_is_marked_on_its_row(page, store):
    before = store.settings()
    row = page.checkins.rows[2]
    row.times.setText("16:00, 25:99")
    assert page.save() is None
    assert row.problem.isVisibleTo(page)
    assert "25:99" in row.problem.text()
    assert not page.checkins.rows[0].problem.isVisibleTo(page)
    assert store.settings() == before
    assert "need a look" in page.status.text()
    row.times.setText("16:00")
    assert page.save() is not None
    assert not row.problem.isVisibleTo(page)


def test_empty_and_overlong_text(page, store):
    page.checkins.rows[0].text.setText("   ")
    page.checkins.rows[3].text.setText("Have you " + "really " * 30 + "rested?")
    page.contacts.add(None)
    page.contacts.rows[0].name.setText("")
    page.contacts.rows[0].detail.setText("x" * 250)
    assert page.save() is None
    assert page.checkins.rows[0].problem.isVisibleTo(page)
    assert "160" in page.checkins.rows[3].problem.text()
    assert page.contacts.rows[0].problem.isVisibleTo(page)
    assert not page.checkins.rows[1].problem.isVisibleTo(page)
    assert store.get_value("settings") is None  # nothing half-saved


def test_empty_times_and_duplicates(page):
    page.checkins.rows[0].times.setText("")
    assert page.save() is None
    assert "time" in page.checkins.rows[0].problem.text()
    page.checkins.rows[0].times.setText("09:00")
    page.checkins.add()
    page.checkins.rows[-1].text.setText("Did you drink water?")
    page.checkins.rows[-1].times.setText("11:00")
    page.checkins.add()
    page.checkins.rows[-1].text.setText("Did you drink water?")
    page.checkins.rows[-1].times.setText("15:00")
    assert page.save() is None
    assert page.checkins.questions_problem.isVisibleTo(page)


def test_add_and_remove_questions(page, store):
    page.checkins.add()
    row = page.checkins.rows[-1]
    row.text.setText("Did you drink some water?")
    row.times.setText("11:00")
    page.checkins.rows[3].remove.click()
    assert page.save() is not None
    texts = [q.text for q in store.settings().questions]
    assert texts[-1] == "Did you drink some water?"
    assert len(texts) == 4


def test_undo_changes(page):
    page.focus_group.focus.setValue(40)
    page.checkins.rows[0].text.setText("Something else")
    page.revert_btn.click()
    assert page.focus_group.focus.value() == 15
    assert page.checkins.rows[0].text.text() == "Did you sleep enough to feel human?"
    assert not page.dirty


def test_crisis_line_helper(page, store):
    page.contacts.country.setCurrentIndex(page.contacts.country.findData("GB"))
    page.contacts.crisis_btn.click()
    row = page.contacts.rows[-1]
    assert row.detail.text() == CRISIS_LINES["GB"].detail
    assert "check" in row.problem.text()
    assert page.save() is not None
    assert store.settings().contacts[-1].kind == "crisis"


def test_backoff_note_is_gentle(store, clock, qtbot, fake_autostart, monkeypatch):
    from behind_desktop.gui.pages.settings import SettingsPage

    real = store.histories
    monkeypatch.setattr(
        store,
        "histories",
        lambda keys: {**real(keys), "move": History(ignored_in_row=3)},
    )
    p = SettingsPage(make_controller(store, clock))
    qtbot.addWidget(p)
    move = next(r for r in p.checkins.rows if r.key == "move")
    assert move.backoff.isVisibleTo(p)
    assert "every other time" in move.backoff.text()
    for word in ("failed", "missed", "streak"):
        assert word not in move.backoff.text().lower()
    assert not p.checkins.rows[0].backoff.isVisibleTo(p)


def test_start_at_login(page, store, fake_autostart):
    assert not page.computer.login.isChecked()
    page.computer.login.setChecked(True)
    assert fake_autostart.on
    assert store.get_value("autostart_remembered") == "1"
    fake_autostart.fail = True
    page.computer.login.setChecked(False)
    assert fake_autostart.on and page.computer.login.isChecked()
    assert page.computer.login_note.isVisibleTo(page)


def test_open_folder(page, monkeypatch):
    from behind_desktop.gui.pages.settings import computer

    opened = []
    monkeypatch.setattr(
        computer.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    page.computer.open_btn.click()
    assert opened and opened[0].toLocalFile() == str(page.c.store.path.parent)


def test_export_everything(page, store, tmp_path, monkeypatch):
    store.save_settings(store.settings())
    target = tmp_path / "everything"
    monkeypatch.setattr(page.computer, "ask_save_path", lambda t, s: (str(target), "JSON (*.json)"))
    page.computer.export_btn.click()
    data = json.loads((tmp_path / "everything.json").read_text(encoding="utf-8"))
    assert data["app"] == "behind-desktop"
    assert {"items", "wins", "ticks", "settings"} <= data.keys()
    csv_path = tmp_path / "e.csv"
    monkeypatch.setattr(page.computer, "ask_save_path", lambda t, s: (str(csv_path), ""))
    assert page.computer.export_all() == csv_path
    assert csv_path.read_text(encoding="utf-8").startswith("table,field,value,row")


def test_delete_everything_needs_the_word(page, store, clock):
    c = page.c
    c.add_win("Walked to the ward")
    page.focus_group.focus.setValue(30)
    page.save()
    page.computer.delete_btn.click()
    assert page.computer.confirm.isVisibleTo(page)
    page.computer.confirm_field.setText("delete")
    assert not page.computer.confirm_btn.isEnabled()
    page.computer.confirm_btn.click()
    assert store.export()["wins"]
    page.computer.confirm_field.setText("DELETE")
    assert page.computer.confirm_btn.isEnabled()
    page.computer.confirm_btn.click()
    assert store.export()["wins"] == []
    assert c.settings.focus_minutes == 15
    assert page.focus_group.focus.value() == 15
    assert not page.computer.confirm.isVisibleTo(page)
    assert "fresh" in page.computer.data_status.text()
    assert store.items()  # the default checklist is back


def test_outside_change_does_not_clobber_edits(page):
    page.focus_group.focus.setValue(33)
    page.c.pause_checkins(1)  # emits dataChanged("settings")
    assert page.focus_group.focus.value() == 33


# -- layout: the wheel, time boxes, the crisis-line picker, the delete confirmation ----------


@pytest.fixture
def shown(page, qtbot):
    page.resize(560, 420)
    page.show()
    qtbot.waitExposed(page)
    return page


def wheel_over(widget, steps: int = -1) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    at = QPointF(widget.rect().center())
    event = QWheelEvent(
        at,
        QPointF(widget.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_scrolls_the_page_not_an_unfocused_field(shown, qtbot):
    page = shown
    bar = page.scroller.verticalScrollBar()
    assert bar.maximum() > 0  # the page is taller than the window here
    page.save_btn.setFocus()
    qtbot.waitUntil(page.save_btn.hasFocus)
    wheel_over(page.focus_group.focus, -1)
    assert page.focus_group.focus.value() == 15
    assert bar.value() > 0  # the page moved instead
    assert not page.dirty
    for picker in (page.weeks.week_start, page.contacts.country):
        before = picker.currentIndex()
        wheel_over(picker, -1)
        assert picker.currentIndex() == before
    before = page.quiet.quiet_start.time()
    wheel_over(page.quiet.quiet_start, 1)
    assert page.quiet.quiet_start.time() == before
    for field in (
        page.focus_group.focus,
        page.quiet.quiet_start,
        page.weeks.week_start,
        page.contacts.country,
    ):
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus

    # once the field has the keyboard focus, the wheel is for it
    page.focus_group.focus.setFocus()
    qtbot.waitUntil(page.focus_group.focus.hasFocus)
    wheel_over(page.focus_group.focus, 1)
    assert page.focus_group.focus.value() == 16


def test_one_click_then_typing_sets_the_hour(shown, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLineEdit

    edit = shown.quiet.quiet_start
    shown.scroller.ensureWidgetVisible(edit)
    inner = edit.findChild(QLineEdit)
    qtbot.mouseClick(inner, Qt.MouseButton.LeftButton, pos=QPoint(4, inner.height() // 2))
    qtbot.waitUntil(lambda: inner.hasSelectedText())
    qtbot.keyClicks(inner, "23")
    assert edit.time() == QTime(23, 0)
    assert shown.dirty


def test_delete_confirmation_scrolls_into_view(shown, qtbot):
    page = shown
    page.scroller.verticalScrollBar().setValue(0)
    page.computer.delete_btn.click()
    assert page.computer.confirm.isVisibleTo(page)

    def in_view() -> bool:
        viewport = page.scroller.viewport()
        top_left = page.computer.confirm.mapTo(viewport, page.computer.confirm.rect().topLeft())
        bottom = top_left.y() + page.computer.confirm.height()
        return top_left.y() >= 0 and bottom <= viewport.height()

    qtbot.waitUntil(in_view)


def test_question_text_has_room(shown):
    row = shown.checkins.rows[3]
    text = row.text
    needed = text.fontMetrics().horizontalAdvance(text.text())
    assert text.width() > needed  # "…with someone this week?" is not cut off
    assert text.geometry().bottom() < row.times.geometry().top()


def test_crisis_lines_are_listed_by_country(page):
    countries = [page.contacts.country.itemText(n) for n in range(page.contacts.country.count())]
    assert countries == sorted(countries)
    assert "United Kingdom" in countries and "Germany" in countries
    uk = page.contacts.country.findData("GB")
    assert "Samaritans (UK)" in page.contacts.country.itemData(uk, Qt.ItemDataRole.ToolTipRole)


def test_no_crisis_line_chosen_without_a_known_country(store, clock, qtbot, monkeypatch):
    from behind_desktop.gui.pages import settings as settings_page
    from behind_desktop.gui.pages.settings import contacts

    monkeypatch.setattr(contacts, "system_country", lambda: "")
    p = settings_page.SettingsPage(make_controller(store, clock))
    qtbot.addWidget(p)
    assert p.contacts.country.currentIndex() == -1
    assert not p.contacts.crisis_btn.isEnabled()
    p.contacts.add_crisis_line()
    assert all(row.kind == "personal" for row in p.contacts.rows)

    monkeypatch.setattr(contacts, "system_country", lambda: "DE")
    p2 = settings_page.SettingsPage(make_controller(store, clock))
    qtbot.addWidget(p2)
    assert p2.contacts.country.currentData() == "DE"
    assert p2.contacts.crisis_btn.isEnabled()


# -- settings set from the command line while the app runs ----------------------------------


def run_cli_beside_the_app(qtbot, data_dir, *argv) -> int:
    """``behind-desktop …`` in a thread while the app's event loop answers its socket."""
    import threading

    from behind_desktop import cli

    result: list[int] = []
    worker = threading.Thread(
        target=lambda: result.append(cli.main(["--data-dir", str(data_dir), *argv]))
    )
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10_000)
    return result[0]


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket; Windows uses a named pipe")
def test_settings_set_applies_in_the_running_app_at_once(page, store, data_dir, qtbot, capsys):
    from behind_desktop.ipc.server import IpcServer

    server = IpcServer(data_dir, page.c.handle_request)
    assert server.listen()
    try:
        code = run_cli_beside_the_app(
            qtbot, data_dir, "settings", "set", "focus_minutes=20", "question.food.enabled=off"
        )
        assert code == 0
        assert page.focus_group.focus.value() == 20  # the open page shows it without a restart
        assert not page.checkins.rows[1].enabled.isChecked()
        assert page.c.settings.focus_minutes == 20
        assert store.settings().focus_minutes == 20

        capsys.readouterr()
        assert run_cli_beside_the_app(qtbot, data_dir, "settings", "set", "focus_minutes=0") == 2
        assert "1 to 180" in capsys.readouterr().err
        assert page.c.settings.focus_minutes == 20  # nothing changed
    finally:
        server.close()


# -- bindings: each field bound once to one setting ---------------------------------------------


def test_every_top_level_setting_shown_is_bound_once(page):
    from behind_desktop.core.settings import BY_KEY, QUIET_START
    from behind_desktop.gui.pages.settings import binding

    bound = [b.key for b in page.bindings]
    assert len(bound) == len(set(bound))
    assert set(bound) == set(BY_KEY) - {"day_starts"}  # the day's start has no field yet
    with pytest.raises(ValueError, match="bound twice"):
        page.bindings.add(binding.clock(QUIET_START, page.quiet.quiet_end))


def test_use_defaults_fills_the_fields_but_saves_nothing(page, store):
    page.focus_group.focus.setValue(30)
    page.focus_group.sounds.setChecked(False)
    page.quiet.away.setValue(9)
    assert page.save() is not None
    page.defaults_btn.click()
    assert page.focus_group.focus.value() == 15
    assert page.focus_group.sounds.isChecked()
    assert page.quiet.away.value() == 5
    assert page.dirty and "not saved" in page.status.text()
    assert store.settings().focus_minutes == 30  # until Save
    assert page.save() is not None
    assert store.settings().focus_minutes == 15


def test_away_time_and_language_are_saved(page, store):
    page.quiet.away.setValue(3)
    page.weeks.language.setCurrentIndex(page.weeks.language.findData("de"))
    assert page.save() is not None
    assert (store.settings().away_minutes, store.settings().language) == (3, "de")


def test_changing_a_field_back_is_not_a_change(page):
    page.focus_group.focus.setValue(16)
    assert page.dirty and page.status.text()
    page.focus_group.focus.setValue(15)
    assert not page.dirty and not page.status.text()


# -- everyday fixes: quitting, days, wide times, what the fields mean -----------------------


def test_quit_saves_changes_that_can_be_saved(page, store):
    page.focus_group.focus.setValue(25)
    quits = []
    page.quit_when_settled(lambda: quits.append(True))
    assert quits == [True]
    assert store.settings().focus_minutes == 25


def test_quit_with_changes_that_cant_be_saved_asks(page, store, qtbot, monkeypatch):
    page.checkins.rows[0].times.setText("later")
    asked, quits = [], []
    monkeypatch.setattr(page, "ask_quit", lambda: asked.append(True) or False)
    shown = []
    page.c.showRequested.connect(shown.append)
    page.quit_when_settled(lambda: quits.append(True))
    qtbot.waitUntil(lambda: bool(asked))
    assert shown == ["settings"] and quits == []  # stayed, with the page in view
    assert page.checkins.rows[0].problem.isVisibleTo(page)
    assert page.checkins.rows[0].times.text() == "later"  # the edit is still there

    monkeypatch.setattr(page, "ask_quit", lambda: True)
    page.quit_when_settled(lambda: quits.append(True))
    qtbot.waitUntil(lambda: bool(quits))
    assert store.get_value("settings") is None  # nothing half-saved


def test_any_quit_keeps_savable_changes(qtbot, store, clock, fake_autostart):
    from behind_desktop.gui.shell.main_window import MainWindow
    from tests.support.gui import FakeNavigator

    w = MainWindow(make_controller(store, clock), FakeNavigator())
    qtbot.addWidget(w)
    w.settings.quiet.quiet_start.setTime(QTime(23, 15))
    w._quitting()  # what the application's aboutToQuit runs (SIGTERM, the quit command)
    assert store.settings().quiet_start == time(23, 15)


def test_the_schedule_shows_days_and_they_can_change(page, store):
    person = next(r for r in page.checkins.rows if r.key == "person")  # "this week"
    checked = [d for d, b in person.days.items() if b.isChecked()]
    assert checked == [6]  # Sundays only, and it says so
    assert all(b.isChecked() for b in page.checkins.rows[0].days.values())
    person.days[2].setChecked(True)
    assert page.dirty
    assert page.save() is not None
    saved = next(q for q in store.settings().questions if q.key == "person")
    assert saved.weekdays == frozenset({2, 6})
    assert "Wednesday" in person.days[2].accessibleName()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_day_that_is_on_looks_different_from_one_that_is_off(page, qtbot, scheme):
    from PySide6.QtGui import QColor, QPalette

    from behind_desktop.gui.widgets import theme

    palette = QPalette(QColor("#2b2d31")) if scheme == "dark" else QPalette(QColor("#efefef"))
    page.setPalette(theme.readable_palette(palette))
    person = next(r for r in page.checkins.rows if r.key == "person")
    page.resize(800, 1400)
    page.show()
    qtbot.waitExposed(page)
    on, off = person.days[6], person.days[0]
    assert on.isChecked() and not off.isChecked()

    def fill(button) -> QColor:
        image = button.grab().toImage()
        return image.pixelColor(image.width() // 2, 3)  # above the text, inside the border

    assert theme.contrast(fill(on), fill(off)) >= 2.0, (fill(on).name(), fill(off).name())


def test_a_check_in_with_no_day_says_so_on_its_row(page, store):
    row = page.checkins.rows[1]
    for button in row.days.values():
        button.setChecked(False)
    assert page.save() is None
    assert "day of the week" in row.problem.text()


def test_the_times_field_shows_everything_typed(shown):
    times = shown.checkins.rows[1].times
    times.setText("08:00, 12:30, 19:00")
    assert times.width() > times.fontMetrics().horizontalAdvance(times.text())


def test_quiet_hours_that_start_when_they_end_get_a_word(page):
    note = page.quiet.quiet_note
    assert not note.isVisibleTo(page)
    page.quiet.quiet_start.setTime(QTime(7, 0))
    assert note.isVisibleTo(page)
    assert "no" in note.text() and "any hour" in note.text()
    assert page.save() is not None  # allowed, just explained
    page.quiet.quiet_end.setTime(QTime(6, 0))
    assert not note.isVisibleTo(page)


def test_shift_mode_says_how_the_times_move(page):
    note = page.quiet.shift_note
    assert "07:00" in note.text()
    page.quiet.shift.setChecked(True)
    page.quiet.wake.setTime(QTime(19, 0))
    text = note.text()
    assert "19:00" in text and "09:30" in text and "21:30" in text  # the first check-in moves
    assert "10:00" in text and "19:00" in text  # quiet hours 22:00-07:00 move too


def test_an_empty_contact_name_says_which_field(page):
    row = page.contacts.add(None)
    row.detail.setText("07700 900123")
    assert page.save() is None
    assert "name" in row.problem.text()
