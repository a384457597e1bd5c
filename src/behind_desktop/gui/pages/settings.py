"""The Settings page: focus length, check-ins, quiet hours, shift mode, contacts, data.

Edits stay on the page until "Save"; ``core.settings.build`` decides what is
valid and its messages appear next to the field they are about, never as a
stack of pop-ups. Start at login is an OS setting, so it applies at once through
``behind_desktop.platform.autostart``. Deleting everything needs "DELETE" typed out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    QTime,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from behind_desktop import __version__
from behind_desktop.core import checkins
from behind_desktop.core.atomic import write_private_text
from behind_desktop.core.checkins import History, Question
from behind_desktop.core.export import everything_csv, everything_json
from behind_desktop.core.focus import MAX_MINUTES, MIN_MINUTES
from behind_desktop.core.settings import CONTEXT, Problem, Settings, SettingsError, build, fill
from behind_desktop.core.support import CRISIS_LINES, Contact, lines_by_country
from behind_desktop.core.timeutil import format_hhmm
from behind_desktop.gui.shell.controller import AppController
from behind_desktop.gui.widgets.uikit import (
    chain_tab_order,
    make_muted,
    note_label,
    problem_label,
    show_problem,
)
from behind_desktop.platform import autostart

AUTOSTART_KEY = "autostart_remembered"  # what Behind last wrote: "1" or "0" (see autostart.ensure)
CONFIRM_WORD = "DELETE"
_TIME_SPLIT = re.compile(r"[,;\s]+")
TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole

# Replaced in tests; the real one looks at the OS (a file, a plist, the registry).
autostart_backend: Callable[[], autostart.Autostart] = autostart.for_platform


def system_country() -> str:
    """Two letters for where the system locale says we are ("" for a "C" locale)."""
    return QLocale.territoryToCode(QLocale.system().territory())


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _pytime(q: QTime) -> time:
    return time(q.hour(), q.minute())


class WheelToPage(QObject):
    """Spin boxes, time boxes and pickers leave the wheel to the page unless focused.

    Scrolling down the page with the mouse over a field used to change the field
    (a 15-minute block became 13). A field only takes the wheel once it has been
    clicked or tabbed into; otherwise the page scrolls.
    """

    def __init__(self, scroller: QScrollArea) -> None:
        super().__init__(scroller)
        self.scroller = scroller

    def guard(self, widget: QWidget) -> None:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            QApplication.sendEvent(self.scroller.verticalScrollBar(), event)
            event.accept()
            return True  # scrolled the page; the field stays as it was
        return super().eventFilter(watched, event)


class TimeEdit(QTimeEdit):
    """HH:mm where one click on the hours (or minutes) and typing "23" just works.

    By default a click only places the cursor, so typing into a full section is
    refused until the section is double-clicked. Here a click selects the section.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setDisplayFormat("HH:mm")
        self._edit = self.findChild(QLineEdit)
        if self._edit is not None:
            self._edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self._select_clicked_section)
        return super().eventFilter(watched, event)

    def _select_clicked_section(self) -> None:
        edit = self._edit
        if edit is None or not self.hasFocus() or edit.hasSelectedText():
            return  # a drag-selection or double-click stays as the user made it
        # Typing a whole time ("21:45") works when it starts at the hours, wherever
        # the click landed.
        self.setCurrentSection(QDateTimeEdit.Section.HourSection)
        self.setSelectedSection(QDateTimeEdit.Section.HourSection)


def time_edit(name: str) -> QTimeEdit:
    edit = TimeEdit()
    edit.setAccessibleName(name)
    return edit


