"""Prove the e2e harness against a bare PySide6 tray app (``bare_tray_app.py``).

These tests do not touch ``behind_desktop``: if they fail, the harness or the
machine is broken, not the app.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.e2e.xsession import (
    Geometry,
    SpawnedProcess,
    XSession,
    click,
    find_tray_icon,
    key,
    region_color,
    region_mean,
    screenshot,
    tray_icons,
    wait_for_popup_menu,
)

pytestmark = pytest.mark.e2e

BARE_APP = Path(__file__).resolve().parent / "bare_tray_app.py"


def start_bare_app(session: XSession) -> SpawnedProcess:
    app = session.spawn([sys.executable, "-u", str(BARE_APP)])
    app.wait_for_line(r"^ready$", timeout=20)
    return app


def test_icon_docks_in_trayer(xsession: XSession) -> None:
    app = start_bare_app(xsession)
    assert "tray-available True" in app.lines

    x, y = find_tray_icon(xsession, name_regex="bare-tray-app")

    (icon,) = tray_icons(xsession)
    assert icon.wm_class == ("bare_tray_app.py", "bare-tray-app")
    # trayer runs with --edge top --align right on a 1280x800 screen.
    assert icon.geometry.y < 32
    assert icon.geometry.x + icon.geometry.width > 1200
    assert icon.geometry.contains(x, y)


def test_left_click_triggers(xsession: XSession) -> None:
    app = start_bare_app(xsession)
    x, y = find_tray_icon(xsession)

    click(xsession, x, y, button=1)

    app.wait_for_line(r"^activated Trigger$")


def test_middle_click_and_double_click(xsession: XSession) -> None:
    app = start_bare_app(xsession)
    x, y = find_tray_icon(xsession)

    click(xsession, x, y, button=2)
    app.wait_for_line(r"^activated MiddleClick$")
    click(xsession, x, y, button=1, repeat=2)
    app.wait_for_line(r"^activated DoubleClick$")


def test_right_click_menu_keyboard(xsession: XSession, e2e_artifacts: Path) -> None:
    app = start_bare_app(xsession)
    x, y = find_tray_icon(xsession)

    click(xsession, x, y, button=3)

    app.wait_for_line(r"^activated Context$")
    app.wait_for_line(r"^menu-shown$")
    menu = wait_for_popup_menu(xsession)
    assert menu.wm_class == ("bare_tray_app.py", "bare-tray-app")
    assert menu.geometry.width > 40 and menu.geometry.height > 20

    shot = screenshot(xsession, e2e_artifacts / "tray-menu-open.png")
    # The menu is drawn (light Fusion palette on a black root window) ...
    inner = Geometry(
        menu.geometry.x + 2, menu.geometry.y + 2, menu.geometry.width - 4, menu.geometry.height - 4
    )
    assert region_mean(xsession, shot, inner) > 0.5
    # ... and so is the icon (an orange disc).  The menu pops up at the pointer,
    # i.e. over the icon's lower half, so look at the strip above the menu.
    (icon,) = tray_icons(xsession)
    g = icon.geometry
    visible = Geometry(g.x, g.y, g.width, max(1, min(g.height, menu.geometry.y - g.y)))
    red, _green, blue = region_color(xsession, shot, visible)
    assert red - blue > 0.15, (red, blue)

    key(xsession, "Down", "Return")

    app.wait_for_line(r"^hello$")


def test_right_click_menu_pointer(xsession: XSession) -> None:
    app = start_bare_app(xsession)
    x, y = find_tray_icon(xsession)

    click(xsession, x, y, button=3)

    menu = wait_for_popup_menu(xsession)
    line = app.wait_for_line(r"^menu-item-center ")
    item_x, item_y = (int(v) for v in line.split()[1:])
    assert menu.geometry.contains(item_x, item_y), (menu.geometry, item_x, item_y)

    click(xsession, item_x, item_y, button=1)

    app.wait_for_line(r"^hello$")


def test_no_tray_without_trayer(xsession_no_tray: XSession) -> None:
    app = start_bare_app(xsession_no_tray)

    assert "tray-available False" in app.lines
    assert tray_icons(xsession_no_tray) == []


def test_second_session_and_clean_teardown(xsession: XSession) -> None:
    # The fixture proves the prerequisites; a nested session must get its own
    # display and leave no process or lock file behind.
    with XSession(tray=True) as inner:
        assert inner.display != xsession.display
        start_bare_app(inner)
        find_tray_icon(inner)
        pids = inner.pids
        assert len(pids) == 3  # Xvfb, trayer, the app
        # Xvfb -displayfd writes no /tmp/.X<n>-lock, but it does create the socket.
        socket = Path(f"/tmp/.X11-unix/X{inner.display.lstrip(':')}")
        assert socket.exists()
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert not socket.exists()
    assert tray_icons(xsession) == []  # nothing leaked into the outer display
