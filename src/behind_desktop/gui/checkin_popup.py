"""The check-in pop-up (minimal until the full version lands)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from behind_desktop.core.checkins import Answer, Due
from behind_desktop.gui.controller import AppController


class CheckinPopup(QWidget):
    def __init__(self, controller: AppController, due: list[Due]) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.c = controller
        self.due = due
        self.setObjectName("checkinPopup")
        self.setWindowTitle(self.tr("Behind · check-in"))
        layout = QVBoxLayout(self)
        for d in due:
            layout.addWidget(QLabel(d.question.text))
            row = QHBoxLayout()
            yes = QPushButton(self.tr("Yes"))
            yes.setAccessibleName(self.tr("Yes: %1").replace("%1", d.question.text))
            yes.clicked.connect(lambda _=False, d=d: self._answer(d, Answer.YES))
            row.addWidget(yes)
            layout.addLayout(row)

    def _answer(self, d: Due, answer: Answer) -> None:
        self.c.answer(d, answer)
        self.due = [x for x in self.due if x is not d]
        if not self.due:
            self.close()

    def closeEvent(self, event):  # type: ignore[no-untyped-def]
        self.c.checkin_closed()
        super().closeEvent(event)
