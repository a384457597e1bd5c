"""Measurement harness shared by the ``bench_*.py`` scripts.

Benchmarks here are scripts that print figures, not timed tests. Every figure is
taken next to a baseline (``bare_tray.py``) measured in the same run, because
absolute numbers vary between machines and between runs on one machine.

What is measured and how (Linux only):

* **Wall time** -- ``time.perf_counter`` around spawning the command and reaping
  it with ``os.wait4``; it includes interpreter start-up and import time, which
  is what a user waits for.
* **Peak RSS** -- ``ru_maxrss`` from the ``os.wait4`` rusage (KiB on Linux).
  Linux carries the *spawning* process's peak RSS into the child's
  ``ru_maxrss`` at ``exec`` (the old address space's high-water mark is folded
  in), so a command spawned straight from a large process would report at least
  that process's size. :func:`run_once` therefore spawns through a tiny launcher
  interpreter (``python -I -S``) that does the timing and the ``wait4`` itself.
  Its own peak (``VmHWM``, about 8.5 MB, roughly what ``python -c pass`` uses)
  is reported as ``Run.rss_floor_mb``: no measurement can come out below it.
* **CPU at idle** -- ``utime + stime`` from ``/proc/PID/stat`` (which sums all
  threads, live and exited) over a window after the process has settled;
  resolution is one clock tick (``SC_CLK_TCK``, normally 10 ms).
* **Wake-ups at idle** -- voluntary + non-voluntary context switches summed over
  every thread in ``/proc/PID/task/*/status``, as a delta over the window. Each
  time a thread sleeps and is woken (a timer, a socket, a futex) costs one
  voluntary switch, so this is a good proxy for power-relevant wake-ups.
"""

from __future__ import annotations

import contextlib
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TextIO

BENCH_DIR = Path(__file__).resolve().parent
BARE_TRAY = BENCH_DIR / "bare_tray.py"

#: Cells accepted by :func:`print_table`.
Cell = str | int | float | None

# Runs in a fresh ``python -I -S`` so that its own RSS (the floor of what the
# child can report, see the module docstring) is as small as possible.
_LAUNCHER = r"""
import os, sys, time
argv = sys.argv[1:]
with open("/proc/self/status") as f:
    floor = next(int(ln.split()[1]) for ln in f if ln.startswith("VmHWM:"))
devnull = os.open(os.devnull, os.O_RDWR)
actions = [(os.POSIX_SPAWN_DUP2, devnull, 0), (os.POSIX_SPAWN_DUP2, devnull, 1)]
t0 = time.perf_counter()
try:
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions)
except OSError as exc:
    sys.stderr.write(f"launcher: cannot start {argv[0]!r}: {exc}\n")
    print("nan 0 127", floor)
    sys.exit(0)
_, status, usage = os.wait4(pid, 0)
t1 = time.perf_counter()
print(repr(t1 - t0), usage.ru_maxrss, os.waitstatus_to_exitcode(status), floor)
"""


class BenchError(RuntimeError):
    """A measurement could not be taken (wrong platform, process died, ...)."""


def require_linux() -> None:
    """Exit with a clear message unless running on Linux (``/proc``, ``wait4`` KiB)."""
    if not sys.platform.startswith("linux") or not Path("/proc/self/stat").exists():
        raise SystemExit(
            f"bench: measurements need Linux (/proc and wait4 ru_maxrss in KiB); "
            f"this is {sys.platform!r}. Run the benchmarks on Linux (as CI does)."
        )


