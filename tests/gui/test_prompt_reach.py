"""A question left open behind other windows comes forward with a click on the tray.

With no taskbar (a bare window manager, a locked-down ward PC) the "keep it as a
win?" question, once the main window was raised over it, could not be reached: a
click on the tray started a new block instead, and ending that one replaced the
question, words and all.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon

from tests.gui.test_tray import make_parts

Reason = QSystemTrayIcon.ActivationReason


def test_a_click_on_the_tray_brings_back_the_open_question(qtbot, store, clock, monkeypatch):
    controller, windows, tray = make_parts(store, clock, monkeypatch, True)
    try:
        controller.start_focus(1)
        clock.advance(61)
        controller.wake()  # the block ends on its own: the question opens quietly
        controller.stop_timers()
        (prompt,) = windows.prompts
        qtbot.waitExposed(prompt)
        prompt.field.setText("finished the discharge letter")
        windows.show_page()  # the main window over it
        qtbot.waitUntil(lambda: windows.main.isActiveWindow())

        tray.icon.activated.emit(Reason.Trigger)
        controller.stop_timers()
        assert controller.active_block is None  # no new block
        assert windows.prompts == [prompt]
        qtbot.waitUntil(lambda: prompt.isActiveWindow())  # in front, ready for typing
        assert prompt.field.text() == "finished the discharge letter"

        prompt.save_btn.click()
        tray.icon.activated.emit(Reason.Trigger)  # nothing open now: a click starts a block
        controller.stop_timers()
        assert controller.active_block is not None
    finally:
        controller.stop_timers()
        tray.hide()
        for w in (windows.main_if_open(), windows._timer, *windows.prompts):
            if w is not None:
                w.close()
