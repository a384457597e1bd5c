"""The weekly red-flag self-check and when to point to support.

This is a prompt to notice, not a test: nothing here diagnoses anything. When
signs show up in two weeks running, the app shows the user's own contacts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from behind_desktop.core.text import QT_TRANSLATE_NOOP
from behind_desktop.core.timeutil import iso_week_label

CONTEXT = "RedFlags"  # the translation context of every text below


@dataclass(frozen=True)
class Sign:
    key: str
    text: str


SIGNS: tuple[Sign, ...] = (
    Sign(
        "exhausted",
        QT_TRANSLATE_NOOP("RedFlags", "I feel exhausted even after a decent night's sleep."),
    ),
    Sign(
        "flat",
        QT_TRANSLATE_NOOP(
            "RedFlags", "Things I used to care about (patients, learning, my future) feel flat."
        ),
    ),
    Sign(
        "cynical",
        QT_TRANSLATE_NOOP("RedFlags", "I'm more cynical than usual, or everything irritates me."),
    ),
    Sign(
        "get_through",
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "I keep thinking \u201cI just need to get through this\u201d about everything.",
        ),
    ),
)
SIGN_KEYS = tuple(s.key for s in SIGNS)

NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "RedFlags",
    "This is not a diagnosis and can't tell you what's going on. It's a nudge to talk "
    "to someone you trust, who can.",
)

SUPPORT_NOTE = QT_TRANSLATE_NOOP(
    "RedFlags",
    "These signs have come up two weeks running. That's worth saying out loud to "
    "someone with power and perspective: an advisor, student affairs, a senior "
    "doctor you trust or a counsellor. Fewer extras, accommodations or time off are "
    "reasonable things to ask about.",
)


@dataclass(frozen=True)
class WeekCheck:
    week: str  # ISO week label, e.g. 2026-W48
    signs: frozenset[str]

    @property
    def flagged(self) -> bool:
        return bool(self.signs)


def week_label(day: date) -> str:
    return iso_week_label(day)


def previous_week(label: str) -> str:
    year, week = label.split("-W")
    monday = date.fromisocalendar(int(year), int(week), 1)
    return iso_week_label(monday - timedelta(days=7))


def should_show_support(checks: Mapping[str, WeekCheck], this_week: str) -> bool:
    """Signs this week and the week before: show the user's support contacts."""
    current = checks.get(this_week)
    before = checks.get(previous_week(this_week))
    return bool(current and current.flagged and before and before.flagged)


def check_due(checks: Mapping[str, WeekCheck], this_week: str) -> bool:
    """The self-check is offered once a week, until it has been answered."""
    return this_week not in checks
