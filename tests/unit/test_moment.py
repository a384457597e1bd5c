"""When a due check-in waits for a better moment, and what that never counts as."""

from __future__ import annotations

import pytest

from behind_desktop.core.moment import (
    Hold,
    Moment,
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


def test_a_held_check_in_looks_again_soon_then_rarely():
    assert recheck_s(0) == 20
    assert recheck_s(59) == 20
    assert recheck_s(60) == recheck_s(3600) == 90
