"""Gentle check-ins: when each question is asked, across DST, quiet hours, shifts,
snoozes, pauses, back-off, sleep and restarts."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from behind_desktop.core import checkins
from behind_desktop.core.checkins import (
    DEFAULT_QUESTIONS,
    Answer,
    Due,
    History,
    Question,
    Schedule,
    ask_now,
    backoff_note,
    due,
    due_now,
    next_due,
    next_wakeup,
    occurrences,
    respond,
    settled,
)
from behind_desktop.store import Store
from tests.support.clock import FakeClock

Q = {q.key: q for q in DEFAULT_QUESTIONS}
LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
NO_QUIET = {"quiet_start": time(0, 0), "quiet_end": time(0, 0)}


def local(text: str, tz=LONDON) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def hhmm(moments: list[datetime]) -> list[str]:
    return [f"{m:%a %H:%M}" for m in moments]


def run_night(clock: FakeClock, question: Question, schedule: Schedule, until: str, store: Store):
    """Walk the clock in 5-minute steps like the app's wake-ups; answer whatever is asked."""
    asked: list[tuple[datetime, Due]] = []
    end = local(until, clock.tz)
    while clock.now() < end:
        d = due(question, store.history(question.key), schedule, clock.now())
        if d is not None:
            asked.append((clock.now(), d))
            store.record_response(respond(d, Answer.YES, clock.now()), schedule.day(clock.now()))
        clock.advance(minutes=5)
    return asked


# -- the plain schedule --------------------------------------------------------------------------


def test_default_times_on_a_weekday() -> None:
    s = Schedule(LONDON)
    day = (local("2026-11-23 00:00"), local("2026-11-24 00:00"))  # a Monday
    assert hhmm(occurrences(Q["food"], s, *day)) == ["Mon 12:30", "Mon 19:00"]
    assert hhmm(occurrences(Q["sleep"], s, *day)) == ["Mon 09:30"]
    assert occurrences(Q["person"], s, *day) == []  # Sundays only


def test_weekly_question_comes_on_sunday() -> None:
    s = Schedule(LONDON)
    week = occurrences(Q["person"], s, local("2026-11-23 00:00"), local("2026-11-30 00:00"))
    assert week == [local("2026-11-29 18:30")]


def test_an_occurrence_exactly_at_the_window_start_is_not_repeated() -> None:
    s = Schedule(LONDON)
    found = occurrences(Q["sleep"], s, local("2026-11-23 09:30"), local("2026-11-24 09:30"))
    assert found == [local("2026-11-24 09:30")]


# -- daylight saving -----------------------------------------------------------------------------


def test_spring_forward_keeps_local_times(store: Store) -> None:
    s = Schedule(LONDON)
    found = occurrences(Q["sleep"], s, local("2026-03-28 00:00"), local("2026-03-30 00:00"))
    assert hhmm(found) == ["Sat 09:30", "Sun 09:30"]
    assert [m.utcoffset() for m in found] == [timedelta(0), timedelta(hours=1)]


def test_a_time_in_the_spring_gap_fires_once_just_after_it(store: Store) -> None:
    # 01:30 does not exist on 29 March 2026 in London (01:00 GMT -> 02:00 BST).
    clock = FakeClock("2026-03-28 23:00")
    q = Question("late", "Have you eaten on this shift?", (time(1, 30),))
    s = Schedule(LONDON, since=clock.now(), **NO_QUIET)
    asked = run_night(clock, q, s, "2026-03-29 06:00", store)
    assert len(asked) == 1
    fired_at, d = asked[0]
    assert d.due_at == local("2026-03-29 02:30")  # moved forward by the lost hour
    assert d.due_at.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert f"{d.due_at:%H:%M}" == "02:30"  # never a time the clock didn't show
    assert fired_at == d.due_at
    assert not d.catch_up


def test_the_repeated_autumn_hour_asks_once(store: Store) -> None:
    # 01:00–02:00 happens twice on 25 October 2026 in London.
    clock = FakeClock("2026-10-24 23:00")
    q = Question("late", "Have you eaten on this shift?", (time(1, 30),))
    s = Schedule(LONDON, since=clock.now(), **NO_QUIET)
    asked = run_night(clock, q, s, "2026-10-25 06:00", store)
    assert [d.due_at.astimezone(UTC) for _, d in asked] == [
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # the first 01:30 (BST)
    ]


