"""Pausing check-ins lasts the real number of hours, across a daylight-saving change too."""

from __future__ import annotations

import pytest

from behind_desktop.services.app import Services
from tests.support.clock import FakeClock

# Europe/London: clocks go back at 02:00 BST on 25 October 2026 (01:00-02:00 happens
# twice) and forward at 01:00 GMT on 29 March 2026 (01:00-02:00 never happens).
CHANGES = [
    pytest.param("2026-10-25 00:30", 2, id="autumn"),
    pytest.param("2026-10-25 01:30", 1, id="autumn-in-the-repeated-hour"),
    pytest.param("2026-03-29 00:30", 2, id="spring"),
    pytest.param("2026-03-28 23:00", 3, id="spring-overnight"),
]


@pytest.fixture
def london(data_dir):
    from behind_desktop.store import Store

    def make(start: str) -> tuple[Services, FakeClock]:
        clock = FakeClock(start, tz="Europe/London")
        store = Store.open(data_dir, clock.tz, clock.now())
        made.append(store)
        return Services(store, clock, locale_name="C.UTF-8"), clock

    made: list = []
    yield make
    for s in made:
        s.close()


@pytest.mark.parametrize(("start", "hours"), CHANGES)
def test_a_pause_lasts_its_real_hours_across_a_clock_change(london, start, hours) -> None:
    services, clock = london(start)
    began = clock.now()
    services.checkins.pause(hours)
    until = services.checkins.paused_until()
    assert until is not None
    assert until.timestamp() - began.timestamp() == hours * 3600

    clock.advance(hours=hours, seconds=-1)
    assert services.checkins.paused_until() is not None  # still paused a second before
    clock.advance(seconds=2)
    assert services.checkins.paused_until() is None  # and over just after


def test_the_pause_reads_back_as_the_same_real_moment(london) -> None:
    services, _clock = london("2026-10-25 00:30")
    services.checkins.pause(2)
    until = services.checkins.paused_until()
    assert until is not None
    # 00:30 BST + 2 real hours is 01:30 GMT, the second 01:30 of that night.
    assert until.strftime("%H:%M %Z") == "01:30 GMT"


@pytest.mark.parametrize("hours", [0, -1, float("nan"), float("inf"), 1e20])
def test_a_pause_of_no_time_or_forever_is_refused_and_nothing_is_stored(london, hours) -> None:
    services, _clock = london("2026-11-23 09:00")
    with pytest.raises(ValueError):
        services.checkins.pause(hours)
    assert services.checkins.paused_until() is None
