"""The check-in pop-up: answers, Layer 1 ticks, focus, one combined window, timeouts."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from behind_desktop.core.checkins import DEFAULT_QUESTIONS, Answer, Due
from behind_desktop.gui.dialogs.checkin import CheckinPopup
from tests.support.controller import AppController
from tests.support.gui import FakeNavigator

QUESTIONS = {q.key: q for q in DEFAULT_QUESTIONS}


@pytest.fixture
def controller(store, clock, qtbot):
    c = AppController(store, clock)
    yield c
    c.stop_timers()


def due(clock, *keys: str) -> list[Due]:
    return [Due(QUESTIONS[k], clock.now()) for k in keys]


def make_popup(qtbot, controller, dues: list[Due], navigator=None, **kw) -> CheckinPopup:
    popup = CheckinPopup(controller, dues, navigator or FakeNavigator(), **kw)
    qtbot.addWidget(popup)
    popup.show()
    qtbot.waitExposed(popup)
    return popup


def answers(store) -> list[tuple[str, str]]:
    return [(r["question"], r["answer"]) for r in store.export()["checkins"]]


def test_yes_records_and_ticks_layer1(qtbot, controller, store, clock):
    popup = make_popup(qtbot, controller, due(clock, "food"))
    row = popup.row_for("food")
    assert row is not None
    with qtbot.waitSignal(controller.dataChanged):
        qtbot.mouseClick(row.yes, Qt.MouseButton.LeftButton)

    assert answers(store) == [("food", "yes")]
    food = store.item_by_key("food")
    assert food is not None and food.id in store.ticked(controller.today())
    assert not popup.isVisible()  # the only row was answered


@pytest.mark.parametrize(
    ("button", "expected"),
    [("not_yet", Answer.NOT_YET), ("skip", Answer.SKIPPED)],
)
def test_other_answers_record_without_ticking(qtbot, controller, store, clock, button, expected):
    popup = make_popup(qtbot, controller, due(clock, "sleep"))
    row = popup.row_for("sleep")
    assert row is not None
    qtbot.mouseClick(getattr(row, button), Qt.MouseButton.LeftButton)

    assert answers(store) == [("sleep", expected.value)]
    assert store.history("sleep").last_due == clock.now()
    assert store.ticked(controller.today()) == set()


def test_not_yet_is_gentle_wording(qtbot, controller, clock):
    popup = make_popup(qtbot, controller, due(clock, "food"))
    row = popup.row_for("food")
    assert row is not None
    labels = [b.text() for b in row.buttons()]
    assert "Not yet" in labels
    assert "No" not in labels
    for b in row.buttons():
        assert b.accessibleName(), b.objectName()
    assert "eaten something real" in row.yes.accessibleName()


def test_combined_checkin_is_one_window_with_rows(qtbot, controller, store, clock):
    before = set(QApplication.topLevelWidgets())
    popup = make_popup(qtbot, controller, due(clock, "food", "move"))
    new_windows = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert new_windows == [popup]
    assert [r.due.question.key for r in popup.rows] == ["food", "move"]

    move = popup.row_for("move")
    assert move is not None
    qtbot.mouseClick(move.not_yet, Qt.MouseButton.LeftButton)
    assert popup.isVisible()
    assert [r.due.question.key for r in popup.rows] == ["food"]

    food = popup.row_for("food")
    assert food is not None
    qtbot.mouseClick(food.yes, Qt.MouseButton.LeftButton)
    assert not popup.isVisible()
    assert answers(store) == [("move", "not_yet"), ("food", "yes")]


def test_merge_adds_rows_without_doubling(qtbot, controller, clock):
    popup = make_popup(qtbot, controller, due(clock, "food"))
    popup.merge(due(clock, "food", "sleep"))
    assert [r.due.question.key for r in popup.rows] == ["food", "sleep"]


def test_snooze_records_snooze_until(qtbot, controller, store, clock):
    popup = make_popup(qtbot, controller, due(clock, "move"))
    row = popup.row_for("move")
    assert row is not None
    qtbot.mouseClick(row.later, Qt.MouseButton.LeftButton)
    assert row.pages.currentIndex() == 1
    qtbot.mouseClick(row.snooze_buttons[30], Qt.MouseButton.LeftButton)

    (record,) = store.export()["checkins"]
    assert record["answer"] == Answer.SNOOZED.value
    until = datetime.fromisoformat(record["snooze_until"])
    assert (until - clock.now()).total_seconds() == 30 * 60
    assert store.history("move").snooze_until == until


def test_later_then_back(qtbot, controller, store, clock):
    popup = make_popup(qtbot, controller, due(clock, "move"))
    row = popup.row_for("move")
    assert row is not None
    qtbot.mouseClick(row.later, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(row.back, Qt.MouseButton.LeftButton)
    assert row.pages.currentIndex() == 0
    assert answers(store) == []


def test_timeout_records_ignored_for_unanswered_rows(qtbot, controller, store, clock):
    popup = make_popup(qtbot, controller, due(clock, "food", "sleep"), timeout_s=0.05)
    assert popup.expiry.isActive()
    food = popup.row_for("food")
    assert food is not None
    qtbot.mouseClick(food.yes, Qt.MouseButton.LeftButton)

    popup.expiry.timeout.emit()  # the injectable timer, without waiting

    assert not popup.isVisible()
    assert answers(store) == [("food", "yes"), ("sleep", "ignored")]
    assert store.history("sleep").ignored_in_row == 1


def test_closing_by_hand_counts_as_skip(qtbot, controller, store, clock):
    popup = make_popup(qtbot, controller, due(clock, "food", "sleep"))
    qtbot.mouseClick(popup.close_btn, Qt.MouseButton.LeftButton)
    assert not popup.isVisible()
    assert answers(store) == [("food", "skipped"), ("sleep", "skipped")]
    assert store.history("food").ignored_in_row == 0


def test_keyboard_once_focused(qtbot, controller, store, clock):
    popup = make_popup(qtbot, controller, due(clock, "food", "sleep", "move"))
    qtbot.keyClick(popup, Qt.Key.Key_Y)
    qtbot.keyClick(popup, Qt.Key.Key_L)
    qtbot.keyClick(popup, Qt.Key.Key_1)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert answers(store) == [("food", "yes"), ("sleep", "snoozed"), ("move", "skipped")]


def test_close_tells_the_controller(qtbot, controller, clock):
    controller._showing_checkin = True
    popup = make_popup(qtbot, controller, due(clock, "food"))
    popup.close()
    assert controller._showing_checkin is False


def test_created_without_taking_focus(qtbot, controller, clock):
    popup = make_popup(qtbot, controller, due(clock, "food"))

    assert popup.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert popup.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert popup.windowFlags() & Qt.WindowType.Tool
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    handle = popup.windowHandle()
    assert handle is not None
    assert handle.flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    for row in popup.rows:
        for b in row.buttons():
            assert b.focusPolicy() == Qt.FocusPolicy.TabFocus  # a click won't pull focus


def test_showing_keeps_focus_in_the_other_window(qtbot, controller, clock):
    if QApplication.platformName() == "offscreen":
        pytest.skip(
            "the offscreen plugin activates every window it shows, whatever its flags; "
            "run with QT_QPA_PLATFORM=xcb under Xvfb (tests/e2e/test_checkin_e2e.py does)"
        )
    other = QWidget()
    qtbot.addWidget(other)
    edit = QLineEdit(other)
    QVBoxLayout(other).addWidget(edit)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)

    popup = make_popup(qtbot, controller, due(clock, "food"))
    qtbot.wait(200)  # let any activation the window system might send arrive

    assert QApplication.focusWidget() is edit
    assert QApplication.activeWindow() is other
    row = popup.row_for("food")
    assert row is not None
    qtbot.mouseClick(row.not_yet, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is edit


def test_placed_in_the_corner(qtbot, controller, clock):
    popup = make_popup(qtbot, controller, due(clock, "food"))
    screen = popup.screen().availableGeometry()
    geo = popup.frameGeometry()
    assert screen.contains(geo)
    assert geo.right() > screen.center().x()
    assert geo.bottom() > screen.center().y()


def test_no_perspective_note_under_a_question_about_the_basics(qtbot, controller, clock):
    from PySide6.QtWidgets import QLabel

    from behind_desktop.core.perspective import NOTES

    for _day in range(len(NOTES)):
        popup = make_popup(qtbot, controller, due(clock, "food"))
        shown = " ".join(label.text() for label in popup.findChildren(QLabel))
        assert not any(note.text in shown for note in NOTES)
        clock.advance(days=1)


def test_weekly_selfcheck_link_beside_the_weekly_question(qtbot, controller, clock):
    navigator = FakeNavigator()
    popup = make_popup(qtbot, controller, due(clock, "person"), navigator)
    assert popup.selfcheck.isVisible()
    popup.selfcheck.linkActivated.emit("selfcheck")
    assert navigator.asked == ["selfcheck"]

    controller.save_week_check(frozenset())
    assert not popup.selfcheck.isVisibleTo(popup)  # the open pop-up drops the link too
    again = make_popup(qtbot, controller, due(clock, "person"))
    assert not again.selfcheck.isVisible()  # done for this week

    daily = make_popup(qtbot, controller, due(clock, "food"))
    assert not daily.selfcheck.isVisible()


def test_windows_merges_into_the_open_popup(qtbot, controller, clock):
    from behind_desktop.gui.shell.windows import Windows

    windows = Windows(controller)
    controller.checkin_now()
    popup = windows.popup
    assert isinstance(popup, CheckinPopup)
    qtbot.addWidget(popup)
    qtbot.waitExposed(popup)
    count = len(popup.rows)
    controller.checkin_now()
    assert windows.popup is popup
    assert len(popup.rows) == count
    popup.close()
