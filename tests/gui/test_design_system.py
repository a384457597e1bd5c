"""Every page and dialog is built from the design system (gui/widgets/theme.py): each
layout's margins and gaps are steps of the spacing scale, each text is a level of
the type scale, and at most one button at a time wears the accent. Built at the
normal font size and at 1.5×, so a size typed in pixels shows up at one of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QTabBar,
    QWidget,
)

from behind_desktop.gui.widgets import theme
from behind_desktop.gui.widgets.accent import is_primary
from behind_desktop.gui.widgets.theme import Space, Type, space
from tests.support.gui import FakeAutostart, FakeNavigator, make_controller

# Qt's own composite widgets lay out their insides themselves.
QT_INSIDES = (QDialogButtonBox, QAbstractSpinBox, QComboBox, QTabBar)


@pytest.fixture(params=[1.0, 1.5], ids=["normal", "large"])
def text_size(request, qapp):
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(before)


def built(qtbot, store, clock, monkeypatch) -> dict[str, QWidget]:
    """The main window (its header and all three pages) and every dialog."""
    from behind_desktop.gui.dialogs.behind_flow import BehindFlow
    from behind_desktop.gui.dialogs.checkin import CheckinPopup
    from behind_desktop.gui.dialogs.prompts import WinPrompt
    from behind_desktop.gui.dialogs.timer import TimerWindow
    from behind_desktop.gui.dialogs.welcome import WelcomeDialog
    from behind_desktop.gui.pages.settings import computer as settings_page
    from behind_desktop.gui.shell.main_window import MainWindow

    monkeypatch.setattr(settings_page, "autostart_backend", lambda: FakeAutostart())
    c = make_controller(store, clock)
    main = MainWindow(c, FakeNavigator())
    qtbot.addWidget(main)
    roots: dict[str, QWidget] = {
        "main window": main,
        "header": main.header,
        "settings": main.settings,
        "welcome": WelcomeDialog(c, FakeNavigator()),
        "check-in": CheckinPopup(c, c.checkin_now(), FakeNavigator()),
        "flow": BehindFlow(c),
        "timer": TimerWindow(c),
    }
    c.start_focus(step="read 3 pages")
    c.services.focus.stop()
    block = c.services.focus.block
    roots["keep a win"] = WinPrompt(c, block)
    for w in roots.values():
        if w.isWindow() and w is not main:
            qtbot.addWidget(w)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # rows loaded anew
    return roots


def ours(layout: QLayout, root: QWidget) -> bool:
    if isinstance(layout, QStackedLayout):
        return False  # one page at a time: no margins or gaps of its own
    w = layout.parentWidget()
    while w is not None and w is not root:
        if isinstance(w, QT_INSIDES):
            return False
        w = w.parentWidget()
    return True


def layouts(root: QWidget) -> list[QLayout]:
    """Every layout under ``root``: each widget's own, and the layouts nested in it."""
    found: list[QLayout] = []

    def walk(layout: QLayout) -> None:
        found.append(layout)
        for i in range(layout.count()):
            item = layout.itemAt(i)
            inner = item.layout() if item is not None else None
            if inner is not None:
                walk(inner)

    for w in [root, *root.findChildren(QWidget)]:
        own = w.layout()
        if own is not None:
            walk(own)
    return found


def gaps(layout: QLayout) -> list[tuple[str, int]]:
    m = layout.contentsMargins()
    out = [
        ("left", m.left()),
        ("top", m.top()),
        ("right", m.right()),
        ("bottom", m.bottom()),
    ]
    if layout.count() < 2:
        return out  # a gap needs two things to stand between
    if isinstance(layout, QBoxLayout):
        out.append(("spacing", layout.spacing()))
    elif isinstance(layout, (QFormLayout, QGridLayout)):
        out += [("h-spacing", layout.horizontalSpacing()), ("v-spacing", layout.verticalSpacing())]
    return out


def off_scale_gaps(root: QWidget) -> list[str]:
    scale = {0} | {space(step) for step in Space}
    found = []
    for layout in layouts(root):
        if not ours(layout, root):
            continue
        owner = layout.parentWidget()
        for what, value in gaps(layout):
            if value not in scale:
                where = owner.objectName() or type(owner).__name__ if owner else "?"
                items = [layout.itemAt(i) for i in range(layout.count())]
                first = next((i.widget() for i in items if i and i.widget()), None)
                beside = type(first).__name__ if first else ""
                text = first.text() if isinstance(first, (QLabel, QAbstractButton)) else ""
                found.append(f"{where} ({beside} {str(text)[:20]!r}): {what} {value}")
    return found


def off_scale_fonts(root: QWidget) -> list[str]:
    body = QApplication.font().pointSizeF()
    levels = [float(t) for t in Type]
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            continue
        factor = w.font().pointSizeF() / body
        if not any(abs(factor - level) < 0.01 for level in levels):
            text = w.text() if hasattr(w, "text") else ""
            found.append(f"{w.objectName() or type(w).__name__} {text[:20]!r}: ×{factor:.2f}")
    return found


