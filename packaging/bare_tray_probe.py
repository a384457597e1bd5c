"""A bare PySide6 tray app: the size and start-time baseline for our bundle.

It is packed with the same spec (``packaging/behind.spec`` with
``BEHIND_SPEC_ENTRY`` pointing here), so the same trimming applies and the
difference against our bundle is what our own code and Qt modules add.

    python packaging/bare_tray_probe.py --quit-after-ms 500
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def _icon() -> QIcon:
    pix = QPixmap(32, 32)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor("#5b8a86"))
    p.setPen(QColor(0, 0, 0, 0))
    p.drawEllipse(2, 2, 28, 28)
    p.end()
    return QIcon(pix)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bare-tray")
    parser.add_argument("--quit-after-ms", type=int, default=None)
    parser.add_argument("--version", action="store_true")
    args, qt_args = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        print("bare-tray 0")
        return 0
    app = QApplication([sys.argv[0], *qt_args])
    app.setQuitOnLastWindowClosed(False)
    tray = QSystemTrayIcon(_icon())
    menu = QMenu()
    menu.addAction("Quit", app.quit)
    tray.setContextMenu(menu)
    tray.setToolTip("bare tray")
    tray.show()
    if args.quit_after_ms is not None:
        QTimer.singleShot(max(0, args.quit_after_ms), app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
