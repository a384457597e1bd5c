"""The "I'm behind…" flow: signs → talk to someone / one tiny step → a focus block."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from behind_desktop.core.focus import STEP_SUGGESTIONS, FocusState
from behind_desktop.core.redflags import NOT_A_DIAGNOSIS, SUPPORT_NOTE, WeekCheck, week_label
from behind_desktop.core.settings import Settings
from behind_desktop.core.support import Contact
from behind_desktop.gui.behind_flow import BehindFlow
from behind_desktop.gui.controller import AppController

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def controller(store, clock, qtbot):
    c = AppController(store, clock)
    yield c
    c.stop_timers()


def make_flow(qtbot, controller) -> BehindFlow:
    flow = BehindFlow(controller)
    qtbot.addWidget(flow)
    flow.show()
    qtbot.waitExposed(flow)
    return flow


def test_none_path_ends_in_a_running_block_with_the_step(qtbot, controller, store):
    flow = make_flow(qtbot, controller)
    assert flow.pages.currentWidget() is flow.signs_page
    assert not flow.some_btn.isEnabled()  # nothing ticked yet

    qtbot.mouseClick(flow.none_btn, LEFT)
    assert flow.pages.currentWidget() is flow.step_page
    assert "15" in flow.start_btn.text()
    week = week_label(controller.today())
    assert store.week_checks()[week] == WeekCheck(week, frozenset())

    qtbot.mouseClick(flow.suggestion_buttons[1], LEFT)
    assert flow.step_field.text() == STEP_SUGGESTIONS[1]
    qtbot.mouseClick(flow.start_btn, LEFT)

    block = controller.active_block
    assert block is not None
    assert block.state is FocusState.RUNNING
    assert block.step == STEP_SUGGESTIONS[1]
    assert not flow.isVisible()


def test_own_step_text(qtbot, controller):
    flow = make_flow(qtbot, controller)
    qtbot.mouseClick(flow.none_btn, LEFT)
    qtbot.keyClicks(flow.step_field, "email Dr Rao about the rota")
    qtbot.mouseClick(flow.start_btn, LEFT)
    block = controller.active_block
    assert block is not None and block.step == "email Dr Rao about the rota"


def test_signs_path_saves_this_weeks_check(qtbot, controller, store):
    flow = make_flow(qtbot, controller)
    qtbot.mouseClick(flow.sign_boxes["exhausted"], LEFT)
    qtbot.mouseClick(flow.sign_boxes["flat"], LEFT)
    assert flow.some_btn.isEnabled()
    assert not flow.none_btn.isEnabled()

    qtbot.mouseClick(flow.some_btn, LEFT)

    week = week_label(controller.today())
    assert store.week_checks()[week].signs == {"exhausted", "flat"}
    assert flow.pages.currentWidget() is flow.support_page
    # First week with signs: talk to someone, but not the "two weeks running" note.
    assert flow.support_text.text() != SUPPORT_NOTE
    assert flow.diagnosis_label.text() == NOT_A_DIAGNOSIS
    assert not controller.selfcheck_due()

    # Opening it again the same week shows what was saved, so it can be corrected.
    again = make_flow(qtbot, controller)
    assert again.ticked_signs() == {"exhausted", "flat"}


def test_repeated_signs_show_support_contacts(qtbot, controller, store, clock):
    contacts = (
        Contact("Dr Okafor (advisor)", "okafor@example.org"),
        Contact("Student affairs", "Room 2.14, weekdays 9-5"),
        Contact("Samaritans", "116 123", "crisis"),
    )
    controller.save_settings(Settings(contacts=contacts))
    last_week = week_label(controller.today() - timedelta(days=7))
    store.save_week_check(WeekCheck(last_week, frozenset({"cynical"})), clock.now())

    flow = make_flow(qtbot, controller)
    qtbot.mouseClick(flow.sign_boxes["get_through"], LEFT)
    qtbot.mouseClick(flow.some_btn, LEFT)

    assert flow.pages.currentWidget() is flow.support_page
    assert flow.support_text.text() == SUPPORT_NOTE
    shown = flow.contacts_label.text()
    for contact in contacts:
        assert contact.name in shown and contact.detail in shown
    assert flow.diagnosis_label.isVisible()
    assert flow.diagnosis_label.text() == NOT_A_DIAGNOSIS

    assert not flow.crisis_label.isVisible()
    qtbot.mouseClick(flow.crisis_toggle, LEFT)
    assert flow.crisis_label.isVisible()
    assert "116 123" in flow.crisis_label.text()

    qtbot.mouseClick(flow.step_btn, LEFT)
    assert flow.pages.currentWidget() is flow.step_page


def test_support_without_contacts_points_to_settings(qtbot, controller):
    flow = make_flow(qtbot, controller)
    qtbot.mouseClick(flow.sign_boxes["flat"], LEFT)
    qtbot.mouseClick(flow.some_btn, LEFT)
    assert "Settings" in flow.contacts_label.text()


def test_another_one_after_the_win_is_saved(qtbot, controller, clock):
    flow = make_flow(qtbot, controller)
    qtbot.mouseClick(flow.none_btn, LEFT)
    qtbot.keyClicks(flow.step_field, "read 3 pages")
    qtbot.mouseClick(flow.start_btn, LEFT)
    assert not flow.isVisible()

    clock.advance(minutes=16)
    controller.wake()  # the block ends
    block = controller.block
    assert block is not None and block.state is FocusState.FINISHED
    assert not flow.isVisible()  # nothing offered before the win is kept

    controller.keep_block_as_win(block, "read 3 pages")
    assert flow.isVisible()
    assert flow.pages.currentWidget() is flow.again_page

    qtbot.mouseClick(flow.again_btn, LEFT)
    assert flow.pages.currentWidget() is flow.step_page
    assert flow.step_field.text() == ""


def test_perspective_note_shared_with_the_popup(qtbot, controller, clock):
    from behind_desktop.core.checkins import DEFAULT_QUESTIONS, Due
    from behind_desktop.gui.checkin_popup import CheckinPopup

    flow = make_flow(qtbot, controller)
    assert flow.note.text()
    popup = CheckinPopup(controller, [Due(DEFAULT_QUESTIONS[0], clock.now())])
    qtbot.addWidget(popup)
    assert popup.note.text() == ""  # already shown today, in the flow

    clock.advance(days=1)
    assert make_flow(qtbot, controller).note.text()


def test_gentle_words(qtbot, controller):
    flow = make_flow(qtbot, controller)
    texts = " ".join(
        w.text() for w in flow.findChildren(type(flow.note)) if hasattr(w, "text")
    ).lower()
    for word in ("failed", "missed", "streak"):
        assert word not in texts
