"""Windows Behind opens on its own never take typed text until the user clicks them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout

from behind_desktop.gui.widgets.unfocused import can_show_unfocused, show_unfocused


def make_dialog(qtbot) -> tuple[QDialog, QLineEdit, QPushButton]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = QLineEdit()
    quiet = QPushButton("Not yet")
    quiet.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # like the check-in's answers
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(quiet)
    return dialog, field, quiet


def type_into_window(dialog: QDialog, text: str) -> None:
    """Keys as the window system delivers them: to the window, not to a widget."""
    handle = dialog.windowHandle()
    assert handle is not None
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\r" else Qt.Key(ord(ch.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(handle, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def click_in_window(dialog: QDialog, widget) -> None:
    handle = dialog.windowHandle()
    assert handle is not None
    at = widget.mapTo(dialog, widget.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def test_shown_on_top_without_accepting_focus(qtbot):
    dialog, _field, _quiet = make_dialog(qtbot)
    honoured = show_unfocused(dialog)
    qtbot.waitExposed(dialog)
    assert honoured is True  # offscreen, like X11, Windows and macOS, honours it
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    handle = dialog.windowHandle()
    assert handle is not None
    assert handle.flags() & Qt.WindowType.WindowDoesNotAcceptFocus


def test_typed_text_is_kept_out_until_a_click(qtbot):
    dialog, field, _quiet = make_dialog(qtbot)
    field.setText("write the letter")
    show_unfocused(dialog)
    qtbot.waitExposed(dialog)
    field.setFocus()

    type_into_window(dialog, "le, plan to discharge\r")
    assert field.text() == "write the letter"
    assert dialog.isVisible()  # Enter did not accept it either

    click_in_window(dialog, field)
    handle = dialog.windowHandle()
    assert handle is not None
    assert not handle.flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    field.setText("")
    type_into_window(dialog, "done")
    assert field.text() == "done"


def test_a_click_on_a_quiet_button_does_not_invite_the_keys(qtbot):
    dialog, field, quiet = make_dialog(qtbot)
    clicks: list[bool] = []
    quiet.clicked.connect(lambda: clicks.append(True))
    show_unfocused(dialog)
    qtbot.waitExposed(dialog)
    field.setFocus()

    click_in_window(dialog, quiet)
    assert clicks == [True]
    type_into_window(dialog, "stray")
    assert field.text() == ""


def test_quiet_again_once_the_user_moves_on(qtbot):
    dialog, field, _quiet = make_dialog(qtbot)
    show_unfocused(dialog)
    qtbot.waitExposed(dialog)
    click_in_window(dialog, field)
    handle = dialog.windowHandle()
    assert handle is not None
    qtbot.waitUntil(handle.isActive)

    other = QDialog()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not handle.isActive())
    assert handle.flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    type_into_window(dialog, "x")
    assert field.text() == ""


def test_focused_again_by_the_user_it_takes_the_keys(qtbot, monkeypatch):
    """A Wayland compositor focuses a new window itself: what is typed then is kept out.
    The user coming back to it later (sway's focus keys, Alt+Tab) is theirs: the keys
    work, without a mouse. (The window system's focus changes are played here.)"""
    dialog, field, _quiet = make_dialog(qtbot)
    show_unfocused(dialog)
    qtbot.waitExposed(dialog)
    field.setFocus()
    handle = dialog.windowHandle()
    assert handle is not None
    focused = [True]
    monkeypatch.setattr(handle, "isActive", lambda: focused[0])

    handle.activeChanged.emit()  # the compositor's focus, as the window appears
    type_into_window(dialog, "stray")
    assert field.text() == ""
    focused[0] = False
    handle.activeChanged.emit()  # the user went back to their notes
    focused[0] = True
    handle.activeChanged.emit()  # and then to the window
    type_into_window(dialog, "done")
    assert field.text() == "done"


def test_which_window_systems_honour_no_focus():
    assert can_show_unfocused("xcb")
    assert can_show_unfocused("windows")
    assert can_show_unfocused("cocoa")
    assert not can_show_unfocused("wayland")
    assert not can_show_unfocused("wayland-egl")


def quiet(window) -> bool:
    handle = window.windowHandle()
    return (
        window.isVisible()
        and window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        and handle is not None
        and bool(handle.flags() & Qt.WindowType.WindowDoesNotAcceptFocus)
    )


def test_everything_behind_opens_on_its_own_is_quiet(qtbot, store, clock):
    from behind_desktop.gui.shell.windows import Windows
    from tests.support.gui import make_controller

    controller = make_controller(store, clock)
    windows = Windows(controller)
    controller.start_focus(1)
    clock.advance(61)
    controller.wake()  # the block ends on its own
    controller.stop_timers()
    (prompt,) = windows.prompts
    qtbot.addWidget(prompt)
    assert quiet(prompt)

    assert windows.first_run_if_needed()
    assert windows.welcome is not None
    qtbot.addWidget(windows.welcome)
    assert quiet(windows.welcome)

    windows.show_notice("The old data file was kept aside.")
    notice = windows._notice
    assert notice is not None
    qtbot.addWidget(notice)
    assert quiet(notice)

    controller.start_focus(1)
    controller.stop_focus()  # keep it as a win? after stopping
    controller.stop_timers()
    stopped = windows.prompts[-1]
    qtbot.addWidget(stopped)
    assert quiet(stopped) and stopped is not prompt
