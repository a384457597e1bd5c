"""The focus block: what the timer shows through pauses, sleep, clock changes and reboots."""

from __future__ import annotations

import contextlib
import json
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
)

from behind_desktop.core import focus
from behind_desktop.core.focus import FocusBlock, FocusError, FocusState
from tests.support.clock import FakeClock


def at(text: str, clock: FakeClock) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=clock.tz)


# -- the ordinary path ------------------------------------------------------------------


def test_start_runs_for_the_default_fifteen_minutes(clock: FakeClock) -> None:
    block = focus.start(clock, step="  read   3 pages ")
    assert block.state is FocusState.RUNNING
    assert block.step == "read 3 pages"
    assert focus.remaining_s(block, clock) == 15 * 60
    assert focus.ends_at(block, clock) == at("2026-11-23 09:15", clock)
    clock.advance(minutes=5)
    assert focus.remaining_s(block, clock) == 10 * 60
    assert focus.progress(block, clock) == pytest.approx(1 / 3)


def test_pause_holds_the_time_and_resume_carries_on(clock: FakeClock) -> None:
    block = focus.start(clock, minutes=20)
    clock.advance(minutes=5)
    block = focus.pause(block, clock)
    assert block.state is FocusState.PAUSED
    clock.advance(hours=2)
    assert focus.remaining_s(block, clock) == 15 * 60
    assert focus.ends_at(block, clock) is None
    assert focus.settle(block, clock).state is FocusState.PAUSED  # no finishing while paused
    block = focus.resume(block, clock)
    clock.advance(minutes=10)
    assert focus.remaining_s(block, clock) == 5 * 60
    assert focus.ends_at(block, clock) == clock.now() + timedelta(minutes=5)


def test_extend_adds_five_minutes_running_or_paused(clock: FakeClock) -> None:
    block = focus.start(clock)
    clock.advance(minutes=14)
    block = focus.extend(block, clock)
    assert block.planned_s == 20 * 60
    assert focus.remaining_s(block, clock) == 6 * 60
    block = focus.extend(focus.pause(block, clock), clock, minutes=10)
    assert block.state is FocusState.PAUSED
    assert focus.remaining_s(block, clock) == 16 * 60


def test_extend_is_capped_at_three_hours(clock: FakeClock) -> None:
    block = focus.start(clock, minutes=178)
    with pytest.raises(FocusError, match="at most 180"):
        focus.extend(block, clock)
    assert focus.extend(block, clock, minutes=2).planned_s == 180 * 60


def test_extend_after_time_is_up_is_refused(clock: FakeClock) -> None:
    block = focus.start(clock)
    clock.advance(minutes=16)
    with pytest.raises(FocusError, match="finished"):
        focus.extend(block, clock)


def test_stopping_early_keeps_the_time_spent(clock: FakeClock) -> None:
    block = focus.start(clock, step="email")
    clock.advance(minutes=6)
    block = focus.stop(block, clock)
    assert block.state is FocusState.STOPPED
    assert block.ended_at == at("2026-11-23 09:06", clock)
    assert focus.minutes_done(block) == 6
    assert focus.remaining_s(block, clock) == 0
    clock.advance(minutes=30)
    assert focus.focused_s(block, clock) == 6 * 60  # a stopped block no longer counts up


def test_stopping_a_paused_block(clock: FakeClock) -> None:
    block = focus.pause(focus.start(clock), clock.advance(minutes=3) or clock)
    clock.advance(minutes=40)
    block = focus.stop(block, clock)
    assert block.state is FocusState.STOPPED
    assert focus.minutes_done(block) == 3


def test_finish_ends_exactly_at_the_planned_time(clock: FakeClock) -> None:
    block = focus.start(clock)
    clock.advance(minutes=15)
    done = focus.settle(block, clock)
    assert done.state is FocusState.FINISHED
    assert done.ended_at == at("2026-11-23 09:15", clock)
    assert focus.progress(done, clock) == 1.0
    assert focus.minutes_done(done) == 15


def test_settle_leaves_a_block_with_time_left_alone(clock: FakeClock) -> None:
    block = focus.start(clock)
    clock.advance(minutes=14, seconds=59)
    assert focus.settle(block, clock) is block


