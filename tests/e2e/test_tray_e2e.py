"""Behind's tray icon under Xvfb with a real tray host (trayer), driven with xdotool."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.xsession import (
    XSession,
    click,
    find_tray_icon,
    key,
    poll_until,
    run_behind,
    screenshot,
    tray_icons,
    wait_for_popup_menu,
    wait_for_window,
    window_geometry,
)

pytestmark = pytest.mark.e2e


behind = run_behind


def status(session: XSession, data: Path) -> dict[str, object]:
    done = behind(session, data, "focus", "status")
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def start_app(session: XSession, data: Path):
    return session.spawn([sys.executable, "-m", "behind_desktop", "--data-dir", str(data)])


def app_processes(data: Path) -> list[str]:
    out = subprocess.run(
        ["pgrep", "-f", f"behind_desktop --data-dir {data}$"], capture_output=True, text=True
    )
    return out.stdout.split()


def test_click_starts_a_block_and_the_menu_stops_it(xsession: XSession, tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = start_app(xsession, data)
    x, y = find_tray_icon(xsession, timeout=20)
    (icon,) = tray_icons(xsession)
    assert icon.wm_class[1].lower().startswith("behind")
    assert icon.wm_class[0] == "behind-desktop"  # started as `python -m behind_desktop`

    click(xsession, x, y, button=1)
    poll_until(lambda: status(xsession, data)["state"] == "running" or None, 10, "a running block")
    first = status(xsession, data)
    assert first["remaining_s"] in range(890, 901)

    # A second launch only shows the running instance.
    second = behind(xsession, data)
    assert second.returncode == 0
    assert len(app_processes(data)) == 1

    click(xsession, x, y, button=3)
    menu = wait_for_popup_menu(xsession)
    assert menu.geometry.height > 100  # the full menu, not an empty popup
    shot = screenshot(xsession, tmp_path / "menu.png")
    key(xsession, "o")  # St&op
    poll_until(lambda: status(xsession, data)["state"] == "stopped" or None, 10, "the stop")
    prompt = wait_for_window(xsession, r"small win")
    assert window_geometry(xsession, prompt).width > 100
    assert app.terminate() in (0, None)
    assert shot.stat().st_size > 0


def test_timer_window_opens_on_click_while_running(xsession: XSession, tmp_path: Path) -> None:
    data = tmp_path / "data"
    start_app(xsession, data)
    x, y = find_tray_icon(xsession, timeout=20)
    started = behind(xsession, data, "focus", "start", "--step", "read 3 pages")
    assert started.returncode == 0, started.stderr
    click(xsession, x, y, button=1)
    window = wait_for_window(xsession, r"Behind · focus")
    geometry = window_geometry(xsession, window)
    assert geometry.width > 150 and geometry.height > 100
    shot = screenshot(xsession, tmp_path / "timer.png")
    assert status(xsession, data)["state"] == "running"  # the click didn't start another
    assert shot.stat().st_size > 0


def test_without_a_tray_the_window_appears(xsession_no_tray: XSession, tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = start_app(xsession_no_tray, data)
    window = wait_for_window(xsession_no_tray, r"^Behind$", timeout=20)
    assert window_geometry(xsession_no_tray, window).width > 200
    assert tray_icons(xsession_no_tray) == []
    # Still fully usable: the block starts from the command line.
    assert behind(xsession_no_tray, data, "focus", "start").returncode == 0
    assert status(xsession_no_tray, data)["state"] == "running"
    assert app.terminate() in (0, None)
