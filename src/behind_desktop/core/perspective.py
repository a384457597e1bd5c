"""Short reminders drawn from the essay, each for the place it fits, shown sparingly.

A note belongs to one or more places: a focus block, a rough day (the "I'm behind…"
flow), the weekly self-check, or the week's wins. It appears only there, so a line
about what programme directors weigh never sits beside a question about food.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from behind_desktop.core.text import QT_TRANSLATE_NOOP

CONTEXT = "Perspective"  # the translation context of the notes


class Place(Enum):
    FOCUS = "focus"  # the focus timer
    ROUGH_DAY = "rough day"  # the "I'm behind…" flow
    SELF_CHECK = "self-check"  # the weekly self-check
    WINS = "wins"  # the week's wins


@dataclass(frozen=True)
class Note:
    text: str
    places: frozenset[Place]


def _note(text: str, *places: Place) -> Note:
    return Note(text, frozenset(places))


NOTES: tuple[Note, ...] = (
    _note(
        QT_TRANSLATE_NOOP(
            "Perspective",
            "Comparison is bad data. People picture others studying about 10 hours a day; "
            "most manage something closer to 6.",
        ),
        Place.ROUGH_DAY,
    ),
    _note(
        QT_TRANSLATE_NOOP(
            "Perspective",
            "A week that lasts looks roughly like 45 hours of clinical work and study, 49 "
            "hours of sleep, 20 hours of personal life and 14 for everything else.",
        ),
        Place.SELF_CHECK,
        Place.WINS,
    ),
    _note(
        QT_TRANSLATE_NOOP(
            "Perspective",
            "Programme directors weigh clinical performance, letters and exams most. "
            "Research and extras count less, and being a decent colleague quietly counts a "
            "lot.",
        ),
        Place.WINS,
    ),
    _note(
        QT_TRANSLATE_NOOP(
            "Perspective",
            "You see other people's highlight reel, not the sleep, meals and friendships "
            "they may be dropping to make it.",
        ),
        Place.ROUGH_DAY,
    ),
    _note(
        QT_TRANSLATE_NOOP(
            "Perspective",
            "Layer 3 is optional. Plenty of good trainees got the post they hoped for with "
            "a solid Layer 2 and one or two extras they actually cared about.",
        ),
        Place.WINS,
    ),
    _note(
        QT_TRANSLATE_NOOP(
            "Perspective",
            "Being behind some of the time is built into training. What matters is being "
            "able to show up where it counts and recover.",
        ),
        Place.ROUGH_DAY,
        Place.SELF_CHECK,
    ),
    _note(
        QT_TRANSLATE_NOOP(
            "Perspective",
            "Small steps count. Fifteen minutes, one email, three pages: that's how moving "
            "again starts.",
        ),
        Place.FOCUS,
        Place.ROUGH_DAY,
    ),
    _note(
        QT_TRANSLATE_NOOP(
            "Perspective",
            "One tiny step is all this block asks. Stopping early is fine; what you did "
            "still counts.",
        ),
        Place.FOCUS,
    ),
)


def notes_for(place: Place) -> tuple[str, ...]:
    """The notes that fit ``place``, in a fixed order."""
    return tuple(n.text for n in NOTES if place in n.places)


def note_for(place: Place, day: date, last_shown: date | None = None) -> str | None:
    """The note for ``place`` on ``day``, unless a note was already shown that day."""
    if last_shown == day:
        return None
    fitting = notes_for(place)
    return fitting[day.toordinal() % len(fitting)]
