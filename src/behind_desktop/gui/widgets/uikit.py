"""Small pieces the main window's pages share: gentle notes, muted text, tab order.

Colours come from the palette, so light and dark schemes both read well; the one
fixed accent (a soft amber for "have a look at this") is readable on either.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

NOTE_ACCENT = QColor(196, 140, 46)  # amber: never red, readable on light and dark


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``t`` of the way from ``a`` to ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def muted(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QColor:
    """Text a step quieter than ``role``, still readable on its background."""
    background = (
        QPalette.ColorRole.Base if role is QPalette.ColorRole.Text else QPalette.ColorRole.Window
    )
    return blend(palette.color(role), palette.color(background), 0.38)


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
    """Follow the system font, bigger or smaller by a factor, never a fixed pixel size."""
    font = QFont(widget.font())
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


class NoteLabel(QLabel):
    """A gentle note: a faint tint of the accent and a bar on the left, no alarm colours."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("gentleNote")
        self.setContentsMargins(12, 6, 8, 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        window = self.palette().color(QPalette.ColorRole.Window)
        p.fillRect(self.rect(), blend(window, NOTE_ACCENT, 0.12))
        p.fillRect(0, 0, 4, self.height(), NOTE_ACCENT)
        p.end()
        super().paintEvent(event)


def note_label(text: str = "", name: str = "") -> QLabel:
    """A gentle, word-wrapped note with a soft accent bar on the left."""
    label = NoteLabel(text)
    if name:
        label.setAccessibleName(name)
    return label


def problem_label(name: str) -> QLabel:
    """An inline message next to a field; hidden while there's nothing to say."""
    label = note_label(name=name)
    label.setVisible(False)
    return label


def show_problem(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setAccessibleDescription(text or "")
    label.setVisible(bool(text))


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Make Tab visit ``widgets`` in this (visual) order."""
    for a, b in itertools.pairwise(widgets):
        QWidget.setTabOrder(a, b)
