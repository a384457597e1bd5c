"""Check-ins and the end of a block answered from a notification, and what
happens where there is none, with a fake notifier standing in for the desktop's."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from behind_desktop.core.checkins import DEFAULT_QUESTIONS, Due
from behind_desktop.gui.dialogs.checkin import CheckinPopup
from behind_desktop.gui.shell.asking import Asker
from behind_desktop.gui.shell.windows import Windows
from behind_desktop.platform.notify import Closed, Gone, Invoked, Notice, OnOutcome
from tests.support.controller import AppController

QUESTIONS = {q.key: q for q in DEFAULT_QUESTIONS}


class FakeNotifier:
    """A notification server with buttons; the test plays the user (or the server)."""

    def __init__(self, actions: bool = True, dnd: bool | None = False) -> None:
        self.actions = actions
        self.dnd = dnd
        self.sent: dict[int, tuple[Notice, OnOutcome]] = {}
        self.withdrawn: list[int] = []
        self._next = 1

    def can_ask(self) -> bool:
        return self.actions

    def send(self, notice: Notice, on_outcome: OnOutcome) -> int | None:
        ident, self._next = self._next, self._next + 1
        self.sent[ident] = (notice, on_outcome)
        return ident

    def withdraw(self, ident: int) -> None:
        self.withdrawn.append(ident)
        self.finish(ident, Gone(Closed.WITHDRAWN))

    def do_not_disturb(self) -> bool | None:
        return self.dnd

    def last(self) -> tuple[int, Notice]:
        ident = max(self.sent)
        return ident, self.sent[ident][0]

    def finish(self, ident: int, outcome: Invoked | Gone) -> None:
        _notice, on_outcome = self.sent.pop(ident)
        on_outcome(outcome)


@pytest.fixture
def controller(store, clock, qtbot):
    c = AppController(store, clock)
    yield c
    # Close what the test left open first: closing a check-in wakes the controller.
    for w in QApplication.topLevelWidgets():
        w.close()
    c.stop_timers()


def setup(controller, notifier: FakeNotifier, window_ok: bool = True) -> Windows:
    windows = Windows(controller)
    windows.set_asker(Asker(controller, lambda: notifier, lambda: window_ok))
    return windows


def due(clock, *keys: str) -> list[Due]:
    return [Due(QUESTIONS[k], clock.now()) for k in keys]


def answers(store) -> list[tuple[str, str]]:
    return [(r["question"], r["answer"]) for r in store.export()["checkins"]]


def test_one_check_in_goes_out_as_a_notification_and_yes_records(controller, store, clock):
    notifier = FakeNotifier()
    windows = setup(controller, notifier)
    controller.checkinsDue.emit(due(clock, "food"))

    assert windows.popup is None  # no window at all
    ident, notice = notifier.last()
    assert notice.body == QUESTIONS["food"].text
    assert [a.label for a in notice.actions] == ["Yes", "Not yet", "Later"]
    notifier.finish(ident, Invoked("yes"))
    assert answers(store) == [("food", "yes")]
    food = store.item_by_key("food")
    assert food is not None and food.id in store.ticked(controller.today())


def test_later_from_the_notification_asks_again_later(controller, store, clock):
    notifier = FakeNotifier()
    setup(controller, notifier)
    controller.checkinsDue.emit(due(clock, "sleep"))
    ident, _ = notifier.last()
    notifier.finish(ident, Invoked("later"))

    assert answers(store) == [("sleep", "snoozed")]
    history = store.histories(["sleep"])["sleep"]
    assert history.snooze_until == clock.now() + timedelta(minutes=30)


def test_expired_after_being_shown_counts_as_not_seen(controller, store, clock):
    notifier = FakeNotifier()
    setup(controller, notifier)
    controller.checkinsDue.emit(due(clock, "move"))
    notifier.finish(notifier.last()[0], Gone(Closed.EXPIRED))
    assert answers(store) == [("move", "ignored")]


def test_nothing_counts_as_ignored_while_do_not_disturb_held_it(controller, store, clock):
    notifier = FakeNotifier(dnd=True)
    windows = setup(controller, notifier)
    controller.checkinsDue.emit(due(clock, "move"))
    assert windows.popup is None  # the server holds it; no window of ours opens
    notifier.finish(notifier.last()[0], Gone(Closed.EXPIRED))
    assert answers(store) == []


def test_closing_the_notification_is_a_skip(controller, store, clock):
    notifier = FakeNotifier()
    setup(controller, notifier)
    controller.checkinsDue.emit(due(clock, "move"))
    notifier.finish(notifier.last()[0], Gone(Closed.DISMISSED))
    assert answers(store) == [("move", "skipped")]


def test_no_actions_means_the_popup(qtbot, controller, clock):
    windows = setup(controller, FakeNotifier(actions=False))
    controller.checkinsDue.emit(due(clock, "food"))
    assert isinstance(windows.popup, CheckinPopup)
    windows.popup.close()


def test_several_questions_at_once_get_the_popup(qtbot, controller, clock):
    notifier = FakeNotifier()
    windows = setup(controller, notifier)
    controller.checkinsDue.emit(due(clock, "food", "move"))
    assert isinstance(windows.popup, CheckinPopup)
    assert len(windows.popup.rows) == 2
    assert notifier.sent == {}
    windows.popup.close()


def test_under_do_not_disturb_several_questions_wait_in_the_server(controller, store, clock):
    notifier = FakeNotifier(dnd=True)
    windows = setup(controller, notifier)
    controller.checkinsDue.emit(due(clock, "food", "move"))
    assert windows.popup is None  # no window of ours while do-not-disturb is on
    ident, notice = notifier.last()
    assert [a.label for a in notice.actions] == ["Answer…"]
    notifier.finish(ident, Gone(Closed.EXPIRED))
    assert answers(store) == []  # held by do-not-disturb: nothing counts as not seen


def test_check_in_now_opens_the_popup_and_takes_the_notification_back(qtbot, controller, clock):
    notifier = FakeNotifier()
    windows = setup(controller, notifier)
    controller.checkinsDue.emit(due(clock, "food"))
    ident, _ = notifier.last()

    controller.checkin_now()
    assert isinstance(windows.popup, CheckinPopup)
    assert notifier.withdrawn == [ident]
    assert windows.popup.row_for("food") is not None
    windows.popup.close()


def test_where_no_window_may_open_several_questions_wait_behind_one_notification(
    qtbot, controller, clock
):
    notifier = FakeNotifier()
    windows = setup(controller, notifier, window_ok=False)
    controller.checkinsDue.emit(due(clock, "food", "move"))
    assert windows.popup is None
    ident, notice = notifier.last()
    assert [a.label for a in notice.actions] == ["Answer…"]

    notifier.finish(ident, Invoked("open"))  # the user clicked it: now a window may open
    assert isinstance(windows.popup, CheckinPopup)
    assert len(windows.popup.rows) == 2
    windows.popup.close()


def test_with_neither_the_tray_says_a_check_in_waits(qtbot, controller, store, clock):
    from behind_desktop.gui.shell.tray import Tray

    windows = setup(controller, FakeNotifier(actions=False), window_ok=False)
    tray = Tray(controller, windows)
    windows.tray = tray
    controller.checkinsDue.emit(due(clock, "food"))

    assert windows.popup is None
    assert "waiting" in tray.icon.toolTip()
    tray._activated(QSystemTrayIcon.ActivationReason.Trigger)  # the user clicks the icon
    assert controller.active_block is None  # the click opened the check-in, no block
    assert isinstance(windows.popup, CheckinPopup)
    assert "waiting" not in tray.icon.toolTip()
    windows.popup.close()
    tray.hide()


def test_block_done_keep_as_a_win_from_the_notification(controller, store, clock):
    notifier = FakeNotifier()
    windows = setup(controller, notifier)
    controller.start_focus(15, "read 3 pages")
    clock.advance(15 * 60 + 1)
    controller.wake()

    assert windows.prompts == []  # no prompt window
    ident, notice = notifier.last()
    assert "read 3 pages" in notice.body
    assert [a.label for a in notice.actions] == ["Keep as a win", "Add a note…"]
    notifier.finish(ident, Invoked("keep"))
    today = controller.today()
    assert [w.text for w in store.wins_between(today, today)] == ["read 3 pages"]


def test_block_done_add_a_note_opens_the_prompt(qtbot, controller, clock):
    notifier = FakeNotifier()
    windows = setup(controller, notifier)
    controller.start_focus(15, "email")
    clock.advance(15 * 60 + 1)
    controller.wake()
    notifier.finish(notifier.last()[0], Invoked("note"))
    assert len(windows.prompts) == 1
    windows.prompts[0].close()


def test_do_not_disturb_holds_in_behind_only_where_the_server_cannot(controller):
    with_buttons = Asker(controller, lambda: FakeNotifier(dnd=True), lambda: True)
    assert with_buttons.dnd_hold() is None  # the server holds it: Behind sends it anyway
    without = Asker(controller, lambda: FakeNotifier(actions=False, dnd=True), lambda: True)
    assert without.dnd_hold() is True  # the pop-up would show: Behind holds it


def test_a_check_in_waiting_during_a_block_keeps_the_time_left_in_the_tooltip(
    qtbot, controller, store, clock
):
    from behind_desktop.gui.shell.tray import Tray

    windows = setup(controller, FakeNotifier(actions=False), window_ok=False)
    tray = Tray(controller, windows)
    windows.tray = tray
    controller.start_focus(minutes=15)
    controller.checkinsDue.emit(due(clock, "food"))

    tip = tray.icon.toolTip()
    assert "waiting" in tip and "15 min left" in tip
    tray.hide()
