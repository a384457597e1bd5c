"""Interruptions under a real window manager (Openbox) with a real tray host.

* Someone types a note in a terminal while a focus block ends and a check-in
  comes due: the terminal keeps the keyboard the whole time, every keystroke
  arrives there, and nothing typed lands in a win or answers a question.
* Away: with no input for the away time (one minute here), a check-in that comes
  due is not shown; the first mouse move brings exactly one.
* Full screen: while a full-screen window has focus the check-in waits; leaving
  full screen brings it.

Each case sets up its data folder a few seconds before the moment it is about
(tests/e2e/seed.py), so nothing waits for real minutes.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from behind_desktop.platform.moment.x11 import X11Probe
from tests.e2e.seed import seed
from tests.e2e.xsession import (
    XSession,
    active_window,
    find_tray_icon,
    poll_until,
    run_behind,
    screenshot,
    type_text,
    wait_for_window,
)

pytestmark = pytest.mark.e2e


def export(session: XSession, data: Path) -> dict[str, list[dict[str, object]]]:
    done = run_behind(session, data, "export", "--format", "json")
    assert done.returncode == 0, done.stderr
    result: dict[str, list[dict[str, object]]] = json.loads(done.stdout)
    return result


def start_app(session: XSession, data: Path):
    app = session.spawn([sys.executable, "-u", "-m", "behind_desktop", "--data-dir", str(data)])
    find_tray_icon(session, timeout=20)
    return app


def start_terminal(session: XSession, typed: Path) -> int:
    """An xterm whose shell writes every typed line to ``typed``; it has the keyboard."""
    session.spawn(["xterm", "-T", "ward note", "-e", "sh", "-c", f"cat > '{typed}'"])
    window = wait_for_window(session, "^ward note$", timeout=20)
    poll_until(lambda: active_window(session) == window or None, 10, "the terminal focused")
    return window


def visible(session: XSession, name_regex: str) -> bool:
    out = session.run(["xdotool", "search", "--onlyvisible", "--name", name_regex], check=False)
    return bool(out.split())


def checkin_windows(session: XSession) -> int:
    out = session.run(["xdotool", "search", "--onlyvisible", "--name", "check-in$"], check=False)
    return len(out.split())


def wait_until(moment: datetime, extra_s: float) -> None:
    left = (moment - datetime.now(moment.tzinfo)).total_seconds() + extra_s
    time.sleep(max(0.0, left))


def test_typing_in_a_terminal_keeps_the_keyboard(
    xsession_wm: XSession, tmp_path: Path, e2e_artifacts: Path
) -> None:
    session = xsession_wm
    data = tmp_path / "data"
    typed = tmp_path / "typed.txt"
    seed(data, checkin_in_s=16, block_left_s=10)
    start_app(session, data)
    terminal = start_terminal(session, typed)

    lines: list[str] = []
    away_from_terminal: list[int | None] = []
    seen_after: float | None = None
    deadline = time.monotonic() + 45
    while time.monotonic() < deadline:
        line = f"patient {len(lines)} stable, plan to discharge tomorrow"
        type_text(session, line + "\n", delay_ms=8)
        lines.append(line)
        focused = active_window(session)
        if focused != terminal:
            away_from_terminal.append(focused)
        both = visible(session, "small win$") and visible(session, "check-in$")
        if both and seen_after is None:
            seen_after = time.monotonic()
            screenshot(session, e2e_artifacts / "moment-typing.png")
        if seen_after is not None and time.monotonic() - seen_after > 3:
            break
    assert seen_after is not None, "the end-of-block prompt and the check-in both appeared"
    assert away_from_terminal == []

    def all_typed() -> bool | None:
        got = typed.read_text().splitlines() if typed.exists() else []
        return True if got == lines else None

    poll_until(all_typed, 10, "every typed line in the terminal")
    data_now = export(session, data)
    assert data_now["wins"] == []
    assert [c["answer"] for c in data_now["checkins"]] == ["snoozed"]


def test_away_holds_the_check_in_until_the_first_input(xsession: XSession, tmp_path: Path) -> None:
    session = xsession
    data = tmp_path / "data"
    # The display has had no input since it started a moment ago; the check-in comes
    # due just after the one-minute away time has passed.
    due = seed(data, checkin_in_s=63, away_minutes=1)
    start_app(session, data)
    idle: list[float | None] = []
    while datetime.now(due.tzinfo) < due + timedelta(seconds=5):
        idle.append(X11Probe(session.display).read().idle_s)
        time.sleep(2)
    assert checkin_windows(session) == 0, f"idle seconds seen: {idle}"
    assert export(session, data)["checkins"][-1]["answer"] == "snoozed"  # nothing recorded

    session.run(["xdotool", "mousemove", "200", "300"])
    # The input itself wakes the app (an alarm on the X server's idle counter).
    wait_for_window(session, "check-in$", timeout=8)
    time.sleep(2)
    assert checkin_windows(session) == 1


def test_full_screen_holds_the_check_in_until_it_ends(
    xsession_wm: XSession, tmp_path: Path
) -> None:
    session = xsession_wm
    data = tmp_path / "data"
    due = seed(data, checkin_in_s=14)
    start_app(session, data)
    session.spawn(["xterm", "-T", "slides"])
    slides = wait_for_window(session, "^slides$", timeout=20)
    session.run(["wmctrl", "-r", "slides", "-b", "add,fullscreen"])
    poll_until(lambda: active_window(session) == slides or None, 10, "the slides focused")
    wait_until(due, extra_s=5)
    assert checkin_windows(session) == 0

    session.run(["wmctrl", "-r", "slides", "-b", "remove,fullscreen"])
    wait_for_window(session, "check-in$", timeout=8)  # the window's state change wakes it
    assert active_window(session) == slides  # and it still did not take the keyboard
    assert [c["answer"] for c in export(session, data)["checkins"]] == ["snoozed"]


def readable(fd: int, timeout: float) -> bool:
    import select

    return bool(select.select([fd], [], [], timeout)[0])


def test_the_x11_probe_hears_the_first_input_and_the_end_of_full_screen(
    xsession_wm: XSession,
) -> None:
    from behind_desktop.platform.moment.xlib import XlibApi

    session = xsession_wm
    api = XlibApi(session.display)
    fd = api.fd()
    assert fd is not None
    time.sleep(0.2)  # a moment with no input
    assert api.listen(idle=True, windows=False)
    assert not readable(fd, 1.0) and not api.drain()  # nothing happens while nobody is there
    session.run(["xdotool", "mousemove", "10", "20"])
    assert readable(fd, 3.0) and api.drain()
    assert api.listen(idle=False, windows=False) is True  # asks for nothing: nothing comes
    session.run(["xdotool", "mousemove", "30", "40"])
    assert not readable(fd, 1.0)

    session.spawn(["xterm", "-T", "slides"])
    slides = wait_for_window(session, "^slides$", timeout=20)
    session.run(["wmctrl", "-r", "slides", "-b", "add,fullscreen"])
    poll_until(lambda: active_window(session) == slides or None, 10, "the slides focused")
    time.sleep(0.5)
    api.drain()
    assert api.listen(idle=False, windows=True)
    assert not readable(fd, 1.0)
    session.run(["wmctrl", "-r", "slides", "-b", "remove,fullscreen"])
    assert readable(fd, 3.0) and api.drain()
