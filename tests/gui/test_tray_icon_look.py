"""The tray icon says what is going on: ready (not "reload"), then progress from minute one."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QColor, QImage

from behind_desktop.core.focus import PROGRESS_STEPS
from behind_desktop.gui.widgets import icons

STEPS_PER_MINUTE = PROGRESS_STEPS // 15  # a 15-minute block


def image(kind: str, step: int = 0, size: int = 32) -> QImage:
    return icons.render(size, 1.0, kind, step).toImage()


def teal(c: QColor) -> bool:
    t = icons.TEAL
    return (
        c.alpha() > 200
        and sum(abs(a - b) for a, b in zip(c.getRgb()[:3], t.getRgb()[:3], strict=True)) < 60
    )


def teal_pixels(img: QImage) -> int:
    return sum(teal(img.pixelColor(x, y)) for x in range(img.width()) for y in range(img.height()))


def on_circle(img: QImage, radius_share: float, degrees: float) -> QColor:
    """The pixel ``degrees`` clockwise from twelve o'clock, ``radius_share`` of the way out."""
    c = (img.width() - 1) / 2
    r = radius_share * img.width() / 2
    a = math.radians(degrees)
    return img.pixelColor(round(c + r * math.sin(a)), round(c - r * math.cos(a)))


@pytest.mark.parametrize("size", [16, 22, 32])
def test_the_idle_ring_is_closed_with_a_mark_inside(qapp, size):
    """An open ring with a dot read as a "reload" symbol."""
    img = image("idle", size=size)
    ring_share = 1 - (max(1.5, size / 10) / 2 + size * 0.04) / (size / 2)
    gaps = [d for d in range(0, 360, 15) if on_circle(img, ring_share, d).alpha() < 128]
    assert gaps == []
    assert teal(img.pixelColor(size // 2, size // 2))  # the start triangle


def test_a_running_block_shows_progress_from_the_first_minute(qapp):
    started, one, two = (image("running", STEPS_PER_MINUTE * m) for m in (0, 1, 2))
    idle = image("idle")
    assert teal(on_circle(started, 0.45, 20))  # a wedge at once, where a clock starts
    assert teal_pixels(started) < teal_pixels(one) < teal_pixels(two)
    differ = sum(
        started.pixelColor(x, y) != idle.pixelColor(x, y) for x in range(32) for y in range(32)
    )
    assert differ > 32 * 32 // 8  # starting a block visibly changes the icon


def test_the_wedge_fills_the_disc_at_the_end(qapp):
    assert icons.sweep(0) == pytest.approx(icons.MIN_SWEEP)
    assert icons.sweep(PROGRESS_STEPS) == pytest.approx(1.0)
    done = image("running", PROGRESS_STEPS)
    assert all(teal(on_circle(done, 0.45, d)) for d in range(0, 360, 30))


def test_paused_is_grey_with_no_progress_colour(qapp):
    assert teal_pixels(image("paused", 30)) == 0
