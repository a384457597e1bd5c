"""Today at a glance, worded: the one calm line at the top of the main window, the
first line of the tray menu and the last of its tooltip.

The services say which pieces there are (core/glance.py); this module only words
them. The line is redrawn when the bridge says something changed or the block's
snapshot stepped, and when it comes on screen (the tray menu's line each time the
menu opens); it keeps no timer of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from behind_desktop.core.glance import Part, Piece
from behind_desktop.gui.i18n import clock_time
from behind_desktop.gui.shell.bridge import Bridge

SEPARATOR = " · "


class GlanceWords(QObject):
    """The words for each piece of the line."""

    def word(self, piece: Piece) -> str:
        match piece.part:
            case Part.BASICS:
                text = self.tr("Basics %1 of %2")
                return text.replace("%1", str(piece.count)).replace("%2", str(piece.total))
            case Part.WINS:
                return self.tr("%n small win(s) today", "", piece.count)
            case Part.BLOCK_LEFT:
                return self.tr("%n min left in the block", "", piece.count)
            case Part.BLOCK_PAUSED:
                return self.tr("block paused, %n min left", "", piece.count)
            case Part.CHECKINS_PAUSED:
                until = piece.until
                text = self.tr("check-ins paused until %1")
                return text.replace("%1", clock_time(until) if until is not None else "")

    def line(self, pieces: Iterable[Piece]) -> str:
        return SEPARATOR.join(self.word(p) for p in pieces)


def today_line(bridge: Bridge, words: GlanceWords, block: bool = True) -> str:
    """Today's line as it stands now (without the block's part when ``block`` is False,
    for a place that already says how long the block has left)."""
    pieces = bridge.services.glance()
    if not block:
        pieces = tuple(p for p in pieces if p.part not in (Part.BLOCK_LEFT, Part.BLOCK_PAUSED))
    return words.line(pieces)


class GlanceLine(QLabel):
    """The line at the top of the main window."""

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = bridge
        self.words = GlanceWords(self)
        self.setObjectName("glance")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleDescription(self.tr("Today at a glance"))
        bridge.changed.connect(self.refresh)
        bridge.focusView.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # a new day may have begun while the window was away
        super().showEvent(event)

    def refresh(self, *_: object) -> None:
        text = today_line(self.c, self.words)
        if text != self.text():
            self.setText(text)
            self.setAccessibleName(text)
        self.setHidden(not text)
