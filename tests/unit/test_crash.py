"""A crash (kill -9, power cut) loses nothing that was acknowledged, and a clock
change while the app is closed leaves the focus block's time alone."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from behind_desktop.core import focus
from behind_desktop.store import DB_NAME, Store
from tests.support.clock import FakeClock

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path

    from behind_desktop.core import focus
    from behind_desktop.store import Store
    from behind_desktop.core.wins import WinSource

    from tests.support.clock import FakeClock

    clock = FakeClock()
    store = Store.open(Path(sys.argv[1]), clock.tz, clock.now())
    block = store.save_block(focus.start(clock, step="the write-up"))
    print("block", block.id, flush=True)
    n = 0
    while True:
        n += 1
        clock.advance(seconds=1)
        win = store.add_win(f"win {n}", WinSource.TYPED, clock.now(), date(2026, 11, 23))
        print(win.id, flush=True)  # only after add_win returned: the row is committed
    """
)

ACKNOWLEDGED = 300


def test_kill_during_a_burst_of_writes_loses_no_committed_win(
    data_dir: Path, clock: FakeClock
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir)],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().split()
        assert first[0] == "block", proc.stderr.read() if proc.stderr else first
        ids = []
        for _ in range(ACKNOWLEDGED):
            line = proc.stdout.readline()
            assert line, "the writer stopped early"
            ids.append(int(line))
        os.kill(proc.pid, signal.SIGKILL)  # mid-burst: it is still writing
        proc.wait(timeout=10)
        # Whatever it managed to print before dying was also acknowledged.
        ids += [int(x) for x in proc.stdout.read().split()]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()
    assert proc.returncode == -signal.SIGKILL

    store = Store.open(data_dir, clock.tz, clock.now())
    try:
        assert store.notice is None  # not mistaken for a damaged file
        stored = {w.id for w in store.wins_between(date(2026, 11, 23), date(2026, 11, 23))}
        assert set(ids) <= stored
        block = store.latest_block()
        assert block is not None and block.step == "the write-up"
    finally:
        store.close()
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_a_clock_change_while_closed_keeps_the_block(data_dir: Path, clock: FakeClock) -> None:
    store = Store.open(data_dir, clock.tz, clock.now())
    store.save_block(focus.start(clock, minutes=25))
    clock.advance(minutes=5)
    store.close()
    clock.jump_wall(hours=-3)  # someone sets the clock back (or a wrong NTP fix)
    clock.advance(minutes=2)
    store = Store.open(data_dir, clock.tz, clock.now())
    try:
        block = store.latest_block()
        assert block is not None
        assert focus.remaining_s(block, clock) == 18 * 60
        assert focus.settle(block, clock).state is focus.FocusState.RUNNING
    finally:
        store.close()
    clock.jump_wall(hours=6)
    store = Store.open(data_dir, clock.tz, clock.now())
    try:
        block = store.latest_block()
        assert block is not None
        assert focus.remaining_s(block, clock) == 18 * 60
    finally:
        store.close()
