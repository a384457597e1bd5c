"""Prepare a data folder so an end-to-end case happens in seconds, not hours.

A real app under test runs on the real clock. Rather than waiting for a
check-in time or a whole focus block, the folder is set up as it would be a
moment before: one question ("food") snoozed until a few seconds from now, and,
if asked, a one-minute block that has only a few seconds left. Quiet hours are
off and the day starts twelve hours away, so the time of day the tests run at
never matters.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

from behind_desktop.core import focus
from behind_desktop.core.checkins import DEFAULT_QUESTIONS, Answer, Response
from behind_desktop.core.clock import SystemClock
from behind_desktop.core.settings import build
from behind_desktop.core.timeutil import format_hhmm
from behind_desktop.store import Store

QUESTION = next(q for q in DEFAULT_QUESTIONS if q.key == "food")


def seed(
    data: Path,
    checkin_in_s: float,
    block_left_s: float | None = None,
    **settings: object,
) -> datetime:
    """Set up ``data``; return when the check-in comes due."""
    clock = SystemClock()
    now = clock.now()
    earlier = (now - timedelta(hours=2)).replace(second=0, microsecond=0)
    store = Store.open(data, clock.tz, now)
    try:
        store.set_value("welcome_shown", "1")
        store.set_time("checkins_since", now - timedelta(hours=3))
        question = dataclasses.replace(QUESTION, times=(earlier.time(),))
        values: dict[str, object] = {
            "questions": [question],
            "quiet_start": "00:00",
            "quiet_end": "00:00",
            "day_starts": format_hhmm((now + timedelta(hours=12)).time()),
            **settings,
        }
        store.save_settings(build(values, base=store.settings()))
        due = now + timedelta(seconds=checkin_in_s)
        snooze = Response(QUESTION.key, earlier, Answer.SNOOZED, earlier, snooze_until=due)
        store.record_response(snooze, now.date())
        if block_left_s is not None:
            block = focus.start(clock, 1, "write the discharge letter")
            gone = block.planned_s - block_left_s
            store.save_block(
                dataclasses.replace(
                    block,
                    started_at=now - timedelta(seconds=gone),
                    seg_wall=now - timedelta(seconds=gone),
                    seg_elapsed=clock.elapsed() - gone,
                )
            )
    finally:
        store.close()
    return due
