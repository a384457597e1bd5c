"""Every setting once: its key, type, default, text form, stored form and rules.

``DEFINITIONS`` is the one table of top-level settings. Each entry reads a value
from text (what a person types, or ``settings set KEY=VALUE``), formats it back,
and checks a value from the stored JSON or a form. Check-ins and contacts are
lists; a check-in is addressed by its key (``question.food.times``).

Problems are typed: a ``Problem`` names the setting, a ``Kind`` and the values
that go into its message. Each kind's value is the English template, marked for
translation; the windows word it through Qt's translations and the command line
in plain English. Nothing here chooses a message by reading another's text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, time, tzinfo
from enum import Enum
from typing import Any, Generic, TypeVar

from behind_desktop.core.checkins import (
    ALL_DAYS,
    DEFAULT_QUESTIONS,
    STANDARD_WAKE,
    Question,
    Schedule,
)
from behind_desktop.core.focus import MAX_MINUTES, MIN_MINUTES
from behind_desktop.core.layers import MAX_TITLE
from behind_desktop.core.support import MAX_DETAIL, Contact
from behind_desktop.core.text import LANGUAGES as LANGUAGES  # part of this module's interface
from behind_desktop.core.text import QT_TRANSLATE_NOOP
from behind_desktop.core.text import fill as fill  # part of this module's interface
from behind_desktop.core.timeutil import TimeFormatError, format_hhmm, parse_hhmm

CONTEXT = "Settings"  # the translation context of every message below
MAX_QUESTION = 160
MIN_AWAY, MAX_AWAY = 1, 120
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
QUESTION_PARTS = ("text", "times", "days", "enabled")
_LIST_SPLIT = re.compile(r"[,;\s]+")


class Kind(Enum):
    """What is wrong, as an English template: ``%1``, ``%2`` are the problem's values."""

    NOT_A_TIME = QT_TRANSLATE_NOOP("Settings", "“%1” is not a time of day; use HH:MM, like 07:30.")
    FOCUS_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Settings", "Focus length is a whole number of minutes.")
    FOCUS_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Settings", "Focus length can be %1 to %2 minutes.")
    AWAY_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Settings", "The away time is a whole number of minutes.")
    AWAY_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Settings", "The away time can be %1 to %2 minutes.")
    NOT_ON_OR_OFF = QT_TRANSLATE_NOOP("Settings", "“%1” is not on or off; use on or off.")
    NOT_A_WEEKDAY = QT_TRANSLATE_NOOP(
        "Settings", "The week starts on a day from Monday (0) to Sunday (6)."
    )
    NOT_A_LANGUAGE = QT_TRANSLATE_NOOP(
        "Settings", "“%1” is not a language Behind speaks; use %2, or nothing for the system's."
    )
    NOT_DAYS = QT_TRANSLATE_NOOP(
        "Settings", "“%1” is not a list of days; use mon, tue … sun, weekdays or daily."
    )
    QUESTION_EMPTY = QT_TRANSLATE_NOOP("Settings", "A check-in needs some words.")
    QUESTION_TOO_LONG = QT_TRANSLATE_NOOP("Settings", "Keep each check-in under %1 characters.")
    QUESTION_NO_TIME = QT_TRANSLATE_NOOP("Settings", "“%1” needs at least one time.")
    QUESTION_NO_DAYS = QT_TRANSLATE_NOOP("Settings", "“%1” needs at least one day of the week.")
    QUESTION_INCOMPLETE = QT_TRANSLATE_NOOP("Settings", "A check-in is incomplete.")
    QUESTION_TWICE = QT_TRANSLATE_NOOP("Settings", "Two check-ins share the same name.")
    CONTACT_NO_NAME = QT_TRANSLATE_NOOP(
        "Settings", "Each contact needs a name in its first field: who they are."
    )
    CONTACT_NAME_TOO_LONG = QT_TRANSLATE_NOOP(
        "Settings", "Keep a contact's name under %1 characters."
    )
    CONTACT_DETAIL_TOO_LONG = QT_TRANSLATE_NOOP(
        "Settings", "Keep a contact's details under %1 characters."
    )
    CONTACT_INCOMPLETE = QT_TRANSLATE_NOOP("Settings", "A contact is incomplete.")
    NOT_A_PAIR = QT_TRANSLATE_NOOP("Settings", "“%1” is not KEY=VALUE, like focus_minutes=20.")
    UNKNOWN_SETTING = QT_TRANSLATE_NOOP("Settings", "There is no setting called “%1”.")
    UNKNOWN_QUESTION = QT_TRANSLATE_NOOP("Settings", "There is no check-in called “%1”.")
    UNKNOWN_PART = QT_TRANSLATE_NOOP(
        "Settings", "A check-in has text, times, days and enabled; “%1” is none of them."
    )
    LIST_SETTING = QT_TRANSLATE_NOOP(
        "Settings", "“%1” is a list; change it in the Settings window."
    )


