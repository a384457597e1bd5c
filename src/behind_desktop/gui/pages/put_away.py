"""The items put away from the Today checklist, to bring one back.

Shown under the layers while "Edit items" is on and something has been put away.
Like ``LayerSection`` it changes nothing itself: "Bring back" goes through its
``TodayPage``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core.layers import Item
from behind_desktop.gui.i18n import item_title
from behind_desktop.gui.pages.checklist_view import FittedList
from behind_desktop.gui.widgets.theme import Space, Type, space
from behind_desktop.gui.widgets.uikit import Card, make_muted, relative_font

if TYPE_CHECKING:
    from behind_desktop.gui.pages.today import TodayPage

ID_ROLE = Qt.ItemDataRole.UserRole


class PutAwaySection(Card):
    """A list of the put-away items, each with its layer, and a "Bring back" button."""

    def __init__(self, page: TodayPage) -> None:
        super().__init__()
        self.page = page
        self.items: list[Item] = []
        self.title = QLabel(self.tr("Put-away items"))
        relative_font(self.title, Type.TITLE, bold=True)
        self.subtitle = QLabel(self.tr("Their past ticks are kept. Bring one back to the list."))
        self.subtitle.setWordWrap(True)
        make_muted(self.subtitle)
        self.view = FittedList()
        self.view.setFrameShape(FittedList.Shape.NoFrame)
        self.view.setAccessibleName(self.tr("Put-away items"))
        self.view.currentItemChanged.connect(lambda *_: self._update_button())
        self.view.itemActivated.connect(lambda _row: self.bring_back())
        self.back_btn = QPushButton(self.tr("Bring back"))
        self.back_btn.setAccessibleDescription(
            self.tr("Puts the selected item back at its place in its layer")
        )
        self.back_btn.clicked.connect(self.bring_back)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.back_btn)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(space(Space.S, self))
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._update_button()

    def tab_widgets(self) -> list[QWidget]:
        return [self.view, self.back_btn]

    def fill(self, items: list[Item]) -> None:
        """``items``: the put-away ones, in layer order."""
        current = self.current_item()
        self.items = items
        self.view.clear()
        for item in items:
            layer = self.page.layer_texts(item.layer)[0]
            row = QListWidgetItem(f"{item_title(item.title)} ({layer})")
            row.setData(ID_ROLE, item.id)
            self.view.addItem(row)
            if current is not None and item.id == current.id:
                self.view.setCurrentItem(row)
        self.view.fit_height()
        self._update_button()

    def current_item(self) -> Item | None:
        row = self.view.currentItem()
        if row is None:
            return None
        return next((i for i in self.items if i.id == row.data(ID_ROLE)), None)

    def _update_button(self) -> None:
        self.back_btn.setEnabled(self.current_item() is not None)

    def bring_back(self) -> None:
        item = self.current_item()
        if item is not None:
            self.page.restore_item(item, self)
