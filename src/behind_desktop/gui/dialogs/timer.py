"""The small timer window: time left, the step, pause/resume, +5 min, stop.

It ticks once a second only while it is visible; hidden, it costs nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core.focus import CONTEXT as FOCUS_CONTEXT
from behind_desktop.core.focus import (
    EXTEND_MINUTES,
    STEP_SUGGESTIONS,
    format_mmss,
)
from behind_desktop.core.perspective import Place
from behind_desktop.gui.i18n import perspective_note, words
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.widgets.accent import primary
from behind_desktop.gui.widgets.theme import Space, Type, set_type, spaced, unit
from behind_desktop.gui.widgets.uikit import guarded, show_thought, thought_label
from behind_desktop.services.focus import FocusView


class TimerWindow(QWidget):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.c = bridge
        self.focus = bridge.services.focus
        self.setWindowTitle(self.tr("Behind · focus"))
        self.setObjectName("timerWindow")

        self.time_label = QLabel()
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_type(self.time_label, Type.DISPLAY)
        self.time_label.setAccessibleName(self.tr("Time left"))

        self.state_label = QLabel()
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setAccessibleName(self.tr("Block state"))

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        # A thin line, not a box that looks like a text field; it scales with the font.
        self.progress.setFixedHeight(unit(self))
        self.progress.setAccessibleName(self.tr("Progress through the block"))

        self.step = QComboBox()
        self.step.setEditable(True)
        self.step.addItems([words(FOCUS_CONTEXT, s) for s in STEP_SUGGESTIONS])
        self.step.setCurrentIndex(-1)
        edit = self.step.lineEdit()
        assert edit is not None
        self.edit = edit
        self.edit.setPlaceholderText(self.tr("Name the tiny step (optional)"))
        self.edit.setMaxLength(120)
        self.step.setAccessibleName(self.tr("The tiny step"))
        # Room for a step of a few words, in the user's font size.
        self.step.setMinimumWidth(self.fontMetrics().horizontalAdvance("m") * 24)
        self.step.setAccessibleDescription(
            self.tr("What this block is for, for example: read 3 pages")
        )
        self.edit.editingFinished.connect(self._rename)
        self.step.activated.connect(lambda _i: self._rename())

        self.start_btn = primary(QPushButton(self.tr("&Start")))
        self.pause_btn = QPushButton(self.tr("&Pause"))
        self.extend_btn = QPushButton(self.tr("+%n min", "", EXTEND_MINUTES))
        self.stop_btn = QPushButton(self.tr("S&top"))
        self.start_btn.setAccessibleName(self.tr("Start a focus block"))
        self.pause_btn.setAccessibleName(self.tr("Pause or resume"))
        self.extend_btn.setAccessibleName(self.tr("Add %n minutes", "", EXTEND_MINUTES))
        self.stop_btn.setAccessibleName(self.tr("Stop the block"))
        self.start_btn.clicked.connect(self._start)
        self.pause_btn.clicked.connect(self._toggle_pause)
        self.extend_btn.clicked.connect(guarded(lambda: self.focus.extend(self), self.refresh))
        self.stop_btn.clicked.connect(guarded(lambda: self.focus.stop(self), self.refresh))

        buttons = spaced(QHBoxLayout(), Space.S)
        for b in (self.start_btn, self.pause_btn, self.extend_btn, self.stop_btn):
            buttons.addWidget(b)
        self.thought = thought_label(self.tr("A thought for this block"))
        self._thought_day: date | None = None

        layout = spaced(QVBoxLayout(self), Space.S, Space.L)
        # A fixed size: tiling compositors (sway, i3) float it instead of a full tile.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(self.time_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.step)
        layout.addLayout(buttons)
        layout.addWidget(self.thought)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.refresh)
        bridge.focusView.connect(self.refresh)
        self.refresh()

    def _start(self) -> None:
        self.focus.start(step=self.step.currentText() or None, origin=self)

    def _toggle_pause(self) -> None:
        guarded(lambda: self.focus.toggle(self), self.refresh)()

    def _rename(self) -> None:
        text = self.step.currentText().strip()
        block = self.focus.active
        if block is not None and text != block.step:
            guarded(lambda: self.focus.rename(text, self), self.refresh)()

    def focus_step(self) -> None:
        """Ready for typing the step's name (the tray's "Name the step…")."""
        self.step.setFocus()
        self.edit.selectAll()

    def refresh(self, view: FocusView | None = None) -> None:
        """Draw the block's snapshot; the one-second tick asks for a fresh one."""
        view = view or self.c.focus_view()
        block = view.active
        active = block is not None
        running = view.running
        remaining = view.remaining_s
        if block is not None:
            self.time_label.setText(format_mmss(remaining))
            self.state_label.setText(self.tr("Focusing") if running else self.tr("Paused"))
            self.progress.setValue(round(view.progress * 1000))
            if not self.edit.hasFocus():
                self.step.setEditText(block.step)
                self.edit.setCursorPosition(0)  # a long step shows its start
        else:
            self.time_label.setText(format_mmss(view.default_minutes * 60))
            self.state_label.setText(self.tr("Ready when you are"))
            self.progress.setValue(0)
        self.start_btn.setVisible(not active)
        self.pause_btn.setEnabled(active)
        self.pause_btn.setText(self.tr("&Pause") if running or not active else self.tr("&Resume"))
        self.extend_btn.setEnabled(active)
        self.stop_btn.setEnabled(active)
        self.time_label.setAccessibleDescription(
            self.tr("%n minute(s) left", "", max(1, round(remaining / 60))) if active else ""
        )
        if self.isVisible() and running:
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        today = self.c.services.today()
        if self._thought_day != today:  # the day's note, if no other window had it yet
            self._thought_day = today
            note = self.c.services.checkins.perspective_note(Place.FOCUS)
            show_thought(self.thought, perspective_note(note))
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        super().closeEvent(event)