class Note(Enum):
    """Something valid that deserves a word, worded like ``Kind``."""

    NO_QUIET_HOURS = QT_TRANSLATE_NOOP(
        "Settings",
        "Quiet hours start and end at the same time, so there are none: "
        "check-ins may come at any hour.",
    )


@dataclass(frozen=True)
class Problem:
    key: str  # the setting: "focus_minutes", "questions", "question.food.times", "contacts"
    kind: Kind
    values: tuple[object, ...] = ()
    index: int | None = None  # the check-in or contact in its list

    def english(self) -> str:
        return fill(self.kind.value, self.values)

    def as_dict(self) -> dict[str, Any]:
        """The problem as the running app's socket carries it."""
        return {"key": self.key, "kind": self.kind.name, "values": list(self.values)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Problem:
        """A problem read back from the socket; raises ValueError for a shape it can't be."""
        try:
            kind = Kind[str(data["kind"])]
            values = tuple(data.get("values") or ())
        except (KeyError, TypeError):
            raise ValueError("not a settings problem") from None
        return cls(str(data.get("key", "")), kind, values)


class Invalid(ValueError):
    """One value that can't be used; the caller says which setting it was for."""

    def __init__(self, kind: Kind, *values: object) -> None:
        super().__init__(fill(kind.value, values))
        self.kind = kind
        self.values = values


class SettingsError(ValueError):
    def __init__(self, problems: Iterable[Problem]) -> None:
        self.all = tuple(problems)
        super().__init__("; ".join(p.english() for p in self.all))
        self.problems: dict[str, Problem] = {}
        for p in self.all:
            self.problems.setdefault(p.key, p)


# -- the table -----------------------------------------------------------------------------

T = TypeVar("T")


@dataclass(frozen=True)
class Definition(Generic[T]):
    """One top-level setting.

    ``parse`` reads text, ``format`` writes the same text back, ``check`` takes a value
    as it comes from the stored JSON or a form (typed, or text) and ``stored`` is its
    JSON form. ``parse`` and ``check`` raise ``Invalid``.
    """

    key: str
    default: T
    parse: Callable[[str], T]
    format: Callable[[T], str]
    check: Callable[[object], T]
    stored: Callable[[T], object] = lambda value: value
    bounds: tuple[int, int] | None = None  # a number's smallest and largest value


def _whole(kind_nan: Kind, kind_range: Kind, lo: int, hi: int) -> Callable[[object], int]:
    def check(raw: object) -> int:
        if isinstance(raw, bool):
            raise Invalid(kind_nan)
        try:
            value = int(raw.strip()) if isinstance(raw, str) else raw
        except ValueError:
            raise Invalid(kind_nan) from None
        if not isinstance(value, int):
            raise Invalid(kind_nan)
        if not lo <= value <= hi:
            raise Invalid(kind_range, lo, hi)
        return value

    return check


def minutes(key: str, default: int, lo: int, hi: int, nan: Kind, out: Kind) -> Definition[int]:
    check = _whole(nan, out, lo, hi)
    return Definition(key, default, check, str, check, bounds=(lo, hi))


def parse_time(text: str) -> time:
    try:
        return parse_hhmm(text)
    except TimeFormatError:
        raise Invalid(Kind.NOT_A_TIME, text.strip()) from None


def _check_time(raw: object) -> time:
    return raw if isinstance(raw, time) else parse_time(str(raw))


def clock_time(key: str, default: time) -> Definition[time]:
    return Definition(key, default, parse_time, format_hhmm, _check_time, format_hhmm)


_ON = {"on", "yes", "true", "1"}
_OFF = {"off", "no", "false", "0"}


def parse_switch(text: str) -> bool:
    word = text.strip().lower()
    if word in _ON:
        return True
    if word in _OFF:
        return False
    raise Invalid(Kind.NOT_ON_OR_OFF, text.strip())


def format_switch(value: bool) -> str:
    return "on" if value else "off"


def switch(key: str, default: bool) -> Definition[bool]:
    def check(raw: object) -> bool:
        return parse_switch(raw) if isinstance(raw, str) else bool(raw)

    return Definition(key, default, parse_switch, format_switch, check)


def _parse_weekday(text: str) -> int | None:
    word = text.strip().lower()
    if word in ("", "system"):
        return None
    for names in (DAY_NAMES, WEEKDAY_NAMES):
        if word in names:
            return names.index(word)
    if word.isdigit() and int(word) < 7:
        return int(word)
    raise Invalid(Kind.NOT_A_WEEKDAY)


def _check_weekday(raw: object) -> int | None:
    if raw is None:
        return None
    if isinstance(raw, int) and not isinstance(raw, bool) and 0 <= raw <= 6:
        return raw
    raise Invalid(Kind.NOT_A_WEEKDAY)


def _format_weekday(value: int | None) -> str:
    return "system" if value is None else WEEKDAY_NAMES[value]


def _parse_language(text: str) -> str:
    word = text.strip().lower()
    if word in ("", "system"):
        return ""
    if word not in LANGUAGES:
        raise Invalid(Kind.NOT_A_LANGUAGE, text.strip(), ", ".join(LANGUAGES))
    return word


def _check_language(raw: object) -> str:
    if not isinstance(raw, str):
        raise Invalid(Kind.NOT_A_LANGUAGE, raw, ", ".join(LANGUAGES))
    return _parse_language(raw)


FOCUS_MINUTES = minutes(
    "focus_minutes", 15, MIN_MINUTES, MAX_MINUTES, Kind.FOCUS_NOT_A_NUMBER, Kind.FOCUS_OUT_OF_RANGE
)
QUIET_START = clock_time("quiet_start", time(22, 0))
QUIET_END = clock_time("quiet_end", time(7, 0))
SHIFT_MODE = switch("shift_mode", False)
WAKE_TIME = clock_time("wake_time", time(7, 0))
DAY_STARTS = clock_time("day_starts", time(4, 0))
SOUNDS = switch("sounds", True)
NOTIFICATIONS = switch("notifications", True)
FIRST_WEEKDAY: Definition[int | None] = Definition(
    "first_weekday", None, _parse_weekday, _format_weekday, _check_weekday
)  # None: follow the system locale
AWAY_MINUTES = minutes(
    "away_minutes", 5, MIN_AWAY, MAX_AWAY, Kind.AWAY_NOT_A_NUMBER, Kind.AWAY_OUT_OF_RANGE
)  # no input for this long counts as away from the desk
LANGUAGE: Definition[str] = Definition(
    "language", "", _parse_language, lambda v: v or "system", _check_language
)

DEFINITIONS: tuple[Definition[Any], ...] = (
    FOCUS_MINUTES,
    QUIET_START,
    QUIET_END,
    SHIFT_MODE,
    WAKE_TIME,
    DAY_STARTS,
    SOUNDS,
    NOTIFICATIONS,
    FIRST_WEEKDAY,
    AWAY_MINUTES,
    LANGUAGE,
)
BY_KEY: Mapping[str, Definition[Any]] = {d.key: d for d in DEFINITIONS}
LISTS = ("questions", "contacts")


@dataclass(frozen=True)
class Settings:
    focus_minutes: int = FOCUS_MINUTES.default
    quiet_start: time = QUIET_START.default
    quiet_end: time = QUIET_END.default
    shift_mode: bool = SHIFT_MODE.default
    wake_time: time = WAKE_TIME.default
    day_starts: time = DAY_STARTS.default
    sounds: bool = SOUNDS.default
    notifications: bool = NOTIFICATIONS.default
    first_weekday: int | None = FIRST_WEEKDAY.default
    away_minutes: int = AWAY_MINUTES.default
    language: str = LANGUAGE.default
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


def moved(t: time, wake: time) -> time:
    """Where a time lands in shift mode: as far from ``t`` as ``wake`` is from 07:00."""
    day = datetime(2000, 1, 2)
    offset = datetime.combine(day, wake) - datetime.combine(day, STANDARD_WAKE)
    return (datetime.combine(day, t) + offset).time()


def notes(settings: Settings) -> list[Note]:
    """What is worth saying about valid settings."""
    return [Note.NO_QUIET_HOURS] if settings.quiet_start == settings.quiet_end else []


# -- the stored form ------------------------------------------------------------------------


def question_json(q: Question) -> dict[str, Any]:
    return {
        "key": q.key,
        "text": q.text,
        "times": [format_hhmm(t) for t in q.times],
        "item_key": q.item_key,
        "weekdays": sorted(q.weekdays),
        "enabled": q.enabled,
    }


def as_json(settings: Settings) -> dict[str, Any]:
    """The settings as the store, the export and ``settings show --format json`` have them."""
    data: dict[str, Any] = {d.key: d.stored(getattr(settings, d.key)) for d in DEFINITIONS}
    data["questions"] = [question_json(q) for q in settings.questions]
    data["contacts"] = [asdict(c) for c in settings.contacts]
    return data


def to_json(settings: Settings) -> str:
    return json.dumps(as_json(settings), ensure_ascii=False, sort_keys=True)


def from_json(text: str) -> Settings:
    """Read stored settings; unknown keys are ignored, bad values fall back to defaults."""
    try:
        data = json.loads(text)
    except ValueError:
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    fields = {name: data[name] for name in Settings.__dataclass_fields__ if name in data}
    try:
        return build(fields, base=Settings())
    except SettingsError as e:
        # Keep what is still good (the user's own questions, contacts) and default the rest.
        kept = {name: value for name, value in fields.items() if name not in e.problems}
        try:
            return build(kept, base=Settings())
        except SettingsError:
            return Settings()


# -- validation -----------------------------------------------------------------------------


def build(values: Mapping[str, Any], base: Settings | None = None) -> Settings:
    """Validate raw values (strings from a form, or JSON) into Settings.

    Raises SettingsError with every problem found (each check-in and contact on its own).
    """
    base = base or Settings()
    problems: list[Problem] = []
    out: dict[str, Any] = {}
    for d in DEFINITIONS:
        if d.key in values:
            try:
                out[d.key] = d.check(values[d.key])
            except Invalid as e:
                problems.append(Problem(d.key, e.kind, e.values))
    if "questions" in values:
        questions = _rows("questions", values["questions"], question, problems)
        if questions is not None:
            keys = [q.key for q in questions]
            if len(set(keys)) != len(keys):
                problems.append(Problem("questions", Kind.QUESTION_TWICE))
            else:
                out["questions"] = questions
    if "contacts" in values:
        contacts = _rows("contacts", values["contacts"], contact, problems)
        if contacts is not None:
            out["contacts"] = contacts
    if problems:
        raise SettingsError(problems)
    return replace(base, **out)


R = TypeVar("R")


def _rows(
    key: str, raw: object, read: Callable[[Any], R], problems: list[Problem]
) -> tuple[R, ...] | None:
    """Read a list row by row; None (and a problem per bad row) when any is bad."""
    incomplete = Kind.QUESTION_INCOMPLETE if key == "questions" else Kind.CONTACT_INCOMPLETE
    if not isinstance(raw, list | tuple):
        problems.append(Problem(key, incomplete))
        return None
    rows: list[R] = []
    found = len(problems)
    for n, item in enumerate(raw):
        try:
            rows.append(read(item))
        except Invalid as e:
            problems.append(Problem(key, e.kind, e.values, n))
        except (TypeError, KeyError, AttributeError):
            problems.append(Problem(key, incomplete, (), n))
    return tuple(rows) if len(problems) == found else None


def parse_times(text: str) -> tuple[time, ...]:
    """ "12:30, 19:00" (commas, semicolons or spaces between) as sorted times, once each."""
    return tuple(sorted({parse_time(t) for t in _LIST_SPLIT.split(text) if t}))


def format_times(times: Iterable[time], sep: str = ", ") -> str:
    return sep.join(format_hhmm(t) for t in times)


_DAY_GROUPS = {
    "daily": ALL_DAYS,
    "all": ALL_DAYS,
    "weekdays": frozenset(range(5)),
    "weekends": frozenset({5, 6}),
}


def parse_days(text: str) -> frozenset[int]:
    """ "mon,wed,fri", "sunday", "weekdays", "weekends" or "daily"."""
    days: set[int] = set()
    for word in (w.lower() for w in _LIST_SPLIT.split(text) if w):
        if word in _DAY_GROUPS:
            days |= _DAY_GROUPS[word]
        elif word in DAY_NAMES or word in WEEKDAY_NAMES:
            days.add(DAY_NAMES.index(word[:3]))
        else:
            raise Invalid(Kind.NOT_DAYS, text.strip())
    if not days:
        raise Invalid(Kind.NOT_DAYS, text.strip())
    return frozenset(days)


def format_days(days: frozenset[int]) -> str:
    return "daily" if days == ALL_DAYS else ",".join(DAY_NAMES[d] for d in sorted(days))


def question(raw: Any) -> Question:
    """A check-in from its stored or form shape (``times`` as a list or as text)."""
    if isinstance(raw, Question):
        return raw
    text = " ".join(str(raw["text"]).split())
    if not text:
        raise Invalid(Kind.QUESTION_EMPTY)
    if len(text) > MAX_QUESTION:
        raise Invalid(Kind.QUESTION_TOO_LONG, MAX_QUESTION)
    given = raw.get("times", [])
    if isinstance(given, str):
        times = parse_times(given)
    else:
        times = tuple(sorted({parse_time(str(t)) for t in given}))
    if not times:
        raise Invalid(Kind.QUESTION_NO_TIME, text)
    try:
        weekdays = frozenset(int(d) for d in raw.get("weekdays", range(7)))
    except (TypeError, ValueError):
        raise Invalid(Kind.QUESTION_NO_DAYS, text) from None
    if not weekdays or not weekdays <= ALL_DAYS:
        raise Invalid(Kind.QUESTION_NO_DAYS, text)
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


def contact(raw: Any) -> Contact:
    if isinstance(raw, Contact):
        return raw
    name = " ".join(str(raw["name"]).split())
    detail = " ".join(str(raw.get("detail", "")).split())
    if not name:
        raise Invalid(Kind.CONTACT_NO_NAME)
    if len(name) > MAX_TITLE:
        raise Invalid(Kind.CONTACT_NAME_TOO_LONG, MAX_TITLE)
    if len(detail) > MAX_DETAIL:
        raise Invalid(Kind.CONTACT_DETAIL_TOO_LONG, MAX_DETAIL)
    return Contact(name, detail, str(raw.get("kind", "personal")))


# -- text form: ``settings show`` and ``settings set KEY=VALUE`` ------------------------------


def text_pairs(settings: Settings) -> list[tuple[str, str]]:
    """Every setting as (KEY, VALUE) text, in the order the Settings window shows them."""
    out = [(d.key, d.format(getattr(settings, d.key))) for d in DEFINITIONS]
    for q in settings.questions:
        out += [
            (f"question.{q.key}.text", q.text),
            (f"question.{q.key}.times", format_times(q.times, ",")),
            (f"question.{q.key}.days", format_days(q.weekdays)),
            (f"question.{q.key}.enabled", format_switch(q.enabled)),
        ]
    for n, c in enumerate(settings.contacts, 1):
        out += [(f"contact.{n}.name", c.name), (f"contact.{n}.detail", c.detail)]
        out.append((f"contact.{n}.kind", c.kind))
    return out


def _question_part(q: Question, part: str, text: str) -> dict[str, Any]:
    raw = question_json(q)
    if part == "text":
        raw["text"] = text
    elif part == "times":
        raw["times"] = [format_hhmm(t) for t in parse_times(text)]
    elif part == "days":
        raw["weekdays"] = sorted(parse_days(text))
    else:
        raw["enabled"] = parse_switch(text)
    return raw


def apply_text(settings: Settings, pairs: Sequence[str]) -> Settings:
    """Settings with ``KEY=VALUE`` pairs applied; all of them or, with any problem, none.

    Raises SettingsError naming every pair that can't be used.
    """
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    questions = {q.key: question_json(q) for q in settings.questions}
    for pair in pairs:
        key, eq, text = pair.partition("=")
        key = key.strip()
        if not eq or not key:
            problems.append(Problem(pair, Kind.NOT_A_PAIR, (pair,)))
            continue
        try:
            if key in BY_KEY:
                values[key] = BY_KEY[key].parse(text)
            elif key in LISTS or key.startswith("contact."):
                raise Invalid(Kind.LIST_SETTING, key)
            elif key.startswith("question."):
                name, _, part = key.removeprefix("question.").rpartition(".")
                if not name and part in questions:
                    raise Invalid(Kind.UNKNOWN_PART, "")
                if name not in questions:
                    raise Invalid(Kind.UNKNOWN_QUESTION, name or key)
                if part not in QUESTION_PARTS:
                    raise Invalid(Kind.UNKNOWN_PART, part)
                changed = _question_part(question(questions[name]), part, text)
                question(changed)  # a check-in left without words, times or days says so here
                questions[name] = changed
            else:
                raise Invalid(Kind.UNKNOWN_SETTING, key)
        except Invalid as e:
            problems.append(Problem(key, e.kind, e.values))
        except (TypeError, KeyError):
            problems.append(Problem(key, Kind.QUESTION_INCOMPLETE))
    if problems:
        raise SettingsError(problems)
    values["questions"] = list(questions.values())
    return build(values, base=settings)


# The word typed to delete everything (Settings and ``behind-desktop delete-all``):
# the user's language's word, or this English one, which is always accepted too.
DELETE_WORD = QT_TRANSLATE_NOOP("Settings", "DELETE")


def confirms_delete(typed: str, word: str) -> bool:
    """Whether ``typed`` is the delete word: ``word`` (in the user's language) or DELETE."""
    return typed.strip() in {word, DELETE_WORD}
