"""The pages follow the design system (gui/widgets/theme.py): margins and gaps from
the spacing scale, titles from the type scale, each layer a group of its own, and
Layer 3's group visibly optional."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from behind_desktop.core.layers import Layer
from behind_desktop.gui.widgets.theme import Space, Type, space
from tests.support.gui import FakeAutostart, FakeNavigator, make_controller


@pytest.fixture
def window(qtbot, store, clock, monkeypatch):
    from behind_desktop.gui.pages.settings import computer as settings_page
    from behind_desktop.gui.shell.main_window import MainWindow

    monkeypatch.setattr(settings_page, "autostart_backend", lambda: FakeAutostart())
    w = MainWindow(make_controller(store, clock), FakeNavigator())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(10)
    return w


def point_size(widget) -> float:
    return widget.font().pointSizeF()


def test_each_layer_is_a_group_of_its_own(window):
    from behind_desktop.gui.widgets.uikit import Card

    sections = [window.today.sections[layer] for layer in Layer]
    assert all(isinstance(s, Card) for s in sections)
    gap = space(Space.M, window.today)
    for upper, lower in itertools.pairwise(sections):
        assert lower.geometry().top() - upper.geometry().bottom() >= gap
        # the list sits inside its group's border, not on it
        view = QRect(upper.view.mapTo(upper, QPoint(0, 0)), upper.view.size())
        assert upper.contentsRect().contains(view)


def test_layer_three_looks_optional(window):
    sections = window.today.sections
    assert sections[Layer.EXTRAS].optional
    assert not sections[Layer.BASICS].optional and not sections[Layer.TRAINEE].optional
    assert "optional" in sections[Layer.EXTRAS].title.text().lower()


def test_titles_follow_the_type_scale(window):
    body = QApplication.font().pointSizeF()
    assert point_size(window.today.day_label) == pytest.approx(body * Type.HEADING)
    for section in window.today.sections.values():
        assert point_size(section.title) == pytest.approx(body * Type.TITLE)
    assert point_size(window.wins.week_label) == pytest.approx(body * Type.TITLE)


def test_pages_have_the_same_margins(window):
    margin = space(Space.L, window)
    today = window.today.scroller.widget().layout().contentsMargins()
    wins = window.wins.layout().contentsMargins()
    for m in (today, wins):
        assert (m.left(), m.top(), m.right()) == (margin, margin, margin)
