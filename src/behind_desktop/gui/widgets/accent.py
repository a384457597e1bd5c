"""The one accent button: a dialog's or a page's primary action, filled with the accent.

Its colours in every state come from ``theme.primary_look``, its sizes from the
spacing scale; both are worked out again when the scheme or the system font
changes. One per dialog; every other button stays as the system draws it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton

from behind_desktop.gui.widgets.theme import primary_look, radius, unit


def _primary_sheet() -> str:
    look = primary_look(QApplication.palette())
    u = unit()
    line = max(1, round(u / 4))
    pad_v, pad_h, r = u, 2 * u, radius()

    def state(sel: str, colours: tuple[QColor, QColor], border: QColor) -> str:
        fg, bg = colours
        return (
            f"QPushButton{sel} {{ color: {fg.name()}; background-color: {bg.name()};"
            f" border: {line * 2}px solid {border.name()}; }}"
        )

    return "\n".join(
        [
            f"QPushButton {{ border-radius: {r}px; padding: {pad_v}px {pad_h}px; }}",
            state("", look.rest, look.rest[1]),
            state(":hover", look.hover, look.hover[1]),
            state(":pressed", look.pressed, look.border),
            state(":focus", look.rest, look.ring),
            state(":focus:hover", look.hover, look.ring),
            state(":disabled", look.disabled, look.disabled[1]),
        ]
    )


class _PrimaryKeeper(QObject):
    """Redraws an accent button's colours and sizes when the scheme or the font changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.ApplicationFontChange,
        ) and isinstance(watched, QPushButton):
            sheet = _primary_sheet()
            if watched.styleSheet() != sheet:
                watched.setStyleSheet(sheet)
        return False


def primary(button: QPushButton) -> QPushButton:
    """Make ``button`` the one primary action of its dialog or page: filled with the
    accent (theme.primary_look), with hover, press, focus and disabled states, and the
    default for Enter. One per dialog: the rest stay as the system draws buttons."""
    button.setProperty("behindPrimary", True)
    button.setStyleSheet(_primary_sheet())
    keeper = _PrimaryKeeper(button)
    button.installEventFilter(keeper)
    return button


def is_primary(button: QPushButton) -> bool:
    return bool(button.property("behindPrimary"))
