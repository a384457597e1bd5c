"""Data folders prepared for a run of the real app (bench, docs screenshots).

The work happens in a child ``python`` (``python -m tests.support.data``), so the
calling process never loads the app: a benchmark's measuring process stays small.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def prepare(
    python: str, data: str, block_minutes: int | None = None, held_in_s: float | None = None
) -> None:
    """``data`` as after the first start (no welcome); with ``block_minutes``, a block
    of that length has just started, as if ``focus start`` had been run; with
    ``held_in_s``, a check-in comes due that many seconds from now with a one-minute
    away time (on a display nobody touches, it is then held)."""
    extra = [] if block_minutes is None else ["--block-minutes", str(block_minutes)]
    if held_in_s is not None:
        extra += ["--held-in-s", str(held_in_s)]
    subprocess.run([python, "-m", "tests.support.data", data, *extra], check=True, cwd=ROOT)


def _main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Prepare a Behind data folder.")
    parser.add_argument("data", type=Path)
    parser.add_argument("--block-minutes", type=int)
    parser.add_argument("--held-in-s", type=float)
    args = parser.parse_args(argv)
    if args.held_in_s is not None:
        from tests.e2e.seed import seed

        seed(args.data, checkin_in_s=args.held_in_s, away_minutes=1)
    from behind_desktop.core import focus
    from behind_desktop.core.clock import SystemClock
    from behind_desktop.store import Store

    clock = SystemClock()
    store = Store.open(args.data, clock.tz, clock.now())
    try:
        store.set_value("welcome_shown", "1")
        if args.block_minutes is not None:
            store.save_block(focus.start(clock, args.block_minutes, None))
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
