"""The Wins page's list: a week's wins under one heading per day.

Each row holds its ``Win``; rows a user may change (typed wins and focus blocks)
are editable in place. The list only draws and selects; saving an edit or a
delete is the page's job (``WinsPage``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from behind_desktop.core.wins import WeekSummary, Win, WinSource
from behind_desktop.gui.i18n import clock_time, item_title, long_date
from behind_desktop.gui.widgets.uikit import TitleDelegate

WIN_ROLE = Qt.ItemDataRole.UserRole
EDITABLE = (WinSource.TYPED, WinSource.FOCUS)


class WinsList(QTreeWidget):
    """Time, win and where it came from; F2 edits, Delete calls ``on_delete``."""

    def __init__(self, on_delete: Callable[[], None]) -> None:
        super().__init__()
        self.on_delete = on_delete
        self.setAccessibleName(self.tr("Small wins this week, by day"))
        self.setAccessibleDescription(
            self.tr("F2 edits the selected win, Delete removes it (you can undo)")
        )
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Time"), self.tr("Win"), self.tr("From")])
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setUniformRowHeights(True)
        self.setItemDelegate(TitleDelegate(self))
        self.setEditTriggers(
            QTreeWidget.EditTrigger.EditKeyPressed | QTreeWidget.EditTrigger.DoubleClicked
        )
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("00:00 PM") + 16)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != QTreeWidget.State.EditingState:
            self.on_delete()
        else:
            super().keyPressEvent(event)

    def fill(self, summary: WeekSummary) -> None:
        """The week's days that have wins, each with its heading."""
        self.blockSignals(True)
        self.clear()
        for day in summary.days:
            if not day.wins:
                continue
            head = QTreeWidgetItem(
                [self.tr("%1 · %n win(s)", "", day.count).replace("%1", long_date(day.day))]
            )
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)  # only works once the item is in the tree
            for win in day.wins:
                text = item_title(win.text) if win.source is WinSource.BASICS else win.text
                row = QTreeWidgetItem([clock_time(win.at), text, self.source_label(win)])
                row.setData(0, WIN_ROLE, win)
                row.setToolTip(1, text)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if win.source in EDITABLE:
                    flags |= Qt.ItemFlag.ItemIsEditable
                row.setFlags(flags)
                head.addChild(row)
            head.setExpanded(True)
        self.blockSignals(False)

    def source_label(self, win: Win) -> str:
        if win.source is WinSource.FOCUS:
            return self.tr("focus block")
        if win.source is WinSource.BASICS:
            return self.tr("basics")
        return self.tr("written by you")

    @staticmethod
    def win_of(row: QTreeWidgetItem | None) -> Win | None:
        win = None if row is None else row.data(0, WIN_ROLE)
        return win if isinstance(win, Win) else None

    def current_win(self) -> Win | None:
        return self.win_of(self.currentItem())

    def show_win(self, row: QTreeWidgetItem, win: Win) -> None:
        """Put ``win`` (its text as saved, or as it was) back on its row."""
        self.blockSignals(True)
        row.setText(1, win.text)
        row.setData(0, WIN_ROLE, win)
        self.blockSignals(False)

    def rows(self) -> list[QTreeWidgetItem]:
        """The win rows (not the day headings), top to bottom."""
        out: list[QTreeWidgetItem] = []
        for n in range(self.topLevelItemCount()):
            head = self.topLevelItem(n)
            if head is not None:
                out.extend(
                    row for m in range(head.childCount()) if (row := head.child(m)) is not None
                )
        return out

    def select(self, win: Win) -> None:
        for row in self.rows():
            other = self.win_of(row)
            if other is not None and (other.id, other.text, other.at) == (win.id, win.text, win.at):
                self.setCurrentItem(row, 1)
                return
