"""Support contacts: the user's own people, and a crisis line for their country."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core.settings import Settings
from behind_desktop.core.support import CRISIS_LINES, Contact
from behind_desktop.gui.i18n import crisis_line, crisis_lines
from behind_desktop.gui.pages.settings.host import Host
from behind_desktop.gui.pages.settings.rows import RowList, list_layout, numbered
from behind_desktop.gui.widgets.theme import Space, spaced
from behind_desktop.gui.widgets.uikit import TitledCard, note_label, problem_label, show_problem

TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole


def system_country() -> str:
    """Two letters for where the system locale says we are ("" for a "C" locale)."""
    return QLocale.territoryToCode(QLocale.system().territory())


class ContactRow(QWidget):
    def __init__(self, group: ContactsGroup, contact: Contact | None) -> None:
        super().__init__()
        self.kind = contact.kind if contact else "personal"
        self.name = QLineEdit(contact.name if contact else "")
        self.name.setPlaceholderText(self.tr("Who"))
        self.name.setCursorPosition(0)
        self.detail = QLineEdit(contact.detail if contact else "")
        self.detail.setPlaceholderText(self.tr("Phone, email, room…"))
        self.detail.setCursorPosition(0)  # a long detail shows its start, not its end
        self.remove = QPushButton(self.tr("Remove"))
        self.problem = problem_label(self.tr("Problem with this contact"))
        self.renumber(0)
        row = spaced(QHBoxLayout(), Space.S)
        row.addWidget(self.name, 2)
        row.addWidget(self.detail, 2)
        row.addWidget(self.remove)
        col = spaced(QVBoxLayout(self), Space.XS)
        col.addLayout(row)
        col.addWidget(self.problem)
        self.name.textEdited.connect(group.host.changed)
        self.detail.textEdited.connect(group.host.changed)
        self.remove.clicked.connect(lambda: group.remove(self))

    def renumber(self, n: int) -> None:
        numbered(
            n,
            [
                (self.name, self.tr("Contact %1 name")),
                (self.detail, self.tr("Contact %1 details")),
                (self.remove, self.tr("Remove contact %1")),
            ],
        )

    def raw(self) -> dict[str, Any]:
        return {"name": self.name.text(), "detail": self.detail.text(), "kind": self.kind}

    def tab_widgets(self) -> list[QWidget]:
        return [self.name, self.detail, self.remove]


class ContactsGroup(TitledCard):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.setTitle(self.tr("Support contacts"))
        self.contacts_problem = problem_label(self.tr("Problem with the contacts"))
        self.add_contact_btn = QPushButton(self.tr("Add a contact"))
        self.add_contact_btn.clicked.connect(lambda: self.add(None))
        col, self.box = list_layout(
            self,
            self.tr(
                "People with power and perspective: an advisor, student affairs, counselling, "
                "someone you trust. Behind only shows them to you; it never contacts anyone."
            ),
            self.contacts_problem,
            self.add_contact_btn,
        )
        col.addLayout(self._crisis_picker())
        check = note_label(
            self.tr(
                "Numbers change. Please check that a crisis line is right for where you are, "
                "before the day you might need it."
            ),
            self.tr("About crisis lines"),
        )
        col.addWidget(check)
        self.problems = {"contacts": self.contacts_problem}
        self.list: RowList[ContactRow] = RowList(
            host, self.box, lambda c: ContactRow(self, c), self.add_contact_btn, lambda r: r.name
        )
        self.wheel_fields: list[QWidget] = [self.country]

    def _crisis_picker(self) -> QHBoxLayout:
        self.country = QComboBox()
        self.country.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.country.setMinimumContentsLength(14)
        self.country.setAccessibleName(self.tr("Country for a crisis line"))
        self.country.setPlaceholderText(self.tr("Choose a country"))
        for code, country, line in crisis_lines():
            self.country.addItem(country, code)
            at = self.country.count() - 1
            self.country.setItemData(at, f"{line.name}: {line.detail}", TOOLTIP_ROLE)
        here = system_country()
        # Nothing chosen unless the system says where we are (a "C" locale says nowhere).
        self.country.setCurrentIndex(self.country.findData(here) if here in CRISIS_LINES else -1)
        self.crisis_btn = QPushButton(self.tr("Add this crisis line"))
        self.crisis_btn.setAccessibleDescription(
            self.tr("Adds the selected crisis line to your contacts; check the number is right")
        )
        self.crisis_btn.clicked.connect(self.add_crisis_line)
        self.crisis_btn.setEnabled(self.country.currentIndex() >= 0)
        self.country.currentIndexChanged.connect(lambda at: self.crisis_btn.setEnabled(at >= 0))
        crisis = spaced(QHBoxLayout(), Space.S)
        crisis_label = QLabel(self.tr("A crisis line for my country:"))
        crisis_label.setBuddy(self.country)
        crisis.addWidget(crisis_label)
        crisis.addWidget(self.country, 1)
        crisis.addWidget(self.crisis_btn)
        return crisis

    @property
    def rows(self) -> list[ContactRow]:
        return self.list.rows

    def load(self, settings: Settings) -> None:
        self.list.load(settings.contacts)

    def add(self, contact: Contact | None) -> ContactRow:
        return self.list.add(contact)

    def remove(self, row: ContactRow) -> None:
        self.list.remove(row)

    def add_crisis_line(self) -> None:
        line = CRISIS_LINES.get(str(self.country.currentData()))
        if line is None:
            return
        row = self.add(crisis_line(line))
        show_problem(
            row.problem,
            self.tr("Added. Please check this number is right for you, then save."),
        )

    def tab_widgets(self) -> list[QWidget]:
        return [*self.list.tab_widgets(), self.add_contact_btn, self.country, self.crisis_btn]
