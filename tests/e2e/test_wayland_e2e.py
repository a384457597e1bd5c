"""Behind on Wayland: headless sway with waybar as the StatusNotifierItem host.

The tray item registers with waybar; with no notification service on the bus, a
check-in that comes due while a terminal has the keyboard opens no window at all
(sway would give it focus): the tray icon says it waits, and Activate (a click on
the icon) opens it. With nothing waiting, Activate starts a block and the exported
menu's Stop stops it; the keep-it question then opens as a small floating dialog.
With dunst as the notification service, the check-in is a notification instead,
answered from dunst's own action menu.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop_bus import due_now
from tests.e2e.wayland import USER, WaylandSession, missing_tools
from tests.e2e.xsession import SpawnedProcess, XSessionError, poll_until

pytestmark = pytest.mark.e2e

APP = "org.behind.desktop"
ITEM = "org.kde.StatusNotifierItem"


@pytest.fixture
def sway() -> Iterator[WaylandSession]:
    if not sys.platform.startswith("linux"):
        pytest.skip("Wayland is Linux only")
    missing = missing_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (run scripts/install-system-deps)")
    with WaylandSession() as session:
        yield session


def behind(session: WaylandSession, data: Path, *args: str) -> str:
    argv = [sys.executable, "-m", "behind_desktop", "--data-dir", str(data), *args]
    return session.run(argv).stdout


def item(session: WaylandSession) -> tuple[str, str] | None:
    """The registered StatusNotifierItem: (bus name, object path)."""
    reply = session.busctl(
        "get-property",
        "org.kde.StatusNotifierWatcher",
        "/StatusNotifierWatcher",
        "org.kde.StatusNotifierWatcher",
        "RegisteredStatusNotifierItems",
    )
    for entry in reply["data"]:
        name, _, path = entry.partition("/")
        return name, "/" + path
    return None


def tooltip(session: WaylandSession, where: tuple[str, str]) -> str:
    reply = session.busctl("get-property", where[0], where[1], ITEM, "ToolTip")
    return str(reply["data"][2])


def menu_ids(session: WaylandSession, where: tuple[str, str]) -> dict[str, tuple[int, bool]]:
    """The exported menu: label (mnemonics dropped) -> (id, visible)."""
    reply = session.busctl(
        "call", where[0], "/MenuBar", "com.canonical.dbusmenu", "GetLayout", "iias", "0", "-1", "0"
    )
    found: dict[str, tuple[int, bool]] = {}

    def walk(node: list[Any]) -> None:
        ident, props, children = node
        label = props.get("label", {}).get("data", "").replace("_", "")
        if label:
            found[label] = (int(ident), bool(props.get("visible", {}).get("data", True)))
        for child in children:
            walk(child["data"])

    walk(reply["data"][1])
    return found


def status(session: WaylandSession, data: Path) -> str:
    return str(json.loads(behind(session, data, "focus", "status"))["state"])


def behind_windows(session: WaylandSession) -> list[dict[str, Any]]:
    return [w for w in session.windows() if w.get("app_id") == APP]


def terminal_then_behind(sway: WaylandSession, data: Path) -> SpawnedProcess:
    """A terminal with the keyboard, then Behind with the "food" check-in due."""
    sway.spawn(["foot", "--title", "ward note"])
    poll_until(lambda: sway.focused() == "foot" or None, 20, "the terminal to have focus")
    due_now(data, "food", run=lambda argv: sway.run(argv))
    return sway.spawn(
        [sys.executable, "-u", "-m", "behind_desktop", "--data-dir", str(data)],
        env={"QT_QPA_PLATFORM": "wayland"},
    )


def test_tray_item_activate_menu_and_a_check_in_that_never_takes_focus(
    sway: WaylandSession, e2e_artifacts: Path
) -> None:
    data = sway.dir / "data" / "behind"
    app = terminal_then_behind(sway, data)

    try:
        where = poll_until(lambda: item(sway), 60, "the tray item to register")
    except XSessionError as e:
        raise AssertionError(f"{e}; the app said: {app.stderr[-2000:]}") from e
    # The check-in came due at start: the icon says so, and no window opened.
    poll_until(lambda: "waiting" in tooltip(sway, where) or None, 20, "the waiting icon")
    assert behind_windows(sway) == []
    assert sway.focused() == "foot"
    sway.screenshot(e2e_artifacts / "wayland-waiting.png")

    # A click on the icon opens it: now the window may come, floating and small.
    sway.busctl("call", where[0], where[1], ITEM, "Activate", "ii", "0", "0")
    popup = poll_until(lambda: behind_windows(sway) or None, 20, "the check-in after the click")
    assert popup[0]["floating"], popup[0]
    assert popup[0]["rect"]["width"] < 640
    assert status(sway, data) == "idle"  # the click opened the check-in, it started no block
    sway.run(["swaymsg", f'[app_id="{APP}"] kill'])
    poll_until(lambda: behind_windows(sway) == [] or None, 10, "the check-in to close")

    # Nothing waits now: Activate starts a block, the menu's Stop stops it.
    sway.busctl("call", where[0], where[1], ITEM, "Activate", "ii", "0", "0")
    poll_until(lambda: status(sway, data) == "running" or None, 10, "the block to start")
    stop = poll_until(
        lambda: ((m := menu_ids(sway, where)).get("Stop", (0, False))[1] and m["Stop"][0]) or None,
        10,
        "Stop in the exported menu",
    )
    sway.busctl(
        "call", where[0], "/MenuBar", "com.canonical.dbusmenu", "Event", "isvu",
        str(stop), "clicked", "s", "", "0",
    )  # fmt: skip
    poll_until(lambda: status(sway, data) == "stopped" or None, 10, "the block to stop")
    prompt = poll_until(lambda: behind_windows(sway) or None, 10, "the keep-it question")
    assert prompt[0]["floating"], prompt[0]  # a small dialog, not a full tile
    sway.screenshot(e2e_artifacts / "wayland-keep-it.png")


DMENU = """#!/bin/sh
# Stands in for dmenu: keep what dunst offered, choose the "yes" action.
cat > "$0.offered"
grep -m1 ',yes]' "$0.offered"
"""


def test_on_wayland_a_check_in_comes_as_a_notification_answered_from_it(
    sway: WaylandSession, e2e_artifacts: Path
) -> None:
    """With a notification server (dunst, a layer-shell client) the check-in is a
    notification with buttons: no window opens, the terminal keeps the keyboard,
    and choosing Yes in dunst's own action menu records the answer."""
    if shutil.which("dunst") is None:
        pytest.skip("needs dunst (run scripts/install-system-deps)")
    menu = sway.dir / "choose.sh"
    menu.write_text(DMENU)
    menu.chmod(0o755)
    config = sway.dir / "dunstrc"
    config.write_text(f"[global]\ndmenu = {menu}\n")
    if os.geteuid() == 0:
        for p in (menu, config):
            os.chown(p, pwd.getpwnam(USER).pw_uid, -1)
    dunst = sway.spawn(["dunst", "-config", str(config)])
    poll_until(
        lambda: sway.run(["dunstctl", "is-paused"], check=False).stdout.strip() or None,
        20,
        "dunst on the session bus",
    )
    data = sway.dir / "data" / "behind"
    app = terminal_then_behind(sway, data)

    def displayed() -> bool | None:
        out = sway.run(["dunstctl", "count", "displayed"], check=False).stdout.strip()
        return out == "1" or None

    try:
        poll_until(displayed, 60, "the check-in notification")
    except XSessionError as e:
        raise AssertionError(
            f"{e}; the app said: {app.stderr[-2000:]}; dunst: {dunst.stderr}"
        ) from e
    sway.screenshot(e2e_artifacts / "wayland-notification.png")
    assert behind_windows(sway) == []  # the notification is the check-in
    assert sway.focused() == "foot"

    sway.run(["dunstctl", "context"], check=False)  # the stand-in menu chooses Yes
    offered = Path(f"{menu}.offered")
    text = poll_until(lambda: (offered.exists() and offered.read_text()) or None, 10, "the menu")
    assert "#Yes (A quick check-in)" in text and "#Not yet (A quick check-in)" in text

    def answered() -> list[tuple[str, str]] | None:
        rows = json.loads(behind(sway, data, "export", "--format", "json"))["checkins"]
        return [(r["question"], r["answer"]) for r in rows] or None

    assert poll_until(answered, 15, "the answer") == [("food", "yes")]
    assert behind_windows(sway) == []
    assert sway.focused() == "foot"


