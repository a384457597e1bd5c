"""The flow's "worth talking to someone" page: the user's own people, crisis lines.

Shown when some burnout signs fit. It lists the contacts saved in Settings (the
user's own people first), folds away a list of crisis lines by country, and says
plainly that none of this is a diagnosis. Nothing is dialled or sent.

People and lines are the text that matters most here, so they are drawn in the
body text colour at the body size, one to a row, each with a button that copies
its number (or address) to paste into a phone app or a chat. With no contacts
set, "Add my people" opens Settings at the contacts.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from behind_desktop.core import redflags
from behind_desktop.core.redflags import NOT_A_DIAGNOSIS, SUPPORT_NOTE
from behind_desktop.core.support import Contact
from behind_desktop.gui.dialogs.flow_frame import (
    button_row,
    flow_button,
    flow_heading,
    flow_text,
    page_column,
)
from behind_desktop.gui.i18n import crisis_lines, words
from behind_desktop.gui.widgets.accent import primary
from behind_desktop.gui.widgets.theme import Space, spaced


class CopyRow(QWidget):
    """One person or line in full-contrast text, and a button that copies its details."""

    def __init__(self, name: str, detail: str, bullet: bool = False) -> None:
        super().__init__()
        self.detail = detail
        row = spaced(QHBoxLayout(self), Space.S)
        shown = detail or self.tr("(details not added yet)")
        mark = "\u2022 " if bullet else ""
        self.label = flow_text(f"{mark}{name}: {shown}", "supportRow")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.copy_btn: QToolButton | None = None
        if detail:
            self.copy_btn = QToolButton()
            self.copy_btn.setObjectName("copyDetail")
            self.copy_btn.setText(self.tr("Copy"))
            self.copy_btn.setAccessibleName(self.tr("Copy %1").replace("%1", f"{name}: {detail}"))
            self.copy_btn.setToolTip(self.tr("Copy %1 to paste elsewhere").replace("%1", detail))
            self.copy_btn.clicked.connect(self.copy)
            row.addWidget(self.copy_btn, 0, Qt.AlignmentFlag.AlignTop)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.detail)
        if self.copy_btn is not None:
            self.copy_btn.setText(self.tr("Copied"))


class SupportContent(QWidget):
    """The page's words; its two buttons sit in ``buttons`` for the flow to place."""

    crisisShown = Signal(bool)  # the crisis lines were unfolded (True) or folded away
    addPeople = Signal()  # "Add my people": open Settings at the contacts

    def __init__(self) -> None:
        super().__init__()
        v = page_column(self)
        v.addWidget(flow_heading(self.tr("Worth talking to someone")))
        self.support_text = flow_text("", "supportText")
        v.addWidget(self.support_text)
        self.contacts_label = flow_text("", "contacts")
        self.contacts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.contacts_label.setAccessibleName(self.tr("Your support contacts"))
        v.addWidget(self.contacts_label)
        self.contacts_box = spaced(QVBoxLayout(), Space.XS)
        v.addLayout(self.contacts_box)
        self.contact_rows: list[CopyRow] = []
        self.add_people_btn = flow_button(self.tr("Add my people"), "addPeople")
        self.add_people_btn.setAccessibleDescription(
            self.tr("Opens Settings at the support contacts")
        )
        self.add_people_btn.clicked.connect(self.addPeople.emit)
        v.addLayout(button_row(self.add_people_btn))

        self.crisis_toggle = QToolButton()
        self.crisis_toggle.setObjectName("crisisToggle")
        self.crisis_toggle.setText(self.tr("Crisis lines by country"))
        self.crisis_toggle.setAccessibleName(self.tr("Show crisis lines by country"))
        self.crisis_toggle.setCheckable(True)
        self.crisis_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.crisis_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.crisis_toggle.setAutoRaise(True)
        self.crisis_toggle.toggled.connect(self._toggle_crisis)
        self.crisis_box = QWidget()
        self.crisis_box.setObjectName("crisisLines")
        lines = spaced(QVBoxLayout(self.crisis_box), Space.XS)
        self.crisis_rows = [CopyRow(line.name, line.detail) for _, _, line in crisis_lines()]
        for crisis_row in self.crisis_rows:
            lines.addWidget(crisis_row)
        self.crisis_note = flow_text(
            self.tr(
                "Numbers change; check the one for where you are. If you might act on "
                "thoughts of harming yourself, call your local emergency number now."
            ),
            "crisisNote",
        )
        lines.addWidget(self.crisis_note)
        self.crisis_box.setVisible(False)
        v.addWidget(self.crisis_toggle)
        v.addWidget(self.crisis_box)

        self.diagnosis_label = flow_text(
            words(redflags.CONTEXT, NOT_A_DIAGNOSIS), "notADiagnosis", small=True
        )
        v.addWidget(self.diagnosis_label)
        v.addStretch(1)
        self.step_btn = primary(flow_button(self.tr("Also pick one tiny step"), "alsoStep"))
        self.close_btn = flow_button(self.tr("Close for now"), "closeSupport")
        self.buttons = button_row(self.close_btn, self.step_btn)

    def _toggle_crisis(self, shown: bool) -> None:
        self.crisis_box.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.crisis_toggle.setArrowType(arrow)
        self.crisisShown.emit(shown)

    def show_for(self, repeated: bool, contacts: Sequence[Contact]) -> None:
        """Fill in the words: the stronger note when signs came two weeks running."""
        if repeated:
            text = words(redflags.CONTEXT, SUPPORT_NOTE)
        else:
            text = self.tr(
                "When \u201cbehind\u201d comes with signs like these, grinding harder rarely "
                "helps. The next step is a conversation: tell someone with power and "
                "perspective (an advisor, student affairs, a senior doctor you trust) how it "
                "really is, and ask about fewer extras or more help."
            )
        self.support_text.setText(text)
        self.show_contacts(contacts)
        self.step_btn.setDefault(True)

    def show_contacts(self, contacts: Sequence[Contact]) -> None:
        """The user's own people first; crisis lines they saved come after."""
        for old in self.contact_rows:
            self.contacts_box.removeWidget(old)
            old.deleteLater()
        ordered = sorted(contacts, key=lambda c: c.kind == "crisis")
        self.contact_rows = [CopyRow(c.name, c.detail, bullet=True) for c in ordered]
        for contact_row in self.contact_rows:
            self.contacts_box.addWidget(contact_row)
        self.add_people_btn.setVisible(not ordered)
        if not ordered:
            self.contacts_label.setText(
                self.tr(
                    "You can add the people you'd reach out to (advisor, programme office, "
                    "counselling, a friend) in Settings, so they are here when you need them."
                )
            )
        else:
            self.contacts_label.setText(self.tr("Your people:"))

    def contact_texts(self) -> list[str]:
        return [r.label.text() for r in self.contact_rows]

    def crisis_texts(self) -> list[str]:
        return [r.label.text() for r in self.crisis_rows]