class QuestionRow(QWidget):
    """One check-in: asked or not, its words, its times, and a way to remove it."""

    def __init__(self, page: SettingsPage, question: Question | None) -> None:
        super().__init__()
        self.page = page
        self.key = question.key if question else None
        self.item_key = question.item_key if question else None
        self.weekdays = sorted(question.weekdays) if question else list(range(7))
        self.enabled = QCheckBox()
        self.enabled.setChecked(question.enabled if question else True)
        self.text = QLineEdit(question.text if question else "")
        self.text.setPlaceholderText(self.tr("A gentle question"))
        self.text.setCursorPosition(0)
        self.times = QLineEdit(
            ", ".join(format_hhmm(t) for t in question.times) if question else ""
        )
        self.times.setPlaceholderText(self.tr("HH:MM, HH:MM"))
        self.times.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00, 00:00__"))
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

        # The question has the whole width (it used to be cut off mid-word); its
        # times and the Remove button sit on the line below, under the text.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.text, 1)
        when = QHBoxLayout()
        indent = self.enabled.sizeHint().width() + row.spacing()
        when.setContentsMargins(max(indent, 0), 0, 0, 0)
        when.addWidget(self.at)
        when.addWidget(self.times)
        when.addStretch(1)
        when.addWidget(self.remove)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 6)
        col.setSpacing(2)
        col.addLayout(row)
        col.addLayout(when)
        col.addWidget(self.problem)
        col.addWidget(self.backoff)
        for signal in (self.text.textEdited, self.times.textEdited):
            signal.connect(page.mark_dirty)
        self.enabled.toggled.connect(page.mark_dirty)
        self.remove.clicked.connect(lambda: page.remove_question(self))

    def renumber(self, n: int) -> None:
        num = str(n + 1)
        self.enabled.setAccessibleName(self.tr("Ask check-in %1").replace("%1", num))
        self.text.setAccessibleName(self.tr("Check-in %1 question").replace("%1", num))
        self.times.setAccessibleName(self.tr("Check-in %1 times").replace("%1", num))
        self.times.setAccessibleDescription(
            self.tr("Times of day, like 09:30, 19:00, separated by commas")
        )
        self.remove.setAccessibleName(self.tr("Remove check-in %1").replace("%1", num))

    def raw(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "text": self.text.text(),
            "times": [t for t in _TIME_SPLIT.split(self.times.text()) if t],
            "item_key": self.item_key,
            "weekdays": self.weekdays,
            "enabled": self.enabled.isChecked(),
        }

    def tab_widgets(self) -> list[QWidget]:
        return [self.enabled, self.text, self.times, self.remove]


class ContactRow(QWidget):
    def __init__(self, page: SettingsPage, contact: Contact | None) -> None:
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
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 2)
        row.addWidget(self.detail, 2)
        row.addWidget(self.remove)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addLayout(row)
        col.addWidget(self.problem)
        self.name.textEdited.connect(page.mark_dirty)
        self.detail.textEdited.connect(page.mark_dirty)
        self.remove.clicked.connect(lambda: page.remove_contact(self))

    def renumber(self, n: int) -> None:
        num = str(n + 1)
        self.name.setAccessibleName(self.tr("Contact %1 name").replace("%1", num))
        self.detail.setAccessibleName(self.tr("Contact %1 details").replace("%1", num))
        self.remove.setAccessibleName(self.tr("Remove contact %1").replace("%1", num))

    def raw(self) -> dict[str, Any]:
        return {"name": self.name.text(), "detail": self.detail.text(), "kind": self.kind}

    def tab_widgets(self) -> list[QWidget]:
        return [self.name, self.detail, self.remove]


