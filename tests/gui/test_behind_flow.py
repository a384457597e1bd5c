"""The "I'm behind…" flow: signs → talk to someone / one tiny step → a focus block."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from behind_desktop.core.focus import STEP_SUGGESTIONS, FocusState
from behind_desktop.core.redflags import NOT_A_DIAGNOSIS, SUPPORT_NOTE, WeekCheck, week_label
from behind_desktop.core.settings import Settings
from behind_desktop.core.support import Contact
from behind_desktop.gui.dialogs.behind_flow import BehindFlow
from tests.support.controller import AppController

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
    assert flow.support.support_text.text() != SUPPORT_NOTE
    assert flow.support.diagnosis_label.text() == NOT_A_DIAGNOSIS
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
    assert flow.support.support_text.text() == SUPPORT_NOTE
    shown = flow.support.contact_texts()
    assert [c.name for c in contacts] == [t.split(":")[0].lstrip("\u2022 ") for t in shown]
    for contact, text in zip(contacts, shown, strict=True):
        assert contact.detail in text
    assert flow.support.diagnosis_label.isVisible()
    assert flow.support.diagnosis_label.text() == NOT_A_DIAGNOSIS

    assert not flow.support.crisis_box.isVisible()
    qtbot.mouseClick(flow.support.crisis_toggle, LEFT)
    assert flow.support.crisis_box.isVisible()
    assert any("116 123" in text for text in flow.support.crisis_texts())

    qtbot.mouseClick(flow.support.step_btn, LEFT)
    assert flow.pages.currentWidget() is flow.step_page


def test_support_without_contacts_points_to_settings(qtbot, controller):
    flow = make_flow(qtbot, controller)
    qtbot.mouseClick(flow.sign_boxes["flat"], LEFT)
    qtbot.mouseClick(flow.some_btn, LEFT)
    assert "Settings" in flow.support.contacts_label.text()
    assert flow.support.add_people_btn.isVisible()


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


def test_each_flow_shows_a_note_that_fits_it_once_a_day(qtbot, controller, clock):
    from behind_desktop.core.perspective import Place, notes_for

    selfcheck = BehindFlow(controller, selfcheck=True)
    qtbot.addWidget(selfcheck)
    assert selfcheck.note.text() in notes_for(Place.SELF_CHECK)
    assert make_flow(qtbot, controller).note.text() == ""  # one note a day is plenty

    for _ in range(7):
        clock.advance(days=1)
        note = make_flow(qtbot, controller).note.text()
        assert note in notes_for(Place.ROUGH_DAY)
        assert "directors" not in note


def test_gentle_words(qtbot, controller):
    flow = make_flow(qtbot, controller)
    texts = " ".join(
        w.text() for w in flow.findChildren(type(flow.note)) if hasattr(w, "text")
    ).lower()
    for word in ("failed", "missed", "streak"):
        assert word not in texts


# -- every page fits its words -----------------------------------------------------------------

MANY_CONTACTS = (
    Contact("Dr Okafor (advisor)", "okafor@example.org, office hours Tuesday 2-4"),
    Contact("Student affairs / programme office", "Room 2.14, weekdays 9-5, 020 7946 0000"),
    Contact("Counselling service", "Self-referral form on the intranet, or the front desk"),
    Contact("My sister", "07700 900123"),
    Contact("Samaritans (UK)", "116 123", "crisis"),
)


def labels_fully_shown(page) -> None:
    """Every label on the page has the height its wrapped text needs, inside a scroll
    area tall enough for all of it (so whatever is out of view can be scrolled to)."""
    from PySide6.QtWidgets import QLabel

    content = page.scroller.widget()
    assert page.scroller.widgetResizable()
    assert page.scroller.frameShape() == page.scroller.Shape.NoFrame
    assert content.height() >= content.heightForWidth(content.width())
    assert content.height() >= content.layout().totalMinimumSize().height()
    shown = [w for w in content.findChildren(QLabel) if w.isVisibleTo(content) and w.text()]
    assert shown
    for label in shown:
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()
        assert label.geometry().bottom() <= content.height()


def test_support_page_fits_contacts_and_crisis_lines(qtbot, controller):
    controller.save_settings(Settings(contacts=MANY_CONTACTS))
    flow = make_flow(qtbot, controller)
    qtbot.mouseClick(flow.sign_boxes["exhausted"], LEFT)
    qtbot.mouseClick(flow.some_btn, LEFT)
    qtbot.mouseClick(flow.support.crisis_toggle, LEFT)
    qtbot.wait(10)  # the layout settles
    page = flow.support_page
    labels_fully_shown(page)
    for contact, text in zip(MANY_CONTACTS, flow.support.contact_texts(), strict=True):
        assert contact.detail in text
    assert len(flow.support.crisis_texts()) >= 11  # all eleven lines, then the note
    assert flow.support.crisis_note.isVisible()
    assert flow.height() <= flow.max_height()
    # the buttons stay in view below the words, whether or not they scroll
    assert flow.support.step_btn.isVisible()
    bottom = flow.support.step_btn.mapTo(flow, flow.support.step_btn.rect().bottomLeft()).y()
    assert bottom <= flow.height()
    # and with room to spare on the screen, nothing needs scrolling at all
    if page.scroller.heightForWidth(page.scroller.width()) + 120 < flow.max_height():
        assert page.scroller.verticalScrollBar().maximum() == 0


def test_long_page_scrolls_on_a_small_screen(qtbot, controller, monkeypatch):
    controller.save_settings(Settings(contacts=MANY_CONTACTS * 3))
    flow = make_flow(qtbot, controller)
    monkeypatch.setattr(flow, "max_height", lambda: 300)
    qtbot.mouseClick(flow.sign_boxes["exhausted"], LEFT)
    qtbot.mouseClick(flow.some_btn, LEFT)
    qtbot.mouseClick(flow.support.crisis_toggle, LEFT)
    qtbot.wait(10)
    assert flow.height() <= 300
    bar = flow.support_page.scroller.verticalScrollBar()
    assert bar.maximum() > 0  # the rest is there to scroll to
    labels_fully_shown(flow.support_page)


def test_each_page_sized_to_itself(qtbot, controller):
    controller.save_settings(Settings(contacts=MANY_CONTACTS))
    flow = make_flow(qtbot, controller)
    qtbot.mouseClick(flow.sign_boxes["exhausted"], LEFT)
    qtbot.mouseClick(flow.some_btn, LEFT)
    qtbot.mouseClick(flow.support.crisis_toggle, LEFT)
    support_height = flow.height()
    qtbot.mouseClick(flow.support.step_btn, LEFT)
    qtbot.wait(10)
    assert flow.pages.currentWidget() is flow.step_page
    assert flow.height() < support_height
    # no big empty gap: the step page's space is about what its content needs
    scroll = flow.step_page.scroller
    spare = scroll.viewport().height() - scroll.widget().heightForWidth(scroll.viewport().width())
    assert spare < 2 * flow.fontMetrics().height()
    labels_fully_shown(flow.step_page)


def test_weekly_selfcheck_has_its_own_heading(qtbot, controller):
    usual = make_flow(qtbot, controller)
    assert usual.signs_heading.text() == "Feeling behind? Let's make it smaller."
    flow = BehindFlow(controller, selfcheck=True)
    qtbot.addWidget(flow)
    heading = flow.signs_heading.text()
    assert heading and "behind" not in heading.lower()
    assert "self-check" in flow.windowTitle()
    usual.show_selfcheck()
    assert usual.signs_heading.text() == heading
    assert usual.pages.currentWidget() is usual.signs_page


def test_a_step_chosen_while_a_block_runs_starts_fresh_and_offers_the_old_one(
    qtbot, controller, store
):
    from behind_desktop.gui.dialogs.behind_flow import BehindFlow

    old = controller.start_focus(step="send the email")
    stopped = []
    controller.blockStopped.connect(stopped.append)
    flow = BehindFlow(controller)
    qtbot.addWidget(flow)
    flow.show_step()  # it says first that the running block would end
    flow.step_field.setText("read 3 pages")
    flow.start_block()
    assert controller.active_block.step == "read 3 pages"
    assert controller.active_block.id != old.id
    assert [b.step for b in stopped] == ["send the email"]


def test_a_clear_weekly_self_check_ends_with_thanks_not_a_task(qtbot, controller):
    from behind_desktop.gui.dialogs.behind_flow import BehindFlow

    told = []
    controller.notice.connect(told.append)
    flow = BehindFlow(controller, selfcheck=True)
    qtbot.addWidget(flow)
    flow.show()
    assert "only you see" in flow.signs_intro.text()
    assert not flow.selfcheck_note.isVisible()
    flow.none_btn.click()
    assert not flow.isVisible()
    assert told and "Thanks" in told[0]
    assert controller.week_check() is not None  # saved as this week's check
    assert controller.active_block is None


def test_the_step_page_says_first_that_a_running_block_would_end(qtbot, controller):
    old = controller.start_focus(step="send the email")
    flow = make_flow(qtbot, controller)
    qtbot.mouseClick(flow.none_btn, LEFT)
    assert flow.replace_note.isVisible()
    assert "send the email" in flow.replace_note.text()
    assert "15 min left" in flow.replace_note.text()
    assert flow.keep_btn.isVisible()
    qtbot.mouseClick(flow.keep_btn, LEFT)  # keep it: nothing changes
    assert not flow.isVisible()
    assert controller.active_block is not None and controller.active_block.id == old.id


def test_with_no_block_running_nothing_is_said_about_replacing(qtbot, controller):
    flow = make_flow(qtbot, controller)
    qtbot.mouseClick(flow.none_btn, LEFT)
    assert not flow.replace_note.isVisible() and not flow.keep_btn.isVisible()


def test_a_block_begun_after_the_page_opened_is_named_before_it_is_ended(qtbot, controller):
    flow = make_flow(qtbot, controller)
    qtbot.mouseClick(flow.none_btn, LEFT)
    old = controller.start_focus(step="from the tray")  # meanwhile
    flow.step_field.setText("read 3 pages")
    qtbot.mouseClick(flow.start_btn, LEFT)
    assert controller.active_block.id == old.id  # not ended unannounced
    assert flow.replace_note.isVisible() and "from the tray" in flow.replace_note.text()
    qtbot.mouseClick(flow.start_btn, LEFT)  # now it was said
    assert controller.active_block.step == "read 3 pages"
