"""Language and weeks: the words Behind uses and the day a week starts on."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from behind_desktop.core import settings as definitions
from behind_desktop.gui.pages.settings import binding
from behind_desktop.gui.pages.settings.fields import form
from behind_desktop.gui.pages.settings.host import Host
from behind_desktop.gui.widgets.uikit import TitledCard, problem_label

# Each language in its own words, as a person looking for it would recognise it.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}


class WeeksGroup(TitledCard):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.setTitle(self.tr("Language and weeks"))
        layout = form(self)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("As my system does"), "")
        for code in definitions.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.week_start = QComboBox()
        self.week_start.setAccessibleName(self.tr("Weeks start on"))
        self.week_start.addItem(self.tr("As my system does"), None)
        for n in range(7):
            self.week_start.addItem(QLocale().dayName(n + 1), n)
        self.language_problem = problem_label(self.tr("Problem with the language"))
        self.week_problem = problem_label(self.tr("Problem with the first day of the week"))
        layout.addRow(self.tr("Language"), self.language)
        layout.addRow(self.language_problem)
        layout.addRow(self.tr("Weeks start on"), self.week_start)
        layout.addRow(self.week_problem)

        host.bindings.add(binding.choice(definitions.LANGUAGE, self.language))
        host.bindings.add(binding.choice(definitions.FIRST_WEEKDAY, self.week_start))
        self.problems = {"language": self.language_problem, "first_weekday": self.week_problem}
        self.wheel_fields: list[QWidget] = [self.language, self.week_start]

    def tab_widgets(self) -> list[QWidget]:
        return [self.language, self.week_start]
