"""Runs Behind with a watcher that reports where the check-in pop-up's buttons are.

Qt draws a window's buttons itself (they are not X windows), so xwininfo and
xdotool can't find them. This launcher starts the app as ``python -m behind_desktop``
would, and once the pop-up is on screen prints one line on stdout:

    checkin-geometry {"sleep.yes": [x, y, width, height], ...}

(each visible answer button, inside the pop-up), for the end-to-end test to click.
The app itself is unchanged. Run from the repository root:
``python -m tests.e2e.checkin_probe --data-dir DIR``.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from behind_desktop.cli import main
from behind_desktop.gui.dialogs.checkin import CheckinPopup

PREFIX = "checkin-geometry "


def report(popup: CheckinPopup) -> None:
    buttons = {}
    for row in popup.rows:
        for b in row.buttons():
            if b.isVisible():
                top_left = b.mapTo(popup, QPoint(0, 0))
                key = f"{row.due.question.key}.{b.objectName()}"
                buttons[key] = [top_left.x(), top_left.y(), b.width(), b.height()]
    print(PREFIX + json.dumps(buttons), flush=True)


class PopupWatcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, CheckinPopup):
            QTimer.singleShot(0, lambda: report(watched))  # once it has its final layout
        return False


def run() -> int:
    # Created here (the app takes an existing one), with the app's rounding policy.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0]])
    watcher = PopupWatcher(app)
    app.installEventFilter(watcher)
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(run())
