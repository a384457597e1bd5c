"""Fields the Settings groups share: a time box that takes typing, a wheel guard, a form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QTimeEdit,
    QWidget,
)

from behind_desktop.gui.widgets.theme import Space, spaced
from behind_desktop.gui.widgets.uikit import TitledCard


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


def form(card: TitledCard | None = None) -> QFormLayout:
    """Labels and their fields, spaced from the scale; under ``card``'s title if given."""
    layout = spaced(QFormLayout(), Space.S)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    if card is not None:
        card.column.addLayout(layout)
    return layout
