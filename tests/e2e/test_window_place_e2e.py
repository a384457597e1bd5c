"""The main window comes back where it was, under a real window manager (Openbox).

A window manager draws a title bar above the window; a window left in the top-left
corner must come back with that title bar on screen, so it can still be dragged.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.e2e.xsession import (
    XSession,
    find_tray_icon,
    poll_until,
    run_behind,
    wait_for_window,
    window_geometry,
)
from tests.support.data import prepare

pytestmark = pytest.mark.e2e


def open_main(session: XSession, data: Path) -> int:
    session.spawn([sys.executable, "-u", "-m", "behind_desktop", "--data-dir", str(data)])
    find_tray_icon(session, timeout=20)
    assert run_behind(session, data, "show").returncode == 0
    return wait_for_window(session, "^Behind$", timeout=20)


def first_open(session: XSession, tmp_path: Path) -> tuple[Path, int]:
    """A data folder as after the first start, and the main window shown."""
    data = tmp_path / "data"
    prepare(sys.executable, str(data))
    return data, open_main(session, data)


def test_a_window_left_in_the_corner_comes_back_with_its_title_bar_on_screen(
    xsession_wm: XSession, tmp_path: Path
) -> None:
    session = xsession_wm
    data, window = first_open(session, tmp_path)
    # The frame (title bar included) into the top-left corner, as a user drags it.
    session.run(["wmctrl", "-r", "Behind", "-e", "0,0,0,-1,-1"])
    corner = poll_until(
        lambda: ((g := window_geometry(session, window)).x <= 5 and g.y > 0 and g) or None,
        10,
        "the window in the corner",
    )
    title_bar = corner.y  # the client sits below the frame's title bar
    assert run_behind(session, data, "quit").returncode == 0

    window = open_main(session, data)
    back = poll_until(lambda: window_geometry(session, window), 10, "the window again")
    assert back.y >= title_bar, f"title bar off screen: client at {back}, first {corner}"
    # where it was (at most a title bar's room lower: the room is kept before the
    # window manager says how tall its title bar is)
    assert abs(back.x - corner.x) <= 5 and 0 <= back.y - corner.y <= 32


def title_bar(session: XSession, window: int) -> int:
    """The window manager's frame above the window (``_NET_FRAME_EXTENTS``' top)."""
    out = session.run(["xprop", "-id", str(window), "_NET_FRAME_EXTENTS"])
    if "=" not in out:
        raise AssertionError(out)
    return int(out.split("=")[1].split(",")[2])


def frame_top(session: XSession, window: int) -> int:
    return window_geometry(session, window).y - title_bar(session, window)


def test_a_window_dragged_half_off_the_top_comes_back_with_its_title_bar_on_screen(
    xsession_wm: XSession, tmp_path: Path
) -> None:
    session = xsession_wm
    data, window = first_open(session, tmp_path)
    assert title_bar(session, window) > 0
    # The window itself to the very top: its title bar is now above the screen.
    session.run(["wmctrl", "-r", "Behind", "-e", "10,0,0,-1,-1"])  # gravity 10: the window's own
    poll_until(lambda: window_geometry(session, window).y <= 0 or None, 10, "the window moved")
    assert run_behind(session, data, "quit").returncode == 0

    window = open_main(session, data)
    poll_until(
        lambda: frame_top(session, window) >= 0 or None,
        10,
        f"the title bar on screen (client {window_geometry(session, window)})",
    )