def test_new_york_across_both_changes_asks_at_local_times(tmp_path: Path) -> None:
    clock = FakeClock("2026-10-31 23:00", tz="America/New_York")
    store = Store.open(tmp_path / "ny", clock.tz, clock.now())
    try:
        q = Question("late", "Have you eaten on this shift?", (time(1, 30),))
        s = Schedule(clock.tz, since=clock.now(), **NO_QUIET)
        asked = run_night(clock, q, s, "2026-11-01 06:00", store)
        assert len(asked) == 1  # 1 November: 01:00–02:00 happens twice
        assert asked[0][1].due_at.utcoffset() == timedelta(hours=-4)
    finally:
        store.close()
    s = Schedule(NEW_YORK)
    found = occurrences(
        Q["sleep"], s, local("2026-03-07 00:00", NEW_YORK), local("2026-03-10 00:00", NEW_YORK)
    )
    assert hhmm(found) == ["Sat 09:30", "Sun 09:30", "Mon 09:30"]
    assert [m.astimezone(UTC).hour for m in found] == [14, 13, 13]


# -- quiet hours and shift mode --------------------------------------------------------------------


def test_quiet_hours_across_midnight_hold_questions_back() -> None:
    s = Schedule(LONDON, quiet_start=time(23, 0), quiet_end=time(6, 0))
    q = Question("x", "Water?", (time(22, 30), time(23, 30), time(2, 0), time(5, 59), time(6, 0)))
    found = occurrences(q, s, local("2026-11-23 12:00"), local("2026-11-24 12:00"))
    assert hhmm(found) == ["Mon 22:30", "Tue 06:00"]
    assert s.is_quiet(local("2026-11-23 23:00"))
    assert s.is_quiet(local("2026-11-24 05:59"))
    assert not s.is_quiet(local("2026-11-24 06:00"))
    assert not s.is_quiet(local("2026-11-23 22:59"))


def test_shift_mode_moves_every_time_by_the_wake_time() -> None:
    s = Schedule(LONDON, shift_mode=True, wake_time=time(19, 0))
    window = (local("2026-11-23 12:00"), local("2026-11-24 12:00"))
    found = sorted(m for q in DEFAULT_QUESTIONS for m in occurrences(q, s, *window))
    # sleep 09:30, food 12:30/19:00, move 16:00, all twelve hours later
    assert hhmm(found) == ["Mon 21:30", "Tue 00:30", "Tue 04:00", "Tue 07:00"]


def test_shift_mode_moves_quiet_hours_too() -> None:
    s = Schedule(LONDON, shift_mode=True, wake_time=time(19, 0))
    assert s.is_quiet(local("2026-11-24 12:00"))  # the night-shift worker's sleep
    assert s.is_quiet(local("2026-11-24 10:00"))
    assert not s.is_quiet(local("2026-11-24 09:59"))
    assert not s.is_quiet(local("2026-11-24 02:00"))
    late = Question("x", "x?", (time(23, 0), time(8, 0)))  # 11:00 (quiet) and 20:00
    found = occurrences(late, s, local("2026-11-23 12:00"), local("2026-11-24 12:00"))
    assert hhmm(found) == ["Mon 20:00"]


def test_shift_mode_night_belongs_to_one_day() -> None:
    s = Schedule(LONDON, shift_mode=True, wake_time=time(19, 0))
    assert s.day(local("2026-11-23 21:30")) == date(2026, 11, 23)
    assert s.day(local("2026-11-24 07:00")) == date(2026, 11, 23)


def test_shift_mode_catch_up_across_midnight() -> None:
    s = Schedule(LONDON, shift_mode=True, wake_time=time(19, 0))
    # Asleep on the break from 23:00 to 05:00: the 00:30 food question is still "today".
    history = History(last_due=local("2026-11-23 07:00"))
    d = due(Q["food"], history, s, local("2026-11-24 05:00"))
    assert d is not None
    assert d.due_at == local("2026-11-24 00:30")
    assert d.catch_up


# -- snooze and pause ------------------------------------------------------------------------------


