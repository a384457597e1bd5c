"""Check-ins: each question, when it is asked, and a way to add or remove one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core.checkins import ALL_DAYS, Question
from behind_desktop.core.settings import Settings, format_times
from behind_desktop.gui.i18n import question_text
from behind_desktop.gui.pages.settings.host import Host
from behind_desktop.gui.pages.settings.rows import RowList, list_layout, numbered
from behind_desktop.gui.widgets.theme import Space, radius, space, spaced, unit
from behind_desktop.gui.widgets.uikit import TitledCard, make_muted, problem_label


def day_style() -> str:
    """A day that is on is filled with the accent colour, so on and off tell apart at a
    glance in any palette (the theme keeps highlighted text readable on it); sizes come
    from the spacing scale."""
    u = unit()
    return (
        f"QToolButton {{ padding: {max(1, u // 2)}px {u}px; border: 1px solid palette(mid);"
        f" border-radius: {radius()}px; }}"
        " QToolButton:checked { background-color: palette(highlight);"
        " color: palette(highlighted-text); border-color: palette(highlight); }"
    )


def day_buttons(weekdays: frozenset[int]) -> dict[int, QToolButton]:
    """One small toggle per day (0 Monday … 6 Sunday), in the order the locale's week runs."""
    first = QLocale().firstDayOfWeek().value - 1  # Qt counts Monday as 1
    buttons: dict[int, QToolButton] = {}
    style = day_style()
    for n in range(7):
        day = (first + n) % 7
        button = QToolButton()
        button.setText(QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat))
        button.setToolTip(QLocale().dayName(day + 1))
        button.setCheckable(True)
        button.setChecked(day in weekdays)
        button.setStyleSheet(style)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        buttons[day] = button
    return buttons


