"""Settings: defaults, the messages a person sees for bad input, and the stored form."""

from __future__ import annotations

from datetime import time, timedelta
from zoneinfo import ZoneInfo

import pytest

from behind_desktop.core.checkins import DEFAULT_QUESTIONS, Question
from behind_desktop.core.settings import Settings, SettingsError, build, from_json, to_json
from behind_desktop.core.support import Contact


def problems(values: dict) -> dict[str, str]:
    with pytest.raises(SettingsError) as caught:
        build(values)
    return {key: problem.english() for key, problem in caught.value.problems.items()}


def question(text: str = "Had some water?", **extra) -> dict:
    return {"text": text, "times": ["10:00"], **extra}


def test_defaults() -> None:
    s = Settings()
    assert s.focus_minutes == 15
    assert (s.quiet_start, s.quiet_end) == (time(22, 0), time(7, 0))
    assert not s.shift_mode
    assert s.day_starts == time(4, 0)
    assert s.questions == DEFAULT_QUESTIONS
    assert s.contacts == ()
    assert s.sounds and s.notifications


def test_form_strings_are_accepted() -> None:
    s = build(
        {
            "focus_minutes": " 25 ",
            "quiet_start": "23.30",
            "quiet_end": "6:15",
            "wake_time": "19h00",
            "shift_mode": True,
            "first_weekday": 6,
        }
    )
    assert s.focus_minutes == 25
    assert (s.quiet_start, s.quiet_end, s.wake_time) == (time(23, 30), time(6, 15), time(19, 0))
    assert s.first_weekday == 6
    assert s.questions == DEFAULT_QUESTIONS  # untouched fields keep their value


def test_quiet_hours_across_midnight_are_fine() -> None:
    s = build({"quiet_start": "23:00", "quiet_end": "06:00"})
    sched = s.schedule(ZoneInfo("Europe/London"))
    assert sched.quiet_start == time(23, 0)
    assert sched.quiet_end == time(6, 0)


def test_schedule_carries_shift_mode() -> None:
    s = build({"shift_mode": True, "wake_time": "19:00"})
    assert s.schedule(ZoneInfo("Europe/London")).offset == timedelta(hours=12)


@pytest.mark.parametrize("bad", ["25:00", "abc", "", "7", "12:60", "-1:00"])
def test_bad_times_say_how_to_write_one(bad: str) -> None:
    found = problems({"quiet_start": bad})
    assert set(found) == {"quiet_start"}
    assert "is not a time of day; use HH:MM, like 07:30." in found["quiet_start"]


@pytest.mark.parametrize("bad", [0, 181, -3, "0", "181"])
def test_focus_length_out_of_range(bad) -> None:
    assert problems({"focus_minutes": bad}) == {
        "focus_minutes": "Focus length can be 1 to 180 minutes."
    }


@pytest.mark.parametrize("bad", ["x", "", "15 min", "2.5"])
def test_focus_length_not_a_number(bad) -> None:
    assert problems({"focus_minutes": bad}) == {
        "focus_minutes": "Focus length is a whole number of minutes."
    }


@pytest.mark.parametrize("good", [1, 180, "45"])
def test_focus_length_edges(good) -> None:
    assert build({"focus_minutes": good}).focus_minutes == int(good)


def test_every_bad_field_gets_its_own_message() -> None:
    with pytest.raises(SettingsError) as caught:
        build({"quiet_end": "abc", "focus_minutes": "x", "first_weekday": 9})
    assert set(caught.value.problems) == {"quiet_end", "focus_minutes", "first_weekday"}
    assert "whole number" in str(caught.value)  # the CLI prints the joined message


def test_an_empty_question_needs_words() -> None:
    assert problems({"questions": [question("   ")]}) == {
        "questions": "A check-in needs some words."
    }


def test_an_overlong_question() -> None:
    assert problems({"questions": [question("x" * 161)]}) == {
        "questions": "Keep each check-in under 160 characters."
    }


