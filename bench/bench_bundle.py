"""Size and frozen start-up of the Linux bundle, next to a bare PySide6 tray bundle.

Both bundles come from the same spec (``packaging/behind.spec``): the bare one
is ``bare_tray.py`` packed with ``BEHIND_SPEC_ENTRY``, so the same trimming
applies and the difference is what our code and our extra Qt modules add.

Figures:

* directory size (apparent bytes of regular files, symlinks not followed) and
  ``.tar.gz`` size (gzip level 6, as ``tar -czf``) of both bundles;
* frozen start-up: ``<bundle>/<exe> --quit-after-ms 0`` offscreen, interleaved,
  after one warm-up each; median of ``--repeats`` runs;
* for comparison, start-up of our app and of ``bare_tray.py`` from the venv
  (the interpreter running this script, with ``src/`` on ``PYTHONPATH``);
* optionally (``--platforms``) whether each frozen bundle starts and quits under
  ``offscreen`` and under ``xcb`` (via ``xvfb-run -a``): proof the trimming kept
  the platform plugins and the libraries they need.

Usage::

    python -m bench.bench_bundle                 # reuse dist/behind-desktop (build if missing)
    python -m bench.bench_bundle --rebuild       # rebuild both bundles first
    python -m bench.bench_bundle --ours dist/behind-desktop --bare build/bench/dist/bare-tray
    python -m bench.bench_bundle --platforms --repeats 5

Building needs PyInstaller in ``--build-python`` (default: ``build/venv/bin/python``
when it exists, else this interpreter). ``packaging/build_linux.sh`` builds the
real release bundle (with icons and ``share/``); this script builds a plain one
into ``build/bench/`` only when none is given or found.

Exit status: non-zero when a bundle cannot be built or a frozen run fails. Until
the GUI module exists, our app's runs fail with "No module named
'behind_desktop.gui...'"; that is reported as a note, not as a failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from bench import measure

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "behind.spec"
BENCH_BUILD = ROOT / "build" / "bench"
APP_NAME = "behind-desktop"
BARE_NAME = "bare-tray"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
GUI_MISSING = "No module named 'behind_desktop.gui"

# Targets from the packaging brief (MiB; ratio of ours to bare).
TARGET_DIR_MIB = 115.0
TARGET_TGZ_MIB = 45.0
TARGET_RATIO = 1.10

MIB = 1024 * 1024


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ours", type=Path, default=None, help="our onedir bundle")
    parser.add_argument("--bare", type=Path, default=None, help="the bare tray onedir bundle")
    parser.add_argument("--rebuild", action="store_true", help="rebuild both bundles first")
    parser.add_argument("--build-python", default=None, help="Python with PyInstaller")
    parser.add_argument("--repeats", type=int, default=7, help="start-up runs per command")
    parser.add_argument(
        "--platform",
        default="offscreen",
        help="QT_QPA_PLATFORM for the start-up runs ('' keeps the environment's)",
    )
    parser.add_argument("--no-start", action="store_true", help="sizes only")
    parser.add_argument("--no-venv", action="store_true", help="skip the venv start-up runs")
    parser.add_argument(
        "--platforms",
        action="store_true",
        help="also check offscreen and xcb (xvfb-run -a) start of both frozen bundles",
    )
    return parser.parse_args(argv)


# --------------------------------------------------------------------------- build


def _default_build_python() -> str:
    venv = ROOT / "build" / "venv" / ("Scripts" if sys.platform == "win32" else "bin")
    cand = venv / ("python.exe" if sys.platform == "win32" else "python")
    return str(cand) if cand.exists() else sys.executable


def bare_entry() -> Path:
    """The bare tray script: bench/bare_tray.py, else the packaging probe."""
    own = Path(measure.BARE_TRAY) if hasattr(measure, "BARE_TRAY") else ROOT / "bench/bare_tray.py"
    if own.exists():
        return own
    return ROOT / "packaging" / "bare_tray_probe.py"


def build(name: str, python: str, entry: Path | None) -> Path:
    """Run PyInstaller on the spec into build/bench/dist/<name>; return the bundle dir."""
    env = dict(os.environ)
    env.pop("BEHIND_SPEC_ENTRY", None)
    if entry is not None:
        env["BEHIND_SPEC_ENTRY"] = str(entry)
        env["BEHIND_SPEC_NAME"] = name
    dist = BENCH_BUILD / "dist"
    log = BENCH_BUILD / f"build-{name}.log"
    BENCH_BUILD.mkdir(parents=True, exist_ok=True)
    cmd = [
        python, "-m", "PyInstaller", "--noconfirm", "--clean",
        "--distpath", str(dist), "--workpath", str(BENCH_BUILD / f"work-{name}"), str(SPEC),
    ]  # fmt: skip
    print(f"building {name} ({entry.name if entry else 'the app'}) ... ", end="", flush=True)
    with log.open("w") as fh:
        code = subprocess.call(cmd, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
    if code != 0:
        print("FAILED")
        raise SystemExit(f"bench_bundle: PyInstaller failed for {name}; see {log}")
    print("ok")
    return dist / name


def exe_of(bundle: Path, name: str) -> Path:
    return bundle / f"{name}{EXE_SUFFIX}"


# --------------------------------------------------------------------------- sizes


def dir_bytes(path: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for f in files:
            p = Path(dirpath, f)
            if not p.is_symlink():
                total += p.stat().st_size
    return total


def tgz_bytes(path: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bundle.tar.gz"
        with tarfile.open(out, "w:gz", compresslevel=6) as tar:
            tar.add(path, arcname=path.name)
        return out.stat().st_size


# --------------------------------------------------------------------------- platforms


def platform_check(exe: Path, data_dir: Path) -> dict[str, str]:
    """Start and quit ``exe`` under offscreen and (if xvfb-run exists) xcb."""
    results: dict[str, str] = {}
    runs = {"offscreen": ([str(exe)], "offscreen")}
    if shutil.which("xvfb-run"):
        runs["xcb"] = (["xvfb-run", "-a", str(exe)], "xcb")
    for label, (prefix, plat) in runs.items():
        env = measure.qt_env(plat, {"BEHIND_DATA_DIR": str(data_dir)})
        try:
            proc = subprocess.run(
                [*prefix, "--quit-after-ms", "500"],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=60,
                check=False,
            )
            err = proc.stderr.decode(errors="replace")
            if proc.returncode == 0:
                results[label] = "ok"
            elif GUI_MISSING in err:
                results[label] = "no GUI yet"
            else:
                last = err.strip().splitlines()[-1:] or [""]
                results[label] = f"exit {proc.returncode}: {last[0][:80]}"
        except subprocess.TimeoutExpired:
            results[label] = "timeout"
    if "xcb" not in results:
        results["xcb"] = "skipped (no xvfb-run)"
    return results


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    python = args.build_python or _default_build_python()
    problems: list[str] = []
    notes: list[str] = []
    # Our app must never see the user's real data (nor their running instance).
    scratch = Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    try:
        return _run(args, python, problems, notes, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _run(
    args: argparse.Namespace, python: str, problems: list[str], notes: list[str], scratch: Path
) -> int:

    ours = args.ours or ROOT / "dist" / APP_NAME
    if args.rebuild or not exe_of(ours, APP_NAME).exists():
        if args.ours is not None and not args.rebuild:
            raise SystemExit(f"bench_bundle: no {APP_NAME} executable in {ours}")
        ours = build(APP_NAME, python, None)
    entry = bare_entry()
    bare = args.bare or BENCH_BUILD / "dist" / BARE_NAME
    if args.rebuild or not exe_of(bare, BARE_NAME).exists():
        if args.bare is not None and not args.rebuild:
            raise SystemExit(f"bench_bundle: no {BARE_NAME} executable in {bare}")
        bare = build(BARE_NAME, python, entry)

    print()
    print(f"ours: {ours}")
    print(f"bare: {bare}  (from {entry.relative_to(ROOT)})")
    print()

    # ---------------------------------------------------------------- sizes
    sizes = {
        "ours": (dir_bytes(ours), tgz_bytes(ours)),
        "bare": (dir_bytes(bare), tgz_bytes(bare)),
    }
    (od, ot), (bd, bt) = sizes["ours"], sizes["bare"]
    rows: list[list[measure.Cell]] = [["bundle", "dir MiB", "tar.gz MiB"]]
    for name, (d, t) in sizes.items():
        rows.append([name, f"{d / MIB:.1f}", f"{t / MIB:.1f}"])
    rows.append(["ours/bare", measure.fmt_ratio(od, bd), measure.fmt_ratio(ot, bt)])
    measure.print_table(rows)
    print()
    checks = [
        (f"dir < {TARGET_DIR_MIB:.0f} MiB", od / MIB < TARGET_DIR_MIB),
        (f"tar.gz < {TARGET_TGZ_MIB:.0f} MiB", ot / MIB < TARGET_TGZ_MIB),
        (
            f"within {TARGET_RATIO - 1:.0%} of bare",
            od <= bd * TARGET_RATIO and ot <= bt * TARGET_RATIO,
        ),
    ]
    print("Targets: " + "; ".join(f"{label}: {'yes' if ok else 'NO'}" for label, ok in checks))

    # ---------------------------------------------------------------- platforms
    if args.platforms:
        print()
        rows = [["bundle", "offscreen", "xcb (Xvfb)"]]
        for name, bundle, exe_name in (("ours", ours, APP_NAME), ("bare", bare, BARE_NAME)):
            res = platform_check(exe_of(bundle, exe_name), scratch)
            rows.append([name, res["offscreen"], res["xcb"]])
            for label, value in res.items():
                if value == "no GUI yet":
                    notes.append(f"{name} {label}: the GUI module is not in this tree yet")
                elif value != "ok" and not value.startswith("skipped"):
                    problems.append(f"{name} under {label}: {value}")
        measure.print_table(rows)

    # ---------------------------------------------------------------- start-up
    start_ratio = "n/a"
    if not args.no_start:
        measure.require_linux()
        env = measure.qt_env(args.platform or None, {"BEHIND_DATA_DIR": str(scratch)})
        env["PYTHONPATH"] = os.pathsep.join(
            [str(ROOT / "src"), *filter(None, [env.get("PYTHONPATH")])]
        )
        cmds: dict[str, list[str]] = {
            "frozen ours": [str(exe_of(ours, APP_NAME)), "--quit-after-ms", "0"],
            "frozen bare": [str(exe_of(bare, BARE_NAME)), "--quit-after-ms", "0"],
        }
        if not args.no_venv:
            cmds["venv ours"] = [sys.executable, "-m", "behind_desktop", "--quit-after-ms", "0"]
            cmds["venv bare"] = measure.python_cmd(entry, "--quit-after-ms", "0")
        print()
        print(
            f"start-up ({args.repeats} runs each, interleaved, "
            f"QT_QPA_PLATFORM={env.get('QT_QPA_PLATFORM', '(default)')}):"
        )
        results = measure.interleaved(cmds, args.repeats, env)
        summaries = measure.summarise_all(results)
        measure.print_table(measure.startup_rows(summaries))
        for name, s in summaries.items():
            if s.failures:
                if GUI_MISSING in s.first_error or any(
                    GUI_MISSING in r.stderr_tail for r in results[name]
                ):
                    notes.append(f"{name}: no GUI module in this tree yet; time is import+exit")
                else:
                    problems.append(f"{name}: {s.failures} failed run(s): {s.first_error}")
        fo, fb = summaries["frozen ours"].median_s, summaries["frozen bare"].median_s
        start_ratio = measure.fmt_ratio(fo, fb)
        if "venv ours" in summaries:
            print(
                f"frozen vs venv (ours): {measure.fmt_ratio(fo, summaries['venv ours'].median_s)}"
            )

    print()
    print(
        f"Ratios: dir {measure.fmt_ratio(od, bd)}, tar.gz {measure.fmt_ratio(ot, bt)}, "
        f"frozen start {start_ratio} (ours/bare)"
    )
    for note in notes:
        print(f"note: {note}")
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
