"""The three layers of "enough" and the rules for one day's checklist.

Layer 1 keeps a person functioning, Layer 2 is the trainee minimum, Layer 3 is
extras that help but are optional. Items are editable; ticks belong to a day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from enum import IntEnum


class Layer(IntEnum):
    BASICS = 1
    TRAINEE = 2
    EXTRAS = 3


LAYER_TITLES: Mapping[Layer, str] = {
    Layer.BASICS: "Layer 1 · A functioning human",
    Layer.TRAINEE: "Layer 2 · Trainee minimum",
    Layer.EXTRAS: "Layer 3 · Extras (genuinely optional)",
}

MAX_TITLE = 120


@dataclass(frozen=True)
class Item:
    id: int
    layer: Layer
    title: str
    position: int
    key: str | None = None  # stable name for default Layer 1 items, used by check-ins
    archived: bool = False


@dataclass(frozen=True)
class DefaultItem:
    layer: Layer
    title: str
    key: str | None = None


DEFAULT_ITEMS: tuple[DefaultItem, ...] = (
    DefaultItem(Layer.BASICS, "Slept enough to feel human", "sleep"),
    DefaultItem(Layer.BASICS, "Ate real food, not just coffee", "food"),
    DefaultItem(Layer.BASICS, "Moved a little (walks count)", "move"),
    DefaultItem(Layer.BASICS, "Was honest with one person", "person"),
    DefaultItem(Layer.TRAINEE, "Showed up, present enough to be trusted"),
    DefaultItem(Layer.TRAINEE, "Did the core work: patients, study, the big assignment"),
    DefaultItem(Layer.TRAINEE, "Spoke up when I was in trouble"),
    DefaultItem(Layer.EXTRAS, "Research"),
    DefaultItem(Layer.EXTRAS, "Committees"),
    DefaultItem(Layer.EXTRAS, "Teaching"),
    DefaultItem(Layer.EXTRAS, "A passion project"),
)


class ItemError(ValueError):
    """An item title that can't be stored, with a message fit for a person."""


def clean_title(text: str) -> str:
    """Normalise an item or win title: one line, trimmed, not empty, not huge."""
    title = " ".join(text.split())
    if not title:
        raise ItemError("Give it a few words first.")
    if len(title) > MAX_TITLE:
        raise ItemError(f"That's a bit long; keep it under {MAX_TITLE} characters.")
    return title


def visible_layers(rough_day: bool) -> tuple[Layer, ...]:
    """On a rough day only the basics are shown."""
    return (Layer.BASICS,) if rough_day else tuple(Layer)


def group_items(items: Iterable[Item], rough_day: bool = False) -> dict[Layer, list[Item]]:
    """Active items per visible layer, in their order."""
    shown = visible_layers(rough_day)
    groups: dict[Layer, list[Item]] = {layer: [] for layer in shown}
    for item in sorted(items, key=lambda i: (i.layer, i.position, i.id)):
        if not item.archived and item.layer in groups:
            groups[item.layer].append(item)
    return groups


BASICS_EVENING = time(17, 0)


def basics_note(items: Iterable[Item], ticked: set[int], now: datetime) -> str | None:
    """A kind line when, late in the day, most of Layer 1 is still open."""
    basics = [i for i in items if i.layer is Layer.BASICS and not i.archived]
    if not basics or now.time() < BASICS_EVENING:
        return None
    done = sum(1 for i in basics if i.id in ticked)
    if done * 2 >= len(basics):
        return None
    return (
        "The basics come first today. Food, rest or a short walk will do more for you "
        "than anything in Layer 3."
    )
