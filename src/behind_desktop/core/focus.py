"""The focus block: one tiny step for a set number of minutes.

States: idle → running ⇄ paused → finished | stopped early. A block is a value;
every operation returns a new one, so the store can keep exactly what the user
saw. Focus time is the sum of running segments measured on the clock's elapsed
reading (counts through suspend, ignores wall-clock changes). After a reboot the
elapsed reading of the old boot means nothing, so the wall clock is used for
that one segment instead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum, StrEnum

from behind_desktop.core.clock import Clock
from behind_desktop.core.text import QT_TRANSLATE_NOOP, Phrase, PhraseError

CONTEXT = "Focus"  # the translation context of every text below

DEFAULT_MINUTES = 15
MIN_MINUTES = 1
MAX_MINUTES = 180
EXTEND_MINUTES = 5
MAX_STEP = 120
PROGRESS_STEPS = 60  # the icon shows progress in this many steps

STEP_SUGGESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Focus", "Send the email I've been avoiding"),
    QT_TRANSLATE_NOOP("Focus", "Read 3 pages"),
    QT_TRANSLATE_NOOP("Focus", "Write the first line of the note"),
    QT_TRANSLATE_NOOP("Focus", "Make a list of what's due"),
    QT_TRANSLATE_NOOP("Focus", "Do 10 flashcards"),
    QT_TRANSLATE_NOOP("Focus", "Tidy one small thing"),
)


class FocusState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


ACTIVE = (FocusState.RUNNING, FocusState.PAUSED)


class FocusProblem(Enum):
    """Why a focus operation was refused; each value is its marked English text."""

    LENGTH = QT_TRANSLATE_NOOP("Focus", "A block can be %1 to %2 minutes long.")
    AT_MOST = QT_TRANSLATE_NOOP("Focus", "A block can be at most %1 minutes long.")
    STEP_TOO_LONG = QT_TRANSLATE_NOOP("Focus", "Keep the step under %1 characters.")
    NOT_RUNNING = QT_TRANSLATE_NOOP("Focus", "No focus block is running.")
    RUNNING = QT_TRANSLATE_NOOP("Focus", "The block is already running.")
    PAUSED = QT_TRANSLATE_NOOP("Focus", "The block is already paused.")
    FINISHED = QT_TRANSLATE_NOOP("Focus", "The block is already finished.")
    STOPPED = QT_TRANSLATE_NOOP("Focus", "The block is already stopped.")
    IDLE = QT_TRANSLATE_NOOP("Focus", "The block hasn't started.")


class FocusError(PhraseError):
    """An operation that doesn't fit the block's state, or a bad length."""

    def __init__(self, problem: FocusProblem, *values: object) -> None:
        super().__init__(Phrase(CONTEXT, problem.value, values))
        self.problem = problem


@dataclass(frozen=True)
class FocusBlock:
    step: str
    planned_s: int
    started_at: datetime
    state: FocusState = FocusState.RUNNING
    accrued_s: float = 0.0
    seg_wall: datetime | None = None
    seg_elapsed: float | None = None
    boot_id: str = ""
    ended_at: datetime | None = None
    id: int | None = None

    @property
    def active(self) -> bool:
        return self.state in ACTIVE


def check_minutes(minutes: int) -> int:
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise FocusError(FocusProblem.LENGTH, MIN_MINUTES, MAX_MINUTES)
    return minutes


def clean_step(step: str | None) -> str:
    text = " ".join((step or "").split())
    if len(text) > MAX_STEP:
        raise FocusError(FocusProblem.STEP_TOO_LONG, MAX_STEP)
    return text


def start(clock: Clock, minutes: int = DEFAULT_MINUTES, step: str | None = None) -> FocusBlock:
    now = clock.now()
    return FocusBlock(
        step=clean_step(step),
        planned_s=check_minutes(minutes) * 60,
        started_at=now,
        state=FocusState.RUNNING,
        seg_wall=now,
        seg_elapsed=clock.elapsed(),
        boot_id=clock.boot_id(),
    )


def _shift(moment: datetime, seconds: float, clock: Clock) -> datetime:
    """``moment`` plus real seconds, in local time. Aware datetimes in one zone add
    and subtract on the wall clock (an hour off across a DST change), so the sum is
    made on timestamps and only converted for display."""
    return datetime.fromtimestamp(moment.timestamp() + seconds, clock.tz)


def _seconds_between(earlier: datetime, later: datetime) -> float:
    return later.timestamp() - earlier.timestamp()


def _segment_s(block: FocusBlock, clock: Clock) -> float:
    if block.state is not FocusState.RUNNING or block.seg_wall is None:
        return 0.0
    elapsed = clock.elapsed()
    if (
        block.seg_elapsed is not None
        and block.boot_id == clock.boot_id()
        and elapsed >= block.seg_elapsed
    ):
        return elapsed - block.seg_elapsed
    # Another boot: the old elapsed reading is meaningless; trust the wall clock.
    return max(0.0, _seconds_between(block.seg_wall, clock.now()))


def focused_s(block: FocusBlock, clock: Clock) -> float:
    """Seconds of focus so far, never more than planned."""
    return min(float(block.planned_s), block.accrued_s + _segment_s(block, clock))


def remaining_s(block: FocusBlock, clock: Clock) -> float:
    if not block.active:
        return 0.0
    return max(0.0, block.planned_s - focused_s(block, clock))


def minutes_left(remaining_s: float) -> int:
    """The whole minutes left as a running block shows them ("14 min left")."""
    return max(1, round(remaining_s / 60))


def next_minute_s(remaining_s: float) -> float:
    """Seconds until the minutes left, as shown, turn over (or the block ends)."""
    turn = (remaining_s - 30.0) % 60.0
    if turn < 1.0:  # turning now: the next turn is a minute on
        turn += 60.0
    return min(turn, max(0.0, remaining_s))


def progress(block: FocusBlock, clock: Clock) -> float:
    """0.0 to 1.0 through the block."""
    if block.state is FocusState.FINISHED:
        return 1.0
    return focused_s(block, clock) / block.planned_s if block.planned_s else 1.0


def ends_at(block: FocusBlock, clock: Clock) -> datetime | None:
    """When a running block will end, on the wall clock as it reads now."""
    if block.state is not FocusState.RUNNING:
        return None
    return _shift(clock.now(), remaining_s(block, clock), clock)


def settle(block: FocusBlock, clock: Clock) -> FocusBlock:
    """Finish a running block whose time is up (for example after a suspend)."""
    if block.state is not FocusState.RUNNING or remaining_s(block, clock) > 0:
        return block
    overshoot = block.accrued_s + _segment_s(block, clock) - block.planned_s
    ended = _shift(clock.now(), -max(0.0, overshoot), clock)
    return replace(
        block,
        state=FocusState.FINISHED,
        accrued_s=float(block.planned_s),
        seg_wall=None,
        seg_elapsed=None,
        ended_at=ended,
    )


_STATE_PROBLEM = {
    FocusState.RUNNING: FocusProblem.RUNNING,
    FocusState.PAUSED: FocusProblem.PAUSED,
    FocusState.FINISHED: FocusProblem.FINISHED,
    FocusState.STOPPED: FocusProblem.STOPPED,
    FocusState.IDLE: FocusProblem.IDLE,
}


def _require(block: FocusBlock, *states: FocusState) -> None:
    if block.state not in states:
        raise FocusError(_STATE_PROBLEM[block.state])


def pause(block: FocusBlock, clock: Clock) -> FocusBlock:
    block = settle(block, clock)
    _require(block, FocusState.RUNNING)
    return replace(
        block,
        state=FocusState.PAUSED,
        accrued_s=focused_s(block, clock),
        seg_wall=None,
        seg_elapsed=None,
    )


def resume(block: FocusBlock, clock: Clock) -> FocusBlock:
    _require(block, FocusState.PAUSED)
    return replace(
        block,
        state=FocusState.RUNNING,
        seg_wall=clock.now(),
        seg_elapsed=clock.elapsed(),
        boot_id=clock.boot_id(),
    )


def extend(block: FocusBlock, clock: Clock, minutes: int = EXTEND_MINUTES) -> FocusBlock:
    block = settle(block, clock)
    _require(block, FocusState.RUNNING, FocusState.PAUSED)
    planned = block.planned_s + check_minutes(minutes) * 60
    if planned > MAX_MINUTES * 60:
        raise FocusError(FocusProblem.AT_MOST, MAX_MINUTES)
    return replace(block, planned_s=planned)


def stop(block: FocusBlock, clock: Clock) -> FocusBlock:
    """End early. Stopping is fine; the time spent still counts."""
    block = settle(block, clock)
    if block.state is FocusState.FINISHED:
        return block
    _require(block, FocusState.RUNNING, FocusState.PAUSED)
    return replace(
        block,
        state=FocusState.STOPPED,
        accrued_s=focused_s(block, clock),
        seg_wall=None,
        seg_elapsed=None,
        ended_at=clock.now(),
    )


def rename(block: FocusBlock, step: str) -> FocusBlock:
    return replace(block, step=clean_step(step))


def status(block: FocusBlock | None, clock: Clock) -> dict[str, object]:
    """The JSON shape of ``behind-desktop focus status``."""
    if block is None:
        return {
            "state": FocusState.IDLE.value,
            "step": None,
            "started_at": None,
            "ends_at": None,
            "remaining_s": 0,
            "planned_s": 0,
            "focused_s": 0,
        }
    block = settle(block, clock)
    end = ends_at(block, clock)
    return {
        "state": block.state.value,
        "step": block.step or None,
        "started_at": block.started_at.isoformat(timespec="seconds"),
        "ends_at": end.isoformat(timespec="seconds") if end else None,
        "remaining_s": round(remaining_s(block, clock)),
        "planned_s": block.planned_s,
        "focused_s": round(focused_s(block, clock)),
    }


def win_text(block: FocusBlock) -> str:
    """What the "what did you do?" prompt starts with."""
    return block.step or QT_TRANSLATE_NOOP("Focus", "A focused block")


def format_mmss(seconds: float) -> str:
    """Time left as the timer shows it: 14:05."""
    s = max(0, round(seconds))
    return f"{s // 60:d}:{s % 60:02d}"


def minutes_done(block: FocusBlock) -> int:
    return round(block.accrued_s / 60)
