"""A list of editable rows (check-ins, contacts): load, add, remove, renumber, compare."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from behind_desktop.gui.pages.settings.host import Host
from behind_desktop.gui.widgets.theme import column_layout, row_layout
from behind_desktop.gui.widgets.uikit import TitledCard, make_muted, show_problem


def numbered(n: int, names: list[tuple[QWidget, str]]) -> None:
    """Accessible names for a row's fields, with the row's number (1, 2…) for ``%1``."""
    for widget, template in names:
        widget.setAccessibleName(template.replace("%1", str(n + 1)))


def list_layout(
    group: TitledCard, intro: str, problem: QLabel, add: QPushButton
) -> tuple[QVBoxLayout, QVBoxLayout]:
    """A group's column: a quiet intro, the rows' box, the list's problem, an Add button.

    Returns the column (for more below) and the box the rows go in."""
    col = group.column
    label = QLabel(intro)
    label.setWordWrap(True)
    make_muted(label)
    col.addWidget(label)
    box = column_layout()
    col.addLayout(box)
    col.addWidget(problem)
    add_row = row_layout()
    add_row.addWidget(add)
    add_row.addStretch(1)
    col.addLayout(add_row)
    return col, box


class Row(Protocol):
    problem: QLabel

    def raw(self) -> dict[str, Any]: ...

    def renumber(self, n: int) -> None: ...

    def tab_widgets(self) -> list[QWidget]: ...

    def deleteLater(self) -> None: ...


R = TypeVar("R", bound=Row)


class RowList(Generic[R]):
    """Rows in ``box``; what was loaded is kept, so an edit can tell whether it differs."""

    def __init__(
        self,
        host: Host,
        box: QVBoxLayout,
        make: Callable[[Any], R],
        add_button: QPushButton,
        first_field: Callable[[R], QWidget],
    ) -> None:
        self.host = host
        self.box = box
        self.make = make
        self.add_button = add_button
        self.first_field = first_field
        self.rows: list[R] = []
        self._loaded: list[dict[str, Any]] = []

    def load(self, items: Any) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for item in items:
            self.new(item)
        self._loaded = self.values()

    def new(self, item: Any) -> R:
        row = self.make(item)
        self.box.addWidget(row)  # type: ignore[arg-type]
        self.rows.append(row)
        return row

    def add(self, item: Any = None) -> R:
        row = self.new(item)
        self.host.retab()
        self.host.changed()
        self.first_field(row).setFocus()
        return row

    def remove(self, row: R) -> None:
        at = self.rows.index(row)
        self.rows.remove(row)
        row.deleteLater()
        self.host.retab()
        self.host.changed()
        nxt = self.first_field(self.rows[at]) if at < len(self.rows) else None
        (nxt or self.add_button).setFocus()

    def values(self) -> list[dict[str, Any]]:
        return [row.raw() for row in self.rows]

    def differs(self) -> bool:
        return self.values() != self._loaded

    def problem_labels(self) -> list[QLabel]:
        return [row.problem for row in self.rows]

    def clear_problems(self) -> None:
        for label in self.problem_labels():
            show_problem(label, None)

    def renumber(self) -> None:
        for n, row in enumerate(self.rows):
            row.renumber(n)

    def tab_widgets(self) -> list[QWidget]:
        out: list[QWidget] = []
        for row in self.rows:
            out.extend(row.tab_widgets())
        return out
