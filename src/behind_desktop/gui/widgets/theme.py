"""Behind's look in one place: spacing, type sizes, the accent, corners, states, contrast.

Everything follows the system: sizes grow with the system font, colours come
from the system palette. The theme only steps in where a palette would leave
text hard to read: every text colour it hands out, and every text role of the
application palette it keeps (see :func:`readable_palette`), has a contrast of
at least :data:`MIN_CONTRAST` against the background it is drawn on, in light
and dark schemes alike (WCAG 2 AA for body text).

* Spacing: :func:`space` in steps of one :func:`unit` (a quarter of a line of
  the system font), e.g. ``space(Space.M)`` between related rows; a layout gets
  its gaps and margins with :func:`spaced` (or :func:`row_layout`, :func:`column_layout`).
* Type: :class:`Type` levels, relative to the system font size; apply with
  :func:`set_type`.
* One accent, the palette's highlight (the user's own accent where the desktop
  has one), with its on-colour; :data:`NOTE_TONE` tints gentle notes only.
* Corners: :func:`radius`.
* States: hover, focus and disabled come from the palette groups set here
  (Fusion and the native styles draw them from it); custom-painted widgets use
  :func:`hover_fill` and :func:`focus_ring`; the one accent button of a dialog
  uses :func:`primary_look` (see accent.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget

MIN_CONTRAST = 4.5

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

NOTE_TONE = QColor(196, 140, 46)  # amber for gentle notes: never red, never text


# -- contrast --------------------------------------------------------------------------


def luminance(c: QColor) -> float:
    """Relative luminance (WCAG 2), of ``c`` as drawn (alpha over nothing is ignored)."""

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def over(fg: QColor, bg: QColor) -> QColor:
    """``fg`` painted over an opaque ``bg`` (palettes carry half-transparent text)."""
    a = fg.alphaF()
    return QColor(
        round(fg.red() * a + bg.red() * (1 - a)),
        round(fg.green() * a + bg.green() * (1 - a)),
        round(fg.blue() * a + bg.blue() * (1 - a)),
    )


def contrast(fg: QColor, bg: QColor) -> float:
    """The WCAG contrast ratio of ``fg`` drawn on ``bg``, 1.0 to 21.0."""
    a, b = luminance(over(fg, bg)), luminance(bg)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``t`` of the way from ``a`` to ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def _extreme_against(bg: QColor) -> QColor:
    """Black or white, whichever reads better on ``bg``."""
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    return black if contrast(black, bg) >= contrast(white, bg) else white


def readable(fg: QColor, bg: QColor, ratio: float = MIN_CONTRAST) -> QColor:
    """``fg``, or the nearest shade of it towards black or white that reads on ``bg``."""
    fg = over(fg, bg)
    if contrast(fg, bg) >= ratio:
        return fg
    target = _extreme_against(bg)
    for n in range(1, 21):
        shade = blend(fg, target, n / 20)
        if contrast(shade, bg) >= ratio:
            return shade
    return target


def quieter(text: QColor, bg: QColor, ratio: float = MIN_CONTRAST) -> QColor:
    """Secondary text: as far towards ``bg`` as it can go and still read."""
    best = over(text, bg)
    for n in range(1, 9):
        shade = blend(text, bg, n / 20)  # at most 40 % of the way: quiet, not faint
        if contrast(shade, bg) < ratio:
            break
        best = shade
    return best


# -- the accent --------------------------------------------------------------------------


def accent(palette: QPalette) -> QColor:
    """The one accent (the palette's highlight), deep enough for its on-colour to read."""
    hl = over(palette.color(Role.Highlight), palette.color(Role.Window))
    on = palette.color(Role.HighlightedText)
    if contrast(on, hl) >= MIN_CONTRAST:
        return hl
    away = QColor(0, 0, 0) if luminance(on) > 0.5 else QColor(255, 255, 255)
    for n in range(1, 21):
        shade = blend(hl, away, n / 40)
        if contrast(on, shade) >= MIN_CONTRAST:
            return shade
    return hl  # an on-colour no shade suits: on_accent then picks black or white


def on_accent(palette: QPalette) -> QColor:
    """Text drawn on the accent."""
    return readable(palette.color(Role.HighlightedText), accent(palette))


def accent_text(palette: QPalette, role: Role = Role.Window) -> QColor:
    """The accent used as text (links, a selected day) on the ``role`` background."""
    return readable(palette.color(Role.Highlight), palette.color(role))


def hover_fill(palette: QPalette, role: Role = Role.Button) -> QColor:
    """A hovered surface: the ``role`` background, a touch of the accent."""
    return blend(palette.color(role), accent(palette), 0.12)


def focus_ring(palette: QPalette) -> QColor:
    return accent(palette)


Colours = tuple[QColor, QColor]  # (text, fill)


@dataclass(frozen=True)
class PrimaryLook:
    """The one primary action of a dialog or page, in each state: filled with the accent."""

    rest: Colours
    hover: Colours
    pressed: Colours
    disabled: Colours
    border: QColor
    ring: QColor  # the keyboard focus: the window's text colour around the fill

    def states(self) -> dict[str, Colours]:
        return {
            "rest": self.rest,
            "hover": self.hover,
            "pressed": self.pressed,
            "disabled": self.disabled,
        }


def primary_look(palette: QPalette) -> PrimaryLook:
    """The accent button's colours. Hover and press deepen the fill away from its text,
    so the text only gains contrast; a disabled one drops the accent and reads quietly."""
    fill = accent(palette)
    text = on_accent(palette)
    away = QColor(0, 0, 0) if luminance(text) > 0.5 else QColor(255, 255, 255)

    def deeper(t: float) -> Colours:
        shade = blend(fill, away, t)
        return readable(text, shade), shade

    button = palette.color(Group.Disabled, Role.Button)
    off = blend(button, fill, 0.2)
    return PrimaryLook(
        rest=(text, fill),
        hover=deeper(0.12),
        pressed=deeper(0.24),
        disabled=(readable(palette.color(Group.Disabled, Role.ButtonText), off), off),
        border=blend(fill, away, 0.2),
        ring=palette.color(Group.Active, Role.WindowText),
    )


# -- sizes -------------------------------------------------------------------------------


class Space(IntEnum):
    """Steps of the spacing scale, in :func:`unit` s."""

    XS = 1  # inside a control group
    S = 2  # between a label and its field, rows of a list
    M = 3  # between related groups
    L = 4  # page margins
    XL = 6  # between unrelated sections


class Type(float, Enum):
    """Type scale: factors of the system font size."""

    CAPTION = 0.9
    BODY = 1.0
    TITLE = 1.15
    HEADING = 1.35
    DISPLAY = 2.6


def unit(widget: QWidget | None = None) -> int:
    """A quarter of a line of the system font (4 px at a 10 pt font): grows with it."""
    from PySide6.QtGui import QFontMetricsF  # with the first window, not at start-up

    font = widget.font() if widget is not None else QGuiApplication.font()
    return max(2, round(QFontMetricsF(font).height() / 4))


def space(step: Space | int, widget: QWidget | None = None) -> int:
    return int(step) * unit(widget)


L = TypeVar("L", bound=QLayout)


def spaced(layout: L, gap: Space | int = Space.S, margin: Space | int = 0) -> L:
    """``layout`` with its gaps and margins as steps of the spacing scale (0: none)."""
    g = space(gap) if gap else 0
    m = space(margin) if margin else 0
    layout.setSpacing(g)
    layout.setContentsMargins(m, m, m, m)
    return layout


def row_layout(gap: Space | int = Space.S) -> QHBoxLayout:
    """A row of widgets inside something that already has its margins."""
    return spaced(QHBoxLayout(), gap)


def column_layout(gap: Space | int = Space.S) -> QVBoxLayout:
    return spaced(QVBoxLayout(), gap)


def radius(widget: QWidget | None = None) -> int:
    """Corner radius of cards, notes and fields."""
    return round(unit(widget) * 1.5)


def set_type(widget: QWidget, level: Type | float, bold: bool = False) -> None:
    """Set ``widget``'s font to a level of the type scale, from the system font."""
    from PySide6.QtGui import QFont

    font = QFont(widget.font())
    factor = float(level)
    if factor != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


# -- the palette ---------------------------------------------------------------------------

# Each text role and the backgrounds it is drawn on.
TEXT_ON: dict[Role, tuple[Role, ...]] = {
    Role.WindowText: (Role.Window,),
    Role.Text: (Role.Base, Role.AlternateBase),
    Role.ButtonText: (Role.Button,),
    Role.ToolTipText: (Role.ToolTipBase,),
    Role.PlaceholderText: (Role.Base, Role.Window),
    Role.Link: (Role.Window, Role.Base),
    Role.LinkVisited: (Role.Window, Role.Base),
    Role.HighlightedText: (Role.Highlight,),
}
TEXT_PAIRS = tuple((text, bg) for text, bgs in TEXT_ON.items() for bg in bgs)


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with every text role readable on its background, in every group.

    Text in a window without focus is as strong as in a focused one. Placeholder
    text (also used for quiet labels) becomes the quieter shade that still reads
    on both Base and Window; disabled text is dimmer than enabled
    text but still readable; the highlight deepens until its text reads.
    """
    p = QPalette(palette)
    # A window without focus (every check-in opens so) reads like a focused one:
    # some themes grey the Inactive text until it looks disabled.
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        p.setColor(Group.Inactive, role, p.color(Group.Active, role))
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        p.setCurrentColorGroup(group)
        window, base = p.color(group, Role.Window), p.color(group, Role.Base)
        hl = accent(p)
        p.setColor(group, Role.Highlight, hl)
        p.setColor(group, Role.HighlightedText, on_accent(p))
        worse = (
            window
            if contrast(p.color(group, Role.Text), window)
            < contrast(p.color(group, Role.Text), base)
            else base
        )
        p.setColor(group, Role.PlaceholderText, quieter(p.color(group, Role.Text), worse))
        if group is Group.Disabled:
            for text, bg in (
                (Role.WindowText, Role.Window),
                (Role.Text, Role.Base),
                (Role.ButtonText, Role.Button),
            ):
                p.setColor(group, text, quieter(p.color(Group.Active, text), p.color(group, bg)))
        for text, bg in TEXT_PAIRS:
            fg, under = p.color(group, text), p.color(group, bg)
            if contrast(fg, under) < MIN_CONTRAST:
                p.setColor(group, text, readable(fg, under))
    p.setCurrentColorGroup(Group.Active)
    return p


class _Keeper(QObject):
    """Re-applies :func:`readable_palette` whenever the scheme or the palette changes."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.setObjectName("behindTheme")
        self.app = app
        self._busy = False
        app.paletteChanged.connect(self.apply)
        app.styleHints().colorSchemeChanged.connect(self.apply)

    def apply(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            current = self.app.palette()
            fixed = readable_palette(current)
            if fixed != current:
                self.app.setPalette(fixed)
        finally:
            self._busy = False


def install(app: QGuiApplication) -> None:
    """Keep the application palette readable from now on (light, dark, a scheme switch)."""
    # By name: a search by class wraps every child of the application for Python
    # (its style too, whose hundreds of enums then get built) just to test each one.
    if app.findChild(QObject, "behindTheme") is None:
        _Keeper(app).apply()
