"""A layer's items as a list: rows that wrap, ticking by mouse, keyboard and
assistive technology, and the keys that edit while "Edit items" is on.

``FittedList`` is as tall as its rows at the width it is given (so wrapped items
stay in view and the page scrolls, not the list); ``ChecklistView`` adds the
ways a row is ticked and moved.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from behind_desktop.gui.widgets.uikit import TitleDelegate

if TYPE_CHECKING:
    from behind_desktop.gui.pages.checklist import LayerSection

ID_ROLE = Qt.ItemDataRole.UserRole


class FittedList(QListWidget):
    """A list as tall as its rows, whose rows wrap: it never scrolls, the page does."""

    def __init__(self) -> None:
        super().__init__()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows wrap anew at each width
        self.setItemDelegate(TitleDelegate(self))

    def fit_height(self) -> None:
        """Show every row without an inner scroll bar; the page scrolls instead.

        The rows are laid out at the list's present width first: a long item wraps onto
        more lines there (``sizeHintForRow`` knows nothing of the width, so it measured
        one line, and the rows below were cut or scrolled out of sight)."""
        self.doItemsLayout()
        if self.count() == 0:
            rows = self.fontMetrics().height() + 8
        else:
            rows = self.contentsSize().height() + 2 * self.spacing()
        height = rows + 2 * self.frameWidth()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
        self.scrollToTop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()  # a new width wraps the rows anew

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Bring the row into view by scrolling the page: the list itself never scrolls.

        Qt asks for this when the keyboard moves the current row (not on a mouse press,
        so a click leaves the page where it is). Only while the list has the focus: a
        refresh that picks the row again doesn't pull the page away from the reader."""
        super().scrollTo(index, hint)
        page = self._page_scroller()
        content = None if page is None else page.widget()
        if page is None or content is None or not self.hasFocus():
            return
        rect = self.visualRect(index)
        if rect.isEmpty():
            return
        centre = self.viewport().mapTo(content, rect.center())
        margin = rect.height() // 2 + self.spacing() + 1
        page.ensureVisible(centre.x(), centre.y(), 0, margin)

    def _page_scroller(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent


class ChecklistView(FittedList):
    """One layer's items: Space ticks, F2 renames, Ctrl+Up/Down moves, Delete puts away."""

    def __init__(self, section: LayerSection) -> None:
        super().__init__()
        self.section = section
        self.editing = False  # "Edit items" is on: a click on the words picks the row
        self.set_editing(False)
        self.setSpacing(2)
        self.setFrameShape(QListWidget.Shape.NoFrame)  # the layer's card is its frame

        # Extended, so an assistive "Toggle" may also deselect (Qt refuses that in
        # single selection); selectionCommand keeps what the user selects to one row.
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self._input = 0  # inside a key or mouse event: selection changes are the user's
        self._batch: tuple[int, set[int], set[int]] | None = None  # current, added, removed
        self._pressed: QPersistentModelIndex | None = None  # where a left click began
        self._editor_closed = False  # the rename field closed in this turn of the event loop

    def set_editing(self, on: bool) -> None:
        """Ticking, or (with "Edit items" on) picking the row to rename, move or put away:
        a click on the words picks it then, a double click renames it; the box still ticks."""
        self.editing = on
        triggers = QListWidget.EditTrigger.EditKeyPressed  # F2
        if on:
            triggers |= QListWidget.EditTrigger.DoubleClicked
        self.setEditTriggers(triggers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key == Qt.Key.Key_Up:
            self.section.move_current(-1)
        elif ctrl and key == Qt.Key.Key_Down:
            self.section.move_current(1)
        elif key == Qt.Key.Key_Delete and self.state() != QListWidget.State.EditingState:
            self.section.archive_current()
        else:
            with self._user_input():
                super().keyPressEvent(event)

    @contextmanager
    def _user_input(self) -> Iterator[None]:
        self._input += 1
        try:
            yield
        finally:
            self._input -= 1

    # -- clicks ---------------------------------------------------------------------------
    # A row is a check box with its label: a click on the words ticks it as one on the box
    # does (Qt's own rows only select). The click counts where it ends, on the row where it
    # began; the second click of a double click adds nothing, so it never unticks what the
    # first one ticked. A click that closes the rename field only closes it. While "Edit
    # items" is on, a click on the words picks the row instead (see set_editing).

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        left = event.button() == Qt.MouseButton.LeftButton
        # The press that takes the focus from the rename field closed it just before.
        editing = self.state() == QListWidget.State.EditingState or self._editor_closed
        self._pressed = QPersistentModelIndex(index) if left and not editing else None
        with self._user_input():
            super().mousePressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        self._editor_closed = True
        QTimer.singleShot(0, self._editor_gone)

    def _editor_gone(self) -> None:
        self._editor_closed = False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._pressed = None
        with self._user_input():
            super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        index = self.indexAt(event.position().toPoint())
        row = self.itemFromIndex(index) if index.isValid() else None
        before = None if row is None else row.checkState()
        with self._user_input():
            super().mouseReleaseEvent(event)  # a click on the box has ticked it here
            if row is None or pressed is None or not pressed.isValid():
                return
            if pressed.row() != index.row() or event.button() != Qt.MouseButton.LeftButton:
                return
            if self.currentItem() is not row:
                self.setCurrentItem(row)  # the row clicked is the one in hand
            if self.editing:
                return  # picked, to be edited; a click on the box has ticked it above
            if row.checkState() == before and row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                ticked = before == Qt.CheckState.Checked
                row.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        with self._user_input():
            super().mouseMoveEvent(event)

    # -- the assistive "Toggle" action ----------------------------------------------------
    # Qt's accessible list rows offer "Toggle" (what switch access and voice control
    # call) but carry it out as selecting or deselecting the row, with no key or
    # mouse event and without moving the current row. Here that means: tick it.

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        flags = super().selectionCommand(index, event)
        Flag = QItemSelectionModel.SelectionFlag
        if flags & (Flag.Select | Flag.Deselect | Flag.Toggle):
            return Flag.ClearAndSelect  # one row at a time, whatever the modifiers
        return flags

    def selectionChanged(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        super().selectionChanged(selected, deselected)
        if self._input:
            return
        if self._batch is None:
            self._batch = (self.currentRow(), set(), set())
            # A row may be deselected and another selected in two steps: look once both are done.
            QTimer.singleShot(0, self._settle_selection)
        self._batch[1].update(i.row() for i in selected.indexes())
        self._batch[2].update(i.row() for i in deselected.indexes())

    def _settle_selection(self) -> None:
        if self._batch is None:
            return
        current, added, removed = self._batch
        self._batch = None
        if self.currentRow() != current:
            return  # the program (or the user) moved the current row: not a "Toggle"
        if added - {current}:
            target = min(added - {current})  # "Toggle" on a row that wasn't selected
        elif current in removed and current not in added:
            target = current  # "Toggle" on the selected row
        else:
            return
        row = self.item(target)
        if row is None or not row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        with self._user_input():
            self.setCurrentRow(target)  # the row the action was for, the only one selected
        ticked = row.checkState() == Qt.CheckState.Checked
        row.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
