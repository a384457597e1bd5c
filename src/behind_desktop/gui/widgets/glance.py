"""Today at a glance, worded: the one calm line at the top of the main window, the
first line of the tray menu and the last of its tooltip.

The services say which pieces there are (core/glance.py); this module only words
them. The line is redrawn when the bridge says something changed or the block's
snapshot stepped, and when it comes on screen (the tray menu's line each time the
menu opens); it keeps no timer of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.widgets.glance_words import SEPARATOR, GlanceWords, today_line

__all__ = ["SEPARATOR", "GlanceLine", "GlanceWords", "today_line"]


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