def qt_env(
    platform: str | None = "offscreen", extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Return a copy of ``os.environ`` with ``QT_QPA_PLATFORM`` set.

    ``platform=None`` (or ``""``) keeps whatever the caller's environment says.
    """
    env = dict(os.environ)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    if extra:
        env.update(extra)
    return env


def python_cmd(script: Path | str, *args: str) -> list[str]:
    """Command line running ``script`` with the interpreter running the benchmark."""
    return [sys.executable, str(script), *args]


def bare_tray_cmd(*args: str) -> list[str]:
    """Command line for the baseline tray app, e.g. ``bare_tray_cmd("--quit-after-ms", "0")``."""
    return python_cmd(BARE_TRAY, *args)


# --------------------------------------------------------------------------- start-up


@dataclass(frozen=True)
class Run:
    """One run of a command to completion."""

    wall_s: float
    """Seconds from spawn to reaped exit (includes interpreter start-up)."""
    peak_rss_mb: float
    """Peak resident set size in MiB (``ru_maxrss``)."""
    exit_code: int
    """Exit code; negative means killed by that signal; 127 means it did not start."""
    rss_floor_mb: float = 0.0
    """Peak RSS of the launcher at spawn; ``peak_rss_mb`` cannot come out below this."""
    stderr_tail: str = ""
    """Last part of the command's stderr, kept to explain failures."""

    @property
    def ok(self) -> bool:
        return self.exit_code == 0


def run_once(
    cmd: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 120.0
) -> Run:
    """Run ``cmd`` to completion and measure wall time, peak RSS and exit code.

    stdin and stdout of the command are ``/dev/null``; stderr is kept and its tail
    returned in ``Run.stderr_tail``. Raises :class:`BenchError` on timeout.
    """
    require_linux()
    if not cmd:
        raise ValueError("empty command")
    with tempfile.TemporaryFile() as err:
        launcher = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", _LAUNCHER, *cmd],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            env=None if env is None else dict(env),
            start_new_session=True,  # own process group, so a timeout can kill the child too
        )
        try:
            out, _ = launcher.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            _kill_tree(launcher)
            raise BenchError(f"timed out after {timeout} s: {' '.join(cmd)}") from exc
        err.seek(0)
        stderr_tail = err.read()[-2000:].decode(errors="replace")
    fields = out.decode().split()
    if launcher.returncode != 0 or len(fields) != 4:
        raise BenchError(f"launcher failed ({launcher.returncode}): {stderr_tail.strip()}")
    wall, maxrss_kib, code, floor_kib = fields
    return Run(
        wall_s=float(wall),
        peak_rss_mb=int(maxrss_kib) / 1024,
        exit_code=int(code),
        rss_floor_mb=int(floor_kib) / 1024,
        stderr_tail=stderr_tail,
    )


def _kill_tree(proc: subprocess.Popen[bytes]) -> None:
    """Kill the launcher and the command it spawned (they share a process group)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def interleaved(
    cmds: Mapping[str, Sequence[str]],
    repeats: int,
    env: Mapping[str, str] | None = None,
    warmup: bool = True,
    progress: TextIO | None = sys.stderr,
) -> dict[str, list[Run]]:
    """Run each command ``repeats`` times, alternating A B A B ... .

    One discarded warm-up run of each command comes first (page cache, ``.pyc``
    files, font caches), so the measured runs see the same warm state. Progress
    dots go to ``progress`` (``None`` for silence).
    """
    if repeats < 1:
        raise ValueError("repeats must be >= 1")
    results: dict[str, list[Run]] = {name: [] for name in cmds}
    if progress is not None:
        sys.stdout.flush()  # keep progress dots after any heading already printed
    if warmup:
        for cmd in cmds.values():
            run_once(cmd, env)
    for _ in range(repeats):
        for name, cmd in cmds.items():
            results[name].append(run_once(cmd, env))
            if progress is not None:
                progress.write(".")
                progress.flush()
    if progress is not None:
        progress.write("\n")
    return results


@dataclass(frozen=True)
class Summary:
    """Statistics over the runs of one command."""

    n: int
    failures: int
    median_s: float
    min_s: float
    p90_s: float
    median_rss_mb: float
    rss_floor_mb: float
    first_error: str = ""


def summarise(runs: Sequence[Run]) -> Summary:
    """Median/min/p90 wall time and median peak RSS over ``runs``.

    Failed runs (non-zero exit) are counted in ``failures`` and still included in
    the statistics, so a crash is visible rather than silently dropped.
    """
    if not runs:
        raise ValueError("no runs to summarise")
    times = sorted(r.wall_s for r in runs)
    failures = [r for r in runs if not r.ok]
    return Summary(
        n=len(runs),
        failures=len(failures),
        median_s=statistics.median(times),
        min_s=times[0],
        p90_s=percentile(times, 90),
        median_rss_mb=statistics.median(r.peak_rss_mb for r in runs),
        rss_floor_mb=max(r.rss_floor_mb for r in runs),
        first_error=_last_line(failures[0].stderr_tail) if failures else "",
    )


def _last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


def summarise_all(results: Mapping[str, Sequence[Run]]) -> dict[str, Summary]:
    """:func:`summarise` for every command of :func:`interleaved`."""
    return {name: summarise(runs) for name, runs in results.items()}


def percentile(values: Sequence[float], pct: float) -> float:
    """Linear-interpolated percentile (``pct`` in 0..100) of ``values``."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * pct / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def startup_rows(summaries: Mapping[str, Summary]) -> list[list[Cell]]:
    """Table rows (with header) for :func:`print_table` from :func:`summarise_all`."""
    rows: list[list[Cell]] = [
        ["command", "runs", "fail", "median s", "min s", "p90 s", "peak RSS MB"],
    ]
    for name, s in summaries.items():
        rows.append(
            [
                name,
                s.n,
                s.failures,
                f"{s.median_s:.3f}",
                f"{s.min_s:.3f}",
                f"{s.p90_s:.3f}",
                f"{s.median_rss_mb:.1f}",
            ]
        )
    return rows


