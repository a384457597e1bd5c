"""The "I'm behind…" flow (minimal until the full version lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from behind_desktop.gui.controller import AppController


class BehindFlow(QDialog):
    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.c = controller
        self.setWindowTitle(self.tr("Behind · I'm behind"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One tiny step at a time.")))
