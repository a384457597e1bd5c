"""When check-ins wait: quiet hours, shift mode's wake time, and time away from the desk."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from behind_desktop.core import settings as definitions
from behind_desktop.gui.pages.settings import binding
from behind_desktop.gui.pages.settings.fields import form, time_edit
from behind_desktop.gui.pages.settings.host import Host
from behind_desktop.gui.widgets.uikit import problem_label


class QuietGroup(QGroupBox):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.setTitle(self.tr("When check-ins wait"))
        layout = form(self)
        self.quiet_start = time_edit(self.tr("Quiet hours start"))
        self.quiet_end = time_edit(self.tr("Quiet hours end"))
        quiet = QHBoxLayout()
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(QLabel(self.tr("to")))
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)
        layout.addRow(self.tr("Quiet hours"), quiet)
        self.quiet_problem = problem_label(self.tr("Problem with quiet hours"))
        layout.addRow(self.quiet_problem)
        self.shift = QCheckBox(self.tr("Shift mode: follow my wake time, not the clock"))
        self.shift.setAccessibleDescription(
            self.tr("For nights and on-call: check-in times and quiet hours move with your day")
        )
        layout.addRow(self.shift)
        self.wake = time_edit(self.tr("Wake time in shift mode"))
        layout.addRow(self.tr("I woke up at"), self.wake)
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
        self.problems = {
            "quiet_start": self.quiet_problem,
            "quiet_end": self.quiet_problem,
            "wake_time": self.wake_problem,
            "day_starts": self.wake_problem,
            "away_minutes": self.away_problem,
        }
        self.wheel_fields: list[QWidget] = [self.quiet_start, self.quiet_end, self.wake, self.away]

    def loaded(self) -> None:
        self.wake.setEnabled(self.shift.isChecked())

    def tab_widgets(self) -> list[QWidget]:
        return [self.quiet_start, self.quiet_end, self.shift, self.wake, self.away]
