"""Tray and window icons, drawn as vector paths so they are crisp at any size.

Nothing is drawn ahead of time: an icon engine paints at the size and pixel
ratio the tray asks for. Idle: a calm open ring with a small dot, the "one tiny
step". Running: the ring fills as the block goes on. Paused: the filled part
turns grey with two bars. Waiting (a check-in waits for a click): the whole ring
with a dot in its middle.
On macOS the icon is a mask (template) the menu bar colours itself.
"""

from __future__ import annotations

import atexit
import sys
from functools import lru_cache

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPen, QPixmap

from behind_desktop.core.focus import PROGRESS_STEPS as STEPS  # few, cached redraws

TEAL = QColor("#2f8f83")
TRACK = QColor("#9fb8b4")
GREY = QColor("#8a9499")

MASK = sys.platform == "darwin"


def _paint(p: QPainter, size: float, kind: str, step: int) -> None:
    """Draw the icon into a square of ``size`` logical pixels at the painter's origin."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = max(1.6, size / 7.5)
    m = width / 2 + size * 0.06
    rect = QRectF(m, m, size - 2 * m, size - 2 * m)
    fg = QColor(Qt.GlobalColor.black) if MASK else TEAL
    track = QColor(0, 0, 0, 90) if MASK else TRACK
    pen = QPen(track, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    if kind == "waiting":
        # The whole ring and a dot in the middle: something is here, whenever you like.
        pen.setColor(fg)
        p.setPen(pen)
        p.drawEllipse(rect)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fg)
        r = rect.width() * 0.2
        p.drawEllipse(rect.center(), r, r)
        return
    if kind == "idle":
        # An open ring and a dot: the tiny step waiting to be taken.
        pen.setColor(fg)
        p.setPen(pen)
        p.drawArc(rect, 100 * 16, 300 * 16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fg)
        r = width * 0.75
        p.drawEllipse(QPointF(rect.center().x(), rect.top()), r, r)
        return
    p.drawEllipse(rect)
    pen.setColor(GREY if (kind == "paused" and not MASK) else fg)
    p.setPen(pen)
    p.drawArc(rect, 90 * 16, -int(360 * 16 * max(step, 1) / STEPS))
    if kind == "paused":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(GREY if not MASK else fg)
        bw, bh = size * 0.1, size * 0.3
        c = rect.center()
        p.drawRoundedRect(QRectF(c.x() - bw * 1.6, c.y() - bh / 2, bw, bh), 1, 1)
        p.drawRoundedRect(QRectF(c.x() + bw * 0.6, c.y() - bh / 2, bw, bh), 1, 1)


class RingEngine(QIconEngine):
    """Paints the icon at whatever size and pixel ratio is asked for, when asked."""

    def __init__(self, kind: str, step: int) -> None:
        super().__init__()
        self.kind = kind
        self.step = step

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        painter.save()
        painter.translate(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2
        )
        _paint(painter, side, self.kind, self.step)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return render(max(1, min(size.width(), size.height())), 1.0, self.kind, self.step)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        return render(side, scale, self.kind, self.step)

    def clone(self) -> QIconEngine:
        return RingEngine(self.kind, self.step)

    def key(self) -> str:
        return "behind-ring"


def render(size: int, dpr: float, kind: str, step: int = 0) -> QPixmap:
    px = QPixmap(round(size * dpr), round(size * dpr))
    px.setDevicePixelRatio(dpr)
    px.fill(Qt.GlobalColor.transparent)
    p = QPainter(px)
    _paint(p, size, kind, step)
    p.end()
    return px


def forget_icons() -> None:
    """Drop cached icons while Qt is still up (their engines are Python objects)."""
    _tray_icon.cache_clear()


def tray_icon(kind: str, step: int = 0) -> QIcon:
    """``kind`` is idle, running, paused or waiting; ``step`` 0..STEPS is the block's progress."""
    return _tray_icon(kind, 0 if kind in ("idle", "waiting") else step)


@lru_cache(maxsize=2 * STEPS + 4)
def _tray_icon(kind: str, step: int) -> QIcon:
    icon = QIcon(RingEngine(kind, step))
    if MASK:
        icon.setIsMask(True)
    return icon


def progress_step(fraction: float) -> int:
    return max(0, min(STEPS, int(fraction * STEPS)))


def app_icon() -> QIcon:
    return tray_icon("running", STEPS * 2 // 3)


atexit.register(forget_icons)
