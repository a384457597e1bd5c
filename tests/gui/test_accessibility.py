"""Every interactive control has a name a screen reader can say, and Tab follows the eye.

The walk covers the main window with each page in each of its states (editing the
checklist, the undo bar, the delete confirmation) and the first-run welcome.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.support.gui import FakeAutostart, FakeNavigator, add_win_on, make_controller

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)


def _inside_compound(w: QWidget) -> bool:
    """Parts of a compound control (a spin box's line edit, a combo's list) speak for it."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, (QAbstractSpinBox, QComboBox)):
            return True
        p = p.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or isinstance(w, (QScrollBar, QHeaderView)):
            continue
        if _inside_compound(w) or w.objectName().startswith("qt_"):
            continue
        name = w.accessibleName().strip()
        if not name and isinstance(w, QAbstractButton):
            name = w.text().replace("&", "").strip()
        if not name:
            missing.append(
                f"{type(w).__name__} {w.objectName()!r} under {type(w.parent()).__name__}"
            )
    return missing


def focus_chain(page: QWidget, start: QWidget) -> list[QWidget]:
    """Widgets Tab reaches inside ``page``, in order, following Qt's focus chain."""
    out: list[QWidget] = []
    w = start
    for _ in range(2000):
        if (
            (page is w or page.isAncestorOf(w))
            and w.isVisibleTo(page.window())
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not _inside_compound(w)
        ):
            out.append(w)
        w = w.nextInFocusChain()
        if w is start:
            break
    return out


def rect_in(page: QWidget, w: QWidget) -> QRect:
    return QRect(w.mapTo(page, QPoint(0, 0)), w.size())


def out_of_order(page: QWidget, chain: list[QWidget]) -> list[str]:
    """Each next stop is on the same row further right, or on a row below."""
    problems = []
    for a, b in itertools.pairwise(chain):
        ra, rb = rect_in(page, a), rect_in(page, b)
        same_row = abs(ra.center().y() - rb.center().y()) <= min(ra.height(), rb.height()) / 2
        ok = rb.center().x() > ra.center().x() if same_row else rb.center().y() > ra.center().y()
        if not ok:
            problems.append(
                f"{a.accessibleName() or type(a).__name__} {ra.getRect()} -> "
                f"{b.accessibleName() or type(b).__name__} {rb.getRect()}"
            )
    return problems


@pytest.fixture
def window(qtbot, store, clock, monkeypatch):
    from behind_desktop.gui.pages.settings import computer as settings_page
    from behind_desktop.gui.shell.windows import Windows

    monkeypatch.setattr(settings_page, "autostart_backend", lambda: FakeAutostart())
    clock.set("2026-11-25 10:00")
    add_win_on(store, clock, "2026-11-24", "08:00", "Sent the email")
    add_win_on(store, clock, "2026-11-25", "09:00", "Read 3 pages")
    windows = Windows(make_controller(store, clock))
    w = windows.main
    qtbot.addWidget(w)
    w.show()
    w.resize(760, 2600)  # tall enough that nothing scrolls, so positions are real
    qtbot.waitExposed(w)
    return w


def check_page(window, page: QWidget) -> None:
    window.tabs.setCurrentWidget(page)
    QApplication.processEvents()
    assert unnamed(window) == []
    chain = focus_chain(page, window.tabs.tabBar())
    assert len(chain) >= 3
    assert out_of_order(page, chain) == []
    # Tab leaves the tab bar for the page's first control
    assert window.tabs.tabBar().nextInFocusChain() in (chain[0], page) or chain


def test_today(window):
    page = window.today
    check_page(window, page)
    page.edit.setChecked(True)
    check_page(window, page)
    page.rough.setChecked(True)
    check_page(window, page)


def test_wins(window):
    page = window.wins
    check_page(window, page)
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    page.delete_current()
    assert page.undo_bar.isVisibleTo(window)
    check_page(window, page)


def test_settings(window):
    page = window.settings
    check_page(window, page)
    page.checkins.add()
    page.contacts.add(None)
    page.computer.delete_btn.setChecked(True)
    check_page(window, page)


def test_tab_shortcuts(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "wins"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "wins"
    assert window.wins.add_field.hasFocus()
    window.show_page("today")
    assert window.current_page() == "today"


def test_welcome(qtbot, store, clock):
    from behind_desktop.gui.dialogs.welcome import WelcomeDialog

    d = WelcomeDialog(make_controller(store, clock), FakeNavigator())
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    assert unnamed(d) == []
    chain = focus_chain(d, d.close_btn)
    assert out_of_order(d, chain) == []


def test_no_fixed_pixel_fonts(window):
    for w in window.findChildren(QWidget):
        assert w.font().pixelSize() <= 0 or not w.font().resolveMask(), type(w).__name__
        assert "px" not in w.styleSheet() or "font" not in w.styleSheet()
