"""The main window's pages, as the tray, the command line and the windows name them."""

from enum import StrEnum


class Page(StrEnum):
    TODAY = "today"
    WINS = "wins"
    SETTINGS = "settings"
