"""Runs Behind with a watcher that reports what the Today page shows of Layer 1.

Like ``checkin_probe``: Qt draws the checklist itself, so the end-to-end test
can't see it with X tools. This launcher starts the app as ``python -m
behind_desktop`` would and, whenever the main window's Layer 1 list looks
different, prints one line on stdout:

    today-basics {"rows": {"Ate something real": [x, y, true], ...}}

(each row's title, the centre of its tick box on the screen, whether it is
ticked). The app itself is unchanged. Run from the repository root:
``python -m tests.e2e.today_probe --data-dir DIR``.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from behind_desktop.cli import main
from behind_desktop.core.layers import Layer

PREFIX = "today-basics "
LOOK_MS = 100  # a test helper may look often; the app itself never does


class TodayWatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.last = ""
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.look)
        self.timer.start(LOOK_MS)

    def look(self) -> None:
        main_window = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None
        )
        today = getattr(main_window, "today", None)
        if main_window is None or today is None or not main_window.isVisible():
            return
        view = today.sections[Layer.BASICS].view
        rows = {}
        for n in range(view.count()):
            row = view.item(n)
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.rect = view.visualItemRect(row)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
            box = view.style().subElementRect(
                QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
            )
            centre = view.viewport().mapToGlobal(box.center())
            ticked = row.checkState() == Qt.CheckState.Checked
            rows[row.text()] = [centre.x(), centre.y(), ticked]
        line = PREFIX + json.dumps({"rows": rows}, sort_keys=True)
        if line != self.last:
            self.last = line
            print(line, flush=True)


def run() -> int:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0]])
    watcher = TodayWatcher()
    app.aboutToQuit.connect(watcher.timer.stop)
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(run())
