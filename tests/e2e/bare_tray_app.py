"""A minimal PySide6 tray application used to prove the e2e harness.

It deliberately does not import anything from ``behind_desktop`` so the harness
can be validated independently of the real app.

Protocol (one line per event on stdout, flushed immediately):

* ``tray-available <True|False>`` at start-up,
* ``ready`` once the icon has been shown (or immediately if no tray exists),
* ``activated <Reason>`` whenever the tray icon is activated
  (``Trigger``, ``DoubleClick``, ``MiddleClick``, ``Context``),
* ``menu-shown`` when the context menu is about to show, then shortly after
  ``menu-item-center X Y``: the screen position of the "Say hello" row,
* ``hello`` when the "Say hello" menu action is triggered.

The "Quit" action (or SIGTERM) ends the process.
"""

from __future__ import annotations

import signal
import sys

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def emit(line: str) -> None:
    """Write one protocol line to stdout and flush it."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def make_icon() -> QIcon:
    """Draw a simple, clearly visible icon (orange disc with a dark dot)."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#e8772e")))
    painter.drawEllipse(4, 4, 56, 56)
    painter.setBrush(QBrush(QColor("#1d2b3a")))
    painter.drawEllipse(QPoint(32, 32), 10, 10)
    painter.end()
    return QIcon(pixmap)


def main() -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("bare-tray-app")
    app.setQuitOnLastWindowClosed(False)

    # Let SIGTERM/SIGINT end the event loop cleanly: Python only runs signal
    # handlers when the interpreter gets control, so tick a no-op timer.
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    ticker = QTimer()
    ticker.start(100)
    ticker.timeout.connect(lambda: None)

    available = QSystemTrayIcon.isSystemTrayAvailable()
    emit(f"tray-available {available}")

    menu = QMenu()
    menu.setObjectName("bare-tray-menu")
    hello = QAction("Say hello", menu)
    hello.triggered.connect(lambda: emit("hello"))
    menu.addAction(hello)
    menu.addSeparator()
    quit_action = QAction("Quit", menu)
    quit_action.triggered.connect(app.quit)
    menu.addAction(quit_action)

    def report_item_position() -> None:
        # Where Qt put the "Say hello" row, in screen coordinates, so a test can
        # cross-check it against the X popup window and click it.
        if menu.isVisible():
            centre = menu.mapToGlobal(menu.actionGeometry(hello).center())
            emit(f"menu-item-center {centre.x()} {centre.y()}")

    def on_about_to_show() -> None:
        emit("menu-shown")
        QTimer.singleShot(150, report_item_position)

    menu.aboutToShow.connect(on_about_to_show)

    tray = QSystemTrayIcon(make_icon())
    tray.setToolTip("bare-tray-app")
    tray.setContextMenu(menu)

    def on_activated(reason: QSystemTrayIcon.ActivationReason) -> None:
        emit(f"activated {reason.name}")

    tray.activated.connect(on_activated)
    tray.show()
    emit("ready")

    code = app.exec()
    tray.hide()
    emit("bye")
    return code


if __name__ == "__main__":
    sys.exit(main())
