"""The check-in service holds what comes due at a bad moment, without Qt."""

from __future__ import annotations

from behind_desktop.core.moment import (
    RECHECK,
    RECHECK_LISTENING,
    FunctionProbe,
    Hold,
    Moment,
    Probes,
)
from behind_desktop.services.app import Services


def test_offer_holds_while_away_and_wakes_rarely(store, clock):
    desk = {"now": Moment(idle_s=3600.0)}
    services = Services(store, clock, moment_probe=FunctionProbe(lambda: desk["now"]))
    services.checkins.begin()
    clock.set("2026-11-23 09:31")
    assert [d.question.key for d in services.checkins.due()] == ["sleep"]
    assert services.checkins.offer() == []
    assert services.checkins.held is Hold.AWAY
    assert services.next_moment_s(checkin_showing=False) == RECHECK.total_seconds()
    assert store.export()["checkins"] == []
    clock.advance(61)
    assert services.checkins.offer() == []
    assert services.next_moment_s(checkin_showing=False) == RECHECK.total_seconds()

    desk["now"] = Moment(idle_s=2.0)
    assert [d.question.key for d in services.checkins.offer()] == ["sleep"]
    assert services.checkins.held is None


def test_a_probe_that_listens_is_told_of_each_hold_and_its_end(store, clock):
    desk = {"now": Moment(idle_s=3600.0)}
    told: list[Hold | None] = []

    class Ear:
        def start(self, watch, changed):
            pass

        def listen(self, hold):
            told.append(hold)
            return True

    probes = Probes([FunctionProbe(lambda: desk["now"])], [Ear()])
    services = Services(store, clock, moment_probe=probes)
    services.checkins.begin()
    clock.set("2026-11-23 09:31")
    assert services.checkins.offer() == []
    # The event will wake the app; the look is only a safety net.
    assert services.next_moment_s(checkin_showing=False) == RECHECK_LISTENING.total_seconds()
    desk["now"] = Moment(idle_s=0.5)  # someone moved the mouse
    assert [d.question.key for d in services.checkins.offer()] == ["sleep"]
    assert told == [Hold.AWAY, None]
    assert services.checkins.recheck_s() is None
