"""Tray and window icons, drawn as vector paths so they are crisp at any size.

Nothing is drawn ahead of time: an icon engine paints at the size and pixel
ratio the tray asks for. Idle ("ready"): a closed ring around a start triangle.
Running: a wedge inside the ring fills like a clock face, visible from the first
minute. Paused: a grey ring with two bars. Waiting (a check-in waits for a
click): the ring with a dot in its middle.
On macOS the icon is a mask (template) the menu bar colours itself.
"""

from __future__ import annotations

import atexit
import sys
from functools import lru_cache

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPen, QPixmap, QPolygonF

from behind_desktop.core.focus import PROGRESS_STEPS as STEPS  # few, cached redraws

TEAL = QColor("#2f8f83")
TRACK = QColor("#9fb8b4")
GREY = QColor("#8a9499")

MASK = sys.platform == "darwin"


MIN_SWEEP = 0.12  # of the circle: a block just started already shows a wedge


def sweep(step: int) -> float:
    """How much of the disc a running block's wedge covers at ``step`` (0..STEPS)."""
    return MIN_SWEEP + (1 - MIN_SWEEP) * max(0, min(step, STEPS)) / STEPS


def _paint(p: QPainter, size: float, kind: str, step: int) -> None:
    """Draw the icon into a square of ``size`` logical pixels at the painter's origin."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = max(1.5, size / 10)
    m = width / 2 + size * 0.04
    rect = QRectF(m, m, size - 2 * m, size - 2 * m)
    fg = QColor(Qt.GlobalColor.black) if MASK else TEAL
    track = QColor(0, 0, 0, 90) if MASK else TRACK
    ring = GREY if (kind == "paused" and not MASK) else fg
    p.setPen(QPen(ring, width))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(rect)  # a closed ring in every state: nothing that reads as "reload"
    p.setPen(Qt.PenStyle.NoPen)
    c = rect.center()
    inner = rect.adjusted(width * 1.5, width * 1.5, -width * 1.5, -width * 1.5)
    if kind == "waiting":
        # A dot in the middle: something is here, whenever you like.
        p.setBrush(fg)
        r = rect.width() * 0.2
        p.drawEllipse(c, r, r)
        return
    if kind == "idle":
        # Ready: a "start" triangle in the ring, the one click that begins a block.
        h = inner.height() * 0.62
        tri = QPolygonF(
            [
                QPointF(c.x() - h * 0.36, c.y() - h / 2),
                QPointF(c.x() + h * 0.5, c.y()),
                QPointF(c.x() - h * 0.36, c.y() + h / 2),
            ]
        )
        p.setBrush(fg)
        p.drawPolygon(tri)
        return
    if kind == "paused":
        # Paused: two bars, the usual sign, in the quiet grey.
        p.setBrush(GREY if not MASK else fg)
        bw, bh = inner.width() * 0.2, inner.height() * 0.62
        p.drawRoundedRect(QRectF(c.x() - bw * 1.4, c.y() - bh / 2, bw, bh), 1, 1)
        p.drawRoundedRect(QRectF(c.x() + bw * 0.4, c.y() - bh / 2, bw, bh), 1, 1)
        return
    # Running: a clock-like wedge from twelve o'clock, filling as the block goes on.
    p.setBrush(track)
    p.drawEllipse(inner)
    p.setBrush(fg)
    p.drawPie(inner, 90 * 16, -round(360 * 16 * sweep(step)))


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
