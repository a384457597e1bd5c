"""``Services``: every use case for one open data folder, in one object."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from behind_desktop.core import focus as rules
from behind_desktop.core.clock import Clock
from behind_desktop.core.focus import FocusState
from behind_desktop.core.glance import Facts, Piece, glance
from behind_desktop.core.layers import Layer
from behind_desktop.core.moment import Probe
from behind_desktop.core.text import Phrase
from behind_desktop.core.wins import WinSource
from behind_desktop.services.base import Context
from behind_desktop.services.changes import Listener, Origin
from behind_desktop.services.checkins import CheckinService, SelfCheckService
from behind_desktop.services.checklist import ChecklistService
from behind_desktop.services.data import DataService
from behind_desktop.services.focus import FocusService
from behind_desktop.services.settings import SettingsService
from behind_desktop.services.state import AppState
from behind_desktop.services.wins import WinsService
from behind_desktop.store import Store as Store
from behind_desktop.store import StoreError as StoreError
from behind_desktop.store.peek import stored_language as stored_language

if TYPE_CHECKING:
    from behind_desktop.services import dispatch
    from behind_desktop.services.commands import Command, Reply

ICON_STEP_S = 60.0  # a running block's minutes left, and its icon, move once a minute


class Services:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        locale_name: str | None = None,
        moment_probe: Probe | None = None,
    ) -> None:
        ctx = Context(store, clock)
        self._ctx = ctx
        self.clock = clock
        self.state: AppState = ctx.state
        self.settings: SettingsService = ctx.settings_service
        self.focus = FocusService(ctx)
        self.checklist = ChecklistService(ctx)
        self.wins = WinsService(ctx, locale_name)
        self.checkins = CheckinService(ctx, moment_probe)
        self.selfcheck = SelfCheckService(ctx)
        self.data = DataService(ctx)

    @classmethod
    def open(
        cls,
        folder: Path,
        clock: Clock,
        moment_probe: Probe | None = None,
        keep_writes: bool = True,
    ) -> Services:
        """Open the data folder's database (raises StoreError; see ``notices``).

        The app keeps a write the disk or a lock refused and makes it later; a short
        process (the command line) passes ``keep_writes=False``, so such a write is
        refused with nothing changed instead of kept by a process about to end."""
        store = Store.open(folder, clock.tz, clock.now(), keep_writes=keep_writes)
        return cls(store, clock, moment_probe=moment_probe)

    @property
    def store(self) -> Store:
        """The open database (the bridge's compatibility surface hands it to old views)."""
        return self._ctx.store

    @property
    def notices(self) -> tuple[Phrase, ...]:
        """What opening did that the user is told once (moved a damaged file aside,
        upgraded it, reset settings), for each front end to word."""
        return self._ctx.store.notices

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._ctx.store.close()

    def listen(self, listener: Listener | None) -> None:
        """The one listener told of every change set (the GUI bridge)."""
        self._ctx.listener = listener

    def now(self) -> datetime:
        return self._ctx.now()

    def today(self) -> date:
        return self._ctx.today()

    def run(
        self,
        command: Command,
        origin: object = Origin.REMOTE,
        ui: dispatch.Ui | None = None,
        say: dispatch.Say | None = None,
    ) -> Reply:
        """Carry out a command from the socket, the command line or the tray menu."""
        from behind_desktop.services import dispatch  # the table loads with its first use

        return dispatch.run(self, command, origin, ui, say)

    def glance(self) -> tuple[Piece, ...]:
        """Today at a glance: the pieces of the one calm line (see core/glance.py).
        Small wins are the ones kept or written today; ticked basics are counted
        as basics, not a second time as wins."""
        today = self.today()
        basics = [i for i in self.checklist.items() if i.layer is Layer.BASICS]
        ticked = self.checklist.ticked(today)
        wins = [w for w in self.wins.between(today, today) if w.source is not WinSource.BASICS]
        view = self.focus.view()
        facts = Facts(
            basics_done=sum(1 for i in basics if i.id in ticked),
            basics_total=len(basics),
            wins_today=len(wins),
            block_left_s=view.remaining_s if view.active is not None else None,
            block_paused=view.paused,
            checkins_paused_until=self.checkins.paused_until(),
        )
        return glance(facts)

    def next_moment_s(self, checkin_showing: bool) -> float | None:
        """Seconds until the next thing that matters: the next step of the running
        block's icon or its end, the next check-in (not while one is showing)."""
        waits: list[float] = []
        block = self.focus.active
        if block is not None and block.state is FocusState.RUNNING:
            waits.append(rules.next_minute_s(rules.remaining_s(block, self.clock)))
        if not checkin_showing:
            nxt = self.checkins.next_due_at()
            if nxt is not None:
                waits.append((nxt - self.clock.now()).total_seconds())
            recheck = self.checkins.recheck_s()
            if recheck is not None:
                waits.append(recheck)  # rarely, while one waits
        return min(waits) if waits else None
