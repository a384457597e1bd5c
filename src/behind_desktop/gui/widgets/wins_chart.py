"""A small bar chart of wins per day, painted with QPainter in palette colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from behind_desktop.gui.widgets.theme import blend
from behind_desktop.gui.widgets.uikit import muted


@dataclass(frozen=True)
class Bar:
    label: str  # short day name under the bar
    name: str  # long day name, for screen readers
    count: int
    today: bool = False


class WinsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("winsChart")
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Wins per day"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        parts = [self.tr("%1: %n win(s)", "", b.count).replace("%1", b.name) for b in bars]
        self.setAccessibleDescription(", ".join(parts))
        self.setToolTip("\n".join(parts))
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(7 * line * 3, line * 6)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(7 * line * 2, line * 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.bars:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        line = fm.height()
        top, bottom = line + 2, self.height() - line - 4
        area = max(1, bottom - top)
        slot = self.width() / len(self.bars)
        most = max(1, *(b.count for b in self.bars))
        accent = pal.color(QPalette.ColorRole.Highlight)
        quiet = blend(accent, pal.color(QPalette.ColorRole.Window), 0.45)
        text = pal.color(QPalette.ColorRole.WindowText)
        soft = muted(pal)
        baseline = blend(text, pal.color(QPalette.ColorRole.Window), 0.75)
        p.setPen(baseline)
        p.drawLine(0, bottom, self.width(), bottom)
        for n, bar in enumerate(self.bars):
            x = n * slot
            width = min(slot * 0.56, line * 2.2)
            left = x + (slot - width) / 2
            height = area * bar.count / most
            if bar.count:
                rect = QRectF(left, bottom - height, width, height)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(accent if bar.today else quiet)
                p.drawRoundedRect(rect, 3, 3)
                p.setPen(text)
                p.drawText(
                    QRectF(x, bottom - height - line - 2, slot, line),
                    Qt.AlignmentFlag.AlignCenter,
                    str(bar.count),
                )
            label_font = self.font()
            label_font.setBold(bar.today)
            p.setFont(label_font)
            p.setPen(text if bar.today else soft)
            p.drawText(
                QRectF(x, bottom + 2, slot, line + 2), Qt.AlignmentFlag.AlignCenter, bar.label
            )
            p.setFont(self.font())
        p.end()