def test_snooze_comes_back_at_the_snooze_time(store: Store, clock: FakeClock) -> None:
    s = Schedule(clock.tz)
    clock.set("2026-11-23 12:31")
    d = due(Q["food"], store.history("food"), s, clock.now())
    assert d is not None
    store.record_response(respond(d, Answer.SNOOZED, clock.now(), 30), s.day(clock.now()))
    history = store.history("food")
    assert next_due(Q["food"], history, s, clock.now()) == local("2026-11-23 13:01")
    clock.set("2026-11-23 13:00")
    assert due(Q["food"], history, s, clock.now()) is None
    clock.set("2026-11-23 13:01")
    back = due(Q["food"], history, s, clock.now())
    assert back is not None
    assert back.due_at == local("2026-11-23 12:30")
    store.record_response(respond(back, Answer.YES, clock.now()), s.day(clock.now()))
    assert due(Q["food"], store.history("food"), s, clock.now()) is None


def test_a_snooze_ending_in_quiet_hours_is_let_go(store: Store, clock: FakeClock) -> None:
    s = Schedule(clock.tz)
    clock.set("2026-11-23 21:50")
    d = Due(Q["food"], local("2026-11-23 19:00"))
    store.record_response(respond(d, Answer.SNOOZED, clock.now(), 15), s.day(clock.now()))
    history = store.history("food")
    assert next_due(Q["food"], history, s, clock.now()) == local("2026-11-24 12:30")
    for t in ("2026-11-23 22:05", "2026-11-23 23:30", "2026-11-24 06:59", "2026-11-24 07:05"):
        clock.set(t)
        assert due(Q["food"], history, s, clock.now()) is None


