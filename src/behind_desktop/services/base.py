"""What every service shares: the store, the clock, today's settings, the listener."""

from __future__ import annotations

from datetime import date, datetime

from behind_desktop.core.clock import Clock
from behind_desktop.core.focus import FocusBlock
from behind_desktop.core.layers import Item
from behind_desktop.core.settings import Settings
from behind_desktop.core.timeutil import day_of
from behind_desktop.core.wins import Win
from behind_desktop.services.changes import Changes, Ended, Listener, Origin, Topic
from behind_desktop.services.settings import SettingsService
from behind_desktop.services.state import AppState
from behind_desktop.store import Store


class Context:
    """One per open data folder. Services read and write the store only through here."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self.state = AppState(store)
        self.settings_service = SettingsService(store, self._settings_saved)
        self.block: FocusBlock | None = store.latest_block()  # the latest, as last saved
        self.listener: Listener | None = None

    @property
    def settings(self) -> Settings:
        return self.settings_service.current()

    def _settings_saved(self, _settings: Settings, origin: object) -> None:
        self.emit(Topic.SETTINGS, origin)

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return day_of(self.clock.now(), self.clock.tz, self.settings.day_starts)

    def day_of(self, moment: datetime) -> date:
        return day_of(moment, self.clock.tz, self.settings.day_starts)

    def emit(
        self,
        topics: Topic,
        origin: object = Origin.APP,
        ended: Ended | None = None,
        fresh: bool = False,
        win: Win | None = None,
        item: Item | None = None,
    ) -> Changes:
        """Tell the listener (the GUI bridge, if any) and hand the change set back."""
        changes = Changes(topics, origin, ended, fresh, win, item)
        if self.listener is not None:
            self.listener(changes)
        return changes


class Service:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._store = ctx.store
        self._clock = ctx.clock
