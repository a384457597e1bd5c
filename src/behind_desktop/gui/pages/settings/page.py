"""The Settings page: the groups in one scrolling column, and Save / Undo changes below.

Every field is bound once to its setting (see ``binding``): the page loads them
all, compares them with what was saved to know whether anything changed, and
collects them to save. Edits stay on the page until "Save"; the settings service
decides what is valid, and each problem appears next to the field or row it is
about, never as a stack of pop-ups.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core.settings import Settings, SettingsError
from behind_desktop.gui.pages.settings.binding import Bindings, worded
from behind_desktop.gui.pages.settings.checkins import CheckinsGroup
from behind_desktop.gui.pages.settings.computer import ComputerGroup
from behind_desktop.gui.pages.settings.contacts import ContactsGroup
from behind_desktop.gui.pages.settings.fields import WheelToPage
from behind_desktop.gui.pages.settings.focus import FocusGroup
from behind_desktop.gui.pages.settings.quiet import QuietGroup
from behind_desktop.gui.pages.settings.weeks import WeeksGroup
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.widgets.accent import primary
from behind_desktop.gui.widgets.theme import Space, space, spaced
from behind_desktop.gui.widgets.uikit import TitledCard, chain_tab_order, page_layout, show_problem
from behind_desktop.services.changes import Changes, Origin, Topic


class SettingsPage(QWidget):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = bridge
        self.service = bridge.services.settings
        self.setObjectName("settingsPage")
        self.bindings = Bindings(self.changed)
        self.scroller = QScrollArea()
        self._loading = False
        self._shown = self.service.current()  # what the fields were loaded from

        self.focus_group = FocusGroup(self)
        self.checkins = CheckinsGroup(self)
        self.quiet = QuietGroup(self)
        self.weeks = WeeksGroup(self)
        self.contacts = ContactsGroup(self)
        self.computer = ComputerGroup(self)
        self.content = QWidget()
        self.content.setObjectName("settingsContent")
        col = QVBoxLayout(self.content)
        page_layout(col, self.content)
        for group in (
            self.focus_group,
            self.checkins,
            self.quiet,
            self.weeks,
            self.contacts,
            self.computer,
        ):
            col.addWidget(group)
        col.addStretch(1)
        scroll = self.scroller
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.content)
        self.wheel_guard = WheelToPage(scroll)
        for group in (self.focus_group, self.quiet, self.weeks, self.contacts):
            for field in group.wheel_fields:
                self.wheel_guard.guard(field)

        self.problems: dict[str, QLabel] = {
            **self.focus_group.problems,
            **self.checkins.problems,
            **self.quiet.problems,
            **self.weeks.problems,
            **self.contacts.problems,
        }
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Settings status"))
        self.defaults_btn = QPushButton(self.tr("Use defaults"))
        self.defaults_btn.setAccessibleDescription(
            self.tr("Puts Behind's own values in the fields above; nothing is saved until Save")
        )
        self.defaults_btn.clicked.connect(self.bindings.reset)
        self.revert_btn = QPushButton(self.tr("Undo changes"))
        self.revert_btn.setAccessibleDescription(self.tr("Puts back the settings last saved"))
        self.revert_btn.clicked.connect(self.load)
        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.setAccessibleName(self.tr("Save settings"))
        self.save_btn.setAccessibleDescription(self.tr("Saves the settings above (Ctrl+S)"))
        self.save_btn.clicked.connect(self.save)
        primary(self.save_btn)
        bottom = spaced(QHBoxLayout(), Space.S)
        side, gap = space(Space.L), space(Space.S)
        bottom.setContentsMargins(side, gap, side, side)
        bottom.addWidget(self.status, 1)
        for button in (self.defaults_btn, self.revert_btn, self.save_btn):
            bottom.addWidget(button)
        outer = spaced(QVBoxLayout(self), 0)
        outer.addWidget(scroll, 1)
        bottom_margin = QWidget()
        bottom_margin.setLayout(bottom)
        outer.addWidget(bottom_margin)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)

        bridge.changed.connect(self._data_changed)
        self.load()

    # -- the whole page's fields ---------------------------------------------------------

    def groups(self) -> list[TitledCard]:
        """The groups, top to bottom, each a card like the layers on Today."""
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        return self.content.findChildren(TitledCard, options=direct)

    def tab_widgets(self) -> list[QWidget]:
        return [
            *self.focus_group.tab_widgets(),
            *self.checkins.tab_widgets(),
            *self.quiet.tab_widgets(),
            *self.weeks.tab_widgets(),
            *self.contacts.tab_widgets(),
            *self.computer.tab_widgets(),
            *self.computer.confirm_tab_widgets(),
            self.defaults_btn,
            self.revert_btn,
            self.save_btn,
        ]

    def show_contacts(self) -> None:
        """Scroll to the support contacts and put the keyboard on "Add a contact"."""
        layout = self.content.layout()
        if layout is not None:
            layout.activate()
        self.scroller.ensureWidgetVisible(self.contacts, 0, 0)
        self.contacts.add_contact_btn.setFocus(Qt.FocusReason.OtherFocusReason)

    def retab(self) -> None:
        self.checkins.list.renumber()
        self.contacts.list.renumber()
        chain_tab_order(self.tab_widgets())

    def values(self) -> dict[str, Any]:
        return {
            **self.bindings.values(),
            "questions": self.checkins.list.values(),
            "contacts": self.contacts.list.values(),
        }

    @property
    def dirty(self) -> bool:
        """Whether anything on the page differs from the settings it last loaded."""
        return (
            self.bindings.differ(self._shown)
            or self.checkins.list.differs()
            or self.contacts.list.differs()
        )

    def changed(self) -> None:
        if self._loading:
            return
        self.status.setText(self.tr("Changes not saved yet.") if self.dirty else "")

    # -- loading and saving --------------------------------------------------------------

    def _data_changed(self, changes: Changes) -> None:
        """Settings saved elsewhere (the command line, a pause from the tray) show here,
        unless the fields hold edits of the user's."""
        if changes.topics & (Topic.SETTINGS | Topic.CHECKINS) and not self.dirty:
            self.load()

    def load(self) -> None:
        s = self._shown = self.service.current()
        self._loading = True
        try:
            self.bindings.load(s)
            self.quiet.loaded(s)
            self.checkins.load(s)
            self.contacts.load(s)
        finally:
            self._loading = False
        self._clear_problems()
        self.retab()
        self.status.setText("")

    def _clear_problems(self) -> None:
        for label in set(self.problems.values()):
            show_problem(label, None)
        self.checkins.list.clear_problems()
        self.contacts.list.clear_problems()

    def save(self) -> Settings | None:
        """Validate, show each problem next to its field, and save if all is well."""
        self._clear_problems()
        try:
            settings = self.service.validate(self.values(), base=self.service.current())
        except SettingsError as e:
            rows = {
                "questions": self.checkins.list.problem_labels(),
                "contacts": self.contacts.list.problem_labels(),
            }
            for problem in e.all:
                if problem.index is not None:  # shown on the row it's about
                    label = rows[problem.key][problem.index]
                else:
                    label = self.problems.get(problem.key, self.checkins.questions_problem)
                show_problem(label, worded(problem))
            self.status.setText(self.tr("Nothing saved yet: a few things need a look (see above)."))
            return None
        self.service.save(settings, Origin.APP)
        self.load()
        self.status.setText(self.tr("Saved."))
        return settings

    # -- quitting --------------------------------------------------------------------------

    def keep_on_quit(self) -> None:
        """Behind is quitting however it was asked to: edits that can be saved are saved."""
        if self.dirty:
            self.save()

    def quit_when_settled(self, quit: Callable[[], None]) -> None:
        """Quit, keeping this page's edits: saved when they can be, asked about when not."""
        if not self.dirty or self.save() is not None:
            quit()
            return
        # After this turn of the event loop, so a caller waiting for a reply gets it first.
        QTimer.singleShot(0, lambda: self._ask_before_quitting(quit))

    def _ask_before_quitting(self, quit: Callable[[], None]) -> None:
        self.c.showRequested.emit("settings")
        if self.ask_quit():
            quit()

    def ask_quit(self) -> bool:
        """Whether to quit leaving edits that can't be saved yet; tests replace this method."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Quit Behind"))
        box.setText(self.tr("Some changes in Settings can't be saved yet."))
        box.setInformativeText(
            self.tr("The notes next to them say what they need. Quit and leave them out?")
        )
        stay = box.addButton(self.tr("Back to Settings"), QMessageBox.ButtonRole.RejectRole)
        leave = box.addButton(self.tr("Quit without them"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is leave
