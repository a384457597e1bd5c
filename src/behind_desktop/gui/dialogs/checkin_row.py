"""One question of the check-in pop-up, with its answers and the "ask again in" choices.

Every button answers with one click and never takes keyboard focus: clicking must
not pull the keyboard away from whatever the user was typing in.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core.checkins import SNOOZE_CHOICES_MIN, Answer, Due
from behind_desktop.gui.i18n import question_text
from behind_desktop.gui.widgets.theme import Space, Type, set_type, space, spaced


def small_text(label: QLabel) -> QLabel:
    set_type(label, Type.CAPTION)
    return label


def _button(text: str, name: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAccessibleName(accessible)
    # Clicking must not pull focus away from whatever the user was typing in.
    b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    b.setAutoDefault(False)
    b.clicked.connect(slot)
    return b


class CheckinRow(QFrame):
    """One question with its answers; ``answered`` carries (Due, Answer, snooze minutes)."""

    answered = Signal(object, object, int)

    def __init__(self, due: Due, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due = due
        self.setObjectName(f"row_{due.question.key}")
        text = question_text(due.question.text)
        self.question = QLabel(text)
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Its height follows its width (wrapped lines), so the pop-up is as tall as the
        # questions at its own width, each right above its answers.
        policy.setHeightForWidth(True)
        self.question.setSizePolicy(policy)

        self.yes = _button(
            self.tr("Yes"),
            "yes",
            self.tr("Yes: %1").replace("%1", text),
            lambda: self._answer(Answer.YES),
        )
        self.not_yet = _button(
            self.tr("Not yet"),
            "notYet",
            self.tr("Not yet: %1").replace("%1", text),
            lambda: self._answer(Answer.NOT_YET),
        )
        self.later = _button(
            self.tr("Later…"),
            "later",
            self.tr("Ask me later: %1").replace("%1", text),
            self.show_snooze,
        )
        self.skip = _button(
            self.tr("Skip"),
            "skip",
            self.tr("Skip this time: %1").replace("%1", text),
            lambda: self._answer(Answer.SKIPPED),
        )
        for b, tip in (
            (self.yes, self.tr("Yes (Y)")),
            (self.not_yet, self.tr("Not yet (N)")),
            (self.later, self.tr("Ask again later (L)")),
            (self.skip, self.tr("Skip this time (S)")),
        ):
            b.setToolTip(tip)
        answers = QWidget()
        a = spaced(QHBoxLayout(answers), Space.S)
        for b in (self.yes, self.not_yet, self.later, self.skip):
            a.addWidget(b)
        a.addStretch(1)

        snooze = QWidget()
        s = spaced(QHBoxLayout(snooze), Space.S)
        s.addWidget(small_text(QLabel(self.tr("Ask again in"))))
        self.snooze_buttons: dict[int, QPushButton] = {}
        for minutes in SNOOZE_CHOICES_MIN:
            if minutes == 60:
                label = self.tr("1 hour")
            elif minutes % 60 == 0:
                label = self.tr("%n hours", "", minutes // 60)
            else:
                label = self.tr("%n min", "", minutes)
            b = _button(
                label,
                f"snooze{minutes}",
                self.tr("Ask again in %n minutes: %1", "", minutes).replace("%1", text),
                partial(self._answer, Answer.SNOOZED, minutes),
            )
            self.snooze_buttons[minutes] = b
            s.addWidget(b)
        self.back = _button(
            self.tr("Back"), "back", self.tr("Back to the answers"), self.show_answers
        )
        s.addWidget(self.back)
        s.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(answers)
        self.pages.addWidget(snooze)

        layout = spaced(QVBoxLayout(self), Space.XS)  # a question right above its answers
        edge = space(Space.XS)
        layout.setContentsMargins(0, edge, 0, edge)
        layout.addWidget(self.question)
        if due.catch_up:
            hint = small_text(QLabel(self.tr("From a little earlier")))
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(hint)
        layout.addWidget(self.pages)

    def show_snooze(self) -> None:
        self.pages.setCurrentIndex(1)

    def show_answers(self) -> None:
        self.pages.setCurrentIndex(0)

    def _answer(self, answer: Answer, snooze_min: int = 0) -> None:
        self.answered.emit(self.due, answer, snooze_min)

    def buttons(self) -> list[QPushButton]:
        return [self.yes, self.not_yet, self.later, self.skip, *self.snooze_buttons.values()]
