"""The three layers of "enough": defaults, the rough-day view and the evening note."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from behind_desktop.core.checkins import DEFAULT_QUESTIONS
from behind_desktop.core.layers import (
    DEFAULT_ITEMS,
    LAYER_TITLES,
    Item,
    ItemError,
    Layer,
    basics_note,
    clean_title,
    group_items,
    visible_layers,
)

LONDON = ZoneInfo("Europe/London")


def items() -> list[Item]:
    return [
        Item(
            i + 1, d.layer, d.title, sum(1 for e in DEFAULT_ITEMS[:i] if e.layer == d.layer), d.key
        )
        for i, d in enumerate(DEFAULT_ITEMS)
    ]


def at(hhmm: str) -> datetime:
    return datetime.fromisoformat(f"2026-11-23 {hhmm}").replace(tzinfo=LONDON)


BASIC_IDS = {1, 2, 3, 4}


def test_defaults_follow_the_three_layers() -> None:
    by_layer = {layer: [d for d in DEFAULT_ITEMS if d.layer is layer] for layer in Layer}
    assert [d.key for d in by_layer[Layer.BASICS]] == ["sleep", "food", "move", "person"]
    assert len(by_layer[Layer.TRAINEE]) == 3
    assert {"Research", "Committees", "Teaching"} <= {d.title for d in by_layer[Layer.EXTRAS]}
    assert "optional" in LAYER_TITLES[Layer.EXTRAS]


def test_every_default_question_ticks_a_default_basic() -> None:
    keys = {d.key for d in DEFAULT_ITEMS if d.layer is Layer.BASICS}
    assert {q.item_key for q in DEFAULT_QUESTIONS} <= keys


def test_a_normal_day_shows_all_layers_in_order() -> None:
    groups = group_items(reversed(items()))
    assert list(groups) == [Layer.BASICS, Layer.TRAINEE, Layer.EXTRAS]
    assert [i.key for i in groups[Layer.BASICS]] == ["sleep", "food", "move", "person"]
    assert groups[Layer.EXTRAS][0].title == "Research"


def test_a_rough_day_shows_only_layer_one() -> None:
    groups = group_items(items(), rough_day=True)
    assert list(groups) == [Layer.BASICS]
    assert len(groups[Layer.BASICS]) == 4
    assert visible_layers(True) == (Layer.BASICS,)


def test_archived_items_are_hidden() -> None:
    stock = items()
    stock[0] = Item(1, Layer.BASICS, "Slept", 0, "sleep", archived=True)
    assert [i.id for i in group_items(stock)[Layer.BASICS]] == [2, 3, 4]


def test_position_decides_the_order_within_a_layer() -> None:
    mixed = [
        Item(1, Layer.EXTRAS, "b", 2),
        Item(2, Layer.EXTRAS, "a", 0),
        Item(3, Layer.EXTRAS, "c", 1),
    ]
    assert [i.title for i in group_items(mixed)[Layer.EXTRAS]] == ["a", "c", "b"]


# -- the evening note ---------------------------------------------------------------------------


def test_no_note_before_the_evening() -> None:
    assert basics_note(items(), set(), at("16:59")) is None


@pytest.mark.parametrize("ticked", [set(), {1}])
def test_note_late_in_the_day_with_most_basics_open(ticked: set[int]) -> None:
    note = basics_note(items(), ticked, at("17:00"))
    assert note is not None
    assert "basics come first" in note
    for harsh in ("failed", "missed", "should have"):
        assert harsh not in note.lower()


@pytest.mark.parametrize("ticked", [{1, 2}, BASIC_IDS, {1, 2, 3}])
def test_no_note_when_half_or_more_are_done(ticked: set[int]) -> None:
    assert basics_note(items(), ticked, at("21:00")) is None


def test_ticks_on_other_layers_do_not_count_as_basics() -> None:
    assert basics_note(items(), {5, 6, 7, 8, 9}, at("20:00")) is not None


def test_archived_basics_do_not_count() -> None:
    stock = [
        i if i.id in (1, 2) else Item(i.id, i.layer, i.title, i.position, i.key, True)
        for i in items()
        if i.layer is Layer.BASICS
    ]
    assert basics_note(stock, {1}, at("20:00")) is None  # one of the two left is done
    assert (
        basics_note([i for i in items() if i.layer is not Layer.BASICS], set(), at("20:00")) is None
    )


# -- titles -----------------------------------------------------------------------------------


def test_clean_title_makes_one_tidy_line() -> None:
    assert clean_title("  read\n3   pages\t") == "read 3 pages"
    assert clean_title("x" * 120) == "x" * 120


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Give it a few words first."),
        (" \n\t ", "Give it a few words first."),
        ("x" * 121, "keep it under 120 characters"),
    ],
)
def test_clean_title_refuses_kindly(text: str, message: str) -> None:
    with pytest.raises(ItemError, match=message):
        clean_title(text)
