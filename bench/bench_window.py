"""Time from "open the window" to the main window's first paint, on five years of data.

Uses the five-year database ``bench_store.py`` caches under ``bench/out/store-5y``
(building it with ``bench_store.build`` if it isn't there yet). The database is
copied first, so the cache is never touched. The tests' fake clock is held at the
benchmark's last day, so the Today and Wins pages show a full, busy week.

The clock starts just before ``MainWindow`` is constructed (the module import is
counted too, on the first run) and stops at the first Paint event the window
receives. The first run in the process is reported separately ("cold"); the
rest are new windows in the same process ("warm"). Target: under 150 ms.
Printed, never asserted.

    python -m bench.bench_window                 # offscreen, 15 windows
    xvfb-run -a python -m bench.bench_window --platform xcb
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.support.clock import FakeClock
from tests.support.gui import FakeAutostart

HERE = Path(__file__).resolve().parent
CACHE = HERE / "out" / "store-5y"
TARGET_MS = 150.0
TZ = ZoneInfo("Europe/London")
LAST_DAY = date(2026, 11, 29)


def database(work: Path) -> tuple[Path, str]:
    from behind_desktop.store import DB_NAME

    if not (CACHE / DB_NAME).exists():
        from bench import bench_store

        print(f"Building the five-year database in {CACHE} (once)…", flush=True)
        bench_store.build(CACHE)
    folder = work / "five-years"
    folder.mkdir()
    shutil.copy2(CACHE / DB_NAME, folder / DB_NAME)
    return folder, f"five years ({(folder / DB_NAME).stat().st_size / 1e6:.1f} MB, copied)"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15, help="windows to open")
    parser.add_argument("--platform", default="offscreen", help="Qt platform ('' keeps env)")
    args = parser.parse_args(argv)
    if args.platform:
        os.environ["QT_QPA_PLATFORM"] = args.platform

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    from behind_desktop.gui.pages.settings import computer as settings_page
    from behind_desktop.gui.shell.bridge import Bridge
    from behind_desktop.services.app import Services
    from behind_desktop.store import Store

    # The OS's start-at-login lookup is not what's being timed.
    settings_page.autostart_backend = FakeAutostart  # type: ignore[assignment]

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.at is None:
                self.at = time.perf_counter()
            return False

    clock = FakeClock(datetime(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day, 18), TZ)
    times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder, what = database(Path(tmp))
        t_open = time.perf_counter()
        store = Store.open(folder, TZ, clock.now())
        controller = Bridge(Services(store, clock))
        controller.stop_timers()
        open_ms = (time.perf_counter() - t_open) * 1000
        for _ in range(max(1, args.repeats)):
            spy = FirstPaint()
            start = time.perf_counter()
            from behind_desktop.gui.shell.main_window import MainWindow
            from behind_desktop.gui.shell.windows import Windows

            window = MainWindow(controller, Windows(controller))
            window.installEventFilter(spy)
            window.show()
            while spy.at is None and time.perf_counter() - start < 10:
                app.processEvents()
            if spy.at is None:
                print("no paint event within 10 s", file=sys.stderr)
                return 1
            times.append((spy.at - start) * 1000)
            window.hide()
            window.deleteLater()
            app.processEvents()
        store.close()

    warm = times[1:] or times
    print(f"Database: {what}; platform {os.environ.get('QT_QPA_PLATFORM')}")
    print(f"Store.open + services and bridge: {open_ms:.1f} ms (not in the figures below)")
    print(f"Time to first paint, cold (first window, imports included): {times[0]:.1f} ms")
    print(
        f"Time to first paint, warm ({len(warm)} windows): median {statistics.median(warm):.1f} ms,"
        f" max {max(warm):.1f} ms"
    )
    verdict = "within" if times[0] < TARGET_MS else "over"
    print(f"Target < {TARGET_MS:.0f} ms: cold run is {verdict} it")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