class SettingsPage(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = controller
        self.setObjectName("settingsPage")
        self.dirty = False
        self.question_rows: list[QuestionRow] = []
        self.contact_rows: list[ContactRow] = []
        self._autostart: autostart.Autostart | None = None

        self.content = QWidget()
        self.content.setObjectName("settingsContent")
        col = QVBoxLayout(self.content)
        col.addWidget(self._focus_box())
        col.addWidget(self._checkins_box())
        col.addWidget(self._alerts_box())
        col.addWidget(self._contacts_box())
        col.addWidget(self._computer_box())
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.content)
        self.scroller = scroll
        self.wheel_guard = WheelToPage(scroll)
        for field in (self.focus, self.quiet_start, self.quiet_end, self.wake):
            self.wheel_guard.guard(field)
        for picker in (self.week_start, self.country):
            self.wheel_guard.guard(picker)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Settings status"))
        self.revert_btn = QPushButton(self.tr("Undo changes"))
        self.revert_btn.setAccessibleDescription(self.tr("Puts back the settings last saved"))
        self.revert_btn.clicked.connect(self.load)
        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.setAccessibleName(self.tr("Save settings"))
        self.save_btn.setAccessibleDescription(self.tr("Saves the settings above (Ctrl+S)"))
        self.save_btn.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.revert_btn)
        bottom.addWidget(self.save_btn)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        bottom_margin = QWidget()
        bottom_margin.setLayout(bottom)
        outer.addWidget(bottom_margin)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)

        self.problems: dict[str, QLabel] = {
            "focus_minutes": self.focus_problem,
            "questions": self.questions_problem,
            "quiet_start": self.quiet_problem,
            "quiet_end": self.quiet_problem,
            "wake_time": self.wake_problem,
            "day_starts": self.wake_problem,
            "first_weekday": self.week_problem,
            "contacts": self.contacts_problem,
        }
        controller.dataChanged.connect(self._data_changed)
        self.load()
        self._load_autostart()

    # -- building ----------------------------------------------------------------------

    def _focus_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Focus blocks"))
        form = _form(box)
        self.focus = QSpinBox()
        self.focus.setRange(MIN_MINUTES, MAX_MINUTES)
        self.focus.setSuffix(self.tr(" min"))
        self.focus.setAccessibleName(self.tr("Focus block length in minutes"))
        self.focus.valueChanged.connect(self.mark_dirty)
        self.focus_problem = problem_label(self.tr("Problem with the focus length"))
        form.addRow(self.tr("Length of one block"), self.focus)
        form.addRow(self.focus_problem)
        return box

    def _checkins_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check-ins"))
        col = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "Small questions about the basics. A “yes” ticks the matching Layer 1 item. "
                "Ignored questions are asked less often, never more."
            )
        )
        intro.setWordWrap(True)
        make_muted(intro)
        col.addWidget(intro)
        self.questions_box = QVBoxLayout()
        col.addLayout(self.questions_box)
        self.questions_problem = problem_label(self.tr("Problem with the check-ins"))
        col.addWidget(self.questions_problem)
        self.add_question_btn = QPushButton(self.tr("Add a check-in"))
        self.add_question_btn.clicked.connect(self.add_question)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_question_btn)
        add_row.addStretch(1)
        col.addLayout(add_row)

        form = _form()
        self.quiet_start = time_edit(self.tr("Quiet hours start"))
        self.quiet_end = time_edit(self.tr("Quiet hours end"))
        quiet = QHBoxLayout()
        quiet.addWidget(self.quiet_start)
        to = QLabel(self.tr("to"))
        quiet.addWidget(to)
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)
        form.addRow(self.tr("Quiet hours"), quiet)
        self.quiet_problem = problem_label(self.tr("Problem with quiet hours"))
        form.addRow(self.quiet_problem)
        self.shift = QCheckBox(self.tr("Shift mode: follow my wake time, not the clock"))
        self.shift.setAccessibleDescription(
            self.tr("For nights and on-call: check-in times and quiet hours move with your day")
        )
        form.addRow(self.shift)
        self.wake = time_edit(self.tr("Wake time in shift mode"))
        form.addRow(self.tr("I woke up at"), self.wake)
        self.wake_problem = problem_label(self.tr("Problem with the wake time"))
        form.addRow(self.wake_problem)
        col.addLayout(form)
        for edit in (self.quiet_start, self.quiet_end, self.wake):
            edit.timeChanged.connect(self.mark_dirty)
        self.shift.toggled.connect(self.mark_dirty)
        self.shift.toggled.connect(self.wake.setEnabled)
        return box

    def _alerts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sounds, notifications, weeks"))
        form = _form(box)
        self.sounds = QCheckBox(self.tr("Play a soft chime when a block ends"))
        self.notifications = QCheckBox(self.tr("Show a notification when a block ends"))
        self.week_start = QComboBox()
        self.week_start.setAccessibleName(self.tr("Weeks start on"))
        self.week_start.addItem(self.tr("As my system does"), None)
        for n in range(7):
            self.week_start.addItem(QLocale().dayName(n + 1), n)
        self.week_problem = problem_label(self.tr("Problem with the first day of the week"))
        form.addRow(self.sounds)
        form.addRow(self.notifications)
        form.addRow(self.tr("Weeks start on"), self.week_start)
        form.addRow(self.week_problem)
        self.sounds.toggled.connect(self.mark_dirty)
        self.notifications.toggled.connect(self.mark_dirty)
        self.week_start.currentIndexChanged.connect(self.mark_dirty)
        return box

    def _contacts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Support contacts"))
        col = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "People with power and perspective: an advisor, student affairs, counselling, "
                "someone you trust. Behind only shows them to you; it never contacts anyone."
            )
        )
        intro.setWordWrap(True)
        make_muted(intro)
        col.addWidget(intro)
        self.contacts_box = QVBoxLayout()
        col.addLayout(self.contacts_box)
        self.contacts_problem = problem_label(self.tr("Problem with the contacts"))
        col.addWidget(self.contacts_problem)
        self.add_contact_btn = QPushButton(self.tr("Add a contact"))
        self.add_contact_btn.clicked.connect(lambda: self.add_contact(None))
        self.country = QComboBox()
        self.country.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.country.setMinimumContentsLength(14)
        self.country.setAccessibleName(self.tr("Country for a crisis line"))
        self.country.setPlaceholderText(self.tr("Choose a country"))
        for code, country, line in lines_by_country():
            self.country.addItem(self.tr(country), code)
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
        row = QHBoxLayout()
        row.addWidget(self.add_contact_btn)
        row.addStretch(1)
        col.addLayout(row)
        crisis = QHBoxLayout()
        crisis_label = QLabel(self.tr("A crisis line for my country:"))
        crisis_label.setBuddy(self.country)
        crisis.addWidget(crisis_label)
        crisis.addWidget(self.country, 1)
        crisis.addWidget(self.crisis_btn)
        col.addLayout(crisis)
        check = note_label(
            self.tr(
                "Numbers change. Please check that a crisis line is right for where you are, "
                "before the day you might need it."
            ),
            self.tr("About crisis lines"),
        )
        col.addWidget(check)
        return box

    def _computer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This computer"))
        col = QVBoxLayout(box)
        self.login = QCheckBox(self.tr("Start Behind when I log in"))
        self.login.toggled.connect(self._login_toggled)
        self.login_note = problem_label(self.tr("About starting at login"))
        col.addWidget(self.login)
        col.addWidget(self.login_note)

        folder = str(self.c.store.path.parent)
        self.folder_label = QLabel(self.tr("Your data stays in %1").replace("%1", folder))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_btn = QPushButton(self.tr("Open folder"))
        self.open_btn.setAccessibleName(self.tr("Open the data folder"))
        self.open_btn.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.open_btn)
        col.addLayout(row)

        self.export_btn = QPushButton(self.tr("Export everything…"))
        self.export_btn.setAccessibleDescription(
            self.tr("Saves all your answers, ticks, wins and settings as JSON or CSV")
        )
        self.export_btn.clicked.connect(self.export_all)
        self.delete_btn = QPushButton(self.tr("Delete everything…"))
        self.delete_btn.setAccessibleDescription(
            self.tr("Asks you to type DELETE before removing all your data")
        )
        self.delete_btn.setCheckable(True)
        self.delete_btn.toggled.connect(self._delete_open)
        row2 = QHBoxLayout()
        row2.addWidget(self.export_btn)
        row2.addWidget(self.delete_btn)
        row2.addStretch(1)
        col.addLayout(row2)
        self.data_status = QLabel()
        self.data_status.setWordWrap(True)
        self.data_status.setAccessibleName(self.tr("Data status"))
        self.data_status.setVisible(False)
        col.addWidget(self.data_status)

        self.confirm = QWidget()
        confirm_col = QVBoxLayout(self.confirm)
        confirm_col.setContentsMargins(0, 0, 0, 0)
        explain = QLabel(
            self.tr(
                "This removes every answer, tick, win, contact and setting from this computer. "
                "It can't be undone; an export first keeps a copy. To go ahead, type %1."
            ).replace("%1", CONFIRM_WORD)
        )
        explain.setWordWrap(True)
        self.confirm_field = QLineEdit()
        self.confirm_field.setAccessibleName(
            self.tr("Type %1 to confirm").replace("%1", CONFIRM_WORD)
        )
        self.confirm_field.setPlaceholderText(CONFIRM_WORD)
        explain.setBuddy(self.confirm_field)
        self.confirm_btn = QPushButton(self.tr("Delete all my data"))
        self.confirm_btn.setEnabled(False)
        self.confirm_field.textChanged.connect(
            lambda text: self.confirm_btn.setEnabled(text.strip() == CONFIRM_WORD)
        )
        self.confirm_btn.clicked.connect(self.delete_all)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_field, 1)
        confirm_row.addWidget(self.confirm_btn)
        confirm_col.addWidget(explain)
        confirm_col.addLayout(confirm_row)
        self.confirm.setVisible(False)
        col.addWidget(self.confirm)
        return box

    def tab_widgets(self) -> list[QWidget]:
        out: list[QWidget] = [self.focus]
        for q in self.question_rows:
            out.extend(q.tab_widgets())
        out += [self.add_question_btn, self.quiet_start, self.quiet_end, self.shift, self.wake]
        out += [self.sounds, self.notifications, self.week_start]
        for c in self.contact_rows:
            out.extend(c.tab_widgets())
        out += [self.add_contact_btn, self.country, self.crisis_btn]
        out += [self.login, self.open_btn, self.export_btn, self.delete_btn]
        out += [self.confirm_field, self.confirm_btn, self.revert_btn, self.save_btn]
        return out

    def _retab(self) -> None:
        for n, q in enumerate(self.question_rows):
            q.renumber(n)
        for n, c in enumerate(self.contact_rows):
            c.renumber(n)
        chain_tab_order(self.tab_widgets())

    # -- loading and saving --------------------------------------------------------------

    def _data_changed(self, what: str) -> None:
        if what == "settings" and not self.dirty:
            self.load()

    def load(self) -> None:
        s = self.c.settings
        widgets: list[QWidget] = [
            self.focus,
            self.quiet_start,
            self.quiet_end,
            self.wake,
            self.shift,
            self.sounds,
            self.notifications,
            self.week_start,
        ]
        for w in widgets:
            w.blockSignals(True)
        self.focus.setValue(s.focus_minutes)
        self.quiet_start.setTime(_qtime(s.quiet_start))
        self.quiet_end.setTime(_qtime(s.quiet_end))
        self.wake.setTime(_qtime(s.wake_time))
        self.shift.setChecked(s.shift_mode)
        self.wake.setEnabled(s.shift_mode)
        self.sounds.setChecked(s.sounds)
        self.notifications.setChecked(s.notifications)
        self.week_start.setCurrentIndex(max(0, self.week_start.findData(s.first_weekday)))
        for w in widgets:
            w.blockSignals(False)

        for q in self.question_rows:
            q.deleteLater()
        self.question_rows = []
        histories = self.c.store.histories(q.key for q in s.questions)
        for question in s.questions:
            row = self._new_question_row(question)
            self._show_backoff(row, histories.get(question.key, History()))
        for c in self.contact_rows:
            c.deleteLater()
        self.contact_rows = []
        for contact in s.contacts:
            self._new_contact_row(contact)
        for label in set(self.problems.values()):
            show_problem(label, None)
        self._retab()
        self.dirty = False
        self.status.setText("")

    def _show_backoff(self, row: QuestionRow, history: History) -> None:
        if checkins.backoff_note(history) is None:
            row.backoff.setVisible(False)
            return
        level = checkins.backoff_level(history.ignored_in_row)
        row.backoff.setText(
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
        row.backoff.setAccessibleName(self.tr("How often this check-in asks"))
        row.backoff.setVisible(True)

    def _new_question_row(self, question: Question | None) -> QuestionRow:
        row = QuestionRow(self, question)
        self.questions_box.addWidget(row)
        self.question_rows.append(row)
        return row

    def _new_contact_row(self, contact: Contact | None) -> ContactRow:
        row = ContactRow(self, contact)
        self.contacts_box.addWidget(row)
        self.contact_rows.append(row)
        return row

    def mark_dirty(self, *_: object) -> None:
        self.dirty = True
        self.status.setText(self.tr("Changes not saved yet."))

    def add_question(self) -> None:
        row = self._new_question_row(None)
        self._retab()
        self.mark_dirty()
        row.text.setFocus()

    def remove_question(self, row: QuestionRow) -> None:
        at = self.question_rows.index(row)
        self.question_rows.remove(row)
        row.deleteLater()
        self._retab()
        self.mark_dirty()
        nxt = self.question_rows[at].text if at < len(self.question_rows) else None
        (nxt or self.add_question_btn).setFocus()

    def add_contact(self, contact: Contact | None) -> ContactRow:
        row = self._new_contact_row(contact)
        self._retab()
        self.mark_dirty()
        row.name.setFocus()
        return row

    def remove_contact(self, row: ContactRow) -> None:
        at = self.contact_rows.index(row)
        self.contact_rows.remove(row)
        row.deleteLater()
        self._retab()
        self.mark_dirty()
        nxt = self.contact_rows[at].name if at < len(self.contact_rows) else None
        (nxt or self.add_contact_btn).setFocus()

    def add_crisis_line(self) -> None:
        code = self.country.currentData()
        line = CRISIS_LINES.get(str(code))
        if line is None:
            return
        row = self.add_contact(line)
        show_problem(
            row.problem,
            self.tr("Added. Please check this number is right for you, then save."),
        )

    def values(self) -> dict[str, Any]:
        return {
            "focus_minutes": self.focus.value(),
            "quiet_start": _pytime(self.quiet_start.time()),
            "quiet_end": _pytime(self.quiet_end.time()),
            "shift_mode": self.shift.isChecked(),
            "wake_time": _pytime(self.wake.time()),
            "sounds": self.sounds.isChecked(),
            "notifications": self.notifications.isChecked(),
            "first_weekday": self.week_start.currentData(),
            "questions": [q.raw() for q in self.question_rows],
            "contacts": [c.raw() for c in self.contact_rows],
        }

    def save(self) -> Settings | None:
        """Validate, show each problem next to its field, and save if all is well."""
        for label in set(self.problems.values()):
            show_problem(label, None)
        rows: dict[str, list[QLabel]] = {
            "questions": [q.problem for q in self.question_rows],
            "contacts": [c.problem for c in self.contact_rows],
        }
        for label in [*rows["questions"], *rows["contacts"]]:
            show_problem(label, None)
        try:
            settings = build(self.values(), base=self.c.settings)
        except SettingsError as e:
            for problem in e.all:
                if problem.index is not None:  # shown on the row it's about
                    show_problem(rows[problem.key][problem.index], worded(problem))
                else:
                    label = self.problems.get(problem.key, self.questions_problem)
                    show_problem(label, worded(problem))
            self.status.setText(self.tr("Nothing saved yet: a few things need a look (see above)."))
            return None
        self.c.save_settings(settings)
        self.load()
        self.status.setText(self.tr("Saved."))
        return settings

    # -- start at login --------------------------------------------------------------------

    def _load_autostart(self) -> None:
        self.login.blockSignals(True)
        try:
            self._autostart = autostart_backend()
            self.login.setChecked(self._autostart.enabled())
            self.login.setToolTip(self._autostart.location())
            self.login.setEnabled(True)
        except autostart.AutostartError as e:
            self._autostart = None
            self.login.setEnabled(False)
            show_problem(self.login_note, str(e))
        finally:
            self.login.blockSignals(False)

    def _login_toggled(self, on: bool) -> None:
        if self._autostart is None:
            return
        try:
            self._autostart.set_enabled(on)
        except autostart.AutostartError as e:
            show_problem(self.login_note, str(e))
            self.login.blockSignals(True)
            self.login.setChecked(not on)
            self.login.blockSignals(False)
            return
        self.c.store.set_value(AUTOSTART_KEY, "1" if on else "0")
        show_problem(self.login_note, None)

    # -- data ----------------------------------------------------------------------------

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.c.store.path.parent)))

    def ask_save_path(self, title: str, suggested: str) -> tuple[str, str]:
        """The save dialog; tests replace this method."""
        path, chosen = QFileDialog.getSaveFileName(
            self, title, suggested, self.tr("JSON (*.json);;CSV (*.csv)")
        )
        return path, chosen

    def export_all(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = self.c.today().isoformat()
        raw, chosen = self.ask_save_path(
            self.tr("Export everything"), str(Path(folder or ".") / f"behind-export-{stamp}.json")
        )
        if not raw:
            return None
        path = Path(raw)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in ("json", "csv"):
            fmt = "csv" if "*.csv" in chosen else "json"
            path = path.with_name(f"{path.name}.{fmt}")
        data = self.c.store.export()
        text = everything_json(data, __version__) if fmt == "json" else everything_csv(data)
        try:
            write_private_text(path, text)
        except OSError as e:
            self._data_said(
                self.tr("That file couldn't be saved (%1). Another folder may work.").replace(
                    "%1", e.strerror or str(e)
                )
            )
            return None
        self._data_said(self.tr("Saved a copy of everything to %1").replace("%1", str(path)))
        return path

    def _data_said(self, text: str) -> None:
        self.data_status.setText(text)
        self.data_status.setVisible(True)

    def _delete_open(self, on: bool) -> None:
        self.confirm.setVisible(on)
        self.confirm_field.clear()
        if on:
            self.confirm_field.setFocus()
            # It opens at the very bottom of the page: bring it into view once laid out.
            QTimer.singleShot(0, self.show_confirm)

    def show_confirm(self) -> None:
        if not self.confirm.isVisible():
            return
        self.scroller.ensureWidgetVisible(self.confirm, 0, 16)

    def delete_all(self) -> None:
        if self.confirm_field.text().strip() != CONFIRM_WORD:
            return
        wipe(self.c)
        self.delete_btn.setChecked(False)
        self.dirty = False
        self.load()
        self._data_said(self.tr("Everything is gone from this computer. Behind starts fresh."))


def wipe(c: AppController) -> None:
    """Delete everything, then let every window start over from the defaults."""
    c.delete_all()


def _form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def worded(problem: Problem) -> str:
    """A settings problem in the user's language."""
    return fill(QCoreApplication.translate(CONTEXT, problem.kind.value), problem.values)


__all__ = ["AUTOSTART_KEY", "SettingsPage"]