def test_a_long_question_within_the_limit_is_kept() -> None:
    text = "Have you " + "really " * 20 + "eaten?"
    assert 120 < len(text) <= 160
    s = build({"questions": [question(text)]})
    assert s.questions[0].text == text
    assert s.questions[0].key


def test_a_question_needs_a_time() -> None:
    found = problems({"questions": [{"text": "Water?", "times": []}]})
    assert found == {"questions": "“Water?” needs at least one time."}


def test_a_question_with_a_bad_time() -> None:
    found = problems({"questions": [{"text": "Water?", "times": ["25:00"]}]})
    assert "“25:00” is not a time of day" in found["questions"]


@pytest.mark.parametrize("days", [[], [7], [-1], ["x"], ["Monday"]])
def test_a_question_needs_real_weekdays(days) -> None:
    found = problems({"questions": [question("Water?", weekdays=days)]})
    assert found == {"questions": "“Water?” needs at least one day of the week."}


def test_an_incomplete_question() -> None:
    assert problems({"questions": [{"times": ["10:00"]}]}) == {
        "questions": "A check-in is incomplete."
    }


def test_duplicate_question_names_are_refused() -> None:
    same_key = [question("Water?", key="w"), question("Walked?", key="w")]
    assert problems({"questions": same_key}) == {"questions": "Two check-ins share the same name."}
    same_text = [question("Water?"), question("Water?")]
    assert problems({"questions": same_text}) == {"questions": "Two check-ins share the same name."}


def test_question_times_are_sorted_and_deduplicated() -> None:
    s = build({"questions": [{"text": "Water?", "times": ["15:00", "09:00", "9:00"]}]})
    assert s.questions[0].times == (time(9, 0), time(15, 0))


def test_contacts_are_validated() -> None:
    s = build({"contacts": [{"name": "  My   advisor ", "detail": "room 4"}]})
    assert s.contacts == (Contact("My advisor", "room 4", "personal"),)
    assert problems({"contacts": [{"name": "", "detail": "x"}]}) == {
        "contacts": "Each contact needs a name in its first field: who they are."
    }
    assert problems({"contacts": [{"detail": "x"}]}) == {"contacts": "A contact is incomplete."}
    assert "under 200" in problems({"contacts": [{"name": "a", "detail": "9" * 201}]})["contacts"]


def test_first_weekday_range() -> None:
    assert build({"first_weekday": None}).first_weekday is None
    assert build({"first_weekday": 0}).first_weekday == 0
    assert "first_weekday" in problems({"first_weekday": 7})
    assert "first_weekday" in problems({"first_weekday": "Sunday"})


# -- the stored form ----------------------------------------------------------------------------


def test_round_trip_keeps_everything() -> None:
    s = build(
        {
            "focus_minutes": 20,
            "quiet_start": "23:00",
            "quiet_end": "06:30",
            "shift_mode": True,
            "wake_time": "18:45",
            "day_starts": "05:00",
            "sounds": False,
            "notifications": False,
            "first_weekday": 6,
            "questions": [
                {"text": "Drunk some water?", "times": ["10:00", "15:00"], "weekdays": [0, 2, 4]},
                {
                    "key": "food",
                    "text": "Eaten — properly?",
                    "times": ["13:00"],
                    "item_key": "food",
                    "enabled": False,
                },
            ],
            "contacts": [
                {"name": "Dr Okafor (advisor)", "detail": "ext 4471"},
                {"name": "Samaritans", "detail": "116 123", "kind": "crisis"},
            ],
        }
    )
    assert from_json(to_json(s)) == s


def test_default_round_trip() -> None:
    assert from_json(to_json(Settings())) == Settings()


@pytest.mark.parametrize(
    "text", ["", "{not json", "[]", "null", "42", '"settings"', "\x00\x01binary"]
)
def test_corrupt_stored_settings_fall_back_to_defaults(text: str) -> None:
    assert from_json(text) == Settings()


