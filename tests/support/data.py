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


def prepare(python: str, data: str, block_minutes: int | None = None) -> None:
    """``data`` as after the first start (no welcome); with ``block_minutes``, a block
    of that length has just started, as if ``focus start`` had been run."""
    extra = [] if block_minutes is None else ["--block-minutes", str(block_minutes)]
    subprocess.run([python, "-m", "tests.support.data", data, *extra], check=True, cwd=ROOT)


def _main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Prepare a Behind data folder.")
    parser.add_argument("data", type=Path)
    parser.add_argument("--block-minutes", type=int)
    args = parser.parse_args(argv)
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