def test_stop_after_the_time_is_up_counts_as_finished(clock: FakeClock) -> None:
    block = focus.start(clock)
    clock.advance(minutes=20)
    done = focus.stop(block, clock)
    assert done.state is FocusState.FINISHED
    assert done.ended_at == at("2026-11-23 09:15", clock)


def test_pause_after_the_time_is_up_says_finished(clock: FakeClock) -> None:
    block = focus.start(clock)
    clock.advance(minutes=20)
    with pytest.raises(FocusError, match="finished"):
        focus.pause(block, clock)


@pytest.mark.parametrize(
    ("operation", "state"),
    [
        (focus.resume, "running"),
        (lambda b, c: focus.pause(focus.pause(b, c), c), "paused"),
        (lambda b, c: focus.resume(focus.stop(b, c), c), "stopped"),
        (lambda b, c: focus.pause(focus.stop(b, c), c), "stopped"),
        (lambda b, c: focus.extend(focus.stop(b, c), c), "stopped"),
        (lambda b, c: focus.stop(focus.stop(b, c), c), "stopped"),
    ],
)
def test_operations_in_the_wrong_state_say_which_state(clock, operation, state) -> None:
    block = focus.start(clock)
    clock.advance(minutes=1)
    with pytest.raises(FocusError, match=f"The block is already {state}"):
        operation(block, clock)


@pytest.mark.parametrize("minutes", [0, -5, 181, 10_000])
def test_bad_lengths_are_refused(clock: FakeClock, minutes: int) -> None:
    with pytest.raises(FocusError, match="1 to 180 minutes"):
        focus.start(clock, minutes=minutes)
    with pytest.raises(FocusError, match="1 to 180 minutes"):
        focus.extend(focus.start(clock), clock, minutes=minutes)


@pytest.mark.parametrize("minutes", [1, 180])
def test_edge_lengths_are_allowed(clock: FakeClock, minutes: int) -> None:
    assert focus.start(clock, minutes=minutes).planned_s == minutes * 60


def test_a_long_step_is_refused_with_a_message(clock: FakeClock) -> None:
    with pytest.raises(FocusError, match="under 120 characters"):
        focus.start(clock, step="x" * 121)
    assert focus.start(clock, step="x" * 120).step == "x" * 120


def test_win_text_defaults_when_no_step_named(clock: FakeClock) -> None:
    assert focus.win_text(focus.start(clock)) == "A focused block"
    assert focus.win_text(focus.start(clock, step="Do 10 flashcards")) == "Do 10 flashcards"
    renamed = focus.rename(focus.start(clock), "  call   home ")
    assert focus.win_text(renamed) == "call home"


# -- sleep, clock changes, reboots ----------------------------------------------------------


def test_suspend_through_the_deadline_finishes_at_the_real_end(clock: FakeClock) -> None:
    block = focus.start(clock)
    clock.advance(minutes=1)
    clock.suspend(hours=3)  # lid closed at 09:01, opened at 12:01
    assert focus.remaining_s(block, clock) == 0  # not "14 minutes left"
    done = focus.settle(block, clock)
    assert done.state is FocusState.FINISHED
    assert done.ended_at == at("2026-11-23 09:15", clock)
    assert focus.status(block, clock)["state"] == "finished"


def test_suspend_inside_the_block_counts_the_sleep(clock: FakeClock) -> None:
    block = focus.start(clock)
    clock.suspend(minutes=10)
    assert focus.remaining_s(block, clock) == 5 * 60


@pytest.mark.parametrize("jump", [timedelta(hours=1), timedelta(hours=-1), timedelta(days=-3)])
def test_wall_clock_jumps_do_not_change_the_time_left(clock: FakeClock, jump) -> None:
    block = focus.start(clock)
    clock.advance(minutes=5)
    clock.jump_wall(jump.total_seconds())
    assert focus.remaining_s(block, clock) == 10 * 60
    assert focus.settle(block, clock).state is FocusState.RUNNING
    clock.advance(minutes=10)
    done = focus.settle(block, clock)
    assert done.state is FocusState.FINISHED
    assert done.ended_at == clock.now()  # the end on the clock as it now reads


def test_wall_clock_jump_while_paused_changes_nothing(clock: FakeClock) -> None:
    block = focus.pause(focus.start(clock), clock)
    clock.jump_wall(hours=5)
    block = focus.resume(block, clock)
    assert focus.remaining_s(block, clock) == 15 * 60


