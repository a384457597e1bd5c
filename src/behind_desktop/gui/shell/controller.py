"""The app's hub: the store, the clock and the one wake-up timer.

Windows and the tray call the controller; the controller applies the core rules,
saves the result and emits a signal. Nothing is kept only in memory: the focus
block, answers, ticks and wins are in the store the moment they happen.

Timers are only wake-ups. One single-shot timer is set for the next moment that
matters (the block's end, the next icon step while a block runs, the next
check-in) and every wake-up recomputes from stored facts. Qt's timers stop
counting while the computer sleeps, so the timer is never set further than
MAX_SLEEP_MS ahead; a resume signal from the system (where there is one) wakes
it at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from behind_desktop.core import checkins, perspective, redflags
from behind_desktop.core import focus as rules
from behind_desktop.core.checkins import Answer, Due
from behind_desktop.core.clock import Clock
from behind_desktop.core.focus import FocusBlock, FocusError, FocusProblem, FocusState
from behind_desktop.core.layers import Item, Layer
from behind_desktop.core.redflags import WeekCheck
from behind_desktop.core.settings import Settings, SettingsError, apply_text, notes
from behind_desktop.core.timeutil import day_of
from behind_desktop.core.wins import Win, WinSource
from behind_desktop.gui.i18n import say
from behind_desktop.services.data import DataService
from behind_desktop.services.settings import Origin, SettingsService
from behind_desktop.store import Store

log = logging.getLogger(__name__)

ICON_STEP_S = 20.0  # a running block's icon moves at most this often, or once a step
MAX_SLEEP_MS = 120_000  # Qt timers don't count suspended time; look again at least this often
JUMP_TOLERANCE_S = 90.0
PAUSED_UNTIL = "checkins_paused_until"
CHECKINS_SINCE = "checkins_since"
PERSPECTIVE_SHOWN = "perspective_last_shown"
WELCOME_KEY = "welcome_shown"


def main_window_shown() -> bool:
    """The main window is on screen now (shown and not minimized)."""
    from PySide6.QtWidgets import QApplication

    return any(
        w.objectName() == "mainWindow" and w.isVisible() and not w.isMinimized()
        for w in QApplication.topLevelWidgets()
    )


def guarded(fn: Callable[[], object], after: Callable[[], None]) -> Callable[[], None]:
    """A menu or button action that may meet a block in another state: then just refresh."""

    def run() -> None:
        try:
            fn()
        except FocusError:
            after()

    return run


class AppController(QObject):
    focusChanged = Signal()
    blockFinished = Signal(object)  # FocusBlock that reached its end
    blockStopped = Signal(object)  # FocusBlock stopped early
    dataChanged = Signal(str)  # "wins", "checklist", "settings"
    checkinsDue = Signal(list)  # list[Due], shown together as one check-in
    showRequested = Signal(str)  # a page of the main window: "today", "wins", "settings"
    quitRequested = Signal()
    notice = Signal(str)  # a short, kind message: a tray bubble, or a note in the window

    def __init__(self, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.settings_service = SettingsService(store)
        self.data_service = DataService(store)
        self._settings = self.settings_service.current()
        self._block = store.latest_block()
        self._wake = QTimer(self)
        self._wake.setSingleShot(True)
        self._wake.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake.timeout.connect(self.wake)
        self._last_wall = clock.now()
        self._last_elapsed = clock.elapsed()
        self._showing_checkin = False
        self.replacing = False
        self.asking_now = False  # check-ins being shown because the user asked for them
        if self.store.get_time(CHECKINS_SINCE) is None:
            self.store.set_time(CHECKINS_SINCE, clock.now())

    # -- basics -------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return day_of(self.clock.now(), self.clock.tz, self._settings.day_starts)

    def welcome_due(self) -> bool:
        """The first-run welcome has not been shown yet."""
        return self.store.get_value(WELCOME_KEY) is None

    def save_settings(self, settings: Settings, origin: Origin = Origin.WINDOW) -> None:
        self.settings_service.save(settings, origin)
        self._settings = settings
        self.dataChanged.emit("settings")
        self.reschedule()

    def set_settings_text(self, pairs: list[str]) -> dict[str, Any]:
        """``settings set KEY=VALUE…`` from the command line: all of them at once, or none."""
        try:
            settings = apply_text(self._settings, pairs)
        except SettingsError as e:
            return {"ok": False, "problems": [p.as_dict() for p in e.all]}
        self.save_settings(settings, Origin.COMMAND)
        return {"ok": True, "notes": [n.name for n in notes(settings)]}

    # -- the focus block --------------------------------------------------------------

    @property
    def block(self) -> FocusBlock | None:
        """The latest block, settled (a block whose time is up reads as finished)."""
        return self._block

    @property
    def active_block(self) -> FocusBlock | None:
        b = self._block
        return b if b is not None and b.active else None

    def remaining_s(self) -> float:
        return rules.remaining_s(self._block, self.clock) if self._block else 0.0

    def progress(self) -> float:
        return rules.progress(self._block, self.clock) if self._block else 0.0

    def _save(self, block: FocusBlock) -> FocusBlock:
        self._block = self.store.save_block(block)
        self.focusChanged.emit()
        self.reschedule()
        return self._block

    def start_focus(
        self, minutes: int | None = None, step: str | None = None, replace: bool = False
    ) -> FocusBlock:
        """Start a block. While one runs, return it unchanged (a double click, a second
        ``focus start``), unless ``replace``: then it is stopped first, and the usual
        "keep it as a win?" question is asked about it, before the new one starts."""
        self._settle()
        if self.active_block is not None:
            if not replace:
                return self.active_block
            self.replacing = True  # the keep-it question then says why the block ended
            try:
                self.stop_focus()
            finally:
                self.replacing = False
        return self._save(rules.start(self.clock, minutes or self._settings.focus_minutes, step))

    def _apply(self, op: str) -> FocusBlock:
        self._settle()
        block = self.active_block
        if block is None:
            raise FocusError(FocusProblem.NOT_RUNNING)
        if op == "pause":
            return self._save(rules.pause(block, self.clock))
        if op == "resume":
            return self._save(rules.resume(block, self.clock))
        if op == "extend":
            return self._save(rules.extend(block, self.clock))
        if op == "stop":
            stopped = self._save(rules.stop(block, self.clock))
            if stopped.state is FocusState.STOPPED:
                self.blockStopped.emit(stopped)
            else:
                self.blockFinished.emit(stopped)
            return stopped
        raise ValueError(op)

    def pause_focus(self) -> FocusBlock:
        return self._apply("pause")

    def resume_focus(self) -> FocusBlock:
        return self._apply("resume")

    def extend_focus(self) -> FocusBlock:
        return self._apply("extend")

    def stop_focus(self) -> FocusBlock:
        return self._apply("stop")

    def rename_step(self, step: str) -> None:
        if self.active_block is not None:
            self._save(rules.rename(self.active_block, step))

    def _settle(self) -> None:
        block = self._block
        if block is None or block.state is not FocusState.RUNNING:
            return
        settled = rules.settle(block, self.clock)
        if settled is not block:
            self._block = self.store.save_block(settled)
            self.focusChanged.emit()
            self.blockFinished.emit(self._block)

    def focus_status(self) -> dict[str, object]:
        self._settle()
        return rules.status(self._block, self.clock)

    def keep_block_as_win(self, block: FocusBlock, text: str) -> Win:
        """The "what did you do?" answer becomes a small win."""
        when = block.ended_at or self.clock.now()
        day = day_of(when, self.clock.tz, self._settings.day_starts)
        win = self.store.add_win(text, WinSource.FOCUS, when, day, block.id)
        self.dataChanged.emit("wins")
        return win

    # -- wins and the checklist ------------------------------------------------------------

    def add_win(self, text: str) -> Win:
        win = self.store.add_win(text, WinSource.TYPED, self.clock.now(), self.today())
        self.dataChanged.emit("wins")
        return win

    def edit_win(self, win_id: int, text: str) -> None:
        self.store.edit_win(win_id, text)
        self.dataChanged.emit("wins")

    def delete_win(self, win_id: int) -> Win | None:
        win = self.store.delete_win(win_id)
        self.dataChanged.emit("wins")
        return win

    def restore_win(self, win: Win) -> None:
        self.store.restore_win(win)
        self.dataChanged.emit("wins")

    def set_tick(self, item: Item, ticked: bool, day: date | None = None) -> None:
        self.store.set_tick(item.id, day or self.today(), ticked, self.clock.now())
        self.dataChanged.emit("checklist")
        if item.layer is Layer.BASICS:
            self.dataChanged.emit("wins")

    def set_rough_day(self, rough: bool) -> None:
        self.store.set_rough_day(self.today(), rough)
        self.dataChanged.emit("checklist")

    def checklist_changed(self) -> None:
        """Items were added, renamed, moved or archived through the store."""
        self.dataChanged.emit("checklist")
        self.dataChanged.emit("wins")

    def delete_all(self) -> None:
        """Delete every answer, tick, block, win and setting; start again from defaults."""
        now = self.clock.now()
        self.store.delete_all(now)
        self.store.set_time(CHECKINS_SINCE, now)  # nothing from before is asked about
        self._block = None
        self._settings = self.store.settings()
        self.focusChanged.emit()
        for what in ("settings", "checklist", "wins"):
            self.dataChanged.emit(what)
        self.reschedule()

    # -- check-ins --------------------------------------------------------------------

    def paused_until(self) -> datetime | None:
        until = self.store.get_time(PAUSED_UNTIL)
        return until if until is not None and until > self.clock.now() else None

    def pause_checkins(self, hours: float | None) -> None:
        """Pause check-ins for some hours (an exam, clinic); None resumes them."""
        until = None if hours is None else self.clock.now() + timedelta(hours=hours)
        self.store.set_time(PAUSED_UNTIL, until)
        self.dataChanged.emit("settings")
        self.reschedule()

    def _schedule(self) -> checkins.Schedule:
        return self._settings.schedule(
            self.clock.tz,
            paused_until=self.store.get_time(PAUSED_UNTIL),
            since=self.store.get_time(CHECKINS_SINCE),
        )

    def _histories(self) -> dict[str, checkins.History]:
        return self.store.histories(q.key for q in self._settings.questions)

    def due_checkins(self) -> list[Due]:
        return checkins.due_now(
            self._settings.questions, self._histories(), self._schedule(), self.clock.now()
        )

    def checkin_now(self) -> list[Due]:
        """``checkin now``: ask at once whatever is still open today, whatever the schedule."""
        today = self.today()
        ticked = self.store.ticked(today)
        done = checkins.settled(
            self._settings.questions,
            yes_today=self.store.answered_yes(today),
            yes_this_week=self.store.answered_yes(today, since=today - timedelta(days=6)),
            ticked_items={i.key for i in self.store.items() if i.id in ticked and i.key},
        )
        due = checkins.ask_now(self._settings.questions, done, self.clock.now())
        if due:
            self.asking_now = True
            try:
                self._show_checkins(due)
            finally:
                self.asking_now = False
        else:
            self.notice.emit(self.tr("The basics are all covered for today. Nice work."))
        return due

    def _show_checkins(self, due: list[Due]) -> None:
        if due:
            self._showing_checkin = True
            self.checkinsDue.emit(due)

    def checkin_closed(self) -> None:
        self._showing_checkin = False
        self.reschedule()

    def answer(self, due: Due, answer: Answer, snooze_min: int = 0) -> None:
        response = checkins.respond(due, answer, self.clock.now(), snooze_min)
        self.store.record_response(response, self.today())
        if response.tick_item:
            self.dataChanged.emit("checklist")
            self.dataChanged.emit("wins")
        self.reschedule()

    # -- perspective notes and the weekly self-check ---------------------------------------

    def perspective_note(self) -> str | None:
        """Today's note, at most once a day wherever it appears (pop-up or "I'm behind")."""
        today = self.today()
        raw = self.store.get_value(PERSPECTIVE_SHOWN)
        try:
            last = date.fromisoformat(raw) if raw else None
        except ValueError:
            last = None
        note = perspective.note_for(today, last)
        if note is not None:
            self.store.set_value(PERSPECTIVE_SHOWN, today.isoformat())
        return note

    def this_week(self) -> str:
        return redflags.week_label(self.today())

    def week_check(self) -> WeekCheck | None:
        week = self.this_week()
        return self.store.week_checks([week]).get(week)

    def selfcheck_due(self) -> bool:
        """The weekly red-flag self-check has not been answered this week."""
        week = self.this_week()
        return redflags.check_due(self.store.week_checks([week]), week)

    def save_week_check(self, signs: frozenset[str]) -> bool:
        """Save this week's self-check; True when signs repeat two weeks running."""
        week = self.this_week()
        self.store.save_week_check(WeekCheck(week, signs), self.clock.now())
        self.dataChanged.emit("selfcheck")
        checks = self.store.week_checks([week, redflags.previous_week(week)])
        return redflags.should_show_support(checks, week)

    # -- wake-ups --------------------------------------------------------------------------

    def start(self) -> None:
        """Begin the wake-up cycle (after the event loop is running)."""
        self.wake()

    def resumed(self) -> None:
        """The computer woke up (or the clock changed): look again at once."""
        log.info("resume or clock change: recomputing")
        self.wake()

    def wake(self) -> None:
        now, elapsed = self.clock.now(), self.clock.elapsed()
        gap = (now - self._last_wall).total_seconds() - (elapsed - self._last_elapsed)
        if abs(gap) > JUMP_TOLERANCE_S:
            log.info("wall clock moved by %.0f s against elapsed time", gap)
        self._last_wall, self._last_elapsed = now, elapsed
        self._settle()  # emits itself when the block just finished
        if self.active_block is not None:
            self.focusChanged.emit()  # icon and tooltip step
        if not self._showing_checkin:
            self._show_checkins(self.due_checkins())
        self.reschedule()

    def next_wakeup_ms(self) -> int:
        """Milliseconds until the next moment that matters, capped at MAX_SLEEP_MS."""
        waits: list[float] = [MAX_SLEEP_MS / 1000]
        block = self.active_block
        if block is not None and block.state is FocusState.RUNNING:
            step = max(ICON_STEP_S, block.planned_s / rules.PROGRESS_STEPS)
            waits.append(min(step, rules.remaining_s(block, self.clock)))
        if not self._showing_checkin:
            nxt = checkins.next_wakeup(
                self._settings.questions, self._histories(), self._schedule(), self.clock.now()
            )
            if nxt is not None:
                waits.append((nxt - self.clock.now()).total_seconds())
        return max(0, int(min(waits) * 1000) + 1)

    def reschedule(self) -> None:
        self._wake.start(self.next_wakeup_ms())

    def stop_timers(self) -> None:
        self._wake.stop()

    # -- remote commands ---------------------------------------------------------------------

    def handle_request(self, request: dict[str, Any]) -> dict[str, Any]:
        cmd = request["cmd"]
        try:
            if cmd == "focus.start":
                running = self.active_block
                self.start_focus(request.get("minutes"), request.get("step"))
                if running is not None:
                    note = "A block is already running; here it is. Stop it first to start another."
                    return {"ok": True, "status": self.focus_status(), "note": note}
            elif cmd == "focus.pause":
                self.pause_focus()
            elif cmd == "focus.resume":
                self.resume_focus()
            elif cmd == "focus.stop":
                self.stop_focus()
            elif cmd == "checkin.now":
                self.checkin_now()
                return {"ok": True}
            elif cmd == "settings.set":
                return self.set_settings_text(request["pairs"])
            elif cmd == "show":
                self.showRequested.emit("today")
                if not main_window_shown():
                    return {"ok": False, "error": "the window could not be shown on this screen"}
                return {"ok": True, "note": "Behind's window is open."}
            elif cmd == "quit":
                self.quitRequested.emit()
                return {"ok": True}
        except FocusError as e:
            return {"ok": False, "error": say(e.phrase)}
        return {"ok": True, "status": self.focus_status()}
