"""The three-layer checklist: items (add, rename, move, put away, restore), ticks,
and the rough-day switch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from behind_desktop.core.layers import Item, Layer
from behind_desktop.services.base import Service
from behind_desktop.services.changes import Changes, Origin, Topic


@dataclass(frozen=True)
class ChecklistDay:
    """What the Today page shows for one day."""

    day: date
    items: list[Item]  # in order, put-away ones left out
    ticked: frozenset[int]  # ids of the items ticked that day
    rough: bool


def _topics(item: Item | None) -> Topic:
    """Layer 1 ticks are wins too, so a change there reaches the Wins page."""
    if item is None or item.layer is Layer.BASICS:
        return Topic.CHECKLIST | Topic.WINS
    return Topic.CHECKLIST


class ChecklistService(Service):
    def day(self, day: date | None = None) -> ChecklistDay:
        d = day or self._ctx.today()
        return ChecklistDay(
            d, self._store.items(), frozenset(self._store.ticked(d)), self._store.rough_day(d)
        )

    def items(self, include_put_away: bool = False) -> list[Item]:
        return self._store.items(include_archived=include_put_away)

    def item_by_key(self, key: str) -> Item | None:
        return self._store.item_by_key(key)

    def ticked(self, day: date | None = None) -> set[int]:
        return self._store.ticked(day or self._ctx.today())

    def rough_day(self, day: date | None = None) -> bool:
        return self._store.rough_day(day or self._ctx.today())

    # -- items ------------------------------------------------------------------------

    def add(self, layer: Layer, title: str, origin: object = Origin.APP) -> Changes:
        """Add an item at the end of its layer (raises ItemError for an empty or long title)."""
        item = self._store.add_item(layer, title, self._clock.now())
        return self._ctx.emit(_topics(None), origin, item=item)

    def rename(self, item: Item, title: str, origin: object = Origin.APP) -> Changes:
        self._store.rename_item(item.id, title)
        return self._ctx.emit(_topics(None), origin, item=item)

    def move(self, item: Item, delta: int, origin: object = Origin.APP) -> Changes:
        """Up (negative) or down within its layer."""
        self._store.move_item(item.id, delta)
        return self._ctx.emit(_topics(None), origin, item=item)

    def put_away(self, item: Item, origin: object = Origin.APP) -> Changes:
        """Off the list; its past ticks are kept."""
        self._store.archive_item(item.id)
        return self._ctx.emit(_topics(None), origin, item=item)

    def restore(self, item: Item, origin: object = Origin.APP) -> Changes:
        self._store.archive_item(item.id, archived=False)
        return self._ctx.emit(_topics(None), origin, item=item)

    # -- ticks and the day ------------------------------------------------------------

    def tick(
        self, item: Item, ticked: bool, day: date | None = None, origin: object = Origin.APP
    ) -> Changes:
        self._store.set_tick(item.id, day or self._ctx.today(), ticked, self._clock.now())
        return self._ctx.emit(_topics(item), origin, item=item)

    def set_rough_day(self, rough: bool, origin: object = Origin.APP) -> Changes:
        self._store.set_rough_day(self._ctx.today(), rough)
        return self._ctx.emit(Topic.CHECKLIST, origin)
