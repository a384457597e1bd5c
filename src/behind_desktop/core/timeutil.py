"""Small helpers for days, weeks and clock times shared by the core."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from behind_desktop.core.text import QT_TRANSLATE_NOOP, Phrase, PhraseError

_HHMM = re.compile(r"^\s*([01]?\d|2[0-3])[:.h]([0-5]\d)\s*$")
_ISO_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


CONTEXT = "Time"  # the translation context of every text below
NOT_A_TIME = QT_TRANSLATE_NOOP("Time", "“%1” is not a time of day; use HH:MM, like 07:30.")
NOT_A_WEEK = QT_TRANSLATE_NOOP("Time", "“%1” is not a week; use YYYY-Www, like 2026-W48.")
YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Time", "Behind keeps weeks from 1900 to 3000, not %1.")
NO_SUCH_WEEK = QT_TRANSLATE_NOOP("Time", "%1 has no week %2.")


class TimeFormatError(PhraseError):
    """Text that is not a time or a week, with a message fit for a person."""

    def __init__(self, template: str, *values: object) -> None:
        super().__init__(Phrase(CONTEXT, template, values))


def parse_hhmm(text: str) -> time:
    """Parse "7:30", "07:30", "19.05" or "19h05" into a time."""
    m = _HHMM.match(text)
    if not m:
        raise TimeFormatError(NOT_A_TIME, text.strip())
    return time(int(m.group(1)), int(m.group(2)))


def format_hhmm(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def parse_iso_week(text: str) -> date:
    """Return the Monday of an ISO week written "2026-W05"."""
    m = _ISO_WEEK.match(text)
    if not m:
        raise TimeFormatError(NOT_A_WEEK, text.strip())
    year, week = int(m.group(1)), int(m.group(2))
    if not 1900 <= year <= 3000:
        raise TimeFormatError(YEAR_OUT_OF_RANGE, year)
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        raise TimeFormatError(NO_SUCH_WEEK, year, week) from None


def iso_week_label(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding ``day``; ``first_weekday`` 0 is Monday, 6 Sunday."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def day_of(moment: datetime, tz: tzinfo, day_starts: time) -> date:
    """The user's day for a moment: a night that runs past midnight still counts as
    the day it began, until ``day_starts`` (04:00 by default)."""
    local = moment.astimezone(tz)
    shifted = local - timedelta(hours=day_starts.hour, minutes=day_starts.minute)
    return shifted.date()


def at_local(day: date, t: time, tz: tzinfo) -> datetime:
    """A wall time on a day in ``tz``; a time skipped by a DST change moves forward."""
    # zoneinfo reads a time in a spring-forward gap with the earlier offset, so the
    # round trip lands just after the gap; in the autumn overlap the first pass counts.
    # The trip goes through UTC: astimezone() to the same zone returns the time as it is.
    return datetime.combine(day, t, tzinfo=tz).astimezone(UTC).astimezone(tz)


def in_window(t: time, start: time, end: time) -> bool:
    """Whether ``t`` lies in [start, end), a window that may cross midnight."""
    if start == end:
        return False
    if start < end:
        return start <= t < end
    return t >= start or t < end
