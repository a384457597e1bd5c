"""The Qt side of the services: one wake-up timer, and change sets as Qt signals.

Views call ``bridge.services`` for every use case (services are Qt-free and own
the store) and listen here: ``changed`` carries every ``Changes`` (views skip their
own edits with ``changes.by(self)``), ``focusView`` a fresh ``FocusView`` whenever
the block changes or its icon steps, ``ended`` a block that finished or was stopped.
``run(command)`` carries out a command from the one table (socket, tray menu).

Timers are only wake-ups. One single-shot timer is set for the next moment that
matters (the block's end, the next icon step while a block runs, the next
check-in) and every wake-up recomputes from stored facts. Qt's timers stop
counting while the computer sleeps, so the timer is never set further than
MAX_SLEEP_MS ahead; a resume signal from the system (where there is one) wakes
it at once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from behind_desktop.core.checkins import Due
from behind_desktop.core.text import Phrase
from behind_desktop.gui.i18n import say
from behind_desktop.services.app import ICON_STEP_S, Services
from behind_desktop.services.changes import Changes, Origin, Topic
from behind_desktop.services.focus import FocusView
from behind_desktop.services.page import Page

if TYPE_CHECKING:
    from behind_desktop.services.commands import Command

log = logging.getLogger(__name__)

MAX_SLEEP_MS = 120_000  # Qt timers don't count suspended time; look again at least this often
JUMP_TOLERANCE_S = 90.0
RESCHEDULE = Topic.FOCUS | Topic.SETTINGS | Topic.CHECKINS

__all__ = ["ICON_STEP_S", "MAX_SLEEP_MS", "Bridge"]


def main_window_shown() -> bool:
    """The main window is on screen now (shown and not minimized)."""
    from PySide6.QtWidgets import QApplication

    return any(
        w.objectName() == "mainWindow" and w.isVisible() and not w.isMinimized()
        for w in QApplication.topLevelWidgets()
    )


class Bridge(QObject):
    changed = Signal(object)  # Changes: what changed and who asked
    focusView = Signal(object)  # FocusView: the block as the tray, strip and timer draw it
    ended = Signal(object)  # Ended: a block that finished or was stopped
    checkinsDue = Signal(list)  # list[Due], shown together as one check-in
    showRequested = Signal(str)  # a page of the main window: "today", "wins", "settings"
    quitRequested = Signal()
    notice = Signal(str)  # a short, kind message: a tray bubble, or a note in the window

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = services.clock
        self._wake = QTimer(self)
        self._wake.setSingleShot(True)
        self._wake.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake.timeout.connect(self.wake)
        self._last_wall = self.clock.now()
        self._last_elapsed = self.clock.elapsed()
        self._showing_checkin = False
        self.asking_now = False  # check-ins being shown because the user asked for them
        services.checkins.begin()
        services.listen(self.apply)

    # -- change sets to signals ----------------------------------------------------------

    def apply(self, changes: Changes) -> None:
        """Every change set from the services arrives here, whoever asked."""
        if Topic.FOCUS in changes or Topic.SETTINGS in changes:
            self._focus_moved()
        if changes.ended is not None:
            self.ended.emit(changes.ended)
        self.changed.emit(changes)
        if changes.topics & RESCHEDULE:
            self.reschedule()

    def _focus_moved(self) -> None:
        """The block changed or its icon steps: every view draws the same snapshot."""
        self.focusView.emit(self.services.focus.view())

    def focus_view(self) -> FocusView:
        return self.services.focus.view()

    # -- commands (the socket, the tray menu) -----------------------------------------------

    def run(self, command: Command, origin: object = Origin.APP) -> dict[str, Any]:
        """Carry out a command from the one table; the reply as it goes on the wire."""
        return self.services.run(command, origin, ui=self).to_wire()

    def handle(self, command: Command) -> dict[str, Any]:
        """A command from ``behind-desktop`` run again (the socket's handler)."""
        return self.run(command, Origin.REMOTE)

    # The ``Ui`` the command table shows things through.

    def show(self, page: Page) -> bool:
        self.showRequested.emit(page.value)
        return main_window_shown()

    def quit(self) -> None:
        self.quitRequested.emit()

    def ask(self, due: list[Due]) -> None:
        if due:
            self.asking_now = True
            try:
                self._show_checkins(due)
            finally:
                self.asking_now = False
        else:
            # True whatever the checklist says: a Layer 1 item no question asks about
            # may still be open. (The app's messages keep their translation context.)
            nothing = QCoreApplication.translate("AppController", "No check-in is due right now.")
            self.notice.emit(nothing)

    def say(self, phrase: Phrase) -> str:
        return say(phrase)

    # -- check-ins on screen ---------------------------------------------------------------

    def _show_checkins(self, due: list[Due]) -> None:
        if due:
            self._showing_checkin = True
            self.checkinsDue.emit(due)

    def checkin_unseen(self, shown_s: float) -> bool:
        return self.services.checkins.unseen(shown_s)

    def checkin_closed(self) -> None:
        self._showing_checkin = False
        self.reschedule()

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
        self.services.data.maintain()  # waiting writes, and the day's backup
        self.services.focus.settle()  # a block that just ended arrives through apply()
        if self.services.focus.active is not None:
            self._focus_moved()  # icon and tooltip step
        if not self._showing_checkin:
            self._show_checkins(self.services.checkins.offer())  # held ones wait
        self.reschedule()

    def next_wakeup_ms(self) -> int:
        """Milliseconds until the next moment that matters, capped at MAX_SLEEP_MS."""
        nxt = self.services.next_moment_s(self._showing_checkin)
        wait = MAX_SLEEP_MS / 1000 if nxt is None else min(MAX_SLEEP_MS / 1000, nxt)
        return max(0, int(wait * 1000) + 1)

    def reschedule(self) -> None:
        self._wake.start(self.next_wakeup_ms())

    def stop_timers(self) -> None:
        self._wake.stop()
