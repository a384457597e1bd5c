"""A due check-in waits for a good moment, comes back as one, and never counts as ignored."""

from __future__ import annotations

import pytest

from behind_desktop.core.checkins import Answer
from behind_desktop.core.moment import RECHECK, Hold, Moment
from behind_desktop.gui.dialogs.checkin import CheckinPopup
from behind_desktop.platform.moment import FunctionProbe, Probes
from tests.support.controller import AppController
from tests.support.gui import FakeNavigator


class Desk:
    """What the fake desktop says; tests change it as the person comes and goes."""

    def __init__(self) -> None:
        self.now = Moment(idle_s=1.0, locked=False, full_screen=False)
        self.reads = 0

    def read(self) -> Moment:
        self.reads += 1
        return self.now


@pytest.fixture
def desk() -> Desk:
    return Desk()


@pytest.fixture
def controller(store, clock, desk, qtbot):
    c = AppController(store, clock, moment=Probes([desk]))
    shown: list[list[str]] = []
    c.checkinsDue.connect(lambda due: shown.append([d.question.key for d in due]))
    c.shown = shown  # type: ignore[attr-defined]
    c.popups = []  # type: ignore[attr-defined]
    yield c
    for popup in c.popups:
        popup.close()  # before the timers stop: closing reschedules
    c.stop_timers()


def answers(store) -> list[tuple[str, str]]:
    return [(r["question"], r["answer"]) for r in store.export()["checkins"]]


def test_away_holds_then_one_check_in_when_back(controller, clock, store, desk):
    desk.now = Moment(idle_s=6 * 60.0)  # away longer than the default five minutes
    clock.set("2026-11-23 09:30")
    controller.wake()
    assert controller.shown == []
    assert controller.services.checkins.held is Hold.AWAY
    assert controller.next_wakeup_ms() <= RECHECK.total_seconds() * 1000 + 1

    clock.set("2026-11-23 12:31")  # still away as lunch comes due too
    desk.now = Moment(idle_s=3 * 3600.0)
    controller.wake()
    assert controller.shown == []

    desk.now = Moment(idle_s=0.5)  # back at the desk
    clock.advance(RECHECK.total_seconds())
    controller.wake()
    assert controller.shown == [["sleep", "food"]]  # one check-in, not a burst
    assert controller.services.checkins.held is None
    assert answers(store) == []  # holding recorded nothing, so nothing backs off


def test_the_away_time_is_a_setting(controller, clock, desk):
    from dataclasses import replace

    controller.save_settings(replace(controller.settings, away_minutes=10))
    desk.now = Moment(idle_s=6 * 60.0)
    clock.set("2026-11-23 09:30")
    controller.wake()
    assert controller.shown == [["sleep"]]


@pytest.mark.parametrize(
    ("now", "reason"),
    [
        (Moment(idle_s=2.0, full_screen=True), Hold.FULL_SCREEN),
        (Moment(idle_s=2.0, locked=True), Hold.LOCKED),
        (Moment(idle_s=2.0, in_call=True), Hold.CALL),
    ],
)
def test_full_screen_lock_or_a_call_hold_it(controller, clock, desk, now, reason):
    desk.now = now
    clock.set("2026-11-23 09:30")
    controller.wake()
    assert (controller.shown, controller.services.checkins.held) == ([], reason)
    desk.now = Moment(idle_s=2.0, full_screen=False, locked=False, in_call=False)
    clock.advance(RECHECK.total_seconds())
    controller.wake()
    assert controller.shown == [["sleep"]]


def test_do_not_disturb_from_another_source(controller, clock, desk):
    dnd = {"on": True}
    controller.services.checkins.moment.add(FunctionProbe(lambda: Moment(do_not_disturb=dnd["on"])))
    clock.set("2026-11-23 09:30")
    controller.wake()
    assert controller.services.checkins.held is Hold.DO_NOT_DISTURB
    dnd["on"] = False
    controller.wake()
    assert controller.shown == [["sleep"]]


def test_the_desktop_is_asked_only_when_something_is_due(controller, clock, desk):
    controller.wake()  # 09:00, nothing due
    clock.set("2026-11-23 09:10")
    controller.wake()
    assert desk.reads == 0
    assert controller.next_wakeup_ms() > 60_000  # and no short timer meanwhile


def test_check_in_now_is_never_held(controller, desk):
    desk.now = Moment(idle_s=9999.0, full_screen=True)
    controller.checkin_now()
    assert controller.shown and controller.services.checkins.held is None


def open_popup(qtbot, controller, clock, desk):
    clock.set("2026-11-23 09:30")
    controller.wake()
    popup = CheckinPopup(controller, controller.due_checkins(), FakeNavigator())
    controller.popups.append(popup)
    popup.show()
    return popup


def test_a_pop_up_nobody_saw_records_nothing_and_comes_back(qtbot, controller, clock, store, desk):
    popup = open_popup(qtbot, controller, clock, desk)
    clock.advance(600)
    desk.now = Moment(idle_s=650.0)  # no input since it appeared
    popup.expire()
    assert answers(store) == []
    assert store.history("sleep").ignored_in_row == 0

    clock.advance(20)  # woken by something else
    desk.now = Moment(idle_s=30.0)  # under the away time, but no input since it closed
    controller.wake()
    assert controller.services.checkins.held is Hold.AWAY
    desk.now = Moment(idle_s=1.0)
    controller.wake()
    assert controller.shown[-1] == ["sleep"]


def test_a_pop_up_left_unanswered_while_present_counts_as_ignored(
    qtbot, controller, clock, store, desk
):
    popup = open_popup(qtbot, controller, clock, desk)
    clock.advance(600)
    desk.now = Moment(idle_s=4.0)  # typing elsewhere the whole time
    popup.expire()
    assert answers(store) == [("sleep", Answer.IGNORED.value)]
