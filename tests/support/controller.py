"""A bridge with short names, for tests: ``AppController(store, clock)``.

The app itself runs on ``Bridge`` over ``Services``; tests that drive the GUI
through one object use this subclass: each method forwards to one service call,
and the signals ``focusChanged``, ``blockFinished``, ``blockStopped`` and
``dataChanged(str)`` are derived from the change sets the bridge receives.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from behind_desktop.core.checkins import Answer, Due
from behind_desktop.core.focus import FocusBlock
from behind_desktop.core.layers import Item
from behind_desktop.core.moment import Probe
from behind_desktop.core.perspective import Place
from behind_desktop.core.redflags import WeekCheck
from behind_desktop.core.settings import Settings
from behind_desktop.core.wins import Win
from behind_desktop.gui.shell.bridge import ICON_STEP_S, MAX_SLEEP_MS, Bridge
from behind_desktop.gui.widgets.uikit import guarded
from behind_desktop.services.app import Services, Store
from behind_desktop.services.changes import Changes, Origin, Topic
from behind_desktop.services.commands import Command

__all__ = ["ICON_STEP_S", "MAX_SLEEP_MS", "AppController", "guarded"]

# The old ``dataChanged`` words for each topic.
OLD_TOPICS = (
    (Topic.SETTINGS | Topic.CHECKINS, "settings"),
    (Topic.CHECKLIST, "checklist"),
    (Topic.WINS, "wins"),
    (Topic.SELFCHECK, "selfcheck"),
)


class AppController(Bridge):
    focusChanged = Signal()
    blockFinished = Signal(object)  # FocusBlock that reached its end
    blockStopped = Signal(object)  # FocusBlock stopped early
    dataChanged = Signal(str)  # "wins", "checklist", "settings", "selfcheck"

    def __init__(
        self,
        source: Services | Store,
        clock: Any = None,
        parent: QObject | None = None,
        moment: Probe | None = None,
    ) -> None:
        """Over the app's ``Services``, or (tests) over a store, a clock and the desktop."""
        if isinstance(source, Services):
            services = source
        else:
            services = Services(source, clock, moment_probe=moment)
        self.store = services.store
        super().__init__(services, parent)
        self.settings_service = self.services.settings
        self.data_service = self.services.data

    def apply(self, changes: Changes) -> None:
        super().apply(changes)
        if Topic.FOCUS in changes or Topic.SETTINGS in changes:
            self.focusChanged.emit()
        ended = changes.ended
        if ended is not None:
            (self.blockFinished if ended.finished else self.blockStopped).emit(ended.block)
        for topic, word in OLD_TOPICS:
            if topic in changes:
                self.dataChanged.emit(word)

    def wake(self) -> None:
        super().wake()
        if self.services.focus.active is not None:
            self.focusChanged.emit()

    # -- basics -------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self.services.settings.current()

    def now(self) -> datetime:
        return self.services.now()

    def today(self) -> date:
        return self.services.today()

    def welcome_due(self) -> bool:
        return not self.services.state.welcomed()

    def save_settings(self, settings: Settings, origin: object = Origin.APP) -> None:
        self.services.settings.save(settings, origin)

    # -- the focus block ------------------------------------------------------------------

    @property
    def block(self) -> FocusBlock | None:
        return self.services.focus.block

    @property
    def active_block(self) -> FocusBlock | None:
        return self.services.focus.active

    def remaining_s(self) -> float:
        return self.services.focus.remaining_s()

    def progress(self) -> float:
        return self.services.focus.progress()

    def start_focus(
        self, minutes: int | None = None, step: str | None = None, replace: bool = False
    ) -> FocusBlock:
        self.services.focus.start(minutes, step, replace)
        block = self.services.focus.block
        assert block is not None
        return block

    def _after(self, _changes: Changes) -> FocusBlock:
        block = self.services.focus.block
        assert block is not None
        return block

    def pause_focus(self) -> FocusBlock:
        return self._after(self.services.focus.pause())

    def resume_focus(self) -> FocusBlock:
        return self._after(self.services.focus.resume())

    def extend_focus(self) -> FocusBlock:
        return self._after(self.services.focus.extend())

    def stop_focus(self) -> FocusBlock:
        return self._after(self.services.focus.stop())

    def rename_step(self, step: str) -> None:
        self.services.focus.rename(step)

    def focus_status(self) -> dict[str, object]:
        return self.services.focus.status()

    def keep_block_as_win(self, block: FocusBlock, text: str) -> Win:
        win = self.services.focus.keep_as_win(block, text).win
        assert win is not None
        return win

    # -- wins and the checklist ------------------------------------------------------------

    def add_win(self, text: str) -> Win:
        win = self.services.wins.add(text).win
        assert win is not None
        return win

    def edit_win(self, win_id: int, text: str) -> None:
        self.services.wins.edit(win_id, text)

    def delete_win(self, win_id: int) -> Win | None:
        return self.services.wins.delete(win_id).win

    def restore_win(self, win: Win) -> None:
        self.services.wins.restore(win)

    def set_tick(self, item: Item, ticked: bool, day: date | None = None) -> None:
        self.services.checklist.tick(item, ticked, day)

    def set_rough_day(self, rough: bool) -> None:
        self.services.checklist.set_rough_day(rough)

    def delete_all(self) -> None:
        self.services.data.delete_all()

    # -- check-ins ------------------------------------------------------------------------

    def paused_until(self) -> datetime | None:
        return self.services.checkins.paused_until()

    def pause_checkins(self, hours: float | None) -> None:
        self.services.checkins.pause(hours)

    def due_checkins(self) -> list[Due]:
        return self.services.checkins.due()

    def checkin_now(self) -> list[Due]:
        due = self.services.checkins.ask_now()
        self.ask(due)
        return due

    def answer(self, due: Due, answer: Answer, snooze_min: int = 0) -> None:
        self.services.checkins.answer(due, answer, snooze_min)

    # -- perspective notes and the weekly self-check -----------------------------------------

    def perspective_note(self, place: Place) -> str | None:
        return self.services.checkins.perspective_note(place)

    def this_week(self) -> str:
        return self.services.selfcheck.this_week()

    def week_check(self) -> WeekCheck | None:
        return self.services.selfcheck.current()

    def selfcheck_due(self) -> bool:
        return self.services.selfcheck.due()

    def save_week_check(self, signs: frozenset[str]) -> bool:
        return self.services.selfcheck.save(signs)

    # -- remote commands ---------------------------------------------------------------------

    def handle_request(self, request: Command | dict[str, Any]) -> dict[str, Any]:
        """A command from the socket (or, as before, its JSON form)."""
        if isinstance(request, dict):
            from behind_desktop.ipc.protocol import RequestError, command_from

            try:
                request = command_from(request)
            except RequestError as e:
                return {"ok": False, "error": str(e)}
        return self.handle(request)
