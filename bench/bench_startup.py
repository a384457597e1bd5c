"""Start-up of the Behind tray app against a bare PySide6 tray app, in one run.

Each command starts, reaches its event loop and quits (``--quit-after-ms 0``),
on a real X display with a tray host (Xvfb + trayer) when those are installed,
else offscreen (``--platform``). The app runs on a data folder made beforehand,
so the figures show a normal launch, not the first one. Also measured: the
data CLI (``wins``), which never loads Qt's GUI, against ``python -c pass``.

Targets: app ≤ 1.3× the bare tray's time and peak RSS.

Usage::

    python -m bench.bench_startup [--repeats 10]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tests.support.data import prepare

from bench import measure
from bench.xdisplay import bench_env, ensure_bytecode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--platform", choices=["xvfb", "offscreen"], default="xvfb")
    args = parser.parse_args(argv)
    measure.require_linux()
    ensure_bytecode()
    with (
        tempfile.TemporaryDirectory(prefix="behind-bench-") as tmp,
        bench_env(args.platform) as (env, where),
    ):
        data = str(Path(tmp) / "data")
        app = [sys.executable, "-m", "behind_desktop", "--data-dir", data]
        prepare(sys.executable, data)
        cmds = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "bare tray": measure.bare_tray_cmd("--quit-after-ms", "0"),
            "behind (tray app)": [*app, "--quit-after-ms", "0"],
            "behind wins (data CLI)": [*app, "wins"],
        }
        print(f"Start-up: {args.repeats} interleaved runs each, after one warm-up, {where}")
        results = measure.summarise_all(measure.interleaved(cmds, args.repeats, env))
    measure.print_table(measure.startup_rows(results))
    bare, ours = results["bare tray"], results["behind (tray app)"]
    py, cli = results["python -c pass"], results["behind wins (data CLI)"]
    print()
    print(
        f"Tray app vs bare tray: time {measure.fmt_ratio(ours.median_s, bare.median_s)} "
        f"(target ≤ 1.3×), peak RSS {measure.fmt_ratio(ours.median_rss_mb, bare.median_rss_mb)}"
        " (target ≤ 1.3×)"
    )
    print(
        f"Data CLI vs python -c pass: time {measure.fmt_ratio(cli.median_s, py.median_s)}, "
        f"peak RSS {measure.fmt_ratio(cli.median_rss_mb, py.median_rss_mb)}"
    )
    failed = [name for name, s in results.items() if s.failures]
    for name in failed:
        print(
            f"WARNING: {name}: {results[name].failures} failed run(s): {results[name].first_error}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
