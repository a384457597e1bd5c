"""The notification interface: which way a check-in goes, and one outcome per notice."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from behind_desktop.platform import notifiers, notify
from behind_desktop.platform.notify import Closed, Gone, Invoked, Outbox, Way, way_to_ask
from behind_desktop.platform.notify_linux import gnome_banners_off


@pytest.mark.parametrize(
    ("asked", "questions", "can_ask", "window_ok", "expected"),
    [
        (True, 1, True, True, Way.POPUP),  # "Check in now" always gets the pop-up
        (True, 1, True, False, Way.POPUP),  # ... also on Wayland: the user asked
        (False, 1, True, True, Way.NOTIFICATION),
        (False, 1, True, False, Way.NOTIFICATION),
        (False, 1, False, True, Way.POPUP),  # no buttons in the notifications
        (False, 2, True, True, Way.POPUP),  # several questions at once
        (False, 2, True, False, Way.NOTIFICATION),  # ... where no window may open: one notice
        (False, 1, False, False, Way.ATTENTION),  # neither: the tray shows it waits
        (False, 3, False, False, Way.ATTENTION),
    ],
)
def test_way_to_ask(asked, questions, can_ask, window_ok, expected):
    got = way_to_ask(asked=asked, questions=questions, can_ask=can_ask, window_ok=window_ok)
    assert got is expected


def test_under_do_not_disturb_several_questions_go_to_the_server_too():
    got = way_to_ask(asked=False, questions=2, can_ask=True, window_ok=True, quiet=True)
    assert got is Way.NOTIFICATION
    asked = way_to_ask(asked=True, questions=2, can_ask=True, window_ok=True, quiet=True)
    assert asked is Way.POPUP  # "Check in now" still opens the pop-up


def test_each_notice_ends_once_and_strangers_are_ignored():
    heard: list[object] = []
    box = Outbox()
    box.add(7, heard.append)
    assert not box.resolve(8, Invoked("yes"))  # someone else's notification
    assert box.resolve(7, Invoked("yes"))
    assert not box.resolve(7, Gone(Closed.DISMISSED))  # the close after the click
    assert heard == [Invoked("yes")]
    assert len(box) == 0


def test_a_failing_handler_does_not_stop_the_next(caplog):
    box = Outbox()
    heard: list[object] = []

    def broken(_outcome: object) -> None:
        raise RuntimeError("boom")

    box.add(1, broken)
    box.add(2, heard.append)
    assert box.resolve(1, Gone(Closed.EXPIRED))
    assert box.resolve(2, Gone(Closed.EXPIRED))
    assert heard == [Gone(Closed.EXPIRED)]


def test_no_session_bus_means_no_notifier_and_the_popup():
    def watch(_fd, _cb):
        raise AssertionError("nothing to watch without a bus")

    n = notifiers.for_platform(watch, "org.behind.desktop", platform="linux")
    assert n.can_ask() is False  # the test environment points at a bus that isn't there
    assert n.do_not_disturb() is None
    assert n.send(notify.Notice("t", "b", ()), lambda _o: None) is None


def test_gnome_do_not_disturb_is_asked_only_on_gnome():
    assert gnome_banners_off({"XDG_CURRENT_DESKTOP": "sway"}) is None
    assert gnome_banners_off({}) is None


def test_the_notification_path_is_not_loaded_at_start_up(tmp_path):
    code = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from behind_desktop.gui.shell.app import run\n"
        f"run(Path({str(tmp_path / 'd')!r}), quit_after_ms=300)\n"
        "names = ('jeepney', 'behind_desktop.platform.notify_linux',"
        " 'behind_desktop.gui.shell.asking')\n"
        "print(json.dumps([m for m in names if m in sys.modules]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
