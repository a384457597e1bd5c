"""Small pieces the pages and dialogs share: cards, gentle notes, muted text, tab order.

Colours, sizes and contrast come from theme.py, so light and dark schemes both
read well and everything grows with the system font.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core.focus import FocusError
from behind_desktop.core.layers import MAX_TITLE
from behind_desktop.gui.widgets.theme import (
    NOTE_TONE,
    Space,
    Type,
    blend,
    quieter,
    radius,
    set_type,
    space,
    spaced,
)


def muted(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QColor:
    """Text a step quieter than ``role``, still readable on its background (theme.py)."""
    background = (
        QPalette.ColorRole.Base if role is QPalette.ColorRole.Text else QPalette.ColorRole.Window
    )
    return quieter(palette.color(role), palette.color(background))


def make_muted(widget: QWidget, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> None:
    """Quieter text for ``widget``; :func:`refresh_muted` redoes it when the scheme changes."""
    parent = widget.parentWidget()
    base = parent.palette() if parent is not None else QApplication.palette()
    pal = widget.palette()
    pal.setColor(role, muted(base, role))
    widget.setPalette(pal)
    widget.setProperty("behindMuted", int(role.value))


def refresh_muted(root: QWidget) -> None:
    """After a light/dark switch, recompute every muted colour under ``root``."""
    for w in [root, *root.findChildren(QWidget)]:
        role = w.property("behindMuted")
        if role is not None:
            make_muted(w, QPalette.ColorRole(int(role)))


def relative_font(widget: QWidget, scale: float = 1.0, bold: bool = False) -> None:
    """Follow the system font, bigger or smaller by a factor (a theme.Type level)."""
    set_type(widget, scale, bold)


class NoteLabel(QLabel):
    """A gentle note: a faint tint of the accent and a bar on the left, no alarm colours."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("gentleNote")
        s, m = space(Space.S, self), space(Space.M, self)
        self.setContentsMargins(m, s, s, s)

    def background(self) -> QColor:
        """The tint the note's text is drawn on."""
        return blend(self.palette().color(QPalette.ColorRole.Window), NOTE_TONE, 0.12)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.background())
        r = radius(self)
        p.drawRoundedRect(self.rect(), r, r)
        p.fillRect(0, 0, max(3, space(Space.XS, self)), self.height(), NOTE_TONE)
        p.end()
        super().paintEvent(event)


class Card(QFrame):
    """One group on a page (a layer of the checklist): a surface with soft corners and
    a quiet border, ``space(Space.M)`` of room inside. An ``optional`` group has a dashed
    border: there if wanted, nothing owed."""

    def __init__(self, optional: bool = False) -> None:
        super().__init__()
        self.optional = optional
        self.setObjectName("optionalCard" if optional else "card")
        m = space(Space.M, self)
        self.setContentsMargins(m, m, m, m)

    def background(self) -> QColor:
        """The surface the group's text is drawn on: the list's own (Base)."""
        return self.palette().color(QPalette.ColorRole.Base)

    def border(self) -> QColor:
        pal = self.palette()
        return blend(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text), 0.3)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.border(), 1)
        if self.optional:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(self.background())
        r = radius(self)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), r, r)
        p.end()


class TitledCard(Card):
    """A card with a title from the type scale above its ``column`` (a Settings group)."""

    def __init__(self, title: str = "") -> None:
        super().__init__()
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        set_type(self.title, Type.TITLE, bold=True)
        self.column = spaced(QVBoxLayout(self), Space.S)
        self.column.addWidget(self.title)

    def setTitle(self, text: str) -> None:
        self.title.setText(text)


def page_layout(layout: QBoxLayout, widget: QWidget) -> None:
    """A page's margins and the room between its groups, from the spacing scale."""
    m = space(Space.L, widget)
    layout.setContentsMargins(m, m, m, m)
    layout.setSpacing(space(Space.M, widget))


def note_label(text: str = "", name: str = "") -> QLabel:
    """A gentle, word-wrapped note with a soft accent bar on the left."""
    label = NoteLabel(text)
    if name:
        label.setAccessibleName(name)
    return label


