"""The tray icon: one click starts a 15-minute block; the menu holds everything.

Where there is no tray (GNOME without the AppIndicator extension, or a tray that
appears late after login) the main window stands in, and the icon is adopted as
soon as a tray shows up. Looking for a late tray backs off to once a minute.
Windows are asked for through the ``Navigator``; the tray knows no window class.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from behind_desktop.core.focus import EXTEND_MINUTES, format_mmss, minutes_left
from behind_desktop.gui.i18n import clock_time
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.shell.navigator import Navigator, Page
from behind_desktop.gui.widgets import icons
from behind_desktop.gui.widgets.glance_words import GlanceWords, today_line
from behind_desktop.services.focus import FocusView

if TYPE_CHECKING:
    from behind_desktop.services.commands import Command


def _commands() -> Any:
    """The command table's types, loaded with the first menu choice, not at start-up."""
    from behind_desktop.services import commands

    return commands


DOUBLE_CLICK_GUARD_S = 1.0
TRAY_RETRY_MS = (1000, 2000, 5000, 10000, 30000, 60000)

Reason = QSystemTrayIcon.ActivationReason


class Tray(QObject):
    adopted = Signal()  # the icon is showing in a tray (at start or once one appears)

    def __init__(self, bridge: Bridge, navigator: Navigator) -> None:
        super().__init__(bridge)
        self.c = bridge
        self.s = bridge.services
        self.w = navigator
        self.icon = QSystemTrayIcon(self)
        self.icon.activated.connect(self._activated)
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.glance_words = GlanceWords(self)
        self._build_menu()
        self.icon.setContextMenu(self.menu)
        self._last_start = 0.0
        self._look = QTimer(self)
        self._look.setSingleShot(True)
        self._look.timeout.connect(self.adopt)
        self._tries = 0
        self._key: tuple[str, int, str] | None = None
        bridge.focusView.connect(self.update)
        bridge.changed.connect(self._changed)
        self.update()

    # -- menu ----------------------------------------------------------------------

    def _act(self, text: str, slot: object, name: str) -> QAction:
        action = QAction(text, self.menu)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _build_menu(self) -> None:
        w = self.w
        # Today at a glance, as the menu's first line: something to read, not to click.
        self.a_glance = self._act("", lambda: None, "glance")
        self.a_glance.setEnabled(False)
        self.glance_gap = self.menu.addSeparator()
        self.a_start = self._act(self.tr("&Start a focus block"), self.start_block, "start")
        self.a_timer = self._act(self.tr("Show the &timer"), w.show_timer, "timer")
        # "the block", beside "Pause check-ins": which one is paused must be plain.
        pause, resume = (
            self._command(lambda: _commands().FocusPause()),
            self._command(lambda: _commands().FocusResume()),
        )
        self.a_pause = self._act(self.tr("&Pause the block"), pause, "pause")
        self.a_resume = self._act(self.tr("&Resume the block"), resume, "resume")
        self.a_extend = self._act(
            self.tr("&+%n minutes", "", EXTEND_MINUTES),
            self._command(lambda: _commands().FocusExtend()),
            "extend",
        )
        self.a_stop = self._act(
            self.tr("St&op"), self._command(lambda: _commands().FocusStop()), "stop"
        )
        self.a_name = self._act(self.tr("&Name the step…"), w.name_step, "name")
        self.menu.addSeparator()
        self.a_behind = self._act(self.tr("I'm &behind…"), w.show_behind, "behind")
        self.a_checkin = self._act(
            self.tr("&Check in now"), self._command(lambda: _commands().CheckinNow()), "checkin"
        )
        self.pause_menu = self.menu.addMenu(self.tr("Pa&use check-ins"))
        self.pause_menu.setObjectName("pauseCheckins")
        for hours, label in (
            (1, self.tr("For 1 hour")),
            (3, self.tr("For 3 hours (clinic)")),
            (8, self.tr("For 8 hours (exam, shift)")),
        ):
            a = self.pause_menu.addAction(label)
            a.triggered.connect(lambda _=False, h=hours: self.pause_checkins(h))
        self.a_unpause = self.pause_menu.addAction(self.tr("Resume check-ins"))
        self.a_unpause.triggered.connect(lambda: self.s.checkins.resume(origin=self))
        self.menu.addSeparator()
        for page, text in (
            (Page.TODAY, self.tr("Today's check&list")),
            (Page.WINS, self.tr("This week's &wins")),
            (Page.SETTINGS, self.tr("S&ettings")),
        ):
            self._act(text, lambda _=False, p=page: w.show_page(p), page.value)
        self.menu.addSeparator()
        self.a_quit = self._act(
            self.tr("&Quit Behind"), self._command(lambda: _commands().Quit()), "quit"
        )
        self.menu.aboutToShow.connect(self._update_menu)

    def _command(self, make: Callable[[], Command]) -> Callable[[], None]:
        """A menu entry runs its command through the one table (as the socket does); a
        block already in another state just refreshes the menu and icon."""

        def run() -> None:
            if not self.c.run(make(), origin=self)["ok"]:
                self.update()

        return run

    def _changed(self, _changes: object) -> None:
        self.update()  # the tooltip's line of today
        self._update_menu()

    def _update_menu(self) -> None:
        view = self.c.focus_view()
        on = view.active is not None
        line = today_line(self.c, self.glance_words)
        self.a_glance.setText(line.replace("&", "&&"))
        self.a_glance.setVisible(bool(line))
        self.glance_gap.setVisible(bool(line))
        self.a_start.setText(self.tr("&Start a %n-minute block", "", view.default_minutes))
        self.a_start.setVisible(not on)
        self.a_timer.setVisible(on)
        self.a_pause.setVisible(view.running)
        self.a_resume.setVisible(view.paused)
        self.a_extend.setVisible(on)
        self.a_stop.setVisible(on)
        self.a_name.setVisible(on)
        until = self.s.checkins.paused_until()
        self.a_unpause.setVisible(until is not None)
        if until is None:
            self.pause_menu.setTitle(self.tr("Pa&use check-ins"))
        else:
            self.pause_menu.setTitle(
                self.tr("Check-ins pa&used until %1").replace("%1", clock_time(until))
            )

    # -- clicks ----------------------------------------------------------------------

    def start_block(self) -> None:
        self._last_start = time.monotonic()
        was_idle = self.s.focus.active is None
        self.s.focus.start(origin=self)
        view = self.c.focus_view()
        if was_idle and view.active is not None:
            # The icon alone is easy to miss: say in a few words what just began.
            ends = self.s.now() + timedelta(seconds=view.remaining_s)
            minutes = view.active.planned_s // 60
            text = self.tr("%n minute(s) on one tiny step — until %1", "", minutes)
            self.confirm(text.replace("%1", clock_time(ends)))

    def pause_checkins(self, hours: float) -> None:
        self.s.checkins.pause(hours, origin=self)
        until = self.s.checkins.paused_until()
        if until is not None:
            text = self.tr("No check-ins until %1. “Resume check-ins” brings them back sooner.")
            self.confirm(text.replace("%1", clock_time(until)))

    def confirm(self, text: str) -> None:
        """A short word that what was asked for happened (a bubble, where they're wanted)."""
        if self.s.settings.current().notifications:
            self.notify("Behind", text)

    def _activated(self, reason: Reason) -> None:
        if reason in (Reason.Trigger, Reason.DoubleClick):
            if self.w.open_waiting():
                return  # a check-in or a prompt was waiting for this click
            if self.s.focus.active is None:
                self.start_block()
            elif time.monotonic() - self._last_start > DOUBLE_CLICK_GUARD_S:
                self.w.show_timer()
        elif reason == Reason.MiddleClick:
            self.w.show_page(Page.TODAY)

    # -- look ------------------------------------------------------------------------

    def update(self, view: FocusView | None = None) -> None:
        """Draw the block's snapshot (a fresh one when none is given)."""
        view = view or self.c.focus_view()
        block = view.active
        if block is None:
            key = ("idle", 0, "")
            tip = self.tr("Behind · click to start a %n-minute block", "", view.default_minutes)
        else:
            kind = "running" if view.running else "paused"
            step = icons.progress_step(view.progress)
            minutes = minutes_left(view.remaining_s)
            left = self.tr("%n min left", "", minutes)
            if kind == "paused":
                left = self.tr("Paused · %1 left").replace("%1", format_mmss(view.remaining_s))
            tip = f"Behind · {left}" + (f"\n{block.step}" if block.step else "")
            key = (kind, step, tip)
        # Today's line last; the first line already says how long the block has left.
        line = today_line(self.c, self.glance_words, block=False)
        if line:
            tip = f"{tip}\n{line}"
            key = (key[0], key[1], tip)
        if self.w.waiting is not None:
            # What waits comes first; the block's time and today's line stay below it.
            rest = tip.removeprefix("Behind · ") if block is not None else ""
            tip = self.w.waiting_tip + (f"\n{rest}" if rest else "")
            key = ("waiting", 0, tip)
        if key == self._key:
            return
        self._key = key
        self.icon.setIcon(icons.tray_icon(key[0], key[1]))
        self.icon.setToolTip(tip)
        self._update_menu()

    # -- tray availability -------------------------------------------------------------

    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def adopt(self) -> bool:
        """Show the icon if a tray exists; otherwise look again later, less often."""
        if self.available():
            self.icon.show()
            self._look.stop()
            self.adopted.emit()
            return True
        delay = TRAY_RETRY_MS[min(self._tries, len(TRAY_RETRY_MS) - 1)]
        self._tries += 1
        self._look.start(delay)
        return False

    def notify(self, title: str, text: str) -> bool:
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, icons.app_icon(), 8000)
            return True
        return False

    def hide(self) -> None:
        self._look.stop()
        self.icon.hide()
