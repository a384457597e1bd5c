"""Tray and window icons, drawn as vector paths so they are crisp at any size.

Idle: a calm open ring with a small dot, the "one tiny step". Running: the ring
fills as the block goes on. Paused: the filled part turns grey with two bars.
On macOS the icon is a mask (template) the menu bar colours itself.
"""

from __future__ import annotations

import sys
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

SIZES = (16, 20, 22, 24, 32, 40, 48, 64)
STEPS = 60  # the ring moves in 60 steps, so redraws are rare and cached

TEAL = QColor("#2f8f83")
TRACK = QColor("#9fb8b4")
GREY = QColor("#8a9499")
INK = QColor("#1f3b38")

MASK = sys.platform == "darwin"


def _draw(size: int, dpr: float, kind: str, step: int) -> QPixmap:
    px = QPixmap(round(size * dpr), round(size * dpr))
    px.setDevicePixelRatio(dpr)
    px.fill(Qt.GlobalColor.transparent)
    p = QPainter(px)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = max(1.6, size / 7.5)
    m = width / 2 + size * 0.06
    rect = QRectF(m, m, size - 2 * m, size - 2 * m)
    fg = QColor(Qt.GlobalColor.black) if MASK else TEAL
    track = QColor(0, 0, 0, 90) if MASK else TRACK
    pen = QPen(track, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    if kind == "idle":
        # An open ring and a dot: the tiny step waiting to be taken.
        pen.setColor(fg)
        p.setPen(pen)
        p.drawArc(rect, 100 * 16, 300 * 16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fg)
        r = width * 0.75
        p.drawEllipse(QPointF(rect.center().x(), rect.top()), r, r)
    else:
        p.drawEllipse(rect)
        pen.setColor(GREY if (kind == "paused" and not MASK) else fg)
        p.setPen(pen)
        span = -int(360 * 16 * max(step, 1) / STEPS)
        p.drawArc(rect, 90 * 16, span)
        if kind == "paused":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(GREY if not MASK else fg)
            bw, bh = size * 0.1, size * 0.3
            c = rect.center()
            p.drawRoundedRect(QRectF(c.x() - bw * 1.6, c.y() - bh / 2, bw, bh), 1, 1)
            p.drawRoundedRect(QRectF(c.x() + bw * 0.6, c.y() - bh / 2, bw, bh), 1, 1)
    p.end()
    return px


def tray_icon(kind: str, step: int = 0) -> QIcon:
    """``kind`` is idle, running or paused; ``step`` 0..STEPS is the block's progress."""
    return _tray_icon(kind, 0 if kind == "idle" else step)


@lru_cache(maxsize=2 * STEPS + 4)
def _tray_icon(kind: str, step: int) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        for dpr in (1.0, 2.0):
            icon.addPixmap(_draw(size, dpr, kind, step))
    if MASK:
        icon.setIsMask(True)
    return icon


def progress_step(fraction: float) -> int:
    return max(0, min(STEPS, int(fraction * STEPS)))


def app_icon() -> QIcon:
    return tray_icon("running", STEPS * 2 // 3)
