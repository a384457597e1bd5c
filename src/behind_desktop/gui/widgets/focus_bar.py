"""The strip at the top of the main window: the focus block and the care flows.

Everything the tray menu offers is here too, so the app stays whole where there
is no tray (GNOME without AppIndicator, a tray that comes late) or where a
click on the icon only opens the menu. It redraws when the block changes; it
runs no timer of its own.

What is happening comes first, as a title; below it the block's controls at the
left (starting one is the window's one accent button) and the care flows at the
right, which move to a line of their own when the window is too narrow for both.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core.focus import minutes_left
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.shell.navigator import Navigator
from behind_desktop.gui.widgets.accent import primary
from behind_desktop.gui.widgets.theme import Space, Type, set_type, spaced
from behind_desktop.gui.widgets.uikit import guarded
from behind_desktop.services.commands import CheckinNow
from behind_desktop.services.focus import FocusView


class SplitRow(QLayout):
    """Two groups on one line, the first at the left, the second at the right; the
    second goes below the first when the line is too narrow for both, so the window
    never has to widen for them (a running block has more buttons than an idle one).

    It asks for the height of the lines it uses at the width it was last given, not
    for a height per width: a window whose layout trades height for width gets a
    minimum height as tall as the window itself from some window managers."""

    def __init__(self, first: QWidget, second: QWidget) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []
        self._wrapped = False
        spaced(self, Space.S)
        self.addWidget(first)
        self.addWidget(second)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def _hints(self) -> tuple[QSize, QSize]:
        first, second = (item.sizeHint() for item in self._items)
        return first, second

    def _height(self) -> int:
        first, second = self._hints()
        if self._wrapped:
            return first.height() + self.spacing() + second.height()
        return max(first.height(), second.height())

    def sizeHint(self) -> QSize:
        first, second = self._hints()
        return QSize(first.width() + self.spacing() + second.width(), self._height())

    def minimumSize(self) -> QSize:
        first, second = (item.minimumSize() for item in self._items)
        return QSize(max(first.width(), second.width()), self._height())

    def _ask_again(self) -> None:
        """The lines changed: the widget it is in asks its own parent for the new height."""
        owner = self.parentWidget()
        if owner is not None:
            outer = owner.layout()
            if outer is not None:
                outer.invalidate()
            owner.updateGeometry()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        one, two = self._items
        first, second = self._hints()
        wrapped = first.width() + self.spacing() + second.width() > rect.width()
        if wrapped != self._wrapped:
            self._wrapped = wrapped
            QTimer.singleShot(0, self, self._ask_again)  # for the other height, once
        if not wrapped:
            height = max(first.height(), second.height())
            one.setGeometry(QRect(rect.x(), rect.y(), first.width(), height))
            x = rect.right() + 1 - second.width()
            two.setGeometry(QRect(x, rect.y(), second.width(), height))
        else:
            width = rect.width()
            one.setGeometry(QRect(rect.x(), rect.y(), min(first.width(), width), first.height()))
            y = rect.y() + first.height() + self.spacing()
            two.setGeometry(QRect(rect.x(), y, min(second.width(), width), second.height()))


def _group(buttons: list[QPushButton]) -> QWidget:
    box = QWidget()
    row = spaced(QHBoxLayout(box), Space.S)
    for b in buttons:
        row.addWidget(b)
    return box


class FocusBar(QWidget):
    def __init__(self, bridge: Bridge, navigator: Navigator) -> None:
        super().__init__()
        self.c = bridge
        self.focus = bridge.services.focus
        self.nav = navigator
        self.setObjectName("focusBar")
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Focus block"))
        self.start_btn = primary(self._button(self.tr("Start %n minute(s)", "", 15), self._start))
        self.start_btn.setAccessibleName(self.tr("Start a focus block"))
        self.pause_btn = self._button(self.tr("Pause"), self._toggle)
        self.pause_btn.setAccessibleName(self.tr("Pause or resume the block"))
        self.stop_btn = self._button(self.tr("Stop"), guarded(self._stop, self.refresh))
        self.stop_btn.setAccessibleName(self.tr("Stop the block"))
        self.timer_btn = self._button(self.tr("Timer"), navigator.show_timer)
        self.timer_btn.setAccessibleName(self.tr("Show the timer"))
        self.behind_btn = self._button(self.tr("I'm behind…"), navigator.show_behind)
        self.behind_btn.setAccessibleName(self.tr("I'm behind: one question, then one step"))
        self.checkin_btn = self._button(self.tr("Check in"), lambda: self.c.run(CheckinNow()))
        self.checkin_btn.setAccessibleName(self.tr("Check in now"))
        self.quit_btn = self._button(self.tr("Quit"), self.c.quitRequested.emit)
        self.quit_btn.setAccessibleName(self.tr("Quit Behind"))
        self.quit_btn.setToolTip(self.tr("There is no tray icon here, so Behind quits from here."))
        self.state.setWordWrap(True)
        set_type(self.state, Type.TITLE, bold=True)
        column = spaced(QVBoxLayout(self), Space.S)
        column.addWidget(self.state)
        block = _group([self.start_btn, self.pause_btn, self.stop_btn, self.timer_btn])
        care = _group([self.behind_btn, self.checkin_btn, self.quit_btn])
        column.addLayout(SplitRow(block, care))
        bridge.focusView.connect(self.refresh)  # also when the block's length is set anew
        self.refresh()

    def _button(self, text: str, slot: object) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(lambda _=False: slot())  # type: ignore[operator]
        return b

    def buttons(self) -> list[QPushButton]:
        """In reading (and tab) order."""
        return [
            self.start_btn,
            self.pause_btn,
            self.stop_btn,
            self.timer_btn,
            self.behind_btn,
            self.checkin_btn,
            self.quit_btn,
        ]

    def _start(self) -> None:
        self.focus.start(origin=self)

    def _stop(self) -> None:
        self.focus.stop(origin=self)

    def _toggle(self) -> None:
        guarded(lambda: self.focus.toggle(origin=self), self.refresh)()

    def refresh(self, view: FocusView | None = None) -> None:
        """Draw the block's snapshot (a fresh one when none is given)."""
        view = view or self.c.focus_view()
        block = view.active
        self.start_btn.setText(self.tr("Start %n minute(s)", "", view.default_minutes))
        if block is None:
            self.state.setText(self.tr("Ready for one tiny step."))
        else:
            left = minutes_left(view.remaining_s)
            if view.paused:
                text = self.tr("Paused, %n min left", "", left)
            else:
                text = self.tr("Focusing, %n min left", "", left)
            if block.step:
                text += f" · {block.step}"
            self.state.setText(text)
        active = block is not None
        self.start_btn.setVisible(not active)
        self.pause_btn.setVisible(active)
        self.pause_btn.setText(self.tr("Resume") if view.paused else self.tr("Pause"))
        self.stop_btn.setVisible(active)
        self.timer_btn.setVisible(active)
        self.quit_btn.setVisible(not self.nav.tray_shown())
