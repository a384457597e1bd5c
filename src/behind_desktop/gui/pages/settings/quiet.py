"""When check-ins wait: quiet hours, shift mode's wake time, and time away from the desk."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from behind_desktop.core import settings as definitions
from behind_desktop.gui.pages.settings import binding
from behind_desktop.gui.pages.settings.binding import worded_note
from behind_desktop.gui.pages.settings.fields import form, time_edit
from behind_desktop.gui.pages.settings.host import Host
from behind_desktop.gui.widgets.theme import row_layout
from behind_desktop.gui.widgets.uikit import TitledCard, make_muted, problem_label, show_problem


class QuietGroup(TitledCard):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.setTitle(self.tr("When check-ins wait"))
        layout = form(self)
        self.quiet_start = time_edit(self.tr("Quiet hours start"))
        self.quiet_end = time_edit(self.tr("Quiet hours end"))
        quiet = row_layout()
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(QLabel(self.tr("to")))
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)
        layout.addRow(self.tr("Quiet hours"), quiet)
        self.quiet_problem = problem_label(self.tr("Problem with quiet hours"))
        layout.addRow(self.quiet_problem)
        self.quiet_note = problem_label(self.tr("About quiet hours"))
        layout.addRow(self.quiet_note)
        self.shift = QCheckBox(self.tr("Shift mode: follow my wake time, not the clock"))
        self.shift.setAccessibleDescription(
            self.tr("For nights and on-call: check-in times and quiet hours move with your day")
        )
        layout.addRow(self.shift)
        self.wake = time_edit(self.tr("Wake time in shift mode"))
        layout.addRow(self.tr("I woke up at"), self.wake)
        self.shift_note = QLabel()
        self.shift_note.setWordWrap(True)
        self.shift_note.setAccessibleName(self.tr("How shift mode moves the times"))
        make_muted(self.shift_note)
        layout.addRow(self.shift_note)
        self.wake_problem = problem_label(self.tr("Problem with the wake time"))
        layout.addRow(self.wake_problem)
        self.away = QSpinBox()
        self.away.setSuffix(self.tr(" min"))
        self.away.setAccessibleName(self.tr("Minutes away before check-ins wait"))
        layout.addRow(self.tr("Wait while I've been away for"), self.away)
        self.away_problem = problem_label(self.tr("Problem with the away time"))
        layout.addRow(self.away_problem)

        bind = host.bindings.add
        bind(binding.clock(definitions.QUIET_START, self.quiet_start))
        bind(binding.clock(definitions.QUIET_END, self.quiet_end))
        bind(binding.check(definitions.SHIFT_MODE, self.shift))
        bind(binding.clock(definitions.WAKE_TIME, self.wake))
        bind(binding.spin(definitions.AWAY_MINUTES, self.away))
        self.shift.toggled.connect(self.wake.setEnabled)
        self.first_time = definitions.Settings().questions[0].times[0]
        for edit in (self.quiet_start, self.quiet_end, self.wake):
            edit.timeChanged.connect(self.explain)
        self.shift.toggled.connect(self.explain)
        self.problems = {
            "quiet_start": self.quiet_problem,
            "quiet_end": self.quiet_problem,
            "wake_time": self.wake_problem,
            "day_starts": self.wake_problem,
            "away_minutes": self.away_problem,
        }
        self.wheel_fields: list[QWidget] = [self.quiet_start, self.quiet_end, self.wake, self.away]

    def loaded(self, settings: definitions.Settings) -> None:
        self.wake.setEnabled(self.shift.isChecked())
        asked = [t for q in settings.questions if q.enabled for t in q.times]
        self.first_time = min(asked, default=self.first_time)
        self.explain()

    def explain(self) -> None:
        """Say what the fields mean as they are now: no quiet hours, where shift mode moves
        the times."""
        start, end = self._time(self.quiet_start), self._time(self.quiet_end)
        show_problem(
            self.quiet_note,
            worded_note(definitions.Note.NO_QUIET_HOURS) if start == end else None,
        )
        wake = self._time(self.wake)
        if not self.shift.isChecked():
            text = self.tr(
                "Times are clock times. In shift mode they follow your day instead: they move "
                "by as much as your wake time differs from 07:00."
            )
        else:
            hhmm = definitions.format_times
            text = (
                self.tr(
                    "Waking at %1 instead of 07:00 moves every time by the same amount: "
                    "a %2 check-in comes at %3, and quiet hours run from %4 to %5."
                )
                .replace("%1", hhmm([wake]))
                .replace("%2", hhmm([self.first_time]))
                .replace("%3", hhmm([definitions.moved(self.first_time, wake)]))
                .replace("%4", hhmm([definitions.moved(start, wake)]))
                .replace("%5", hhmm([definitions.moved(end, wake)]))
            )
        self.shift_note.setText(text)

    @staticmethod
    def _time(edit: QTimeEdit) -> time:
        return time(edit.time().hour(), edit.time().minute())

    def tab_widgets(self) -> list[QWidget]:
        return [self.quiet_start, self.quiet_end, self.shift, self.wake, self.away]
