"""The Wins page and the focus timer show a perspective note that fits them."""

from __future__ import annotations

from behind_desktop.core.perspective import Place, notes_for
from tests.support.gui import make_controller


def test_the_wins_page_has_a_note_about_the_week(qtbot, store, clock):
    from behind_desktop.gui.pages.wins import WinsPage

    page = WinsPage(make_controller(store, clock))
    qtbot.addWidget(page)
    note = page.thought.text()
    assert note in notes_for(Place.WINS) and page.thought.isVisibleTo(page)
    page.go(-1)
    assert page.thought.text() in notes_for(Place.WINS)


def test_the_timer_has_a_note_about_small_steps_once_a_day(qtbot, store, clock):
    from behind_desktop.gui.dialogs.timer import TimerWindow

    controller = make_controller(store, clock)
    timer = TimerWindow(controller)
    qtbot.addWidget(timer)
    timer.show()
    qtbot.waitExposed(timer)
    assert timer.thought.text() in notes_for(Place.FOCUS) and timer.thought.isVisible()
    assert controller.perspective_note(Place.ROUGH_DAY) is None  # the day's note is taken
