"""The weekly red-flag self-check and support contacts (perspective notes: test_perspective.py)."""

from __future__ import annotations

from datetime import date

import pytest

from behind_desktop.core import redflags, support
from behind_desktop.core.redflags import (
    NOT_A_DIAGNOSIS,
    SIGN_KEYS,
    WeekCheck,
    check_due,
    previous_week,
    should_show_support,
    week_label,
)


def check(week: str, *signs: str) -> WeekCheck:
    return WeekCheck(week, frozenset(signs))


def test_the_four_signs_from_the_essay() -> None:
    assert SIGN_KEYS == ("exhausted", "flat", "cynical", "get_through")


def test_it_says_it_is_not_a_diagnosis() -> None:
    assert "not a diagnosis" in NOT_A_DIAGNOSIS
    assert "diagnos" not in redflags.SUPPORT_NOTE.replace("not a diagnosis", "")


def test_two_weeks_running_shows_support() -> None:
    checks = {c.week: c for c in (check("2026-W47", "flat"), check("2026-W48", "exhausted"))}
    assert should_show_support(checks, "2026-W48")


@pytest.mark.parametrize(
    "history",
    [
        [check("2026-W48", "flat")],  # first week with signs
        [check("2026-W47", "flat"), check("2026-W48")],  # signs have eased
        [check("2026-W46", "flat"), check("2026-W48", "flat")],  # a week between them
        [check("2026-W47", "flat")],  # this week not answered yet
        [],
    ],
)
def test_one_week_alone_does_not(history: list[WeekCheck]) -> None:
    assert not should_show_support({c.week: c for c in history}, "2026-W48")


def test_two_weeks_running_across_new_year() -> None:
    checks = {c.week: c for c in (check("2026-W53", "cynical"), check("2027-W01", "cynical"))}
    assert should_show_support(checks, "2027-W01")


@pytest.mark.parametrize(
    ("week", "before"),
    [("2026-W48", "2026-W47"), ("2027-W01", "2026-W53"), ("2026-W01", "2025-W52")],
)
def test_previous_week(week: str, before: str) -> None:
    assert previous_week(week) == before


def test_the_check_is_offered_once_a_week() -> None:
    checks = {"2026-W47": check("2026-W47")}
    assert not check_due(checks, "2026-W47")  # answered, even with no signs
    assert check_due(checks, "2026-W48")
    assert week_label(date(2027, 1, 2)) == "2026-W53"


def test_flagged() -> None:
    assert not check("2026-W48").flagged
    assert check("2026-W48", "get_through").flagged


# -- support contacts ----------------------------------------------------------------------------


def test_starting_contacts_include_the_countrys_crisis_line() -> None:
    contacts = support.starting_contacts("gb")
    assert contacts[-1].kind == "crisis"
    assert "116 123" in contacts[-1].detail
    assert [c.name for c in contacts[:3]] == [c.name for c in support.DEFAULT_PERSONAL]


@pytest.mark.parametrize("country", [None, "", "ZZ"])
def test_unknown_country_gets_only_the_empty_slots(country) -> None:
    assert support.starting_contacts(country) == list(support.DEFAULT_PERSONAL)


def test_every_crisis_line_names_its_country() -> None:
    assert set(support.COUNTRIES) == set(support.CRISIS_LINES)
    names = [line.name for line in support.CRISIS_LINES.values()]
    assert len(set(names)) == len(names)
    assert support.CRISIS_LINES["GB"].name == "Samaritans (UK)"
    assert support.CRISIS_LINES["IE"].name == "Samaritans (Ireland)"
    for code, line in support.CRISIS_LINES.items():
        country = support.COUNTRIES[code]
        short = {"United Kingdom": "UK", "United States": "US"}.get(country, country)
        assert f"({short})" in line.name, line.name


def test_crisis_lines_listed_by_country() -> None:
    rows = support.lines_by_country()
    countries = [country for _, country, _ in rows]
    assert countries == sorted(countries)
    assert countries[0] == "Argentina" and countries[-1] == "Uruguay"
    assert {code for code, _, _ in rows} == set(support.CRISIS_LINES)
    # the numbers themselves are unchanged (Germany's third number, 116 123, added)
    assert support.CRISIS_LINES["DE"].detail == "0800 111 0 111, 0800 111 0 222 or 116 123"
    assert support.CRISIS_LINES["NL"].detail == "113 or 0800 0113"


def test_clean_contact() -> None:
    c = support.clean_contact("  Student   affairs ", " room  2.14 ")
    assert (c.name, c.detail, c.kind) == ("Student affairs", "room 2.14", "personal")
    with pytest.raises(ValueError, match="under 200"):
        support.clean_contact("x", "1" * 201)
