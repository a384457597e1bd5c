"""One layer of the Today page: its items as a checklist, and the row that edits them.

``LayerSection`` draws a layer's title and items and, while "Edit items" is on,
the buttons that add, rename, move and put items away. It changes nothing itself:
every tick and edit goes through its ``TodayPage``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core.layers import Item, ItemError, Layer, clean_title
from behind_desktop.gui.i18n import item_title
from behind_desktop.gui.pages.checklist_view import ID_ROLE, ChecklistView
from behind_desktop.gui.widgets.theme import Space, Type, space
from behind_desktop.gui.widgets.uikit import (
    Card,
    UndoBar,
    limit_title,
    make_muted,
    problem_label,
    relative_font,
    show_problem,
)

if TYPE_CHECKING:
    from behind_desktop.gui.pages.today import TodayPage


class LayerSection(Card):
    """A layer's title, its items, and (while editing) the row that changes them, as one
    card on the page; Layer 3's is dashed, as optional as it says."""

    def __init__(self, layer: Layer, page: TodayPage) -> None:
        super().__init__(optional=layer is Layer.EXTRAS)
        self.layer = layer
        self.page = page
        self.items: list[Item] = []
        title, subtitle, list_name = page.layer_texts(layer)

        self.title = QLabel(title)
        relative_font(self.title, Type.TITLE, bold=True)
        self.toggle: QToolButton | None = None
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        if layer is Layer.EXTRAS:
            self.toggle = QToolButton()
            self.toggle.setCheckable(True)
            self.toggle.setChecked(True)
            self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.toggle.setAccessibleName(self.tr("Show the optional extras"))
            self.toggle.toggled.connect(self._folded)
            header.addWidget(self.toggle)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        make_muted(self.subtitle)

        self.view = ChecklistView(self)
        self.view.setAccessibleName(list_name)
        self.view.setAccessibleDescription(
            self.tr(
                "Space ticks or unticks the selected item. F2 renames it, "
                "Ctrl+Up and Ctrl+Down move it, Delete puts it away."
            )
        )
        self.view.itemChanged.connect(self._item_changed)
        if layer is Layer.EXTRAS:
            make_muted(self.view, QPalette.ColorRole.Text)
            make_muted(self.title)

        self.add_field = QLineEdit()
        self.add_field.setPlaceholderText(self.tr("Add an item to this layer"))
        self.add_field.setAccessibleName(self.tr("New item for %1").replace("%1", title))
        self.add_field.returnPressed.connect(self.add_item)
        self.add_btn = QPushButton(self.tr("Add"))
        self.add_btn.setAccessibleName(self.tr("Add item to %1").replace("%1", title))
        self.add_btn.clicked.connect(self.add_item)
        self.up_btn = QPushButton(self.tr("Move up"))
        self.up_btn.setAccessibleDescription(self.tr("Moves the selected item up (Ctrl+Up)"))
        self.up_btn.clicked.connect(lambda: self.move_current(-1))
        self.down_btn = QPushButton(self.tr("Move down"))
        self.down_btn.setAccessibleDescription(self.tr("Moves the selected item down (Ctrl+Down)"))
        self.down_btn.clicked.connect(lambda: self.move_current(1))
        self.rename_btn = QPushButton(self.tr("Rename"))
        self.rename_btn.setAccessibleDescription(self.tr("Renames the selected item (F2)"))
        self.rename_btn.clicked.connect(self.rename_current)
        self.archive_btn = QPushButton(self.tr("Put away"))
        self.archive_btn.setAccessibleDescription(
            self.tr("Takes the selected item off the list; its past ticks stay (Delete)")
        )
        self.archive_btn.clicked.connect(self.archive_current)
        self.problem = problem_label(self.tr("Note about this layer"))
        limit_title(self.add_field, self.problem)
        self.undo_bar = UndoBar(self.tr("Undo"), self.tr("Bring the item back"))
        self.view.currentRowChanged.connect(lambda _row: self.update_buttons())

        self.edit_row = QWidget()
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.setSpacing(space(Space.S, self))
        add_row.addWidget(self.add_field, 1)
        add_row.addWidget(self.add_btn)
        item_row = QHBoxLayout()
        item_row.setContentsMargins(0, 0, 0, 0)
        item_row.setSpacing(space(Space.S, self))
        for b in (self.up_btn, self.down_btn, self.rename_btn, self.archive_btn):
            item_row.addWidget(b)
        item_row.addStretch(1)
        edit_layout = QVBoxLayout(self.edit_row)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.setSpacing(space(Space.S, self))
        edit_layout.addLayout(add_row)
        edit_layout.addLayout(item_row)
        edit_layout.addWidget(self.undo_bar)
        self.edit_row.setVisible(False)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(space(Space.S, self))
        body.addWidget(self.view)
        body.addWidget(self.edit_row)
        body.addWidget(self.problem)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(space(Space.S, self))
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.body)

    def tab_widgets(self) -> list[QWidget]:
        head: list[QWidget] = [self.toggle] if self.toggle is not None else []
        return [
            *head,
            self.view,
            self.add_field,
            self.add_btn,
            self.up_btn,
            self.down_btn,
            self.rename_btn,
            self.archive_btn,
            self.undo_bar.button,
        ]

    # -- showing ---------------------------------------------------------------------

    def fill(self, items: list[Item], ticked: frozenset[int]) -> None:
        current = self.current_id()
        same = [i.id for i in items] == [i.id for i in self.items]
        self.items = items
        self.view.blockSignals(True)
        try:
            if not same:
                self.view.clear()
                for item in items:
                    row = QListWidgetItem()
                    row.setData(ID_ROLE, item.id)
                    row.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                        | Qt.ItemFlag.ItemIsEditable
                    )
                    self.view.addItem(row)
            for n, item in enumerate(items):
                row = self.view.item(n)
                row.setText(item_title(item.title))
                row.setCheckState(
                    Qt.CheckState.Checked if item.id in ticked else Qt.CheckState.Unchecked
                )
        finally:
            self.view.blockSignals(False)
        if current is not None:
            self.select_id(current)
        self.view.fit_height()
        self.update_buttons()

    def update_buttons(self) -> None:
        """What acts on the selected item waits for one; the ends don't move further."""
        row, last = self.view.currentRow(), self.view.count() - 1
        chosen = self.view.currentItem() is not None and row >= 0
        self.up_btn.setEnabled(chosen and row > 0)
        self.down_btn.setEnabled(chosen and row < last)
        self.rename_btn.setEnabled(chosen)
        self.archive_btn.setEnabled(chosen)

    def set_editing(self, on: bool) -> None:
        self.edit_row.setVisible(on)
        self.view.set_editing(on)
        if not on:
            show_problem(self.problem, None)
            self.undo_bar.dismiss()

    def _folded(self, open_: bool) -> None:
        if self.toggle is None:
            return
        self._show_open(open_)
        self.page.extras_folded_by_user(not open_)

    def set_open(self, open_: bool) -> None:
        if self.toggle is None:
            return
        self.toggle.blockSignals(True)
        self.toggle.setChecked(open_)
        self.toggle.blockSignals(False)
        self._show_open(open_)

    def _show_open(self, open_: bool) -> None:
        assert self.toggle is not None
        self.body.setVisible(open_)
        self.subtitle.setVisible(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.toggle.setText(self.tr("Hide") if open_ else self.tr("Show"))
        self.toggle.setAccessibleName(
            self.tr("Hide the optional extras") if open_ else self.tr("Show the optional extras")
        )

    # -- current item ----------------------------------------------------------------

    def current_id(self) -> int | None:
        row = self.view.currentItem()
        return None if row is None else int(row.data(ID_ROLE))

    def current_item(self) -> Item | None:
        cid = self.current_id()
        return next((i for i in self.items if i.id == cid), None)

    def select_id(self, item_id: int) -> None:
        for n in range(self.view.count()):
            if self.view.item(n).data(ID_ROLE) == item_id:
                self.view.setCurrentRow(n)
                return

    # -- changes ---------------------------------------------------------------------

    def _item_changed(self, row: QListWidgetItem) -> None:
        item = next((i for i in self.items if i.id == row.data(ID_ROLE)), None)
        if item is None:
            return
        ticked = row.checkState() == Qt.CheckState.Checked
        if ticked != (item.id in self.page.ticked):
            self.page.tick(item, ticked)
            return
        if row.text() != item_title(item.title):
            try:
                self.page.rename_item(item, row.text(), self)
            except ItemError as e:
                show_problem(self.problem, self.page.item_problem(e))
                self.view.blockSignals(True)
                row.setText(item_title(item.title))
                self.view.blockSignals(False)
                return
            show_problem(self.problem, None)

    def add_item(self) -> None:
        try:
            title = clean_title(self.add_field.text())
        except ItemError as e:
            show_problem(self.problem, self.page.item_problem(e))
            self.add_field.setFocus()
            return
        item = self.page.add_item(self.layer, title, self)
        self.add_field.clear()
        show_problem(self.problem, None)
        self.select_id(item.id)

    def rename_current(self) -> None:
        row = self.view.currentItem()
        if row is not None:
            self.view.setFocus()
            self.view.editItem(row)

    def move_current(self, delta: int) -> None:
        item = self.current_item()
        if item is None:
            return
        self.page.move_item(item, delta, self)
        self.select_id(item.id)

    def archive_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        row = self.view.currentRow()
        self.page.archive_item(item, self)
        if self.view.count():
            self.view.setCurrentRow(min(row, self.view.count() - 1))
        self.undo_bar.offer(
            self.tr("“%1” is off the list. Its past ticks are kept."),
            item_title(item.title),
            lambda: self._bring_back(item),
        )
        self.page.show_widget(self.undo_bar)

    def _bring_back(self, item: Item) -> None:
        self.page.restore_item(item, self)
        self.select_id(item.id)
        self.view.setFocus()