def test_margins_and_gaps_come_from_the_spacing_scale(qtbot, store, clock, monkeypatch, text_size):
    for name, root in built(qtbot, store, clock, monkeypatch).items():
        assert off_scale_gaps(root) == [], name


def test_every_text_is_a_level_of_the_type_scale(qtbot, store, clock, monkeypatch, text_size):
    for name, root in built(qtbot, store, clock, monkeypatch).items():
        assert off_scale_fonts(root) == [], name


def test_settings_groups_are_titled_cards(qtbot, store, clock, monkeypatch):
    from behind_desktop.gui.widgets.uikit import Card

    page = built(qtbot, store, clock, monkeypatch)["settings"]
    groups = page.groups()
    assert len(groups) == 6
    body = QApplication.font().pointSizeF()
    for group in groups:
        assert isinstance(group, Card)
        assert group.title.text()
        assert group.title.font().bold()
        assert group.title.font().pointSizeF() == pytest.approx(body * Type.TITLE)


def visible_primaries(root: QWidget) -> list[str]:
    return [
        b.text()
        for b in root.findChildren(QPushButton)
        if is_primary(b) and b.isVisibleTo(root) and b.isEnabled()
    ]


def test_one_primary_action_at_a_time(qtbot, store, clock, monkeypatch):
    roots = built(qtbot, store, clock, monkeypatch)
    for name, root in roots.items():
        assert len(visible_primaries(root)) <= 1, name
    settings = roots["settings"]
    assert visible_primaries(settings) == [settings.save_btn.text()]
    flow = roots["flow"]
    for show in (flow.show_signs, lambda: flow.show_support(False), flow.show_step):
        show()
        page = flow.pages.currentWidget()
        assert len(visible_primaries(page)) == 1
    assert visible_primaries(roots["welcome"]) == [roots["welcome"].start_btn.text()]
    assert visible_primaries(roots["keep a win"]) == [roots["keep a win"].save_btn.text()]
    header = roots["header"]
    assert visible_primaries(header) == [header.window().focus_bar.start_btn.text()]
    # the check-in favours no answer: none of them wears the accent
    assert visible_primaries(roots["check-in"]) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_accent_button_reads_in_every_state(qapp, scheme):
    from tests.gui.test_contrast import PALETTES

    p = theme.readable_palette(PALETTES[scheme]())
    look = theme.primary_look(p)
    for state, (fg, bg) in look.states().items():
        assert theme.contrast(fg, bg) >= theme.MIN_CONTRAST, state
    # and it is told apart from the window it sits on
    assert theme.contrast(look.rest[1], p.color(theme.Role.Window)) > 1.5


def test_the_header_is_a_card_that_wraps_rather_than_cuts(
    qtbot, store, clock, monkeypatch, text_size
):
    """With a block running and no tray (Quit shown), at the window's narrowest and at
    1.5× text, every button of the header is whole, inside the card, none over another."""
    from behind_desktop.gui.widgets.uikit import Card

    roots = built(qtbot, store, clock, monkeypatch)
    main = roots["header"].window()
    assert isinstance(main.header, Card)
    bar = main.focus_bar
    main.show()
    qtbot.waitExposed(main)
    bar.start_btn.click()
    assert bar.pause_btn.isVisible() and bar.quit_btn.isVisible()
    main.resize(main.minimumSizeHint().width(), main.height())

    def problems() -> list[str]:
        inside = main.header.contentsRect()
        shown = [b for b in bar.buttons() if b.isVisible()]
        rects = [QRect(b.mapTo(main.header, QPoint(0, 0)), b.size()) for b in shown]
        out = []
        for i, (b, r) in enumerate(zip(shown, rects, strict=True)):
            if not inside.contains(r) or r.width() < b.minimumSizeHint().width():
                out.append(f"{b.text()} cut")
            if any(r.intersects(other) for other in rects[i + 1 :]):
                out.append(f"{b.text()} under another")
        return out

    qtbot.waitUntil(lambda: not problems(), timeout=2000)  # the lines settle in a moment
    assert problems() == []


def test_each_check_in_question_sits_right_above_its_answers(qtbot, store, clock, text_size):
    """The pop-up was measured for a narrower width than it has, and the spare room
    went around each question: it read as the answer to the row above."""
    from behind_desktop.gui.dialogs.checkin import CheckinPopup

    c = make_controller(store, clock)
    popup = CheckinPopup(c, c.checkin_now()[:3], FakeNavigator())
    qtbot.addWidget(popup)
    popup.show()
    qtbot.wait(10)

    def span(w: QWidget) -> tuple[int, int]:
        top = w.mapTo(popup, QPoint(0, 0)).y()
        return top, top + w.height()

    previous_bottom = None
    for row in popup.rows:
        q_top, q_bottom = span(row.question)
        answers_top, answers_bottom = span(row.pages)
        own = answers_top - q_bottom
        assert 0 <= own <= space(Space.S)
        if previous_bottom is not None:
            assert q_top - previous_bottom > own
        previous_bottom = answers_bottom
    # and no room is left over: the pop-up is as tall as its rows need
    assert popup.height() == popup.heightForWidth(popup.width())