def thought_label(name: str) -> QLabel:
    """A quiet line for a perspective note: smaller, muted, hidden while there is none."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("perspective")
    label.setAccessibleName(name)
    set_type(label, Type.CAPTION)
    make_muted(label)
    label.setVisible(False)
    return label


def show_thought(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def problem_label(name: str) -> QLabel:
    """An inline message next to a field; hidden while there's nothing to say."""
    label = note_label(name=name)
    label.setVisible(False)
    return label


def show_problem(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setAccessibleDescription(text or "")
    label.setVisible(bool(text))


def full_title_note() -> str:
    """Said while a title field is full, so a key that adds nothing is explained."""
    text = QCoreApplication.translate("Titles", "That's as long as a title can be: %1 characters.")
    return text.replace("%1", str(MAX_TITLE))


def limit_title(field: QLineEdit, problem: QLabel) -> None:
    """``field`` takes no more than a title may hold, and says so in ``problem`` when full."""
    field.setMaxLength(MAX_TITLE)

    def edited(text: str) -> None:
        full = len(text) >= MAX_TITLE
        if full or problem.text() == full_title_note():
            show_problem(problem, full_title_note() if full else None)

    field.textEdited.connect(edited)


class TitleDelegate(QStyledItemDelegate):
    """Editing a row in place takes no more than a title may hold."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(MAX_TITLE)
        return editor


UNDO_SECONDS = 30  # how long an Undo stays offered, unless the next change comes first


class UndoBar(QWidget):
    """A line saying what just changed, with an Undo button beside it, where the change
    was made. It goes by itself after a while (one single-shot timer) or as soon as the
    user does something else (``dismiss``). A long message is shortened with "…" to the
    room it has, never hidden behind the button; the whole message is its tooltip and
    its accessible name."""

    closed = Signal()  # the offer is over: undone, dismissed or timed out

    def __init__(self, button_text: str, button_name: str) -> None:
        super().__init__()
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(button_text)
        self.button.setAccessibleName(button_name)
        self.button.clicked.connect(self.undo)
        row = spaced(QHBoxLayout(self), Space.S)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.expiry = QTimer(self)
        self.expiry.setSingleShot(True)
        self.expiry.timeout.connect(self.dismiss)
        self._message = self._name = ""
        self._undo: Callable[[], object] | None = None
        self.setVisible(False)

    def offer(self, message: str, name: str, undo: Callable[[], object]) -> None:
        """Say ``message`` with ``name`` in place of its %1 (shortened if need be)."""
        self._message, self._name = message, name
        self._undo = undo
        whole = message.replace("%1", name)
        self.text.setToolTip(whole)
        self.text.setAccessibleName(whole)
        self.setVisible(True)
        self._fit_text()
        self.expiry.start(UNDO_SECONDS * 1000)

    def offered(self) -> bool:
        return self._undo is not None

    def dismiss(self) -> None:
        self.expiry.stop()
        was_offered, self._undo = self._undo is not None, None
        self.setVisible(False)
        if was_offered:
            self.closed.emit()

    def undo(self) -> None:
        undo = self._undo
        self.dismiss()
        if undo is not None:
            undo()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        """The name gives way first: what happened, and that it can be undone, stays."""
        metrics = self.text.fontMetrics()
        room = self.text.width() - metrics.horizontalAdvance(self._message.replace("%1", ""))
        name = metrics.elidedText(
            self._name, Qt.TextElideMode.ElideRight, max(room, metrics.horizontalAdvance("…"))
        )
        self.text.setText(self._message.replace("%1", name))


def guarded(fn: Callable[[], object], after: Callable[[], None]) -> Callable[[], None]:
    """A menu or button action that may meet a block in another state: then just refresh."""

    def run() -> None:
        try:
            fn()
        except FocusError:
            after()

    return run


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Make Tab visit ``widgets`` in this (visual) order."""
    for a, b in itertools.pairwise(widgets):
        QWidget.setTabOrder(a, b)
