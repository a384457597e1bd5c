"""What a Settings group needs from the page that holds it."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QScrollArea

from behind_desktop.gui.pages.settings.binding import Bindings
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.services.settings import SettingsService


class Host(Protocol):
    c: Bridge
    service: SettingsService
    bindings: Bindings
    scroller: QScrollArea

    def changed(self) -> None:
        """An edit was made (the page works out whether it differs from what is saved)."""

    def load(self) -> None:
        """Show the saved settings again, dropping edits."""

    def retab(self) -> None:
        """Rows came or went: number them again and redo the tab order."""
