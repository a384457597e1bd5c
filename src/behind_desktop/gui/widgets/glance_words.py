"""Today at a glance, worded: the pieces the services name (core/glance.py) as one
calm line, for the tray menu's first line, its tooltip and the main window's top
line (glance.py). Kept apart from that line's label so the tray starts without it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject

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