def test_on_wayland_windows_come_back_from_the_scratchpad_and_small_ones_float(
    sway: WaylandSession,
) -> None:
    """sway's "minimize" is its scratchpad, which a client can neither see nor undo;
    asking Behind to show its window must put it back on screen all the same. The
    timer and "I'm behind…" open as small floating windows, never a full tile."""
    data = sway.dir / "data" / "behind"
    due_now(data, "food", minutes_from_now=600, run=lambda argv: sway.run(argv))
    sway.spawn(
        [sys.executable, "-u", "-m", "behind_desktop", "--data-dir", str(data)],
        env={"QT_QPA_PLATFORM": "wayland"},
    )
    poll_until(lambda: item(sway), 60, "the tray item to register")

    def shown() -> bool | None:
        return any(w.get("visible") for w in behind_windows(sway)) or None

    behind(sway, data, "show")
    poll_until(shown, 20, "the main window")
    sway.run(["swaymsg", f'[app_id="{APP}"] move scratchpad'])
    poll_until(lambda: not shown() or None, 10, "the window in the scratchpad")
    behind(sway, data, "show")
    poll_until(shown, 10, "the window back on screen")

    # The timer and "I'm behind…" are small windows: they float, never a full tile.
    sway.run(["swaymsg", f'[app_id="{APP}"] kill'])
    poll_until(lambda: behind_windows(sway) == [] or None, 10, "the main window to close")
    behind(sway, data, "focus", "start")
    where = item(sway)
    assert where is not None
    sway.busctl("call", where[0], where[1], ITEM, "Activate", "ii", "0", "0")
    timer = poll_until(lambda: behind_windows(sway) or None, 10, "the timer")
    assert timer[0]["floating"], timer[0]
    sway.run(["swaymsg", f'[app_id="{APP}"] kill'])
    poll_until(lambda: behind_windows(sway) == [] or None, 10, "the timer to close")
    flow_id = poll_until(
        lambda: menu_ids(sway, where).get("I'm behind…", (0, False))[0], 10, "the menu"
    )
    sway.busctl(
        "call", where[0], "/MenuBar", "com.canonical.dbusmenu", "Event", "isvu",
        str(flow_id), "clicked", "s", "", "0",
    )  # fmt: skip
    flow = poll_until(lambda: behind_windows(sway) or None, 10, "I'm behind…")
    assert flow[0]["floating"], flow[0]