def test_reboot_mid_block_falls_back_to_wall_time(clock: FakeClock) -> None:
    block = focus.start(clock)
    clock.advance(minutes=5)
    clock.reboot(downtime_s=120)  # elapsed restarts near zero under a new boot id
    assert focus.remaining_s(block, clock) == pytest.approx(8 * 60)
    clock.advance(minutes=8)
    done = focus.settle(block, clock)
    assert done.state is FocusState.FINISHED
    assert done.ended_at == at("2026-11-23 09:15", clock)


class NoBootIdClock(FakeClock):
    """A platform without a boot id: only the elapsed clock going backwards tells."""

    def boot_id(self) -> str:
        return ""


def test_reboot_without_a_boot_id_is_caught_by_elapsed_going_backwards() -> None:
    clock = NoBootIdClock()
    block = focus.start(clock)
    clock.advance(minutes=5)
    clock.reboot(downtime_s=60)
    assert focus.remaining_s(block, clock) == pytest.approx(9 * 60)


def test_reboot_after_a_pause_keeps_the_paused_time(clock: FakeClock) -> None:
    block = focus.start(clock)
    clock.advance(minutes=4)
    block = focus.pause(block, clock)
    clock.reboot(downtime_s=3600)
    block = focus.resume(block, clock)
    clock.advance(minutes=1)
    assert focus.remaining_s(block, clock) == 10 * 60


# -- status JSON ---------------------------------------------------------------------------------


STATUS_KEYS = {
    "state",
    "step",
    "started_at",
    "ends_at",
    "remaining_s",
    "planned_s",
    "focused_s",
}


def test_status_of_a_running_block(clock: FakeClock) -> None:
    block = focus.start(clock, minutes=25, step="Write the first line")
    clock.advance(minutes=10, seconds=20)
    status = focus.status(block, clock)
    assert json.loads(json.dumps(status)) == {
        "state": "running",
        "step": "Write the first line",
        "started_at": "2026-11-23T09:00:00+00:00",
        "ends_at": "2026-11-23T09:25:00+00:00",
        "remaining_s": 14 * 60 + 40,
        "planned_s": 25 * 60,
        "focused_s": 10 * 60 + 20,
    }


def test_status_of_a_paused_block_has_no_end(clock: FakeClock) -> None:
    block = focus.pause(focus.start(clock), clock.advance(minutes=2) or clock)
    status = focus.status(block, clock)
    assert status["state"] == "paused"
    assert status["ends_at"] is None
    assert status["remaining_s"] == 13 * 60
    assert status["step"] is None


def test_status_with_no_block_has_the_same_keys(clock: FakeClock) -> None:
    idle = focus.status(None, clock)
    assert idle["state"] == "idle"
    assert idle["remaining_s"] == 0
    # Scripts read one shape whatever the state.
    assert set(idle) == STATUS_KEYS
    assert set(focus.status(focus.start(clock), clock)) == STATUS_KEYS


def test_status_uses_local_summer_offset() -> None:
    clock = FakeClock("2026-07-01 14:00")
    status = focus.status(focus.start(clock), clock)
    assert status["started_at"] == "2026-07-01T14:00:00+01:00"
    assert status["ends_at"] == "2026-07-01T14:15:00+01:00"


# -- any sequence of operations and time moves ------------------------------------------------


class FocusMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.block: FocusBlock | None = None
        self.last_focused = 0.0

    # operations

    @precondition(lambda self: self.block is None or not self.block.active)
    @rule(minutes=st.integers(1, 180))
    def start(self, minutes: int) -> None:
        self.block = focus.start(self.clock, minutes=minutes)
        self.last_focused = 0.0

    def _apply(self, op) -> None:
        assert self.block is not None
        with contextlib.suppress(FocusError):  # a refused operation changes nothing
            self.block = op(self.block, self.clock)

    @precondition(lambda self: self.block is not None)
    @rule()
    def pause(self) -> None:
        self._apply(focus.pause)

    @precondition(lambda self: self.block is not None)
    @rule()
    def resume(self) -> None:
        self._apply(focus.resume)

    @precondition(lambda self: self.block is not None)
    @rule(minutes=st.integers(1, 30))
    def extend(self, minutes: int) -> None:
        self._apply(lambda b, c: focus.extend(b, c, minutes))

    @precondition(lambda self: self.block is not None)
    @rule()
    def stop(self) -> None:
        self._apply(focus.stop)

    @precondition(lambda self: self.block is not None)
    @rule()
    def settle(self) -> None:
        self._apply(focus.settle)

    # time moves

    def _move(self, move, seconds: int, counts: bool = True) -> None:
        before = self._focused()
        state = self.block.state if self.block else None
        move(seconds)
        after = self._focused()
        if state is not FocusState.RUNNING or not counts:
            # Paused, stopped or finished blocks don't count time, and a clock change
            # neither adds nor removes focus.
            assert after == before
        else:
            assert after == min(self.block.planned_s, before + seconds)

    # Whole seconds keep the expected sums exact.
    @rule(seconds=st.integers(0, 3 * 3600))
    def advance(self, seconds: int) -> None:
        self._move(self.clock.advance, seconds)

    @rule(seconds=st.integers(0, 24 * 3600))
    def suspend(self, seconds: int) -> None:
        self._move(self.clock.suspend, seconds)

    @rule(seconds=st.integers(-48 * 3600, 48 * 3600))
    def jump_wall(self, seconds: int) -> None:
        self._move(self.clock.jump_wall, seconds, counts=False)

    def _focused(self) -> float:
        return 0.0 if self.block is None else focus.focused_s(self.block, self.clock)

    # what must always hold

    @invariant()
    def time_left_is_within_the_block(self) -> None:
        if self.block is not None:
            remaining = focus.remaining_s(self.block, self.clock)
            assert 0 <= remaining <= self.block.planned_s
            assert 0.0 <= focus.progress(self.block, self.clock) <= 1.0

    @invariant()
    def focus_never_goes_down(self) -> None:
        focused = self._focused()
        assert focused >= self.last_focused - 1e-6
        self.last_focused = focused

    @invariant()
    def finished_means_all_of_it(self) -> None:
        if self.block is not None:
            settled = focus.settle(self.block, self.clock)
            if settled.state is FocusState.FINISHED:
                assert focus.focused_s(settled, self.clock) == settled.planned_s
                assert focus.remaining_s(settled, self.clock) == 0
                assert settled.ended_at is not None

    @invariant()
    def status_is_json(self) -> None:
        status = focus.status(self.block, self.clock)
        assert json.loads(json.dumps(status)) == status
        assert set(status) == STATUS_KEYS


FocusMachine.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_focus_block_state_machine = FocusMachine.TestCase


# -- daylight saving: time arithmetic in real seconds, shown in local time ----------------------


def test_a_block_in_the_repeated_autumn_hour_ends_fifteen_real_minutes_later() -> None:
    clock = FakeClock("2026-10-25 00:50", tz="Europe/London")  # BST
    clock.advance(minutes=60)  # 01:50 BST, the first time round
    block = focus.start(clock, minutes=15)
    end = focus.ends_at(block, clock)
    assert end is not None
    assert end.timestamp() - clock.now().timestamp() == 15 * 60
    assert end.utcoffset() == timedelta(0)  # 01:05 GMT, the second 01:05
    clock.advance(minutes=16)
    done = focus.settle(block, clock)
    assert done.ended_at is not None
    assert done.ended_at.timestamp() - done.started_at.timestamp() == 15 * 60


def test_a_block_after_a_reboot_in_the_autumn_hour_counts_real_seconds() -> None:
    clock = FakeClock("2026-10-25 01:50", tz="Europe/London")
    block = focus.start(clock, minutes=60)
    clock.reboot(downtime_s=20 * 60)  # the wall clock measures this segment
    assert focus.focused_s(block, clock) == 20 * 60


def test_a_block_across_the_spring_gap_ends_at_a_time_that_exists() -> None:
    clock = FakeClock("2026-03-29 00:55", tz="Europe/London")  # GMT; 01:00 jumps to 02:00
    block = focus.start(clock, minutes=15)
    end = focus.ends_at(block, clock)
    assert end is not None
    assert (end.hour, end.minute) == (2, 10)
    assert end.timestamp() - clock.now().timestamp() == 15 * 60