def test_unknown_keys_are_ignored() -> None:
    s = from_json('{"focus_minutes": 30, "colour": "teal"}')
    assert s.focus_minutes == 30


def test_one_bad_stored_value_keeps_the_rest() -> None:
    stored = to_json(build({"focus_minutes": 25, "questions": [question("Water?")]}))
    damaged = stored.replace('"focus_minutes": 25', '"focus_minutes": "lots"')
    assert damaged != stored
    s = from_json(damaged)
    assert s.focus_minutes == Settings().focus_minutes
    assert [q.text for q in s.questions] == ["Water?"]  # the user's own questions survive


def test_damaged_stored_question_does_not_crash() -> None:
    s = from_json(
        '{"sounds": false, "questions": [{"text": "Hi", "times": ["09:00"], "weekdays": ["x"]}]}'
    )
    assert s.questions == DEFAULT_QUESTIONS
    assert s.sounds is False


def test_questions_from_objects_pass_through() -> None:
    q = Question("x", "Stretched?", (time(11, 0),))
    assert build({"questions": [q]}).questions == (q,)


# -- the table of definitions -------------------------------------------------------------------


def test_every_top_level_setting_is_defined_once_with_its_default() -> None:
    from dataclasses import fields

    from behind_desktop.core.settings import DEFINITIONS, LISTS

    keys = [d.key for d in DEFINITIONS]
    assert len(keys) == len(set(keys))
    assert set(keys) | set(LISTS) == {f.name for f in fields(Settings)}
    for d in DEFINITIONS:
        value = d.default
        assert getattr(Settings(), d.key) == value
        assert d.parse(d.format(value)) == value  # the text form reads back
        assert d.check(d.stored(value)) == value  # and so does the stored form


def test_the_new_settings_have_their_defaults() -> None:
    assert Settings().away_minutes == 5
    assert Settings().language == ""
    assert build({"away_minutes": "3", "language": "de"}).away_minutes == 3
    assert problems({"away_minutes": 0}) == {
        "away_minutes": "The away time can be 1 to 120 minutes."
    }
    assert "not a language" in problems({"language": "xx"})["language"]


def test_problems_are_typed_not_text() -> None:
    from behind_desktop.core.settings import Kind, Problem

    with pytest.raises(SettingsError) as caught:
        build({"focus_minutes": 0, "contacts": [{"name": "ok"}, {"name": " "}]})
    assert caught.value.problems["focus_minutes"] == Problem(
        "focus_minutes", Kind.FOCUS_OUT_OF_RANGE, (1, 180)
    )
    bad_contact = caught.value.problems["contacts"]
    assert (bad_contact.kind, bad_contact.index) == (Kind.CONTACT_NO_NAME, 1)
    assert Problem.from_dict(bad_contact.as_dict()) == Problem("contacts", Kind.CONTACT_NO_NAME)


def test_every_bad_check_in_row_is_named() -> None:
    from behind_desktop.core.settings import Kind

    with pytest.raises(SettingsError) as caught:
        build({"questions": [question("  "), question("Fine?"), question("x" * 200)]})
    found = [(p.index, p.kind) for p in caught.value.all]
    assert found == [(0, Kind.QUESTION_EMPTY), (2, Kind.QUESTION_TOO_LONG)]


def test_an_empty_contact_name_says_which_field() -> None:
    message = problems({"contacts": [{"name": "", "detail": "07700 900123"}]})["contacts"]
    assert "name" in message and "first field" in message


def test_same_start_and_end_of_quiet_hours_gets_a_word() -> None:
    from behind_desktop.core.settings import Note, notes

    assert notes(build({"quiet_start": "07:00", "quiet_end": "07:00"})) == [Note.NO_QUIET_HOURS]
    assert "any hour" in Note.NO_QUIET_HOURS.value
    assert notes(Settings()) == []


# -- the text form: settings show / set ---------------------------------------------------------


