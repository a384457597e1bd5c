"""The first-run welcome: what Behind does, where it lives, and one button to begin.

Shown once; the app state remembers (``state.mark_welcomed``) as soon as it has
been shown, so a crash or a closed window never brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.shell.navigator import Navigator
from behind_desktop.gui.widgets.accent import primary
from behind_desktop.gui.widgets.theme import Space, Type, spaced
from behind_desktop.gui.widgets.uikit import make_muted, note_label, relative_font


class WelcomeDialog(QDialog):
    def __init__(
        self,
        bridge: Bridge,
        navigator: Navigator,
        parent: QWidget | None = None,
        platform: str = sys.platform,
    ) -> None:
        super().__init__(parent)
        self.c = bridge
        self.nav = navigator
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to Behind"))
        minutes = bridge.services.settings.current().focus_minutes

        title = QLabel(self.tr("Hello. Feeling behind is normal here."))
        relative_font(title, Type.HEADING, bold=True)
        title.setWordWrap(True)
        body = QLabel(
            self.tr(
                "Behind is a small companion for trainees in medicine. It asks now and then "
                "whether the basics happened (food, sleep, a bit of movement), keeps a "
                "three-layer list of what “enough” looks like, and collects your small wins "
                "for the week. When everything feels like too much, one click starts a short "
                "focus block on one tiny step."
            )
        )
        body.setWordWrap(True)
        private = QLabel(
            self.tr(
                "Everything stays on this computer. Nothing is sent anywhere, and you can "
                "export or delete all of it from Settings whenever you like."
            )
        )
        private.setWordWrap(True)
        where = note_label(self.tray_hint(platform), self.tr("Where to find Behind"))
        later = QLabel(
            self.tr(
                "No need to set anything up now. The defaults are gentle, and you can "
                "change them later."
            )
        )
        later.setWordWrap(True)
        make_muted(later)

        self.start_btn = QPushButton(self.tr("Start a %n-minute block now", "", minutes))
        self.start_btn.setAccessibleDescription(
            self.tr("Starts a focus block on one small thing; you can name the step later")
        )
        self.start_btn.setDefault(True)
        primary(self.start_btn)
        self.start_btn.clicked.connect(self.start_block)
        self.close_btn = QPushButton(self.tr("Maybe later"))
        self.close_btn.setAccessibleDescription(self.tr("Closes this welcome"))
        self.close_btn.clicked.connect(self.reject)
        buttons = spaced(QHBoxLayout(), Space.S)
        buttons.addStretch(1)
        buttons.addWidget(self.close_btn)
        buttons.addWidget(self.start_btn)

        layout = spaced(QVBoxLayout(self), Space.M, Space.L)
        for w in (title, body, private, where, later):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.setTabOrder(self.close_btn, self.start_btn)
        # A fixed size: tiling compositors (sway, i3) float it as a small dialog, not a tile.
        width = self.fontMetrics().horizontalAdvance("m") * 46
        height = self.heightForWidth(width)
        self.setFixedSize(width, height if height > 0 else self.sizeHint().height())
        self.start_btn.setFocus()

    def tray_hint(self, platform: str) -> str:
        if platform == "win32":
            return self.tr(
                "Behind lives in the notification area at the bottom right, next to the clock. "
                "If you can't see it, it may be hidden behind the small ^ arrow. To keep it in "
                "view on Windows 11: Settings → Personalization → Taskbar → Other system tray "
                "icons, then switch Behind on."
            )
        if platform == "darwin":
            return self.tr(
                "Behind lives in the menu bar at the top right of the screen. Click its icon "
                "to start a block; the menu holds everything else."
            )
        return self.tr(
            "Behind lives in your panel's tray, usually at the top or bottom right. On GNOME "
            "the tray needs the AppIndicator extension; without a tray, the Behind window is "
            "where everything lives."
        )

    def start_block(self) -> None:
        self.c.services.focus.start(origin=self)
        self.nav.show_timer()
        self.accept()