def test_snooze_needs_minutes(clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        respond(Due(Q["food"], clock.now()), Answer.SNOOZED, clock.now(), 0)


def test_a_pause_lets_what_fell_inside_it_go(clock: FakeClock) -> None:
    clock.set("2026-11-23 12:00")
    paused = Schedule(clock.tz, paused_until=local("2026-11-23 17:00"))
    none: dict[str, History] = {}
    clock.set("2026-11-23 12:30")
    assert due_now(DEFAULT_QUESTIONS, none, paused, clock.now()) == []
    assert next_due(Q["food"], History(), paused, clock.now()) == local("2026-11-23 19:00")
    assert next_wakeup(DEFAULT_QUESTIONS, none, paused, clock.now()) == local("2026-11-23 17:00")
    clock.set("2026-11-23 17:00")
    # 12:30 food and 16:00 move fell inside the pause: neither is asked now.
    assert due_now(DEFAULT_QUESTIONS, none, paused, clock.now()) == []
    clock.set("2026-11-23 19:00")
    assert [d.question.key for d in due_now(DEFAULT_QUESTIONS, none, paused, clock.now())] == [
        "food"
    ]


# -- back-off --------------------------------------------------------------------------------------


def ignore_for_days(store: Store, clock: FakeClock, key: str, days: int) -> list[date]:
    """Let the pop-up time out every time it appears; return the days it appeared."""
    s = Schedule(clock.tz, since=clock.now())
    shown = []
    for _ in range(days * 24):
        clock.advance(hours=1)
        d = due(Q[key], store.history(key), s, clock.now())
        if d is not None:
            shown.append(s.day(clock.now()))
            store.record_response(respond(d, Answer.IGNORED, clock.now()), shown[-1])
    return shown


def gaps(days: list[date]) -> list[int]:
    return [(b - a).days for a, b in pairwise(days)]


def test_back_off_asks_less_after_three_and_six_ignores(store: Store, clock: FakeClock) -> None:
    clock.set("2026-11-23 08:00")
    shown = ignore_for_days(store, clock, "sleep", 30)
    # three times daily, three times every other day, then every fourth day
    assert gaps(shown)[:8] == [1, 1, 2, 2, 2, 4, 4, 4]
    assert backoff_note(store.history("sleep")) is not None
    assert "once in four" in str(backoff_note(store.history("sleep")))


def test_one_answer_brings_back_the_normal_rhythm(store: Store, clock: FakeClock) -> None:
    clock.set("2026-11-23 08:00")
    ignore_for_days(store, clock, "sleep", 14)
    assert store.history("sleep").ignored_in_row >= 6
    clock.set(clock.now().replace(hour=9, minute=0) + timedelta(days=1))
    answer = Due(Q["sleep"], clock.now())
    store.record_response(respond(answer, Answer.NOT_YET, clock.now()), clock.now().date())
    history = store.history("sleep")
    assert history.ignored_in_row == 0
    assert backoff_note(history) is None
    assert next_due(Q["sleep"], history, Schedule(clock.tz), clock.now()) == clock.now().replace(
        hour=9, minute=30
    )


def test_a_weekly_question_backs_off_but_still_comes_back(store: Store, clock: FakeClock) -> None:
    clock.set("2026-11-22 12:00")  # a Sunday
    shown = ignore_for_days(store, clock, "person", 7 * 24)
    assert all(d.weekday() == 6 for d in shown)
    assert gaps(shown)[:8] == [7, 7, 14, 14, 14, 28, 28, 28]


def test_backoff_note_wording() -> None:
    assert backoff_note(History(ignored_in_row=2)) is None
    assert "every other time" in str(backoff_note(History(ignored_in_row=3)))
    assert "Answering it once" in str(backoff_note(History(ignored_in_row=9)))


# -- sleep and restarts ----------------------------------------------------------------------------


def answer_everything(store: Store, s: Schedule, now: datetime) -> None:
    for d in due_now(DEFAULT_QUESTIONS, store.histories(Q), s, now):
        store.record_response(respond(d, Answer.YES, now), s.day(now))


def test_an_eight_hour_sleep_brings_one_gentle_catch_up(store: Store, clock: FakeClock) -> None:
    s = Schedule(clock.tz, since=local("2026-11-22 08:00"))
    clock.set("2026-11-22 20:00")  # Sunday evening: answer everything that day
    answer_everything(store, s, clock.now())
    clock.set("2026-11-23 08:00")
    clock.suspend(hours=8, minutes=30)  # Monday, 08:00 -> 16:30 asleep
    found = due_now(DEFAULT_QUESTIONS, store.histories(Q), s, clock.now())
    assert [(d.question.key, f"{d.due_at:%H:%M}") for d in found] == [
        ("sleep", "09:30"),
        ("food", "12:30"),  # the latest occurrence only
        ("move", "16:00"),
    ]
    assert all(d.catch_up for d in found)


def test_yesterdays_questions_are_not_asked_today(store: Store, clock: FakeClock) -> None:
    s = Schedule(clock.tz, since=local("2026-11-22 08:00"))
    clock.set("2026-11-22 13:00")
    answer_everything(store, s, clock.now())  # Sunday's 09:30 and 12:30
    clock.suspend(hours=19)  # asleep from 13:00 Sunday to 08:00 Monday
    assert due_now(DEFAULT_QUESTIONS, store.histories(Q), s, clock.now()) == []
    clock.set("2026-11-23 12:30")
    food = due(Q["food"], store.history("food"), s, clock.now())
    assert food is not None
    assert food.due_at == local("2026-11-23 12:30")
    assert not food.catch_up  # on time, whatever happened yesterday


def test_an_answer_survives_a_restart(data_dir: Path, clock: FakeClock) -> None:
    s = Schedule(clock.tz, since=local("2026-11-23 08:00"))
    clock.set("2026-11-23 12:31")
    store = Store.open(data_dir, clock.tz, clock.now())
    d = due(Q["food"], store.history("food"), s, clock.now())
    assert d is not None
    store.record_response(respond(d, Answer.YES, clock.now()), s.day(clock.now()))
    store.close()
    clock.advance(minutes=2)
    reopened = Store.open(data_dir, clock.tz, clock.now())
    try:
        assert due(Q["food"], reopened.history("food"), s, clock.now()) is None
        food_item = reopened.item_by_key("food")
        assert food_item is not None
        assert food_item.id in reopened.ticked(date(2026, 11, 23))
    finally:
        reopened.close()


@pytest.mark.parametrize("answer", [Answer.NOT_YET, Answer.SKIPPED, Answer.IGNORED])
def test_any_answer_settles_the_occurrence(store: Store, clock: FakeClock, answer) -> None:
    s = Schedule(clock.tz, since=local("2026-11-23 08:00"))
    clock.set("2026-11-23 09:31")
    d = due(Q["sleep"], store.history("sleep"), s, clock.now())
    assert d is not None
    store.record_response(respond(d, answer, clock.now()), s.day(clock.now()))
    assert due(Q["sleep"], store.history("sleep"), s, clock.now()) is None
    assert store.ticked(date(2026, 11, 23)) == set()  # only a "yes" ticks


def test_nothing_before_the_first_run_is_asked(clock: FakeClock) -> None:
    clock.set("2026-11-23 13:00")
    s = Schedule(clock.tz, since=local("2026-11-23 12:45"))
    assert due_now(DEFAULT_QUESTIONS, {}, s, clock.now()) == []


def test_a_disabled_question_is_never_asked(clock: FakeClock) -> None:
    off = Question("food", "Eaten?", (time(12, 30),), enabled=False)
    clock.set("2026-11-23 12:30")
    assert due(off, History(), Schedule(clock.tz), clock.now()) is None
    assert next_due(off, History(), Schedule(clock.tz), clock.now()) is None


# -- next wake-up, answers, "check in now" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-11-23 10:00", "2026-11-23 12:30"),
        ("2026-11-23 16:00", "2026-11-23 19:00"),  # 16:00 itself counts as passed
        ("2026-11-23 19:30", "2026-11-24 09:30"),  # nothing in quiet hours
        ("2026-11-29 17:00", "2026-11-29 18:30"),  # Sunday's person question
    ],
)
def test_next_wakeup_is_the_earliest_next_question(now: str, expected: str) -> None:
    s = Schedule(LONDON, since=local("2026-11-01 00:00"))
    assert next_wakeup(DEFAULT_QUESTIONS, {}, s, local(now)) == local(expected)


