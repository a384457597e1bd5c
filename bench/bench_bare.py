"""Demonstrate the harness on the baseline tray app alone.

* Start-up: ``bare_tray.py --quit-after-ms 0`` against ``python -c pass``
  (interpreter start alone), interleaved, after one warm-up each.
* Idle: ``bare_tray.py`` left running, against the same app with a deliberately
  wasteful repeating timer (``--tick-ms``, 1000 by default), profiled side by
  side over one window. The timer should add about 60 000 / tick-ms wake-ups a
  minute; if it does not, the wake-up counter is broken.

Usage::

    python -m bench.bench_bare                       # 10 repeats, 60 s idle window
    python -m bench.bench_bare --repeats 5 --idle-seconds 15
"""

from __future__ import annotations

import argparse
import sys

from bench import measure


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10, help="start-up runs per command")
    parser.add_argument(
        "--idle-seconds", type=float, default=60.0, help="length of the idle window (default 60)"
    )
    parser.add_argument(
        "--settle", type=float, default=1.5, help="seconds to wait before the idle window"
    )
    parser.add_argument(
        "--tick-ms", type=int, default=1000, help="timer period of the wasteful variant"
    )
    parser.add_argument(
        "--platform",
        default="offscreen",
        help="QT_QPA_PLATFORM for the apps ('' keeps the environment's; default offscreen)",
    )
    parser.add_argument(
        "--per-thread", action="store_true", help="also print idle wake-ups per thread"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    measure.require_linux()
    env = measure.qt_env(args.platform or None)
    platform = env.get("QT_QPA_PLATFORM", "(default)")

    print(f"python {sys.version.split()[0]} ({sys.executable}), QT_QPA_PLATFORM={platform}")
    print()

    # ---------------------------------------------------------------- start-up
    startup_cmds = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "bare tray": measure.bare_tray_cmd("--quit-after-ms", "0"),
    }
    print(f"Start-up: {args.repeats} interleaved runs each, after one warm-up")
    runs = measure.interleaved(startup_cmds, args.repeats, env)
    startup = measure.summarise_all(runs)
    measure.print_table(measure.startup_rows(startup))
    floor = max(s.rss_floor_mb for s in startup.values())
    print(f"(peak RSS cannot read below the launcher's {floor:.1f} MB)")
    for name, s in startup.items():
        if s.failures:
            print(f"WARNING: {name}: {s.failures} failed run(s): {s.first_error}")
    print()

    # ---------------------------------------------------------------- idle
    tick_name = f"bare tray + {args.tick_ms} ms tick"
    idle_cmds = {
        "bare tray": measure.bare_tray_cmd(),
        tick_name: measure.bare_tray_cmd("--tick-ms", str(args.tick_ms)),
    }
    print(f"Idle: side by side, {args.idle_seconds:g} s window after {args.settle:g} s settling")
    idle = measure.idle_profiles(idle_cmds, args.idle_seconds, env, settle=args.settle)
    measure.print_table(measure.idle_rows(idle))
    if args.per_thread:
        print()
        rows: list[list[measure.Cell]] = [["process", "thread", "wake-ups/min"]]
        for name, prof in idle.items():
            for thread, count in sorted(prof.per_thread.items()):
                rows.append([name, thread, f"{count * 60 / prof.seconds:.1f}"])
        measure.print_table(rows)
    print()

    # ---------------------------------------------------------------- verdict
    py, bare = startup["python -c pass"], startup["bare tray"]
    quiet, busy = idle["bare tray"], idle[tick_name]
    expected = 60_000 / args.tick_ms
    added = busy.wakeups_per_min - quiet.wakeups_per_min
    print(
        "Ratios: bare tray vs python -c pass: time "
        f"{measure.fmt_ratio(bare.median_s, py.median_s)}, RSS "
        f"{measure.fmt_ratio(bare.median_rss_mb, py.median_rss_mb)}; "
        f"{args.tick_ms} ms tick vs bare tray: wake-ups "
        f"{measure.fmt_delta(busy.wakeups_per_min, quiet.wakeups_per_min, '/min')} "
        f"(expected +{expected:.0f}/min), CPU "
        f"{measure.fmt_delta(busy.cpu_s, quiet.cpu_s, ' s', digits=2)}"
    )
    ok = abs(added - expected) <= max(3.0, 0.1 * expected)
    if not ok:
        print("WARNING: the tick variant did not add the expected wake-ups; counter suspect")
    failed = any(s.failures for s in startup.values())
    return 1 if failed or not ok else 0


if __name__ == "__main__":
    sys.exit(main())
