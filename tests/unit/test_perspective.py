"""Perspective notes fit where they appear: each is tagged with its places and only
shows there, at most one note a day in the windows that pop up."""

from __future__ import annotations

from datetime import date, timedelta

from behind_desktop.core import perspective
from behind_desktop.core.perspective import Place


def test_every_note_has_a_place_and_every_place_its_notes() -> None:
    assert all(note.places for note in perspective.NOTES)
    for place in Place:
        assert perspective.notes_for(place), place


def test_career_advice_stays_with_the_week_s_wins() -> None:
    career = next(n for n in perspective.NOTES if "directors" in n.text)
    assert career.places == {Place.WINS}


def test_the_essay_figures_are_all_there() -> None:
    text = " ".join(n.text for n in perspective.NOTES)
    for figure in ("10 hours", "6", "45 hours", "49 hours", "20 hours", "14"):
        assert figure in text


def test_a_note_for_a_place_comes_from_that_place_and_rotates() -> None:
    day = date(2026, 11, 23)
    for place in Place:
        fitting = perspective.notes_for(place)
        seen = {perspective.note_for(place, day + timedelta(days=i)) for i in range(len(fitting))}
        assert seen == set(fitting)  # each fitting note in turn, nothing else
    assert perspective.note_for(Place.FOCUS, day, last_shown=day) is None