def test_next_wakeup_includes_a_snooze(clock: FakeClock) -> None:
    clock.set("2026-11-23 10:00")
    histories = {
        "sleep": History(
            last_due=local("2026-11-23 09:30"),
            snooze_until=local("2026-11-23 10:15"),
            snoozed_due=local("2026-11-23 09:30"),
        )
    }
    wake = next_wakeup(DEFAULT_QUESTIONS, histories, Schedule(clock.tz), clock.now())
    assert wake == local("2026-11-23 10:15")


def test_yes_ticks_the_matching_basics_item(store: Store, clock: FakeClock) -> None:
    clock.set("2026-11-23 12:31")
    d = Due(Q["food"], local("2026-11-23 12:30"))
    yes = respond(d, Answer.YES, clock.now())
    assert yes.tick_item == "food"
    assert respond(d, Answer.NOT_YET, clock.now()).tick_item is None
    store.record_response(yes, date(2026, 11, 23))
    food = store.item_by_key("food")
    assert food is not None
    assert store.ticked(date(2026, 11, 23)) == {food.id}
    assert store.answered_yes(date(2026, 11, 23)) == {"food"}
    assert store.ticked(date(2026, 11, 24)) == set()


def test_yes_with_the_item_archived_is_still_recorded(store: Store, clock: FakeClock) -> None:
    food = store.item_by_key("food")
    assert food is not None
    store.archive_item(food.id)
    store.record_response(
        respond(Due(Q["food"], clock.now()), Answer.YES, clock.now()), date(2026, 11, 23)
    )
    assert store.ticked(date(2026, 11, 23)) == set()
    assert store.answered_yes(date(2026, 11, 23)) == {"food"}


def test_check_in_now_asks_what_is_still_open(clock: FakeClock) -> None:
    asked = ask_now(DEFAULT_QUESTIONS, {"sleep", "food"}, clock.now())
    assert [d.question.key for d in asked] == ["move", "person"]
    assert all(d.due_at == clock.now() and not d.catch_up for d in asked)


def test_check_in_now_after_every_yes_asks_nothing(clock: FakeClock) -> None:
    everything = {q.key for q in DEFAULT_QUESTIONS}
    assert ask_now(DEFAULT_QUESTIONS, everything, clock.now()) == []


def test_what_counts_as_settled_for_check_in_now() -> None:
    done = settled(
        DEFAULT_QUESTIONS,
        yes_today={"sleep"},
        yes_this_week={"sleep", "person", "move"},
        ticked_items={"food"},
    )
    # sleep: yes today; food: its item ticked on the Today page; person: weekly, yes
    # this week; move: a daily question answered yesterday is open again today.
    assert done == {"sleep", "food", "person"}


def test_check_in_now_skips_disabled_questions(clock: FakeClock) -> None:
    questions = [*DEFAULT_QUESTIONS[:3], Question("off", "x?", (time(9, 0),), enabled=False)]
    assert [d.question.key for d in ask_now(questions, set(), clock.now())] == [
        "sleep",
        "food",
        "move",
    ]


def test_labels_are_gentle() -> None:
    assert checkins.ANSWER_LABELS[Answer.NOT_YET] == "Not yet"
    assert "No" not in checkins.ANSWER_LABELS.values()