def test_text_pairs_list_every_setting_and_each_check_in_by_key() -> None:
    from behind_desktop.core.settings import text_pairs

    pairs = dict(text_pairs(Settings()))
    assert pairs["focus_minutes"] == "15"
    assert pairs["quiet_start"] == "22:00"
    assert pairs["shift_mode"] == "off"
    assert pairs["first_weekday"] == "system"
    assert pairs["away_minutes"] == "5"
    assert pairs["question.food.times"] == "12:30,19:00"
    assert pairs["question.person.days"] == "sun"  # "this week" questions come on Sundays
    assert pairs["question.sleep.days"] == "daily"
    assert pairs["question.move.enabled"] == "on"


def test_apply_text_sets_top_level_settings_and_questions_by_key() -> None:
    from behind_desktop.core.settings import apply_text

    s = apply_text(
        Settings(),
        [
            "focus_minutes=20",
            "quiet_start=23:00",
            "away_minutes=3",
            "shift_mode=on",
            "first_weekday=sunday",
            "question.food.times=12:00, 18:30",
            "question.move.enabled=false",
            "question.person.days=wed,sun",
        ],
    )
    assert (s.focus_minutes, s.quiet_start, s.away_minutes) == (20, time(23, 0), 3)
    assert s.shift_mode and s.first_weekday == 6
    by_key = {q.key: q for q in s.questions}
    assert by_key["food"].times == (time(12, 0), time(18, 30))
    assert by_key["food"].item_key == "food"
    assert not by_key["move"].enabled
    assert by_key["person"].weekdays == frozenset({2, 6})


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        ("focus_minutes=0", "focus_minutes: Focus length can be 1 to 180 minutes."),
        ("colour=teal", "colour: There is no setting called “colour”."),
        (
            "focus_minutes",
            "focus_minutes: “focus_minutes” is not KEY=VALUE, like focus_minutes=20.",
        ),
        ("quiet_end=25:00", "quiet_end: “25:00” is not a time of day; use HH:MM, like 07:30."),
        ("sounds=maybe", "sounds: “maybe” is not on or off; use on or off."),
        ("question.tea.times=10:00", "question.tea.times: There is no check-in called “tea”."),
        ("question.food.colour=red", "question.food.colour: A check-in has text, times, days"),
        ("question.food.times=", "question.food.times: “Have you eaten something real?” needs"),
        ("question.food.days=someday", "question.food.days: “someday” is not a list of days"),
        ("contacts=x", "contacts: “contacts” is a list; change it in the Settings window."),
    ],
)
def test_apply_text_problems(pair: str, message: str) -> None:
    from behind_desktop.core.settings import apply_text

    with pytest.raises(SettingsError) as caught:
        apply_text(Settings(), ["focus_minutes=30", pair])
    said = " ".join(f"{p.key}: {p.english()}" for p in caught.value.all)
    assert said.startswith(message)


def test_apply_text_is_all_or_nothing() -> None:
    from behind_desktop.core.settings import apply_text

    before = Settings()
    with pytest.raises(SettingsError) as caught:
        apply_text(before, ["focus_minutes=30", "quiet_start=later", "sounds=off"])
    assert list(caught.value.problems) == ["quiet_start"]
    assert before == Settings()


@pytest.mark.parametrize(
    ("t", "wake", "lands"),
    [("09:30", "19:00", "21:30"), ("22:00", "19:00", "10:00"), ("07:00", "05:30", "05:30")],
)
def test_moved_is_where_shift_mode_puts_a_time(t: str, wake: str, lands: str) -> None:
    from behind_desktop.core.settings import moved, parse_time

    assert moved(parse_time(t), parse_time(wake)) == parse_time(lands)


def test_moved_agrees_with_the_schedule() -> None:
    from datetime import datetime

    from behind_desktop.core.settings import moved

    s = build({"shift_mode": True, "wake_time": "19:00"})
    offset = s.schedule(ZoneInfo("Europe/London")).offset
    assert moved(time(9, 30), s.wake_time) == (datetime(2000, 1, 2, 9, 30) + offset).time()
