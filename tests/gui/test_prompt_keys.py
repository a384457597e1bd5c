"""The "keep it as a win?" question gets the keyboard when the user asked for it.

Stopping a block with the timer's Stop button, or clicking the tray icon for a
question that waits, is the user turning to Behind: what they type next answers the
question. (Before, the words went into the timer's step field behind it.) A block
that ends on its own, or a stop from elsewhere, still asks quietly
(test_unfocused.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.support.gui import make_controller


def type_keys(text: str) -> None:
    """Keys as the window system delivers them: to the window that has the keyboard."""
    handle = QApplication.focusWindow()
    assert handle is not None, "no window has the keyboard"
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                handle, QKeyEvent(kind, Qt.Key(ord(ch.upper())), Qt.KeyboardModifier.NoModifier, ch)
            )


def has_keys(window) -> bool:
    handle = window.windowHandle()
    return handle is not None and handle.isActive()


def test_stopping_from_the_timer_hands_the_question_the_keys(qtbot, store, clock):
    from behind_desktop.gui.shell.windows import Windows

    controller = make_controller(store, clock)
    windows = Windows(controller)
    windows.show_timer()
    timer = windows.timer
    qtbot.addWidget(timer)
    qtbot.waitUntil(lambda: has_keys(timer))
    timer.start_btn.click()
    controller.stop_timers()
    timer.stop_btn.click()
    controller.stop_timers()
    (prompt,) = windows.prompts
    qtbot.addWidget(prompt)
    qtbot.waitUntil(lambda: has_keys(prompt))
    type_keys("email")
    assert prompt.field.text() == "email"  # typed over the words offered
    assert "email" not in timer.step.currentText()


def test_a_waiting_question_opened_from_the_tray_has_the_keys(qtbot, store, clock):
    from behind_desktop.gui.shell.windows import Windows

    controller = make_controller(store, clock)
    windows = Windows(controller)
    controller.start_focus(1)
    clock.advance(61)
    controller.wake()  # ended on its own: asked quietly
    controller.stop_timers()
    (prompt,) = windows.prompts
    assert not has_keys(prompt)
    windows._put_off(prompt.block, "")  # "Not now"
    prompt.close()
    elsewhere = QLineEdit()  # the user went back to their notes
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(lambda: has_keys(elsewhere))

    assert windows.open_waiting()  # then clicked the tray icon for the question
    (again,) = windows.prompts
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: has_keys(again))
    type_keys("ward round")
    assert again.field.text() == "ward round" and elsewhere.text() == ""
