"""Gentle check-ins: the questions, when they are due, and what answers mean.

Timers in the GUI are only wake-ups. Everything here is computed from stored
facts (the last occurrence handled per question, recent answers, snoozes, a
pause) and the clock, so a missed timer, a suspend or a restart loses nothing
and never produces a burst: only the latest occurrence of each question, and
only if it is still today, is asked again.

Quiet hours and every time are given for a day that starts at the standard wake
time; shift mode moves the whole day to the user's wake time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from behind_desktop.core.text import QT_TRANSLATE_NOOP
from behind_desktop.core.timeutil import at_local, day_of, in_window

CONTEXT = "Checkins"  # the translation context of every text below

STANDARD_WAKE = time(7, 0)
SNOOZE_CHOICES_MIN = (15, 30, 60)
POPUP_TIMEOUT_S = 10 * 60
BACKOFF_AFTER = 3  # ignored in a row before asking less often
MAX_BACKOFF_LEVEL = 2  # at most every fourth time
LOOKBACK = timedelta(days=8)
ALL_DAYS = frozenset(range(7))


class Answer(StrEnum):
    YES = "yes"
    NOT_YET = "not_yet"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    IGNORED = "ignored"  # the pop-up closed itself; not a "no"


ANSWER_LABELS = {
    Answer.YES: QT_TRANSLATE_NOOP("Checkins", "Yes"),
    Answer.NOT_YET: QT_TRANSLATE_NOOP("Checkins", "Not yet"),
    Answer.SNOOZED: QT_TRANSLATE_NOOP("Checkins", "Later"),
    Answer.SKIPPED: QT_TRANSLATE_NOOP("Checkins", "Skipped"),
    Answer.IGNORED: QT_TRANSLATE_NOOP("Checkins", "Not seen"),
}


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    times: tuple[time, ...]
    item_key: str | None = None  # the Layer 1 item a "yes" ticks
    weekdays: frozenset[int] = ALL_DAYS  # 0 Monday … 6 Sunday
    enabled: bool = True


DEFAULT_QUESTIONS: tuple[Question, ...] = (
    Question(
        "sleep",
        QT_TRANSLATE_NOOP("Checkins", "Did you sleep enough to feel human?"),
        (time(9, 30),),
        "sleep",
    ),
    Question(
        "food",
        QT_TRANSLATE_NOOP("Checkins", "Have you eaten something real?"),
        (time(12, 30), time(19, 0)),
        "food",
    ),
    Question(
        "move",
        QT_TRANSLATE_NOOP("Checkins", "Have you moved a little today? A walk counts."),
        (time(16, 0),),
        "move",
    ),
    Question(
        "person",
        QT_TRANSLATE_NOOP("Checkins", "Have you talked honestly with someone this week?"),
        (time(18, 30),),
        "person",
        frozenset({6}),
    ),
)


@dataclass(frozen=True)
class Schedule:
    """The settings that decide when questions are asked."""

    tz: tzinfo
    quiet_start: time = time(22, 0)
    quiet_end: time = time(7, 0)
    shift_mode: bool = False
    wake_time: time = STANDARD_WAKE
    day_starts: time = time(4, 0)
    paused_until: datetime | None = None
    since: datetime | None = None  # nothing before this is ever asked (first run)

    @property
    def offset(self) -> timedelta:
        if not self.shift_mode:
            return timedelta(0)
        wake = datetime.combine(date(2000, 1, 1), self.wake_time)
        return wake - datetime.combine(date(2000, 1, 1), STANDARD_WAKE)

    def is_quiet(self, moment: datetime) -> bool:
        rel = moment.astimezone(self.tz) - self.offset
        return in_window(rel.time(), self.quiet_start, self.quiet_end)

    def day(self, moment: datetime) -> date:
        return day_of(moment - self.offset, self.tz, self.day_starts)


@dataclass(frozen=True)
class History:
    """What has happened with one question, as the store remembers it."""

    last_due: datetime | None = None  # the newest occurrence already asked or let go
    ignored_in_row: int = 0
    snooze_until: datetime | None = None
    snoozed_due: datetime | None = None  # the occurrence a snooze belongs to


@dataclass(frozen=True)
class Due:
    question: Question
    due_at: datetime
    catch_up: bool = False


def backoff_level(ignored_in_row: int) -> int:
    return min(MAX_BACKOFF_LEVEL, ignored_in_row // BACKOFF_AFTER)


def backoff_step(history: History) -> int:
    """Ask every n-th time: 1 normally, 2 or 4 after being ignored a few times."""
    return int(2 ** backoff_level(history.ignored_in_row))


def occurrences(
    question: Question, schedule: Schedule, after: datetime, until: datetime
) -> list[datetime]:
    """Times in (after, until] at which the question would be asked, outside quiet hours."""
    tz = schedule.tz
    offset = schedule.offset
    first = (after - offset).astimezone(tz).date() - timedelta(days=1)
    last = (until - offset).astimezone(tz).date() + timedelta(days=1)
    found: list[datetime] = []
    day = first
    while day <= last:
        if day.weekday() in question.weekdays:
            for t in question.times:
                wall = datetime.combine(day, t) + offset
                moment = at_local(wall.date(), wall.time(), tz)
                if after < moment <= until and not schedule.is_quiet(moment):
                    found.append(moment)
        day += timedelta(days=1)
    found.sort()
    return found


def _lower_bound(history: History, schedule: Schedule, now: datetime) -> datetime:
    # Backing off spaces the asks out; look back far enough to count a weekly question.
    bounds = [now - LOOKBACK * backoff_step(history)]
    if history.last_due is not None:
        bounds.append(history.last_due)
    if schedule.since is not None:
        bounds.append(schedule.since)
    if schedule.paused_until is not None and not _paused(schedule, now):
        bounds.append(schedule.paused_until)  # what fell in a pause stays let go
    return max(bounds)


def _eligible(
    question: Question, history: History, schedule: Schedule, now: datetime, until: datetime
) -> list[datetime]:
    lower = _lower_bound(history, schedule, now)
    step = backoff_step(history)
    return occurrences(question, schedule, lower, until)[step - 1 :: step]


def _paused(schedule: Schedule, now: datetime) -> bool:
    # On timestamps: two local times in one zone compare on the wall clock, and in
    # the hour an autumn change repeats that is the wrong order.
    until = schedule.paused_until
    return until is not None and now.timestamp() < until.timestamp()


def due(question: Question, history: History, schedule: Schedule, now: datetime) -> Due | None:
    """The one occurrence to ask about now, if any."""
    if not question.enabled or _paused(schedule, now):
        return None
    candidates = _eligible(question, history, schedule, now, now)
    if not candidates:
        snoozed = _snooze(history, schedule)
        if snoozed is not None and snoozed <= now and schedule.day(snoozed) == schedule.day(now):
            return Due(question, history.snoozed_due or snoozed)
        return None
    latest = candidates[-1]
    today = schedule.day(now)
    if schedule.day(latest) != today:
        return None  # yesterday's question is not worth asking today
    # Only today's occurrences make a catch-up: yesterday's were let go, not owed.
    missed_today = sum(1 for c in candidates if schedule.day(c) == today) > 1
    catch_up = missed_today or (now - latest) > timedelta(minutes=5)
    return Due(question, latest, catch_up)


def _snooze(history: History, schedule: Schedule) -> datetime | None:
    """A snooze that ends in quiet hours is let go rather than waking anyone."""
    s = history.snooze_until
    return None if s is None or schedule.is_quiet(s) else s


def next_due(
    question: Question, history: History, schedule: Schedule, now: datetime
) -> datetime | None:
    """The next moment after ``now`` at which this question should be asked."""
    if not question.enabled:
        return None
    options: list[datetime] = []
    snoozed = _snooze(history, schedule)
    if snoozed is not None and snoozed > now:
        options.append(snoozed)
    start = schedule.paused_until if schedule.paused_until and _paused(schedule, now) else now
    until = start + LOOKBACK * backoff_step(history)
    ahead = [m for m in _eligible(question, history, schedule, now, until) if m > start]
    if ahead:
        options.append(ahead[0])
    return min(options) if options else None


def due_now(
    questions: Iterable[Question],
    histories: dict[str, History],
    schedule: Schedule,
    now: datetime,
) -> list[Due]:
    """Every question to ask now; the GUI shows them together in one pop-up."""
    found = []
    for q in questions:
        d = due(q, histories.get(q.key, History()), schedule, now)
        if d is not None:
            found.append(d)
    return found


def next_wakeup(
    questions: Iterable[Question],
    histories: dict[str, History],
    schedule: Schedule,
    now: datetime,
) -> datetime | None:
    times = [
        t
        for q in questions
        if (t := next_due(q, histories.get(q.key, History()), schedule, now)) is not None
    ]
    if _paused(schedule, now) and schedule.paused_until is not None:
        times.append(schedule.paused_until)
    return min(times) if times else None


def settled(
    questions: Iterable[Question],
    yes_today: set[str],
    yes_this_week: set[str],
    ticked_items: set[str],
) -> set[str]:
    """Questions with nothing left to ask: a "yes" today (this week, for a weekly
    one) or their Layer 1 item already ticked today."""
    done = set()
    for q in questions:
        weekly = len(q.weekdays) < 7
        if (
            q.key in yes_today
            or (weekly and q.key in yes_this_week)
            or (q.item_key is not None and q.item_key in ticked_items)
        ):
            done.add(q.key)
    return done


def ask_now(questions: Sequence[Question], done: set[str], now: datetime) -> list[Due]:
    """``checkin now``: every enabled question still open (possibly none)."""
    return [Due(q, now) for q in questions if q.enabled and q.key not in done]


@dataclass(frozen=True)
class Response:
    question_key: str
    due_at: datetime
    answer: Answer
    at: datetime
    snooze_until: datetime | None = None
    tick_item: str | None = None  # the Layer 1 item key a "yes" ticks


def respond(d: Due, answer: Answer, now: datetime, snooze_min: int = 0) -> Response:
    """Turn a click into what the store records."""
    snooze_until = None
    if answer is Answer.SNOOZED:
        if snooze_min <= 0:
            raise ValueError("snooze needs minutes")
        snooze_until = now + timedelta(minutes=snooze_min)
    return Response(
        question_key=d.question.key,
        due_at=d.due_at,
        answer=answer,
        at=now,
        snooze_until=snooze_until,
        tick_item=d.question.item_key if answer is Answer.YES else None,
    )


def backoff_note(history: History) -> str | None:
    """What the settings page says, gently, about a question asked less often."""
    level = backoff_level(history.ignored_in_row)
    if level == 0:
        return None
    if level == 1:
        return QT_TRANSLATE_NOOP(
            "Checkins",
            "This one went unanswered a few times, so now it asks every other time. "
            "Answering it once brings it back to normal.",
        )
    return QT_TRANSLATE_NOOP(
        "Checkins",
        "This one went unanswered for a while, so now it asks only about once in four "
        "times. Answering it once brings it back to normal.",
    )
