"""Today at a glance: the facts that make the line, and nothing that judges."""

from __future__ import annotations

from datetime import UTC, datetime

from behind_desktop.core.glance import Facts, Part, Piece, glance, minutes_left


def test_a_quiet_morning_shows_only_the_basics():
    assert glance(Facts(basics_done=0, basics_total=4, wins_today=0)) == (Piece(Part.BASICS, 0, 4),)


def test_the_whole_line_in_reading_order():
    until = datetime(2026, 11, 26, 14, 0, tzinfo=UTC)
    pieces = glance(
        Facts(
            basics_done=3,
            basics_total=4,
            wins_today=2,
            block_left_s=11 * 60 + 40,
            checkins_paused_until=until,
        )
    )
    assert pieces == (
        Piece(Part.BASICS, 3, 4),
        Piece(Part.WINS, 2),
        Piece(Part.BLOCK_LEFT, 12),
        Piece(Part.CHECKINS_PAUSED, until=until),
    )


def test_a_paused_block_says_paused():
    pieces = glance(Facts(1, 4, 0, block_left_s=300, block_paused=True))
    assert pieces[-1] == Piece(Part.BLOCK_PAUSED, 5)


def test_no_zero_wins_and_no_finished_block():
    pieces = glance(Facts(4, 4, 0, block_left_s=0))
    assert [p.part for p in pieces] == [Part.BASICS]


def test_counts_stay_within_what_is_there():
    assert glance(Facts(6, 4, 0))[0] == Piece(Part.BASICS, 4, 4)
    assert glance(Facts(0, 0, 1)) == (Piece(Part.WINS, 1),)  # no basics listed at all


def test_minutes_left_never_reads_zero_while_time_remains():
    assert minutes_left(1) == 1
    assert minutes_left(60) == 1
    assert minutes_left(15 * 60) == 15


def test_the_block_s_minutes_are_counted_as_the_tray_and_the_strip_count_them():
    from behind_desktop.core import focus

    for seconds in (1, 61, 89, 91, 14 * 60 + 31):
        piece = glance(Facts(0, 0, 0, block_left_s=seconds))[0]
        assert piece == Piece(Part.BLOCK_LEFT, focus.minutes_left(seconds))
