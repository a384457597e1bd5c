"""Baseline for every benchmark: the smallest reasonable PySide6 tray app.

It does what any tray app must do and nothing more: a QApplication that keeps
running without windows, a QSystemTrayIcon whose icon is painted at start-up,
and a context menu with a few actions. Benchmarks run it next to the real app
in the same session, so the figures compare like with like on whatever machine
they run on.

Options:
    --quit-after-ms N   quit N ms after the event loop starts (0 = as soon as it
                        starts); without it the app runs until killed.
    --tick-ms N         deliberately wasteful: also run a repeating N ms QTimer
                        that calls into Python (used to check that the wake-up
                        counter in measure.py really counts).
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def draw_icon(size: int = 64) -> QIcon:
    """Paint a simple round icon into a pixmap, as a real tray app would."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#3b7dd8"))
        painter.setPen(QColor("#1d4f91"))
        painter.drawEllipse(4, 4, size - 8, size - 8)
    finally:
        painter.end()
    return QIcon(pixmap)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quit-after-ms",
        type=int,
        default=None,
        metavar="N",
        help="quit N ms after the event loop starts (default: run until killed)",
    )
    parser.add_argument(
        "--tick-ms",
        type=int,
        default=0,
        metavar="N",
        help="also run a repeating N ms timer that calls into Python (default: none)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)

    app = QApplication(sys.argv[:1])
    app.setApplicationName("bare-tray")
    app.setQuitOnLastWindowClosed(False)

    menu = QMenu()
    for label in ("Open", "Start focus block", "Settings"):
        menu.addAction(QAction(label, menu))
    menu.addSeparator()
    quit_action = QAction("Quit", menu)
    quit_action.triggered.connect(app.quit)
    menu.addAction(quit_action)

    tray = QSystemTrayIcon(draw_icon())
    tray.setToolTip("bare tray")
    tray.setContextMenu(menu)
    tray.show()

    ticks = 0

    def on_tick() -> None:
        nonlocal ticks
        ticks += 1

    ticker: QTimer | None = None
    if args.tick_ms > 0:
        ticker = QTimer()
        ticker.setInterval(args.tick_ms)
        ticker.timeout.connect(on_tick)
        ticker.start()

    if args.quit_after_ms is not None:
        # Single-shot timers fire from the event loop, so this counts from exec().
        QTimer.singleShot(max(0, args.quit_after_ms), app.quit)

    code = app.exec()
    tray.hide()
    return code


if __name__ == "__main__":
    sys.exit(main())
