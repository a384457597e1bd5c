"""A screenshot of the tray menu, from the real app.

Starts Xvfb with a tray host (trayer), runs Behind on a throwaway data folder,
starts a block (its timer opens from the tray) and photographs the menu. The
same app makes the same file on every run (it says so and stops when the machine
was too slow for that):

    python -m docs.make_tray_screenshots       # from the repository root
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.e2e.xsession import (
    XSession,
    click,
    find_tray_icon,
    screenshot,
    wait_for_popup_menu,
    wait_for_window,
)
from tests.support.data import prepare

from behind_desktop.core.focus import PROGRESS_STEPS

HERE = Path(__file__).resolve().parent

OUT = HERE / "screenshots"


def crop(src: Path, dest: Path, x: int, y: int, w: int, h: int) -> None:
    """Cut ``dest`` out of ``src``, without the dates ImageMagick writes into a PNG (when
    the file was made and changed): the same picture is then the same file on every run."""
    geometry = f"{w}x{h}+{x}+{y}"
    no_dates = ["-define", "png:exclude-chunks=date,time"]
    subprocess.run(
        ["convert", str(src), "-crop", geometry, "+repage", *no_dates, str(dest)], check=True
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp, XSession(tray=True) as s:
        data = str(Path(tmp) / "data")
        app = [sys.executable, "-m", "behind_desktop", "--data-dir", data]
        subprocess.run([*app, "wins"], env=s.env, check=True, capture_output=True)
        # Mark the welcome as seen so it doesn't cover the pictures.
        prepare(sys.executable, data)
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
        subprocess.run(["xdotool", "windowunmap", str(timer)], env=s.env, check=True)
        click(s, x, y, button=3)
        menu = wait_for_popup_menu(s)
        time.sleep(0.3)
        full = Path(tmp) / "full.png"
        screenshot(s, full)
        status = subprocess.run(
            [*app, "focus", "status"], env=s.env, check=True, capture_output=True, text=True
        )
        block = json.loads(status.stdout)
        ran_s = block["planned_s"] - block["remaining_s"]
        if ran_s >= block["planned_s"] / PROGRESS_STEPS:
            # The ring moved on a step (and later the minutes left): not the same picture.
            print(
                f"the block had run {ran_s:.0f} s when photographed, so its icon differs "
                "from other runs; run this again on a quieter machine",
                file=sys.stderr,
            )
            return 1
        g = menu.geometry
        left = max(0, g.x - 40)
        crop(full, OUT / "tray-menu.png", left, 0, 1280 - left, g.y + g.height + 8)
        print("wrote", OUT / "tray-menu.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
