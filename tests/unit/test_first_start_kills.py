"""Killing the very first start at any moment never leaves a data file that stops
the next start, and every win acknowledged before the kill is still there."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from behind_desktop.store import Store
from tests.support.clock import FakeClock

# The child reports "ready" once imported, then opens a fresh store and writes wins,
# printing each id once it is committed.
CHILD = """
import sys
from datetime import date
from behind_desktop.core.clock import SystemClock
from behind_desktop.core.wins import WinSource
from behind_desktop.store import Store
clock = SystemClock()
print("ready", flush=True)
s = Store.open(__import__("pathlib").Path(sys.argv[1]), clock.tz, clock.now())
for i in range(1000):
    w = s.add_win(f"win {i}", WinSource.TYPED, clock.now(), date(2026, 11, 23))
    print(w.id, flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kills_during_the_first_start_never_stop_the_next(tmp_path: Path) -> None:
    clock = FakeClock()
    rng = random.Random(1234)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.monotonic()
    for n in range(100):
        folder = tmp_path / f"d{n}"
        with subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder)],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        ) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.06))
            child.send_signal(signal.SIGKILL)
            acked = [int(line) for line in child.stdout.read().split() if line.isdigit()]
        s = Store.open(folder, clock.tz, clock.now())
        try:
            assert s.notice is None, s.notice
            assert len(s.items()) == 11
            ids = {w.id for w in s.wins_between(date(2026, 11, 23), date(2026, 11, 23))}
            assert set(acked) <= ids
        finally:
            s.close()
    assert time.monotonic() - started < 60
