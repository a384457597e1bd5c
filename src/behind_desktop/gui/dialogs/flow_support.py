"""The flow's "worth talking to someone" page: the user's own people, crisis lines.

Shown when some burnout signs fit. It lists the contacts saved in Settings (the
user's own people first), folds away a list of crisis lines by country, and says
plainly that none of this is a diagnosis. Nothing is dialled or sent.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from behind_desktop.core import redflags
from behind_desktop.core.redflags import NOT_A_DIAGNOSIS, SUPPORT_NOTE
from behind_desktop.core.support import Contact
from behind_desktop.gui.dialogs.flow_frame import button_row, flow_button, flow_heading, flow_text
from behind_desktop.gui.i18n import crisis_lines, words


class SupportContent(QWidget):
    """The page's words; its two buttons sit in ``buttons`` for the flow to place."""

    crisisShown = Signal(bool)  # the crisis lines were unfolded (True) or folded away

    def __init__(self) -> None:
        super().__init__()
        v = QVBoxLayout(self)
        v.addWidget(flow_heading(self.tr("Worth talking to someone")))
        self.support_text = flow_text("", "supportText")
        v.addWidget(self.support_text)
        self.contacts_label = flow_text("", "contacts")
        self.contacts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.contacts_label.setAccessibleName(self.tr("Your support contacts"))
        v.addWidget(self.contacts_label)

        self.crisis_toggle = QToolButton()
        self.crisis_toggle.setObjectName("crisisToggle")
        self.crisis_toggle.setText(self.tr("Crisis lines by country"))
        self.crisis_toggle.setAccessibleName(self.tr("Show crisis lines by country"))
        self.crisis_toggle.setCheckable(True)
        self.crisis_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.crisis_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.crisis_toggle.setAutoRaise(True)
        self.crisis_toggle.toggled.connect(self._toggle_crisis)
        lines = "\n".join(f"{line.name}: {line.detail}" for _, _, line in crisis_lines())
        self.crisis_label = flow_text(
            lines
            + "\n\n"
            + self.tr(
                "Numbers change; check the one for where you are. If you might act on "
                "thoughts of harming yourself, call your local emergency number now."
            ),
            "crisisLines",
            small=True,
        )
        self.crisis_label.setTextFormat(Qt.TextFormat.PlainText)
        self.crisis_label.setVisible(False)
        v.addWidget(self.crisis_toggle)
        v.addWidget(self.crisis_label)

        self.diagnosis_label = flow_text(
            words(redflags.CONTEXT, NOT_A_DIAGNOSIS), "notADiagnosis", small=True
        )
        v.addWidget(self.diagnosis_label)
        v.addStretch(1)
        self.step_btn = flow_button(self.tr("Also pick one tiny step"), "alsoStep")
        self.close_btn = flow_button(self.tr("Close for now"), "closeSupport")
        self.buttons = button_row(self.close_btn, self.step_btn)

    def _toggle_crisis(self, shown: bool) -> None:
        self.crisis_label.setVisible(shown)
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
                "perspective (an advisor, student affairs, a trusted attending) how it "
                "really is, and ask about fewer extras or more help."
            )
        self.support_text.setText(text)
        self.contacts_label.setText(self.contacts_text(contacts))
        self.step_btn.setDefault(True)

    def contacts_text(self, contacts: Sequence[Contact]) -> str:
        # The user's own people first; crisis lines they saved come after.
        ordered = sorted(contacts, key=lambda c: c.kind == "crisis")
        if not ordered:
            return self.tr(
                "You can add the people you'd reach out to (advisor, programme office, "
                "counselling, a friend) in Settings, so they are here when you need them."
            )
        lines = [self.tr("Your people:")]
        for contact in ordered:
            detail = contact.detail or self.tr("(details not added yet)")
            lines.append(f"\u2022 {contact.name}: {detail}")
        return "\n".join(lines)
