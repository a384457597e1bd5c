"""Short reminders drawn from the essay, shown at most once a day."""

from __future__ import annotations

from datetime import date

from behind_desktop.core.text import QT_TRANSLATE_NOOP

CONTEXT = "Perspective"  # the translation context of the notes

NOTES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Perspective",
        "Comparison is bad data. People picture others studying about 10 hours a day; "
        "most manage something closer to 6.",
    ),
    QT_TRANSLATE_NOOP(
        "Perspective",
        "A week that lasts looks roughly like 45 hours of clinical work and study, 49 hours "
        "of sleep, 20 hours of personal life and 14 for everything else.",
    ),
    QT_TRANSLATE_NOOP(
        "Perspective",
        "Programme directors weigh clinical performance, letters and exams most. Research "
        "and extras count less, and being a decent colleague quietly counts a lot.",
    ),
    QT_TRANSLATE_NOOP(
        "Perspective",
        "You see other people's highlight reel, not the sleep, meals and friendships they "
        "may be dropping to make it.",
    ),
    QT_TRANSLATE_NOOP(
        "Perspective",
        "Layer 3 is optional. Plenty of good residents matched with a solid Layer 2 and one "
        "or two extras they actually cared about.",
    ),
    QT_TRANSLATE_NOOP(
        "Perspective",
        "Being behind some of the time is built into training. What matters is being able "
        "to show up where it counts and recover.",
    ),
    QT_TRANSLATE_NOOP(
        "Perspective",
        "Small steps count. Fifteen minutes, one email, three pages: that's how moving "
        "again starts.",
    ),
)


def note_for(day: date, last_shown: date | None) -> str | None:
    """Today's note, unless one was already shown today."""
    if last_shown == day:
        return None
    return NOTES[day.toordinal() % len(NOTES)]
