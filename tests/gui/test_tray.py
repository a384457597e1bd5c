"""The tray controller with a fake clock: clicks, menu, icon, finishing, sleep, clock jumps."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from behind_desktop.core.checkins import Answer
from behind_desktop.core.focus import FocusState
from behind_desktop.core.layers import Layer
from behind_desktop.core.wins import WinSource
from behind_desktop.gui.dialogs.prompts import WinPrompt
from behind_desktop.gui.shell.tray import Tray
from behind_desktop.gui.shell.windows import Windows
from behind_desktop.gui.widgets import icons
from tests.support.controller import ICON_STEP_S, MAX_SLEEP_MS, AppController

Reason = QSystemTrayIcon.ActivationReason


def make_parts(store, clock, monkeypatch, tray_present: bool):
    monkeypatch.setattr(Tray, "available", lambda self: tray_present)
    controller = AppController(store, clock)
    windows = Windows(controller)
    tray = Tray(controller, windows)
    windows.tray = tray
    return controller, windows, tray


@pytest.fixture
def app_parts(qtbot, store, clock, monkeypatch):
    controller, windows, tray = make_parts(store, clock, monkeypatch, True)
    yield controller, windows, tray
    controller.stop_timers()
    tray.hide()
    for w in (windows.main_if_open(), windows._timer, windows.popup, *windows.prompts):
        if w is not None:
            w.close()


def click(tray: Tray, reason=Reason.Trigger) -> None:
    tray.icon.activated.emit(reason)


def menu_action(tray: Tray, name: str):
    tray.menu.aboutToShow.emit()
    for action in tray.menu.actions():
        if action.objectName() == name:
            return action
    raise AssertionError(f"no menu entry {name}")


def test_left_click_starts_a_15_minute_block(app_parts, clock):
    controller, windows, tray = app_parts
    click(tray)
    block = controller.active_block
    assert block is not None and block.state is FocusState.RUNNING
    assert block.planned_s == 15 * 60
    assert controller.store.latest_block().state is FocusState.RUNNING  # saved at once
    assert windows._timer is None  # the click only started the block


def test_double_click_does_not_start_two_blocks(app_parts):
    controller, _, tray = app_parts
    click(tray, Reason.Trigger)
    first = controller.active_block
    click(tray, Reason.DoubleClick)
    assert controller.active_block.id == first.id
    assert controller.store.export()["blocks"] and len(controller.store.export()["blocks"]) == 1


def test_click_while_running_opens_the_timer(app_parts, monkeypatch):
    controller, windows, tray = app_parts
    click(tray)
    monkeypatch.setattr("behind_desktop.gui.shell.tray.DOUBLE_CLICK_GUARD_S", -1.0)
    click(tray)
    assert windows.timer.isVisible()
    assert controller.store.export()["blocks"][0]["state"] == "running"


def test_menu_shows_what_fits_the_state(app_parts):
    controller, _, tray = app_parts
    assert menu_action(tray, "start").isVisible()
    assert menu_action(tray, "start").text().replace("&", "") == "Start a 15-minute block"
    assert not menu_action(tray, "pause").isVisible()
    menu_action(tray, "start").trigger()
    assert not menu_action(tray, "start").isVisible()
    assert menu_action(tray, "pause").isVisible()
    menu_action(tray, "pause").trigger()
    assert controller.active_block.state is FocusState.PAUSED
    assert menu_action(tray, "resume").isVisible() and not menu_action(tray, "pause").isVisible()
    menu_action(tray, "resume").trigger()
    menu_action(tray, "extend").trigger()
    assert controller.active_block.planned_s == 20 * 60
    for name in ("behind", "checkin", "today", "wins", "settings", "quit", "name"):
        assert menu_action(tray, name).text()


def test_stop_from_menu_asks_kindly_to_keep_it(app_parts, clock, qtbot):
    controller, windows, tray = app_parts
    controller.start_focus(step="send the email")
    clock.advance(minutes=6)
    menu_action(tray, "stop").trigger()
    assert controller.store.latest_block().state is FocusState.STOPPED
    prompt = windows.prompts[-1]
    assert isinstance(prompt, WinPrompt)
    assert "after 6 minutes." in prompt.question.text() and "still counts" in prompt.question.text()
    assert prompt.field.text() == "send the email"
    prompt.save_btn.click()
    assert prompt not in windows.prompts
    wins = controller.store.wins_between(controller.today(), controller.today())
    assert [(w.text, w.source) for w in wins] == [("send the email", WinSource.FOCUS)]


def test_finishing_notifies_and_prompts_for_the_win(app_parts, clock, qtbot):
    controller, windows, _ = app_parts
    controller.start_focus(step="read 3 pages")
    clock.advance(minutes=14, seconds=59)
    controller.wake()
    assert controller.active_block is not None
    with qtbot.waitSignal(controller.blockFinished, timeout=1000):
        clock.advance(seconds=2)
        controller.wake()
    block = controller.store.latest_block()
    assert block.state is FocusState.FINISHED
    prompt = windows.prompts[-1]
    assert prompt.isVisible() and prompt.field.text() == "read 3 pages"
    prompt.field.setText("read 3 pages of cardiology")
    prompt.save_btn.click()
    wins = controller.store.wins_between(controller.today(), controller.today())
    assert wins[0].text == "read 3 pages of cardiology"
    assert wins[0].block_id == block.id


def test_an_empty_win_is_not_saved_and_says_why(app_parts, clock):
    controller, windows, _ = app_parts
    controller.start_focus()
    clock.advance(minutes=16)
    controller.wake()
    prompt = windows.prompts[-1]
    prompt.field.setText("   ")
    prompt.save_btn.click()
    assert prompt.isVisible() and prompt.error.isVisible()
    assert controller.store.wins_between(controller.today(), controller.today()) == []


def test_icon_shows_idle_progress_and_paused(app_parts, clock):
    controller, _, tray = app_parts
    idle_key = tray.icon.icon().cacheKey()
    assert idle_key == icons.tray_icon("idle").cacheKey()
    assert "click to start" in tray.icon.toolTip()
    controller.start_focus(step="write the note")
    clock.advance(minutes=5)
    controller.wake()
    assert tray.icon.icon().cacheKey() == icons.tray_icon("running", 20).cacheKey()
    assert "10 min left" in tray.icon.toolTip() and "write the note" in tray.icon.toolTip()
    controller.pause_focus()
    assert tray.icon.icon().cacheKey() == icons.tray_icon("paused", 20).cacheKey()
    assert "Paused" in tray.icon.toolTip()
    controller.stop_focus()
    assert tray.icon.icon().cacheKey() == idle_key


def test_icons_render_at_tray_sizes(qapp):
    icon = icons.tray_icon("running", 30)
    for size in (16, 22, 32, 48):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        opaque = sum(
            1 for x in range(size) for y in range(size) if image.pixelColor(x, y).alpha() > 128
        )
        assert opaque > size  # something is drawn, not an empty square


def test_sleeping_through_the_end_shows_finished_on_wake(app_parts, clock, qtbot):
    controller, _, tray = app_parts
    controller.start_focus()
    clock.advance(minutes=1)
    clock.suspend(hours=2)
    with qtbot.waitSignal(controller.blockFinished, timeout=1000):
        controller.resumed()
    block = controller.store.latest_block()
    assert block.state is FocusState.FINISHED
    assert block.ended_at == block.started_at + timedelta(minutes=15)
    assert controller.focus_status()["remaining_s"] == 0
    assert tray.icon.icon().cacheKey() == icons.tray_icon("idle").cacheKey()


def test_clock_jump_neither_adds_nor_removes_focus_time(app_parts, clock):
    controller, _, _ = app_parts
    controller.start_focus()
    clock.advance(minutes=5)
    clock.jump_wall(hours=3)
    controller.resumed()
    assert controller.active_block is not None
    assert controller.remaining_s() == pytest.approx(600)
    clock.jump_wall(hours=-5)
    controller.wake()
    assert controller.remaining_s() == pytest.approx(600)


def test_block_survives_a_restart(store, clock, qtbot):
    first = AppController(store, clock)
    first.start_focus(step="flashcards")
    clock.advance(minutes=4)
    first.stop_timers()
    again = AppController(store, clock)
    assert again.active_block.step == "flashcards"
    assert again.remaining_s() == pytest.approx(11 * 60)
    again.stop_timers()


def test_wakeups_while_idle_are_rare_and_while_running_every_few_seconds(app_parts, clock):
    controller, _, _ = app_parts
    clock.set("2026-11-23 23:00")  # quiet hours: no check-in due soon
    assert controller.next_wakeup_ms() > 60_000
    assert controller.next_wakeup_ms() <= MAX_SLEEP_MS + 1
    controller.start_focus()
    assert controller.next_wakeup_ms() <= ICON_STEP_S * 1000 + 1
    assert controller.next_wakeup_ms() >= 5000  # never more than one wake-up per 5 s


def test_a_running_block_wakes_the_app_when_its_minutes_left_change(app_parts, clock):
    """Once a minute, when "N min left" turns (and the icon's ring with it), so a
    block costs a few wake-ups a minute; the last wake-up is the block's end."""
    controller, _, tray = app_parts
    clock.set("2026-11-23 23:00")  # quiet hours: no check-in due soon
    controller.start_focus(minutes=15)
    assert controller.next_wakeup_ms() == pytest.approx(30_000, abs=2)  # 15 min → 14 min left
    clock.advance(seconds=30)
    controller.wake()
    assert "14 min left" in tray.icon.toolTip()
    assert controller.next_wakeup_ms() == pytest.approx(60_000, abs=2)
    clock.advance(minutes=14)
    controller.wake()
    assert controller.next_wakeup_ms() == pytest.approx(30_000, abs=2)  # the end


def test_rescheduling_many_times_keeps_one_timer(app_parts, clock):
    from PySide6.QtCore import QTimer

    controller = app_parts[0]
    for _ in range(50):
        controller.pause_checkins(1)
        controller.pause_checkins(None)
        controller.reschedule()
    active = [t for t in controller.findChildren(QTimer) if t.isActive()]
    assert len(active) == 1


def test_no_tray_opens_the_window_and_adopts_a_late_tray(qtbot, store, clock, monkeypatch):
    present = {"tray": False}
    monkeypatch.setattr(Tray, "available", lambda self: present["tray"])
    controller = AppController(store, clock)
    windows = Windows(controller)
    tray = Tray(controller, windows)
    windows.tray = tray
    from behind_desktop.gui.shell.app import start_ui

    start_ui(windows, tray)
    assert windows.main.isVisible()
    assert not tray.icon.isVisible()
    assert tray._look.isActive() and tray._look.interval() == 1000
    tray._look.timeout.emit()  # still no tray: look again, later
    assert tray._look.interval() == 2000
    present["tray"] = True
    tray._look.timeout.emit()
    assert tray.icon.isVisible() and not tray._look.isActive()
    assert windows.main.isVisible()  # the window stays until the user closes it
    controller.stop_timers()
    tray.hide()
    windows.main.close()


def test_remote_commands(app_parts, clock):
    controller, windows, _ = app_parts
    h = controller.handle_request
    assert h({"cmd": "focus.status"})["status"]["state"] == "idle"
    r = h({"cmd": "focus.start", "minutes": 25, "step": "audit"})
    assert r["ok"] and r["status"]["remaining_s"] == 25 * 60 and r["status"]["step"] == "audit"
    again = h({"cmd": "focus.start", "minutes": 5, "step": "other"})
    assert again["status"]["step"] == "audit" and "already running" in again["note"]
    clock.advance(minutes=1)
    assert h({"cmd": "focus.pause"})["status"]["state"] == "paused"
    assert h({"cmd": "focus.pause"}) == {"ok": False, "error": "The block is already paused."}
    assert h({"cmd": "focus.resume"})["status"]["state"] == "running"
    status = h({"cmd": "focus.status"})["status"]
    assert status["remaining_s"] == 24 * 60 and status["ends_at"]
    assert h({"cmd": "focus.stop"})["status"]["state"] == "stopped"
    assert h({"cmd": "focus.stop"})["ok"] is False
    assert h({"cmd": "show"})["ok"] is True
    assert windows.main.isVisible()
    with_popup = h({"cmd": "checkin.now"})
    assert with_popup == {"ok": True} and windows.popup is not None


def test_delete_all_also_ends_a_running_block(app_parts, clock):
    controller, _, tray = app_parts
    controller.start_focus(step="audit")
    controller.add_win("asked for help")
    controller.delete_all()
    assert controller.active_block is None
    assert controller.store.latest_block() is None
    assert controller.store.wins_between(controller.today(), controller.today()) == []
    assert "click to start" in tray.icon.toolTip()
    assert controller.store.items()  # the default checklist is back


def test_without_a_tray_the_window_does_what_the_menu_does(qtbot, store, clock, monkeypatch):
    controller, windows, tray = make_parts(store, clock, monkeypatch, False)
    quits = []
    controller.quitRequested.connect(lambda: quits.append(True))
    from behind_desktop.gui.shell.app import start_ui

    start_ui(windows, tray)
    bar = windows.main.focus_bar
    assert bar.quit_btn.isVisible()  # no tray: the window is the way out
    idle_width = windows.main.minimumSizeHint().width()
    bar.start_btn.click()
    # Starting a block must not make the window grow wider under the user.
    assert windows.main.minimumSizeHint().width() <= idle_width
    assert controller.active_block is not None
    assert "15 min left" in bar.state.text()
    bar.pause_btn.click()
    assert controller.active_block.state is FocusState.PAUSED and bar.pause_btn.text() == "Resume"
    bar.stop_btn.click()
    assert controller.store.latest_block().state is FocusState.STOPPED
    bar.checkin_btn.click()
    assert windows.popup is not None and windows.popup.isVisible()
    bar.quit_btn.click()
    assert quits == [True]
    controller.stop_timers()
    tray.hide()
    for w in (windows.main, windows.popup, windows.welcome, *windows.prompts):
        if w is not None:
            w.close()


def test_check_in_now_asks_only_what_is_still_open(app_parts, clock):
    controller = app_parts[0]
    food = controller.store.item_by_key("food")
    controller.set_tick(food, True)  # ticked by hand on the Today page
    asked = [d.question.key for d in controller.checkin_now()]
    assert "food" not in asked and "sleep" in asked
    for due in controller.checkin_now():
        controller.answer(due, Answer.YES)
    told = []
    controller.notice.connect(told.append)
    assert controller.checkin_now() == []
    assert told == ["No check-in is due right now."]


def test_nothing_to_ask_never_says_the_basics_are_covered(app_parts, clock):
    """A Layer 1 item no question asks about can still be open: the words stay true."""
    controller = app_parts[0]
    controller.services.checklist.add(Layer.BASICS, "Drank some water")
    for due in controller.checkin_now():
        controller.answer(due, Answer.YES)
    told = []
    controller.notice.connect(told.append)
    assert controller.checkin_now() == []
    assert told and "covered" not in told[0]


def test_stopping_within_the_first_minute_is_still_kind(app_parts, clock):
    controller, windows, _ = app_parts
    controller.start_focus()
    clock.advance(seconds=20)
    controller.stop_focus()
    text = windows.prompts[-1].question.text()
    assert "less than a minute" in text and "0 minutes" not in text


def test_the_weekly_self_check_link_opens_the_flow_as_a_self_check(app_parts):
    _, windows, _ = app_parts
    windows.show_selfcheck()
    flow = windows._behind
    assert flow is not None and flow.isVisible()
    assert "Weekly self-check" in flow.windowTitle()
    flow.close()


def test_a_new_step_replaces_the_running_block_only_when_asked(app_parts, clock):
    controller, windows, _ = app_parts
    first = controller.start_focus(step="send the email")
    clock.advance(minutes=3)
    assert controller.start_focus(step="read 3 pages").id == first.id  # unchanged
    assert controller.active_block.step == "send the email"
    second = controller.start_focus(step="read 3 pages", replace=True)
    assert second.id != first.id and second.step == "read 3 pages"
    assert controller.store.export()["blocks"][0]["state"] == "stopped"
    assert windows.prompts[-1].field.text() == "send the email"  # offered as a win
    assert "when you picked a new step" in windows.prompts[-1].question.text()


def test_the_menu_runs_the_same_commands_as_the_socket(app_parts, clock):
    controller, _, tray = app_parts
    heard = []
    controller.changed.connect(heard.append)
    controller.start_focus(step="audit")
    menu_action(tray, "pause").trigger()
    assert controller.active_block.state is FocusState.PAUSED
    assert heard[-1].by(tray)  # the menu is who asked
    # Paused meanwhile from the command line: the menu's stale "Pause" only refreshes.
    controller.handle_request({"cmd": "focus.resume"})
    controller.handle_request({"cmd": "focus.pause"})
    tray.a_pause.trigger()
    assert controller.active_block.state is FocusState.PAUSED
    assert "Paused" in tray.icon.toolTip()
    menu_action(tray, "stop").trigger()
    assert controller.active_block is None
