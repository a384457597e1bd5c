"""Notifications with buttons on Linux: what each way costs next to the bare tray app.

On a private session bus with dunst as the notification server (on Xvfb with
trayer when installed), each command starts the bare tray app, sends one check-in
notification with Yes / Not yet / Later once its event loop runs, and quits
(``notify_tray.py``):

* ``bare tray`` sends nothing (the baseline, launched the same way);
* ``jeepney`` is Behind's own notifier (``platform/notify_linux.py``);
* ``desktop-notifier`` is the cross-platform library, its asyncio loop on a thread
  (installed into ``bench/out/desktop-notifier`` with pip when missing).

Then the bare tray and Behind's way side by side at idle, the notification still
out (the socket is watched by the event loop, so nothing should wake). Also
printed: what PySide6's QtDBus answers to ``Notify`` (it cannot send the
uint32 the call needs), and the disk each way adds to a bundle.

Usage::

    python -m bench.bench_notify [--repeats 10]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench import measure
from bench.xdisplay import bench_env

HERE = Path(__file__).resolve().parent
PROBE = HERE / "notify_tray.py"
LIBRARY_DIR = HERE / "out" / "desktop-notifier"


def ensure_desktop_notifier() -> bool:
    if (LIBRARY_DIR / "desktop_notifier").is_dir():
        return True
    print(f"Installing desktop-notifier into {LIBRARY_DIR} (measuring only) ...")
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--target", str(LIBRARY_DIR)]
    done = subprocess.run([*pip, "desktop-notifier"], check=False)
    return done.returncode == 0


def tree_mb(paths: list[Path]) -> float:
    total = 0
    for root in paths:
        for p in [root] if root.is_file() else root.rglob("*"):
            if p.is_file() and "tests" not in p.parts and "__pycache__" not in p.parts:
                total += p.stat().st_size
    return total / 1e6


@contextmanager
def notification_server(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """A private session bus with dunst on it."""
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert bus.stdout is not None
    env = {**env, "DBUS_SESSION_BUS_ADDRESS": bus.stdout.readline().strip()}
    dunst = subprocess.Popen(["dunst"], env=env, stderr=subprocess.DEVNULL)
    has_owner = ["dbus-send", "--print-reply=literal", "--dest=org.freedesktop.DBus", "/"]
    has_owner += ["org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.Notifications"]
    try:
        for _ in range(200):
            probe = subprocess.run(has_owner, env=env, capture_output=True, text=True)
            if "true" in probe.stdout:
                break
            time.sleep(0.05)
        yield env
    finally:
        for proc in (dunst, bus):
            proc.terminate()
            proc.wait(5)
        bus.stdout.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--platform", choices=["xvfb", "offscreen"], default="xvfb")
    parser.add_argument("--idle-seconds", type=float, default=60)
    args = parser.parse_args(argv)
    measure.require_linux()
    if shutil.which("dunst") is None or shutil.which("dbus-daemon") is None:
        print("needs dunst and dbus-daemon (scripts/install-system-deps)")
        return 1
    have_library = ensure_desktop_notifier()
    with bench_env(args.platform) as (base, where), notification_server(base) as env:
        env["PYTHONPATH"] = os.pathsep.join(
            [str(LIBRARY_DIR), env.get("PYTHONPATH", "")] if have_library else []
        )
        qtdbus = subprocess.run(
            [sys.executable, str(PROBE), "--via", "qtdbus", "--print"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        cmds = {
            "bare tray": measure.python_cmd(PROBE, "--via", "none"),
            "jeepney (Behind)": measure.python_cmd(PROBE, "--via", "jeepney"),
        }
        if have_library:
            cmds["desktop-notifier"] = measure.python_cmd(PROBE, "--via", "desktop-notifier")
        print(f"Start, send one notification, quit: {args.repeats} interleaved runs, {where}")
        results = measure.summarise_all(measure.interleaved(cmds, args.repeats, env))
        idle_cmds = {
            "bare tray": measure.python_cmd(PROBE, "--via", "none", "--stay"),
            "jeepney, notification out": measure.python_cmd(PROBE, "--via", "jeepney", "--stay"),
        }
        idle = measure.idle_profiles(idle_cmds, args.idle_seconds, env)
    measure.print_table(measure.startup_rows(results))
    bare = results["bare tray"]
    print()
    for name, s in results.items():
        if name != "bare tray":
            print(
                f"{name} vs bare tray: time {measure.fmt_ratio(s.median_s, bare.median_s)}, "
                f"peak RSS {measure.fmt_ratio(s.median_rss_mb, bare.median_rss_mb)}"
            )
    print(f"QtDBus: {qtdbus.stdout.strip() or qtdbus.stderr.strip()[-200:]}")
    print()
    print(f"Idle over {args.idle_seconds:.0f} s with the notification still out:")
    measure.print_table(measure.idle_rows(idle))

    import jeepney

    site = Path(jeepney.__file__).parent.parent
    jeepney_mb = tree_mb([Path(jeepney.__file__).parent])
    print()
    print("Bundle cost (Python files, without tests):")
    print(f"  jeepney                     {jeepney_mb:6.2f} MB")
    if have_library:
        names = ["desktop_notifier", "dbus_fast", "bidict", "packaging", "typing_extensions.py"]
        lib_mb = tree_mb([LIBRARY_DIR / n for n in names if (LIBRARY_DIR / n).exists()])
        print(f"  desktop-notifier + deps     {lib_mb:6.2f} MB (Linux; more on Windows and macOS)")
    qt_dbus = [site / "PySide6" / "QtDBus.abi3.so", site / "PySide6" / "Qt" / "lib"]
    shipped = (
        tree_mb([qt_dbus[0]])
        + sum(p.stat().st_size for p in qt_dbus[1].glob("libQt6DBus.so*")) / 1e6
    )
    print(f"  QtDBus (already shipped)    {shipped:6.2f} MB")
    failed = [name for name, s in results.items() if s.failures]
    for name in failed:
        print(
            f"WARNING: {name}: {results[name].failures} failed run(s): {results[name].first_error}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
