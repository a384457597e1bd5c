"""Small wins grouped into the user's week, and the days and weeks they belong to."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from behind_desktop.core.timeutil import (
    TimeFormatError,
    day_of,
    iso_week_label,
    parse_iso_week,
    week_start,
)
from behind_desktop.core.wins import Win, WinSource, summarise_week, week_containing

LONDON = ZoneInfo("Europe/London")
FOUR = time(4, 0)


def win(when: str, text: str = "a win", source: WinSource = WinSource.TYPED, id_: int = 0) -> Win:
    at = datetime.fromisoformat(when).replace(tzinfo=LONDON)
    return Win(at, day_of(at, LONDON, FOUR), text, source, id=id_ or None)


# -- the week summary -------------------------------------------------------------------------


def test_a_week_has_seven_days_in_order_with_their_wins() -> None:
    wins = [
        win("2026-11-25 18:00", "called home", id_=3),
        win("2026-11-23 10:00", "read 3 pages", WinSource.FOCUS, id_=1),
        win("2026-11-25 09:00", "ate breakfast", WinSource.BASICS),
        win("2026-11-29 23:30", "sent the email", id_=4),
    ]
    week = summarise_week(date(2026, 11, 23), wins)
    assert [d.day for d in week.days] == [date(2026, 11, 23) + timedelta(i) for i in range(7)]
    assert [d.count for d in week.days] == [1, 0, 2, 0, 0, 0, 1]
    assert week.count == 4
    assert [w.text for w in week.days[2].wins] == ["ate breakfast", "called home"]  # oldest first
    assert week.end == date(2026, 11, 29)
    assert week.label == "2026-W48"
    assert [w.text for w in week.all_wins()] == [
        "read 3 pages",
        "ate breakfast",
        "called home",
        "sent the email",
    ]


def test_wins_outside_the_week_are_left_out() -> None:
    wins = [win("2026-11-22 12:00"), win("2026-11-30 12:00"), win("2026-11-24 12:00")]
    week = summarise_week(date(2026, 11, 23), wins)
    assert week.count == 1
    assert week.days[1].count == 1


def test_an_empty_week_still_shows_every_day() -> None:
    week = summarise_week(date(2026, 11, 23), [])
    assert week.count == 0
    assert len(week.days) == 7


def test_wins_at_the_same_moment_keep_their_entry_order() -> None:
    wins = [win("2026-11-23 10:00", "second", id_=2), win("2026-11-23 10:00", "first", id_=1)]
    week = summarise_week(date(2026, 11, 23), wins)
    assert [w.text for w in week.days[0].wins] == ["first", "second"]


def test_a_sunday_start_week_is_labelled_by_its_iso_week() -> None:
    week = summarise_week(date(2026, 12, 27), [])  # Sunday 27 Dec – Sat 2 Jan
    assert week.label == "2026-W53"


# -- week starts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "first_weekday", "start"),
    [
        (date(2026, 11, 25), 0, date(2026, 11, 23)),  # Wednesday, weeks from Monday
        (date(2026, 11, 23), 0, date(2026, 11, 23)),  # Monday itself
        (date(2026, 11, 29), 0, date(2026, 11, 23)),  # Sunday ends a Monday week
        (date(2026, 11, 25), 6, date(2026, 11, 22)),  # weeks from Sunday
        (date(2026, 11, 29), 6, date(2026, 11, 29)),  # Sunday starts a Sunday week
        (date(2026, 11, 28), 6, date(2026, 11, 22)),  # Saturday ends it
        (date(2027, 1, 1), 0, date(2026, 12, 28)),  # across New Year
        (date(2027, 1, 1), 6, date(2026, 12, 27)),
    ],
)
def test_week_start(day: date, first_weekday: int, start: date) -> None:
    assert week_start(day, first_weekday) == start
    assert week_containing(day, first_weekday) == (start, start + timedelta(days=6))


# -- ISO weeks -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "monday"),
    [
        ("2026-W48", date(2026, 11, 23)),
        ("2026W48", date(2026, 11, 23)),
        (" 2026-w05 ", date(2026, 1, 26)),
        ("2026-W5", date(2026, 1, 26)),
        ("2026-W01", date(2025, 12, 29)),  # week 1 starts in the old year
        ("2026-W53", date(2026, 12, 28)),  # 2026 has 53 weeks
        ("2020-W53", date(2020, 12, 28)),
        ("2027-W01", date(2027, 1, 4)),
    ],
)
def test_iso_weeks_are_read(text: str, monday: date) -> None:
    assert parse_iso_week(text) == monday


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-W53", "2025 has no week 53."),
        ("2026-W54", "2026 has no week 54."),
        ("2026-W00", "2026 has no week 0."),
        ("2026-48", "is not a week; use YYYY-Www"),
        ("next week", "is not a week; use YYYY-Www"),
        ("", "is not a week"),
    ],
)
def test_bad_weeks_get_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(TimeFormatError, match=message):
        parse_iso_week(text)


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (date(2027, 1, 1), "2026-W53"),
        (date(2027, 1, 3), "2026-W53"),
        (date(2027, 1, 4), "2027-W01"),
        (date(2025, 12, 29), "2026-W01"),
        (date(2026, 1, 5), "2026-W02"),
    ],
)
def test_week_labels_across_year_ends(day: date, label: str) -> None:
    assert iso_week_label(day) == label
    assert parse_iso_week(label) <= day < parse_iso_week(label) + timedelta(days=7)


# -- which day a moment belongs to -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "day_starts", "day"),
    [
        ("2026-11-24 01:30", FOUR, date(2026, 11, 23)),  # a late night counts for the day before
        ("2026-11-24 03:59", FOUR, date(2026, 11, 23)),
        ("2026-11-24 04:00", FOUR, date(2026, 11, 24)),
        ("2026-11-24 23:59", FOUR, date(2026, 11, 24)),
        ("2026-11-24 01:30", time(0, 0), date(2026, 11, 24)),
        ("2026-11-24 05:30", time(6, 0), date(2026, 11, 23)),
        ("2027-01-01 02:00", FOUR, date(2026, 12, 31)),  # New Year's night is still 31st
        ("2026-03-29 03:30", FOUR, date(2026, 3, 28)),  # the short spring night
        ("2026-10-25 01:30", FOUR, date(2026, 10, 24)),  # the long autumn night
    ],
)
def test_day_of(moment: str, day_starts: time, day: date) -> None:
    at = datetime.fromisoformat(moment).replace(tzinfo=LONDON)
    assert day_of(at, LONDON, day_starts) == day


def test_day_of_reads_the_moment_in_the_users_zone() -> None:
    # 05:00 UTC is midnight in New York: still the day before there.
    at = datetime(2026, 11, 24, 5, 0, tzinfo=ZoneInfo("UTC"))
    assert day_of(at, ZoneInfo("America/New_York"), FOUR) == date(2026, 11, 23)
    assert day_of(at, LONDON, FOUR) == date(2026, 11, 24)


def test_a_late_night_win_lands_on_the_day_before_in_the_week() -> None:
    # Monday 01:30 belongs to the Sunday of the week before.
    late = win("2026-11-23 01:30", "finished the write-up")
    assert summarise_week(date(2026, 11, 23), [late]).count == 0
    previous = summarise_week(date(2026, 11, 16), [late])
    assert previous.days[6].wins == (late,)


# -- any wins, any week ----------------------------------------------------------------------------

moments = st.datetimes(
    min_value=datetime(2025, 12, 1), max_value=datetime(2027, 2, 1), timezones=st.just(LONDON)
)


@settings(max_examples=150, deadline=None, database=None)
@given(
    when=st.lists(moments, max_size=40),
    any_day=st.dates(min_value=date(2025, 12, 1), max_value=date(2027, 2, 1)),
    first_weekday=st.sampled_from([0, 6]),
    day_starts=st.sampled_from([time(0, 0), FOUR, time(6, 30)]),
)
def test_every_win_is_counted_once_on_its_own_day(when, any_day, first_weekday, day_starts):
    wins = [
        Win(at, day_of(at, LONDON, day_starts), f"win {i}", WinSource.TYPED, id=i + 1)
        for i, at in enumerate(when)
    ]
    start = week_start(any_day, first_weekday)
    week = summarise_week(start, wins)
    in_week = [w for w in wins if start <= w.day <= start + timedelta(days=6)]
    assert week.count == len(in_week)
    assert sorted(w.id for w in week.all_wins()) == sorted(w.id for w in in_week)
    for d in week.days:
        assert all(w.day == d.day for w in d.wins)
        assert list(d.wins) == sorted(d.wins, key=lambda w: (w.at, w.id))
    assert week.days[0].day.weekday() == first_weekday
