"""The small main window (placeholder until the full pages land)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from behind_desktop.gui.controller import AppController


class MainWindow(QWidget):
    PAGES = ("today", "wins", "settings")

    def __init__(self, controller: AppController, windows: object) -> None:
        super().__init__()
        self.c = controller
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Behind"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Pages"))
        for name in self.PAGES:
            label = QLabel(name)
            label.setAccessibleName(name)
            self.tabs.addTab(label, name.title())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def show_page(self, page: str) -> None:
        if page in self.PAGES:
            self.tabs.setCurrentIndex(self.PAGES.index(page))
