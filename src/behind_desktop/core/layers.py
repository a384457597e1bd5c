"""The three layers of "enough" and the rules for one day's checklist.

Layer 1 keeps a person functioning, Layer 2 is the trainee minimum, Layer 3 is
extras that help but are optional. Items are editable; ticks belong to a day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from enum import Enum, IntEnum

from behind_desktop.core.text import QT_TRANSLATE_NOOP, Phrase, PhraseError

CONTEXT = "Layers"  # the translation context of every text below


class Layer(IntEnum):
    BASICS = 1
    TRAINEE = 2
    EXTRAS = 3


LAYER_TITLES: Mapping[Layer, str] = {
    Layer.BASICS: QT_TRANSLATE_NOOP("Layers", "Layer 1 · A functioning human"),
    Layer.TRAINEE: QT_TRANSLATE_NOOP("Layers", "Layer 2 · Trainee minimum"),
    Layer.EXTRAS: QT_TRANSLATE_NOOP("Layers", "Layer 3 · Extras (optional)"),
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
    DefaultItem(Layer.BASICS, QT_TRANSLATE_NOOP("Layers", "Slept enough to feel human"), "sleep"),
    DefaultItem(
        Layer.BASICS, QT_TRANSLATE_NOOP("Layers", "Ate real food, not just coffee"), "food"
    ),
    DefaultItem(Layer.BASICS, QT_TRANSLATE_NOOP("Layers", "Moved a little (walks count)"), "move"),
    DefaultItem(Layer.BASICS, QT_TRANSLATE_NOOP("Layers", "Was honest with one person"), "person"),
    DefaultItem(
        Layer.TRAINEE, QT_TRANSLATE_NOOP("Layers", "Showed up, present enough to be trusted")
    ),
    DefaultItem(
        Layer.TRAINEE,
        QT_TRANSLATE_NOOP("Layers", "Did the core work: patients, study, the big assignment"),
    ),
    DefaultItem(Layer.TRAINEE, QT_TRANSLATE_NOOP("Layers", "Spoke up when I was in trouble")),
    DefaultItem(Layer.EXTRAS, QT_TRANSLATE_NOOP("Layers", "Research")),
    DefaultItem(Layer.EXTRAS, QT_TRANSLATE_NOOP("Layers", "Committees")),
    DefaultItem(Layer.EXTRAS, QT_TRANSLATE_NOOP("Layers", "Teaching")),
    DefaultItem(Layer.EXTRAS, QT_TRANSLATE_NOOP("Layers", "A passion project")),
)


DEFAULT_TITLES = frozenset(d.title for d in DEFAULT_ITEMS)


def is_default_title(title: str) -> bool:
    """A title as Behind seeded it (never renamed): shown in the user's language."""
    return title in DEFAULT_TITLES


class TitleProblem(Enum):
    EMPTY = QT_TRANSLATE_NOOP("Layers", "Give it a few words first.")
    TOO_LONG = QT_TRANSLATE_NOOP("Layers", "That's a bit long; keep it under %1 characters.")


class ItemError(PhraseError):
    """An item or win title that can't be stored; ``problem`` says why."""

    def __init__(self, problem: TitleProblem) -> None:
        super().__init__(Phrase(CONTEXT, problem.value, (MAX_TITLE,)))
        self.problem = problem


def clean_title(text: str) -> str:
    """Normalise an item or win title: one line, trimmed, not empty, not huge."""
    title = " ".join(text.split())
    if not title:
        raise ItemError(TitleProblem.EMPTY)
    if len(title) > MAX_TITLE:
        raise ItemError(TitleProblem.TOO_LONG)
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
    return QT_TRANSLATE_NOOP(
        "Layers",
        "The evening is here and most of the basics are still open, and the basics come "
        "first: food, water, a short walk or an early night will help more than anything "
        "in Layer 3.",
    )