class QuestionRow(QWidget):
    """One check-in: asked or not, its words, its times and days, and a way to remove it."""

    def __init__(self, group: CheckinsGroup, question: Question | None) -> None:
        super().__init__()
        self.key = question.key if question else None
        self.item_key = question.item_key if question else None
        weekdays = question.weekdays if question else ALL_DAYS
        self.enabled = QCheckBox()
        self.enabled.setChecked(question.enabled if question else True)
        # A default question shows in the user's language and stays a default (worded
        # anew in whatever language comes next) until its words are changed.
        self.stored = question.text if question else ""
        self.text = QLineEdit(question_text(self.stored))
        self.text.setPlaceholderText(self.tr("A gentle question"))
        self.text.setCursorPosition(0)
        self.times = QLineEdit(format_times(question.times) if question else "")
        self.times.setPlaceholderText(self.tr("HH:MM, HH:MM"))
        # Wide enough to read three times at once; it grows with the page.
        self.times.setMinimumWidth(self.fontMetrics().horizontalAdvance("00:00, 00:00, 00:00__"))
        self.days = day_buttons(weekdays)
        self.remove = QPushButton(self.tr("Remove"))
        self.problem = problem_label(self.tr("Problem with this check-in"))
        self.backoff = QLabel()
        self.backoff.setWordWrap(True)
        self.backoff.setVisible(False)
        make_muted(self.backoff)
        self.renumber(0)

        self.times.setToolTip(self.tr("Times of day, like 09:30, 19:00"))
        self.at = QLabel(self.tr("at"))
        self.at.setBuddy(self.times)
        make_muted(self.at)

        self.on = QLabel(self.tr("on"))
        make_muted(self.on)

        # The question has the whole width (it used to be cut off mid-word); its
        # times, then its days and the Remove button, sit on the lines below.
        row = spaced(QHBoxLayout(), Space.S)
        row.addWidget(self.enabled)
        row.addWidget(self.text, 1)
        # The times and days line up under the question's words, past its tick box.
        indent = max(self.enabled.sizeHint().width() + row.spacing(), 0)
        when = spaced(QHBoxLayout(), Space.S)
        when.addSpacing(indent - row.spacing())
        when.addWidget(self.at)
        when.addWidget(self.times, 1)
        days = spaced(QHBoxLayout(), Space.XS)
        days.addSpacing(indent - days.spacing())
        days.addWidget(self.on)
        for button in self.days.values():
            days.addWidget(button)
        days.addStretch(1)
        days.addWidget(self.remove)
        col = spaced(QVBoxLayout(self), Space.XS)
        col.setContentsMargins(0, 0, 0, space(Space.S))
        col.addLayout(row)
        col.addLayout(when)
        col.addLayout(days)
        col.addWidget(self.problem)
        col.addWidget(self.backoff)
        for signal in (self.text.textEdited, self.times.textEdited):
            signal.connect(group.host.changed)
        self.enabled.toggled.connect(group.host.changed)
        for button in self.days.values():
            button.toggled.connect(group.host.changed)
        self.remove.clicked.connect(lambda: group.remove(self))

    def renumber(self, n: int) -> None:
        numbered(
            n,
            [
                (self.enabled, self.tr("Ask check-in %1")),
                (self.text, self.tr("Check-in %1 question")),
                (self.times, self.tr("Check-in %1 times")),
                (self.remove, self.tr("Remove check-in %1")),
            ],
        )
        self.times.setAccessibleDescription(
            self.tr("Times of day, like 09:30, 19:00, separated by commas")
        )
        for day, button in self.days.items():
            name = QLocale().dayName(day + 1)
            button.setAccessibleName(
                self.tr("Ask check-in %1 on %2").replace("%1", str(n + 1)).replace("%2", name)
            )

    def raw(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "text": self.stored
            if self.text.text() == question_text(self.stored)
            else self.text.text(),
            "times": self.times.text(),
            "item_key": self.item_key,
            "weekdays": sorted(d for d, button in self.days.items() if button.isChecked()),
            "enabled": self.enabled.isChecked(),
        }

    def asking_less(self, level: int | None) -> None:
        """Say so when this check-in asks less often after going unanswered."""
        if level is None:
            self.backoff.setVisible(False)
            return
        self.backoff.setText(
            self.tr(
                "This one went unanswered a few times, so now it asks every other time. "
                "Answering it once brings it back to normal."
            )
            if level == 1
            else self.tr(
                "This one went unanswered for a while, so now it asks only about one time "
                "in four. Answering it once brings it back to normal."
            )
        )
        self.backoff.setAccessibleName(self.tr("How often this check-in asks"))
        self.backoff.setVisible(True)

    def tab_widgets(self) -> list[QWidget]:
        return [self.enabled, self.text, self.times, *self.days.values(), self.remove]


class CheckinsGroup(TitledCard):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.setTitle(self.tr("Check-ins"))
        self.questions_problem = problem_label(self.tr("Problem with the check-ins"))
        self.add_question_btn = QPushButton(self.tr("Add a check-in"))
        self.add_question_btn.clicked.connect(self.add)
        _, self.box = list_layout(
            self,
            self.tr(
                "Small questions about the basics. A “yes” ticks the matching Layer 1 item. "
                "Ignored questions are asked less often, never more."
            ),
            self.questions_problem,
            self.add_question_btn,
        )
        self.problems = {"questions": self.questions_problem}
        self.list: RowList[QuestionRow] = RowList(
            host, self.box, lambda q: QuestionRow(self, q), self.add_question_btn, lambda r: r.text
        )

    @property
    def rows(self) -> list[QuestionRow]:
        return self.list.rows

    def load(self, settings: Settings) -> None:
        self.list.load(settings.questions)
        less = self.host.service.asking_less(settings.questions)
        for row in self.rows:
            row.asking_less(less.get(row.key or ""))

    def add(self) -> None:
        self.list.add()

    def remove(self, row: QuestionRow) -> None:
        self.list.remove(row)

    def tab_widgets(self) -> list[QWidget]:
        return [*self.list.tab_widgets(), self.add_question_btn]
