"""The strip at the top of the main window: the focus block and the care flows.

Everything the tray menu offers is here too, so the app stays whole where there
is no tray (GNOME without AppIndicator, a tray that comes late) or where a
click on the icon only opens the menu. It redraws when the block changes; it
runs no timer of its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from behind_desktop.core.focus import minutes_left
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.shell.navigator import Navigator
from behind_desktop.gui.widgets.uikit import guarded
from behind_desktop.services.commands import CheckinNow
from behind_desktop.services.focus import FocusView


class FocusBar(QWidget):
    def __init__(self, bridge: Bridge, navigator: Navigator) -> None:
        super().__init__()
        self.c = bridge
        self.focus = bridge.services.focus
        self.nav = navigator
        self.setObjectName("focusBar")
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Focus block"))
        self.start_btn = self._button(self.tr("Start %n minute(s)", "", 15), self._start)
        self.start_btn.setAccessibleName(self.tr("Start a focus block"))
        self.pause_btn = self._button(self.tr("Pause"), self._toggle)
        self.pause_btn.setAccessibleName(self.tr("Pause or resume the block"))
        self.stop_btn = self._button(self.tr("Stop"), guarded(self._stop, self.refresh))
        self.stop_btn.setAccessibleName(self.tr("Stop the block"))
        self.timer_btn = self._button(self.tr("Timer"), navigator.show_timer)
        self.timer_btn.setAccessibleName(self.tr("Show the timer"))
        self.behind_btn = self._button(self.tr("I'm behind…"), navigator.show_behind)
        self.behind_btn.setAccessibleName(self.tr("I'm behind: one question, then one step"))
        self.checkin_btn = self._button(self.tr("Check in"), lambda: self.c.run(CheckinNow()))
        self.checkin_btn.setAccessibleName(self.tr("Check in now"))
        self.quit_btn = self._button(self.tr("Quit"), self.c.quitRequested.emit)
        self.quit_btn.setAccessibleName(self.tr("Quit Behind"))
        self.quit_btn.setToolTip(self.tr("There is no tray icon here, so Behind quits from here."))
        # Two short rows, so the window never has to widen when a block starts:
        # what is happening, with the care flows beside it; then the block's controls.
        self.state.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        for b in (self.behind_btn, self.checkin_btn, self.quit_btn):
            top.addWidget(b)
        column.addLayout(top)
        row = QHBoxLayout()
        for b in (self.start_btn, self.pause_btn, self.stop_btn, self.timer_btn):
            row.addWidget(b)
        row.addStretch(1)
        column.addLayout(row)
        bridge.focusView.connect(self.refresh)  # also when the block's length is set anew
        self.refresh()

    def _button(self, text: str, slot: object) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(lambda _=False: slot())  # type: ignore[operator]
        return b

    def buttons(self) -> list[QPushButton]:
        """In reading (and tab) order."""
        return [
            self.behind_btn,
            self.checkin_btn,
            self.quit_btn,
            self.start_btn,
            self.pause_btn,
            self.stop_btn,
            self.timer_btn,
        ]

    def _start(self) -> None:
        self.focus.start(origin=self)

    def _stop(self) -> None:
        self.focus.stop(origin=self)

    def _toggle(self) -> None:
        guarded(lambda: self.focus.toggle(origin=self), self.refresh)()

    def refresh(self, view: FocusView | None = None) -> None:
        """Draw the block's snapshot (a fresh one when none is given)."""
        view = view or self.c.focus_view()
        block = view.active
        self.start_btn.setText(self.tr("Start %n minute(s)", "", view.default_minutes))
        if block is None:
            self.state.setText(self.tr("Ready for one tiny step."))
        else:
            left = minutes_left(view.remaining_s)
            if view.paused:
                text = self.tr("Paused, %n min left", "", left)
            else:
                text = self.tr("Focusing, %n min left", "", left)
            if block.step:
                text += f" · {block.step}"
            self.state.setText(text)
        active = block is not None
        self.start_btn.setVisible(not active)
        self.pause_btn.setVisible(active)
        self.pause_btn.setText(self.tr("Resume") if view.paused else self.tr("Pause"))
        self.stop_btn.setVisible(active)
        self.timer_btn.setVisible(active)
        self.quit_btn.setVisible(not self.nav.tray_shown())
