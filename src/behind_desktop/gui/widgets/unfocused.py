"""Showing a window nobody asked for, without taking the keyboard.

Everything Behind opens on its own (a check-in, the end-of-block prompt, keep it
as a win, the welcome at login, a notice) goes through :func:`show_unfocused`:

* the window appears on top but is not activated (``WA_ShowWithoutActivating``)
  and tells the window system it does not take focus
  (``Qt.WindowDoesNotAcceptFocus``), so whatever the user is typing in keeps
  the keyboard;
* a click on it (anywhere but a button that never takes focus from a click)
  lets it take focus, and from then on the keys work in it as usual; once the
  user moves to another window it goes back to not taking focus;
* until such a click, key events that still reach it (a window system that
  focused it anyway) are dropped: text typed for another window never lands in
  a field or answers a question. That first focus is the compositor's; when the
  window is focused again after the user went elsewhere, it is theirs (a focus
  key, Alt+Tab), and the keys work from then on, as after a click.

:func:`can_show_unfocused` says whether the window system honours "don't focus
this window". X11 window managers, Windows and macOS do; Wayland compositors
decide focus themselves, so there the caller should prefer a notification or
the tray's attention state and open the window when the user clicks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QWindow
from PySide6.QtWidgets import QAbstractButton, QWidget

# Window systems that keep a window shown without activation from getting focus.
HONOURS_NO_FOCUS = frozenset({"xcb", "windows", "cocoa", "offscreen", "minimal"})

_KEYS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.InputMethod,
    }
)
_PRESSES = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.TabletPress}
)


def can_show_unfocused(platform: str | None = None) -> bool:
    """Whether a window shown with :func:`show_unfocused` really stays without focus here."""
    name = platform if platform is not None else QGuiApplication.platformName()
    return name in HONOURS_NO_FOCUS


class FocusGuard(QObject):
    """Lives on a window's ``QWindow``: keys only after a click invited them."""

    def __init__(self, widget: QWidget, handle: QWindow) -> None:
        super().__init__(widget)
        self.widget = widget
        self.handle = handle
        self._active = False
        self._focused_once = False  # since it was shown: a compositor's focus, not the user's
        handle.installEventFilter(self)
        handle.activeChanged.connect(self._active_changed)

    @property
    def invited(self) -> bool:
        return not self.handle.flags() & Qt.WindowType.WindowDoesNotAcceptFocus

    def invite(self) -> None:
        """The user clicked the window: it may take the keyboard now."""
        self.handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
        self.handle.requestActivate()

    def _quiet_button(self, event: QEvent) -> bool:
        """A press on a button that never takes focus from a click (the check-in's answers)."""
        if not isinstance(event, QMouseEvent):
            return False
        child = self.widget.childAt(event.position().toPoint())
        return isinstance(child, QAbstractButton) and not (
            child.focusPolicy() & Qt.FocusPolicy.ClickFocus
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Hide:
            self._focused_once = False  # shown again, it is focused anew by the compositor
        elif kind in _PRESSES:
            if not self.invited and not self._quiet_button(event):
                self.invite()
        elif kind in _KEYS:
            return not self.invited
        return False

    def _active_changed(self) -> None:
        active = self.handle.isActive()
        if active == self._active:
            return
        self._active = active
        if not active and self.invited:
            # The user moved on: back to the quiet default until the next click.
            self.handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
        elif active and not self.invited:
            if self._focused_once:
                # Focused again after the user had gone elsewhere: they came back to it
                # (a compositor's focus keys, Alt+Tab), and the keys work without a click.
                self.handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
            self._focused_once = True  # a Wayland compositor focuses each new window


def prepare_unfocused(window: QWidget) -> FocusGuard:
    """Make ``window`` a window that does not take focus until clicked (before it is shown)."""
    existing = window.findChild(FocusGuard, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if existing is not None:
        return existing
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    if not window.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus:
        window.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
    window.winId()  # create the native window, so the guard can sit on it
    handle = window.windowHandle()
    assert handle is not None
    handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
    return FocusGuard(window, handle)


def show_unfocused(window: QWidget) -> bool:
    """Show ``window`` on top without taking keyboard focus; see the module docstring.

    Returns :func:`can_show_unfocused`: False means the window system may have
    focused it anyway (typed keys are still kept out of it until a click).
    """
    prepare_unfocused(window)
    window.show()
    window.raise_()
    return can_show_unfocused()
