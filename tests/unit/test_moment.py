"""When a due check-in waits for a better moment, and what that never counts as."""

from __future__ import annotations

import pytest

from behind_desktop.core.moment import (
    Hold,
    Moment,
    Probes,
    hold_reason,
    merge,
    recheck_s,
    went_unseen,
)


def test_nothing_known_holds_nothing():
    assert hold_reason(Moment(), away_minutes=5) is None


@pytest.mark.parametrize(
    ("moment", "reason"),
    [
        (Moment(idle_s=299), None),
        (Moment(idle_s=300), Hold.AWAY),
        (Moment(idle_s=10, locked=True), Hold.LOCKED),
        (Moment(idle_s=10, full_screen=True), Hold.FULL_SCREEN),
        (Moment(idle_s=10, full_screen=False, in_call=True), Hold.CALL),
        (Moment(do_not_disturb=True), Hold.DO_NOT_DISTURB),
        (Moment(idle_s=0, locked=False, full_screen=False, in_call=False), None),
    ],
)
def test_why_a_check_in_waits(moment, reason):
    assert hold_reason(moment, away_minutes=5) == reason


def test_the_away_time_is_the_users():
    assert hold_reason(Moment(idle_s=90), away_minutes=1) is Hold.AWAY
    assert hold_reason(Moment(idle_s=90), away_minutes=2) is None


def test_after_an_unseen_check_in_away_lasts_until_the_first_input():
    # It went unseen 60 s ago; no input since then: still away, even under the away time.
    assert hold_reason(Moment(idle_s=700), away_minutes=30, unseen_s_ago=60) is Hold.AWAY
    # Someone touched the mouse 5 s ago: back.
    assert hold_reason(Moment(idle_s=5), away_minutes=30, unseen_s_ago=60) is None


def test_sources_merge_field_by_field_first_that_can_tell():
    x11 = Moment(idle_s=12.0, full_screen=True)
    dbus = Moment(idle_s=99.0, locked=False)
    dnd = Moment(do_not_disturb=True)
    assert merge(x11, dbus, dnd) == Moment(
        idle_s=12.0, locked=False, full_screen=True, do_not_disturb=True
    )
    assert merge() == Moment()


def test_unseen_only_when_nobody_was_there():
    assert went_unseen(Moment(idle_s=601), shown_s=600)
    assert went_unseen(Moment(locked=True, idle_s=3), shown_s=600)
    assert not went_unseen(Moment(idle_s=30), shown_s=600)  # present, chose not to answer
    assert not went_unseen(Moment(), shown_s=600)  # cannot tell: as before, not seen


def test_a_held_check_in_looks_again_once_a_minute_or_rarely_when_a_probe_listens():
    assert recheck_s(listening=False) == 60  # about two wake-ups a minute
    assert recheck_s(listening=True) == 180  # only a safety net: the event wakes the app


def test_probes_tell_their_listeners_what_is_held():
    heard: list[object] = []

    class Ear:
        def start(self, watch, changed):
            heard.append(("start", changed))

        def listen(self, hold):
            heard.append(hold)
            return hold is Hold.AWAY

    class Deaf:
        def start(self, watch, changed):
            pass

        def listen(self, hold):
            raise OSError("display gone")

    probes = Probes([], [Deaf(), Ear()])
    probes.start(lambda _fd, _cb: None, print)
    assert probes.listen(Hold.AWAY) is True  # one that cannot listen spoils nothing
    assert probes.listen(Hold.FULL_SCREEN) is False
    assert probes.listen(None) is False
    assert heard == [("start", print), Hold.AWAY, Hold.FULL_SCREEN, None]
