"""Focus blocks and sounds: how long a block is, and how its end is told."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget

from behind_desktop.core import settings as definitions
from behind_desktop.gui.pages.settings import binding
from behind_desktop.gui.pages.settings.fields import form
from behind_desktop.gui.pages.settings.host import Host
from behind_desktop.gui.widgets.uikit import TitledCard, problem_label


class FocusGroup(TitledCard):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.setTitle(self.tr("Focus blocks"))
        layout = form(self)
        self.focus = QSpinBox()
        d = definitions.FOCUS_MINUTES
        self.focus.setSuffix(self.tr(" min"))
        self.focus.setAccessibleName(self.tr("Focus block length in minutes"))
        self.focus_problem = problem_label(self.tr("Problem with the focus length"))
        self.sounds = QCheckBox(self.tr("Play a soft chime when a block ends"))
        self.notifications = QCheckBox(self.tr("Show a notification when a block ends"))
        layout.addRow(self.tr("Length of one block"), self.focus)
        layout.addRow(self.focus_problem)
        layout.addRow(self.sounds)
        layout.addRow(self.notifications)

        host.bindings.add(binding.spin(d, self.focus))
        host.bindings.add(binding.check(definitions.SOUNDS, self.sounds))
        host.bindings.add(binding.check(definitions.NOTIFICATIONS, self.notifications))
        self.problems = {d.key: self.focus_problem}
        self.wheel_fields: list[QWidget] = [self.focus]

    def tab_widgets(self) -> list[QWidget]:
        return [self.focus, self.sounds, self.notifications]
