"""Check-ins through a real notification server: dunst on a private session bus.

A scheduled check-in arrives as a dunst notification with Yes / Not yet / Later and
no Behind window opens; choosing Yes from dunst's own action menu (``dunstctl
context``, which hands the actions to the program set as ``dmenu``) records the
answer. With dunst paused (its do-not-disturb) the notification waits in dunst,
no window opens and nothing is counted as not seen, however long it waits;
resuming shows it, and only once it has been shown and left does its expiry count.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.desktop_bus import SessionBus, due_now
from tests.e2e.xsession import (
    XSession,
    list_top_level_windows,
    mouse_move,
    poll_until,
    run_behind,
)

pytestmark = pytest.mark.e2e

DMENU = """#!/bin/sh
# Stands in for dmenu: keep what dunst offered, choose the "yes" action.
cat > "$0.offered"
grep -m1 ',yes]' "$0.offered"
"""


@pytest.fixture
def dunst(xsession: XSession, tmp_path: Path):
    if shutil.which("dunst") is None or shutil.which("dbus-daemon") is None:
        pytest.skip("needs dunst and dbus-daemon (run scripts/install-system-deps)")
    with SessionBus() as bus:
        xsession.env["DBUS_SESSION_BUS_ADDRESS"] = bus.address
        menu = tmp_path / "choose.sh"
        menu.write_text(DMENU)
        menu.chmod(0o755)
        config = tmp_path / "dunstrc"
        config.write_text(f"[global]\ndmenu = {menu}\n")
        server = xsession.spawn(["dunst", "-config", str(config)])
        poll_until(lambda: ctl(xsession, "is-paused").strip() or None, 10, "dunst on the bus")
        yield menu
        server.terminate()


def ctl(session: XSession, *args: str) -> str:
    return session.run(["dunstctl", *args], check=False)


def count(session: XSession, which: str) -> int:
    out = ctl(session, "count", which).strip()
    return int(out) if out.isdigit() else -1


def answers(session: XSession, data: Path) -> list[tuple[str, str]]:
    done = run_behind(session, data, "export", "--format", "json")
    assert done.returncode == 0, done.stderr
    return [(r["question"], r["answer"]) for r in json.loads(done.stdout)["checkins"]]


def behind_windows(session: XSession) -> list[str]:
    return [w.name for w in list_top_level_windows(session) if "Behind" in (w.name or "")]


def start_app(session: XSession, data: Path, timeout_s: float | None = None):
    env = {"BEHIND_NOTIFY_TIMEOUT_S": str(timeout_s)} if timeout_s else {}
    return session.spawn(
        [sys.executable, "-u", "-m", "behind_desktop", "--data-dir", str(data)], env=env
    )


def test_a_check_in_answered_from_dunst(xsession: XSession, dunst: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    due_now(data, "food")
    start_app(xsession, data)

    poll_until(lambda: count(xsession, "displayed") == 1 or None, 20, "the notification")
    assert behind_windows(xsession) == []  # no pop-up: the notification is the check-in
    ctl(xsession, "context")  # dunst's action menu; the stand-in chooses Yes
    menu = Path(f"{dunst}.offered")
    offered = poll_until(lambda: (menu.exists() and menu.read_text()) or None, 10, "the menu")
    assert "#Yes (A quick check-in)" in offered
    assert "#Not yet (A quick check-in)" in offered
    assert "#Later (A quick check-in)" in offered

    got = poll_until(lambda: answers(xsession, data) or None, 15, "the answer")
    assert got == [("food", "yes")]
    assert behind_windows(xsession) == []


def test_paused_dunst_holds_the_check_in_and_nothing_counts_as_unseen(
    xsession: XSession, dunst: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    due_now(data, "move")
    ctl(xsession, "set-paused", "true")
    start_app(xsession, data, timeout_s=3)

    poll_until(lambda: count(xsession, "waiting") == 1 or None, 20, "the held notification")
    time.sleep(5)  # longer than the notice's 3 s: it would have expired if it were shown
    assert count(xsession, "displayed") == 0
    assert behind_windows(xsession) == []  # do-not-disturb: no window of ours either
    assert answers(xsession, data) == []  # nothing counted while nobody could see it

    ctl(xsession, "set-paused", "false")
    poll_until(lambda: count(xsession, "displayed") == 1 or None, 10, "the notification shown")
    mouse_move(xsession, 400, 300)  # someone is at the desk while it shows
    # Shown to someone and left alone, it expires; only now does it count as not seen.
    got = poll_until(lambda: answers(xsession, data) or None, 15, "the expiry")
    assert got == [("move", "ignored")]
    assert behind_windows(xsession) == []