# --------------------------------------------------------------------------- idle


@dataclass(frozen=True)
class _Sample:
    t: float
    cpu_ticks: int
    switches: dict[int, tuple[str, int]]  # tid -> (thread name, vol + nonvol switches)


@dataclass(frozen=True)
class Idle:
    """What a long-running process costs while it sits idle."""

    seconds: float
    """Length of the measured window (wall clock)."""
    cpu_s: float
    """CPU seconds (user + system, all threads) used during the window."""
    wakeups: int
    """Context switches (voluntary + non-voluntary, all threads) during the window."""
    threads: int
    """Threads alive at the end of the window."""
    rss_mb: float
    """Resident set size at the end of the window (``VmRSS``)."""
    hwm_mb: float
    """Peak resident set size so far (``VmHWM``)."""
    per_thread: dict[str, int] = field(default_factory=dict)
    """Wake-ups during the window per thread, keyed ``"name[tid]"``."""

    @property
    def wakeups_per_min(self) -> float:
        return self.wakeups * 60 / self.seconds if self.seconds > 0 else 0.0

    @property
    def cpu_pct(self) -> float:
        """CPU use as a percentage of one core."""
        return 100 * self.cpu_s / self.seconds if self.seconds > 0 else 0.0


_CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _read_cpu_ticks(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    # Field 2 (comm) may contain spaces and parentheses; fields after the last ")"
    # start at field 3, so utime (14) and stime (15) are at offsets 11 and 12.
    rest = stat[stat.rindex(")") + 2 :].split()
    return int(rest[11]) + int(rest[12])


def _read_status_field(path: Path, key: str) -> int:
    for line in path.read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise BenchError(f"{key} not found in {path}")


def _read_switches(pid: int) -> dict[int, tuple[str, int]]:
    result: dict[int, tuple[str, int]] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            text = (task / "status").read_text()
            name = (task / "comm").read_text().strip()
        except (FileNotFoundError, ProcessLookupError):
            continue  # thread exited while we were looking
        total = 0
        for line in text.splitlines():
            if line.startswith(("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:")):
                total += int(line.split()[1])
        result[int(task.name)] = (name, total)
    return result


def _sample(pid: int) -> _Sample:
    return _Sample(time.perf_counter(), _read_cpu_ticks(pid), _read_switches(pid))


def terminate(proc: subprocess.Popen[bytes], grace: float = 5.0) -> int:
    """Stop ``proc``: SIGTERM, then SIGKILL after ``grace`` seconds; reap it, return its code."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode


def idle_profiles(
    cmds: Mapping[str, Sequence[str]],
    seconds: float,
    env: Mapping[str, str] | None = None,
    settle: float = 1.5,
) -> dict[str, Idle]:
    """Start every command at once, let them settle, and profile them over one window.

    Running the candidates side by side means they see the same machine state
    for the same window, which matters more than the small chance of them
    disturbing each other (they share nothing when run offscreen). All
    processes are terminated (SIGTERM, then SIGKILL) before returning.
    """
    require_linux()
    if seconds <= 0:
        raise ValueError("seconds must be > 0")
    procs: dict[str, subprocess.Popen[bytes]] = {}
    errs: dict[str, IO[bytes]] = {}
    with contextlib.ExitStack() as stack:
        stack.callback(_terminate_all, procs)
        for name, cmd in cmds.items():
            err = stack.enter_context(tempfile.TemporaryFile())
            errs[name] = err
            procs[name] = subprocess.Popen(
                list(cmd),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
                env=None if env is None else dict(env),
            )
        time.sleep(settle)
        _check_alive(procs, errs, "while settling")
        start = {name: _sample(p.pid) for name, p in procs.items()}
        time.sleep(seconds)
        _check_alive(procs, errs, "during the window")
        end = {name: _sample(p.pid) for name, p in procs.items()}
        result: dict[str, Idle] = {}
        for name, proc in procs.items():
            status = Path(f"/proc/{proc.pid}/status")
            result[name] = _idle_from(
                start[name],
                end[name],
                rss_kib=_read_status_field(status, "VmRSS"),
                hwm_kib=_read_status_field(status, "VmHWM"),
            )
        return result


def _terminate_all(procs: Mapping[str, subprocess.Popen[bytes]]) -> None:
    for proc in procs.values():
        terminate(proc)


def idle_profile(
    cmd: Sequence[str],
    seconds: float,
    env: Mapping[str, str] | None = None,
    settle: float = 1.5,
) -> Idle:
    """Start ``cmd``, wait ``settle`` s, measure ``seconds`` s of idling, terminate it."""
    return idle_profiles({"cmd": cmd}, seconds, env, settle)["cmd"]


def _check_alive(
    procs: Mapping[str, subprocess.Popen[bytes]],
    errs: Mapping[str, IO[bytes]],
    when: str,
) -> None:
    for name, proc in procs.items():
        if proc.poll() is not None:
            errs[name].seek(0)
            tail = errs[name].read()[-2000:].decode(errors="replace").strip()
            raise BenchError(f"{name!r} exited with {proc.returncode} {when}:\n{tail}")


def _idle_from(a: _Sample, b: _Sample, rss_kib: int, hwm_kib: int) -> Idle:
    per_thread: dict[str, int] = {}
    for tid, (name, total) in b.switches.items():
        # A thread born during the window counts from zero; one that died during
        # it is lost (its switches are not folded into any file we can read).
        before = a.switches.get(tid, (name, 0))[1]
        per_thread[f"{name}[{tid}]"] = total - before
    return Idle(
        seconds=b.t - a.t,
        cpu_s=(b.cpu_ticks - a.cpu_ticks) / _CLK_TCK,
        wakeups=sum(per_thread.values()),
        threads=len(b.switches),
        rss_mb=rss_kib / 1024,
        hwm_mb=hwm_kib / 1024,
        per_thread=per_thread,
    )


def idle_rows(profiles: Mapping[str, Idle]) -> list[list[Cell]]:
    """Table rows (with header) for :func:`print_table` from :func:`idle_profiles`."""
    rows: list[list[Cell]] = [
        ["process", "window s", "wake-ups/min", "CPU s", "CPU %", "threads", "RSS MB"],
    ]
    for name, p in profiles.items():
        rows.append(
            [
                name,
                f"{p.seconds:.1f}",
                f"{p.wakeups_per_min:.1f}",
                f"{p.cpu_s:.2f}",
                f"{p.cpu_pct:.2f}",
                p.threads,
                f"{p.rss_mb:.1f}",
            ]
        )
    return rows


# --------------------------------------------------------------------------- output


def ratio(value: float, baseline: float) -> float:
    """``value / baseline``; ``inf`` (or ``nan`` for 0/0) when the baseline is zero."""
    if baseline == 0:
        return float("nan") if value == 0 else float("inf")
    return value / baseline


def fmt_ratio(value: float, baseline: float) -> str:
    """Ratio as text, e.g. ``"1.12×"``."""
    r = ratio(value, baseline)
    if r != r:  # nan
        return "n/a"
    if r == float("inf"):
        return "∞×"
    return f"{r:.2f}×"


def fmt_delta(value: float, baseline: float, unit: str = "", digits: int = 1) -> str:
    """Signed difference as text, e.g. ``"+59.8/min"``."""
    return f"{value - baseline:+.{digits}f}{unit}"


def print_table(rows: Sequence[Sequence[Cell]], file: TextIO | None = None) -> None:
    """Print ``rows`` as an aligned plain-text table; the first row is the header.

    Text columns are left-aligned, numeric ones right-aligned. Floats are shown
    with 3 decimals; format them yourself for anything else. ``None`` is ``-``.
    """
    out = sys.stdout if file is None else file
    if not rows:
        return
    cells = [[_cell(c) for c in row] for row in rows]
    ncols = max(len(row) for row in cells)
    for row in cells:
        row.extend([""] * (ncols - len(row)))
    widths = [max(len(row[i]) for row in cells) for i in range(ncols)]
    numeric = [
        all(_looks_numeric(row[i]) for row in cells[1:] if row[i]) and len(cells) > 1
        for i in range(ncols)
    ]
    for n, row in enumerate(cells):
        parts = [
            c.rjust(w) if num else c.ljust(w)
            for c, w, num in zip(row, widths, numeric, strict=True)
        ]
        print("  ".join(parts).rstrip(), file=out)
        if n == 0:
            print("  ".join("-" * w for w in widths), file=out)


def _cell(value: Cell) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _looks_numeric(text: str) -> bool:
    try:
        float(text.rstrip("×%").lstrip("+"))
    except ValueError:
        return text == "-"
    return True
