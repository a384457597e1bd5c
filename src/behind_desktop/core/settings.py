"""Settings with defaults, validation and a JSON form for the store.

Validation returns messages keyed by field, so the settings page can show each
one next to its field and the CLI can print the first.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, time, tzinfo
from typing import Any

from behind_desktop.core.checkins import DEFAULT_QUESTIONS, Question, Schedule
from behind_desktop.core.focus import MAX_MINUTES, MIN_MINUTES
from behind_desktop.core.layers import ItemError
from behind_desktop.core.support import Contact, clean_contact
from behind_desktop.core.timeutil import TimeFormatError, format_hhmm, parse_hhmm

MAX_QUESTION = 160


class SettingsError(ValueError):
    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems


@dataclass(frozen=True)
class Settings:
    focus_minutes: int = 15
    quiet_start: time = time(22, 0)
    quiet_end: time = time(7, 0)
    shift_mode: bool = False
    wake_time: time = time(7, 0)
    day_starts: time = time(4, 0)
    sounds: bool = True
    notifications: bool = True
    first_weekday: int | None = None  # None: follow the system locale
    questions: tuple[Question, ...] = DEFAULT_QUESTIONS
    contacts: tuple[Contact, ...] = field(default_factory=tuple)

    def schedule(
        self, tz: tzinfo, paused_until: datetime | None = None, since: datetime | None = None
    ) -> Schedule:
        return Schedule(
            tz=tz,
            quiet_start=self.quiet_start,
            quiet_end=self.quiet_end,
            shift_mode=self.shift_mode,
            wake_time=self.wake_time,
            day_starts=self.day_starts,
            paused_until=paused_until,
            since=since,
        )


# -- JSON -----------------------------------------------------------------------


def to_json(settings: Settings) -> str:
    data: dict[str, Any] = {
        "focus_minutes": settings.focus_minutes,
        "quiet_start": format_hhmm(settings.quiet_start),
        "quiet_end": format_hhmm(settings.quiet_end),
        "shift_mode": settings.shift_mode,
        "wake_time": format_hhmm(settings.wake_time),
        "day_starts": format_hhmm(settings.day_starts),
        "sounds": settings.sounds,
        "notifications": settings.notifications,
        "first_weekday": settings.first_weekday,
        "questions": [
            {
                "key": q.key,
                "text": q.text,
                "times": [format_hhmm(t) for t in q.times],
                "item_key": q.item_key,
                "weekdays": sorted(q.weekdays),
                "enabled": q.enabled,
            }
            for q in settings.questions
        ],
        "contacts": [asdict(c) for c in settings.contacts],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def from_json(text: str) -> Settings:
    """Read stored settings; unknown keys are ignored, bad values fall back to defaults."""
    try:
        data = json.loads(text)
    except ValueError:
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    fields: dict[str, Any] = {}
    for name in Settings.__dataclass_fields__:
        if name in data:
            fields[name] = data[name]
    try:
        return build(fields, base=Settings())
    except SettingsError as e:
        # Keep what is still good (the user's own questions, contacts) and default the rest.
        kept = {name: value for name, value in fields.items() if name not in e.problems}
        try:
            return build(kept, base=Settings())
        except SettingsError:
            return Settings()


def build(values: dict[str, Any], base: Settings | None = None) -> Settings:
    """Validate raw values (strings from a form, or JSON) into Settings.

    Raises SettingsError with one message per bad field.
    """
    base = base or Settings()
    problems: dict[str, str] = {}
    out: dict[str, Any] = {}

    def take_time(name: str) -> None:
        if name not in values:
            return
        raw = values[name]
        try:
            out[name] = raw if isinstance(raw, time) else parse_hhmm(str(raw))
        except TimeFormatError as e:
            problems[name] = str(e)

    for name in ("quiet_start", "quiet_end", "wake_time", "day_starts"):
        take_time(name)

    if "focus_minutes" in values:
        try:
            minutes = int(str(values["focus_minutes"]).strip())
        except ValueError:
            problems["focus_minutes"] = "Focus length is a whole number of minutes."
        else:
            if not MIN_MINUTES <= minutes <= MAX_MINUTES:
                problems["focus_minutes"] = (
                    f"Focus length can be {MIN_MINUTES} to {MAX_MINUTES} minutes."
                )
            else:
                out["focus_minutes"] = minutes

    for name in ("shift_mode", "sounds", "notifications"):
        if name in values:
            out[name] = bool(values[name])

    if "first_weekday" in values:
        fw = values["first_weekday"]
        if fw is None or (isinstance(fw, int) and 0 <= fw <= 6):
            out["first_weekday"] = fw
        else:
            problems["first_weekday"] = "The week starts on a day from Monday (0) to Sunday (6)."

    if "questions" in values:
        try:
            out["questions"] = tuple(_question(q) for q in values["questions"])
        except (SettingsError, ItemError, TimeFormatError, TypeError, KeyError) as e:
            problems["questions"] = (
                str(e) if not isinstance(e, KeyError) else "A check-in is incomplete."
            )
        else:
            keys = [q.key for q in out["questions"]]
            if len(set(keys)) != len(keys):
                problems["questions"] = "Two check-ins share the same name."

    if "contacts" in values:
        try:
            out["contacts"] = tuple(_contact(c) for c in values["contacts"])
        except (ValueError, TypeError, KeyError) as e:
            problems["contacts"] = (
                str(e) if isinstance(e, ValueError) else "A contact is incomplete."
            )

    if problems:
        raise SettingsError(problems)
    return replace(base, **out)


def _question(raw: Any) -> Question:
    if isinstance(raw, Question):
        return raw
    text = " ".join(str(raw["text"]).split())
    if not text:
        raise SettingsError({"questions": "A check-in needs some words."})
    if len(text) > MAX_QUESTION:
        raise SettingsError({"questions": f"Keep each check-in under {MAX_QUESTION} characters."})
    times = tuple(sorted({parse_hhmm(str(t)) for t in raw.get("times", [])}))
    if not times:
        raise SettingsError({"questions": f"“{text}” needs at least one time."})
    no_days = SettingsError({"questions": f"“{text}” needs at least one day of the week."})
    try:
        weekdays = frozenset(int(d) for d in raw.get("weekdays", range(7)))
    except ValueError:
        raise no_days from None
    if not weekdays or not weekdays <= set(range(7)):
        raise no_days
    key = str(raw.get("key") or "").strip() or text.lower()[:40]
    item = raw.get("item_key")
    return Question(
        key=key,
        text=text,
        times=times,
        item_key=str(item) if item else None,
        weekdays=weekdays,
        enabled=bool(raw.get("enabled", True)),
    )


def _contact(raw: Any) -> Contact:
    if isinstance(raw, Contact):
        return raw
    return clean_contact(
        str(raw["name"]), str(raw.get("detail", "")), str(raw.get("kind", "personal"))
    )
