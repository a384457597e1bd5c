"""Windows toasts and macOS user notifications behind the one interface, with fake
system calls: the buttons shown, a click answering, and how each goes away."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

from behind_desktop.platform.notify import Action, Closed, Gone, Invoked, Notice
from behind_desktop.platform.notify_macos import (
    DEFAULT_ACTION,
    DISMISS_ACTION,
    UserNotifier,
    category_for,
)
from behind_desktop.platform.notify_windows import ToastNotifier, parse_arguments, toast_xml

CHECKIN = Notice(
    "A quick check-in",
    "Have you eaten something <real>?",
    (Action("yes", "Yes"), Action("not_yet", "Not yet"), Action("later", "Later")),
    timeout_s=600,
    default=Action("open", "Open the check-in"),
)


class FakeToasts:
    def __init__(self, enabled: bool = True) -> None:
        self.on = enabled
        self.shown: dict[str, tuple[str, Callable[[str], None], Callable[[int], None]]] = {}
        self.hidden: list[str] = []

    def enabled(self) -> bool:
        return self.on

    def show(self, xml, tag, on_activated, on_dismissed) -> None:
        self.shown[tag] = (xml, on_activated, on_dismissed)

    def hide(self, tag: str) -> None:
        self.hidden.append(tag)


def test_a_toast_has_the_question_and_one_button_per_answer():
    root = ET.fromstring(toast_xml(CHECKIN, 7))
    texts = [t.text for t in root.iter("text")]
    assert texts == ["A quick check-in", "Have you eaten something <real>?"]
    buttons = [(a.get("content"), a.get("arguments")) for a in root.iter("action")]
    assert buttons == [
        ("Yes", "behind:7:yes"),
        ("Not yet", "behind:7:not_yet"),
        ("Later", "behind:7:later"),
    ]
    assert root.get("launch") == "behind:7:open"  # a click on the toast itself
    assert parse_arguments("behind:7:not_yet") == (7, "not_yet")
    assert parse_arguments("someone-else:7:yes") is None


def test_toast_clicks_and_dismissals():
    heard: list[object] = []
    posted: list[Callable[[], None]] = []
    toasts = FakeToasts()
    n = ToastNotifier("org.behind.desktop", toasts, posted.append, notification_state=lambda: 5)
    assert n.can_ask() and n.do_not_disturb() is False

    first = n.send(CHECKIN, heard.append)
    _xml, activated, _dismissed = toasts.shown[str(first)]
    activated("behind:1:yes")
    assert heard == []  # a WinRT thread: nothing happens until the GUI thread runs it
    posted.pop()()
    assert heard == [Invoked("yes")]

    second = n.send(CHECKIN, heard.append)
    toasts.shown[str(second)][2](2)  # timed out after being shown
    posted.pop()()
    third = n.send(CHECKIN, heard.append)
    toasts.shown[str(third)][2](0)  # closed by the user
    posted.pop()()
    assert heard[1:] == [Gone(Closed.EXPIRED), Gone(Closed.DISMISSED)]

    fourth = n.send(CHECKIN, heard.append)
    assert fourth is not None
    n.withdraw(fourth)
    assert toasts.hidden == [str(fourth)] and heard[-1] == Gone(Closed.WITHDRAWN)


def test_toasts_turned_off_or_windows_quiet():
    n = ToastNotifier("org.behind.desktop", FakeToasts(enabled=False), notification_state=lambda: 6)
    assert not n.can_ask()  # the user turned Behind's notifications off: the pop-up
    assert n.do_not_disturb() is True  # quiet time


class FakeCenter:
    def __init__(self, authorized: bool | None) -> None:
        self.allowed = authorized
        self.asked = 0
        self.categories: dict[str, list[tuple[str, str]]] = {}
        self.shown: dict[str, tuple[str, Callable[[str], None]]] = {}
        self.removed: list[str] = []

    def authorized(self) -> bool | None:
        return self.allowed

    def request_authorization(self) -> None:
        self.asked += 1

    def register(self, category, actions) -> None:
        self.categories[category] = actions

    def show(self, ident, category, title, body, on_response) -> None:
        self.shown[ident] = (category, on_response)

    def remove(self, ident: str) -> None:
        self.removed.append(ident)


def test_macos_asks_permission_once_and_uses_the_popup_until_then():
    center = FakeCenter(authorized=None)
    n = UserNotifier("org.behind.desktop", center)
    assert not n.can_ask() and not n.can_ask()
    assert center.asked == 1
    center.allowed = True
    assert n.can_ask()
    refused = UserNotifier("org.behind.desktop", FakeCenter(authorized=False))
    assert not refused.can_ask()


def test_macos_category_of_actions_and_responses():
    center = FakeCenter(authorized=True)
    heard: list[object] = []
    n = UserNotifier("org.behind.desktop", center)
    ids = [n.send(CHECKIN, heard.append) for _ in range(4)]
    assert list(center.categories) == [category_for(CHECKIN)]  # registered once
    assert center.categories[category_for(CHECKIN)] == [
        ("yes", "Yes"),
        ("not_yet", "Not yet"),
        ("later", "Later"),
    ]
    for ident, action in zip(ids[:3], ("later", DEFAULT_ACTION, DISMISS_ACTION), strict=True):
        center.shown[str(ident)][1](action)
    assert heard == [Invoked("later"), Invoked("open"), Gone(Closed.DISMISSED)]
    assert n.do_not_disturb() is None  # focus modes hold notifications by themselves
    n.withdraw(ids[3])  # type: ignore[arg-type]
    assert center.removed == [str(ids[3])] and heard[-1] == Gone(Closed.WITHDRAWN)


def test_other_systems_without_their_libraries_fall_back_to_the_popup():
    from behind_desktop.platform import notifiers, notify

    for system in ("win32", "darwin"):
        n = notifiers.for_platform(lambda _fd, _cb: None, "org.behind.desktop", platform=system)
        assert isinstance(n, notify.NoNotifier)


def test_a_system_binding_that_fails_oddly_means_the_popup_not_a_crash():
    """The WinRT and PyObjC bindings raise more than OSError (an API that moved, a
    type they refuse): the notice is then not sent, and the pop-up asks instead."""

    class Broken(FakeToasts):
        def enabled(self) -> bool:
            raise RuntimeError("no such method")

        def show(self, xml, tag, on_activated, on_dismissed) -> None:
            raise TypeError("refused")

        def hide(self, tag: str) -> None:
            raise AttributeError("gone")

    heard: list[object] = []
    toasts = ToastNotifier("org.behind.desktop", Broken())
    assert toasts.can_ask() is False
    assert toasts.send(CHECKIN, heard.append) is None
    assert heard == [Gone(Closed.UNKNOWN)]

    class BrokenCenter(FakeCenter):
        def show(self, *args) -> None:
            raise ValueError("bad category")

    mac = UserNotifier("org.behind.desktop", BrokenCenter(authorized=True))
    assert mac.send(CHECKIN, heard.append) is None
    assert heard[-1] == Gone(Closed.UNKNOWN)
