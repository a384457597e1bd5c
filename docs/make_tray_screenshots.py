"""Screenshots of the tray menu and the timer window, from the real app.

Starts Xvfb with a tray host (trayer), runs Behind on a throwaway data folder,
starts a block and photographs the menu and the timer:

    python docs/make_tray_screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "e2e"))

from xsession import (  # noqa: E402
    XSession,
    click,
    find_tray_icon,
    screenshot,
    wait_for_popup_menu,
    wait_for_window,
)

OUT = HERE / "screenshots"


def crop(src: Path, dest: Path, x: int, y: int, w: int, h: int) -> None:
    subprocess.run(
        ["convert", str(src), "-crop", f"{w}x{h}+{x}+{y}", "+repage", str(dest)], check=True
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp, XSession(tray=True) as s:
        data = str(Path(tmp) / "data")
        app = [sys.executable, "-m", "behind_desktop", "--data-dir", data]
        subprocess.run([*app, "wins"], env=s.env, check=True, capture_output=True)
        # Mark the welcome as seen so it doesn't cover the pictures.
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from behind_desktop.core.clock import "
                "SystemClock; from behind_desktop.store import Store; c = SystemClock(); "
                "s = Store.open(Path(sys.argv[1]), c.tz, c.now()); "
                "s.set_value('welcome_shown', '1')",
                data,
            ],
            check=True,
        )
        s.spawn(app)
        x, y = find_tray_icon(s, timeout=20)
        subprocess.run(
            [*app, "focus", "start", "--step", "Read 3 pages of cardiology"],
            env=s.env,
            check=True,
            capture_output=True,
        )
        time.sleep(1.5)
        click(s, x, y, button=1)
        timer = wait_for_window(s, r"Behind · focus")
        time.sleep(0.5)
        screenshot(s, OUT / "timer-window.png", window=timer)
        subprocess.run(["xdotool", "windowunmap", str(timer)], env=s.env, check=True)
        click(s, x, y, button=3)
        menu = wait_for_popup_menu(s)
        time.sleep(0.3)
        full = Path(tmp) / "full.png"
        screenshot(s, full)
        g = menu.geometry
        left = max(0, g.x - 40)
        crop(full, OUT / "tray-menu.png", left, 0, 1280 - left, g.y + g.height + 8)
        print("wrote", OUT / "timer-window.png", OUT / "tray-menu.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
