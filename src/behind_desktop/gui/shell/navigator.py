"""What a view may ask of the shell: open a page, the timer or a flow.

The tray, the main window's strip and the dialogs depend on this small interface,
not on the class that makes the windows (``windows.Windows`` implements it), so
the tray and the windows don't import each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from behind_desktop.services.page import Page

__all__ = ["Navigator", "Page"]  # Page: the main window's tabs, in their order


class Navigator(Protocol):
    def show_page(self, page: Page = Page.TODAY) -> None:
        """Raise the main window on ``page``."""

    def show_contacts(self) -> None:
        """Raise the main window on Settings, at the support contacts."""

    def show_timer(self) -> None:
        """Raise the focus timer."""

    def name_step(self) -> None:
        """Raise the timer with its step field ready for typing."""

    def show_behind(self) -> None:
        """Open the "I'm behind…" flow."""

    def show_selfcheck(self) -> None:
        """Open the weekly self-check (the same flow, its own heading)."""

    def tray_shown(self) -> bool:
        """A tray icon is showing, so the window is not the only way to quit."""

    @property
    def waiting(self) -> Callable[[], None] | None:
        """Something waits for a click on the tray (where no window may open uninvited)."""

    @property
    def waiting_tip(self) -> str:
        """What the tray's tooltip says while something waits."""

    def open_waiting(self) -> bool:
        """Open what waits for the click; False if nothing did."""
