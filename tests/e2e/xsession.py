"""Drive real X11 windows for end-to-end tests: Xvfb, a real tray host, xdotool.

This module has no pytest dependency; ``conftest.py`` wraps it in fixtures.

Typical use::

    with XSession(tray=True) as session:
        app = session.spawn([sys.executable, "-u", "app.py"])
        app.wait_for_line(r"^ready$")
        x, y = find_tray_icon(session)
        click(session, x, y, button=3)
        menu = wait_for_popup_menu(session)
        key(session, "Down", "Return")

How it works, and the facts it relies on:

* ``Xvfb -displayfd FD`` picks a free display number itself (no races between
  parallel runs) and writes it to FD once the server accepts connections.
* ``trayer`` is a small GTK XEmbed system-tray host.  It becomes a tray manager
  by owning the ``_NET_SYSTEM_TRAY_S0`` selection; that owner is not visible
  through ``xprop -root``, so readiness is checked with ``XGetSelectionOwner``
  through :mod:`ctypes` on ``libX11`` (always present where xdotool is).
  Qt's ``QSystemTrayIcon.isSystemTrayAvailable()`` checks the same selection.
* Docked icons appear in ``xwininfo -root -tree`` as grandchildren of trayer's
  top-level window whose WM_CLASS is ``("panel" "trayer")``: panel -> GtkSocket
  -> the client's embedded icon window (e.g. 22x30 at the top-right corner with
  ``--edge top --align right --height 32``).  The panel grows when an icon
  docks, so coordinates are only reported once they are stable.
* By default there is no window manager: ``xdotool getactivewindow`` does not
  work (no ``_NET_ACTIVE_WINDOW``), so :func:`active_window` falls back to the X
  input focus.  ``XSession(window_manager=True)`` starts Openbox first (a real
  EWMH window manager with focus-stealing rules of its own); it is ready once it
  sets ``_NET_SUPPORTING_WM_CHECK`` on the root window, and from then on
  :func:`active_window` reads ``_NET_ACTIVE_WINDOW``.
* Qt menus are override-redirect top-levels with ``_NET_WM_WINDOW_TYPE_POPUP_MENU``;
  they grab pointer and keyboard, so XTest key presses from ``xdotool key`` reach them.

All waiting is polling with short sleeps under an explicit timeout.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, TypeVar

__all__ = [
    "DEFAULT_SCREEN",
    "DEFAULT_TRAYER_ARGS",
    "Geometry",
    "SpawnedProcess",
    "TrayIcon",
    "WindowInfo",
    "XSession",
    "XSessionError",
    "active_window",
    "click",
    "find_tray_icon",
    "key",
    "list_top_level_windows",
    "missing_tools",
    "mouse_location",
    "mouse_move",
    "poll_until",
    "region_color",
    "region_mean",
    "screenshot",
    "selection_owner",
    "tray_icons",
    "type_text",
    "wait_for_popup_menu",
    "wait_for_window",
    "window_geometry",
    "window_tree",
    "window_types",
]

DEFAULT_SCREEN = "1280x800x24"
DEFAULT_TRAYER_ARGS: tuple[str, ...] = (
    "--edge",
    "top",
    "--align",
    "right",
    "--widthtype",
    "request",
    "--height",
    "32",
    "--transparent",
    "false",
    "--SetDockType",
    "true",
    "--SetPartialStrut",
    "false",
    "--expand",
    "false",
)

POLL_INTERVAL = 0.05
"""Seconds between polls; every wait in this module sleeps in these steps."""

TRAY_SELECTION = "_NET_SYSTEM_TRAY_S0"

# Openbox as a stock desktop has it: focus new windows (its own focus-stealing rules
# decide), click to focus, no desktop margins, no menus or autostart.
OPENBOX_RC = """<?xml version="1.0" encoding="UTF-8"?>
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <focus><focusNew>yes</focusNew><followMouse>no</followMouse></focus>
  <placement><policy>Smart</policy></placement>
  <desktops><number>1</number></desktops>
  <mouse><context name="Client">
    <mousebind button="Left" action="Press">
      <action name="Focus"/><action name="Raise"/>
    </mousebind>
  </context></mouse>
</openbox_config>
"""

T = TypeVar("T")


class XSessionError(RuntimeError):
    """Something in the X session did not happen in time or failed to start."""


# --------------------------------------------------------------------------- polling


def poll_until(
    probe: Callable[[], T | None],
    timeout: float,
    what: str,
    interval: float = POLL_INTERVAL,
) -> T:
    """Call ``probe`` every ``interval`` seconds until it returns non-``None``.

    Raises :class:`XSessionError` mentioning ``what`` after ``timeout`` seconds.
    ``probe`` is always called at least once, and once more at the deadline.
    """
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result is not None:
            return result
        if time.monotonic() >= deadline:
            raise XSessionError(f"timed out after {timeout:.1f}s waiting for {what}")
        time.sleep(interval)


# --------------------------------------------------------------------------- tools


def missing_tools(
    tray: bool = True, screenshots: bool = True, window_manager: bool = False
) -> list[str]:
    """Names of the external programs this harness needs but cannot find."""
    needed = ["Xvfb", "xdotool", "xwininfo", "xprop"]
    if tray:
        needed.append("trayer")
    if window_manager:
        needed += ["openbox", "wmctrl", "xterm"]
    if screenshots:
        needed.append("import")
    missing = [tool for tool in needed if shutil.which(tool) is None]
    if tray and _load_libx11() is None:
        missing.append("libX11.so.6")
    return missing


_LIBX11: ctypes.CDLL | None = None
_LIBX11_TRIED = False


def _load_libx11() -> ctypes.CDLL | None:
    global _LIBX11, _LIBX11_TRIED
    if not _LIBX11_TRIED:
        _LIBX11_TRIED = True
        for name in (ctypes.util.find_library("X11"), "libX11.so.6"):
            if not name:
                continue
            try:
                lib = ctypes.CDLL(name)
            except OSError:
                continue
            lib.XOpenDisplay.restype = ctypes.c_void_p
            lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
            lib.XInternAtom.restype = ctypes.c_ulong
            lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
            lib.XGetSelectionOwner.restype = ctypes.c_ulong
            lib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
            lib.XCloseDisplay.restype = ctypes.c_int
            lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
            _LIBX11 = lib
            break
    return _LIBX11


def selection_owner(display: str, selection: str) -> int:
    """Window id owning ``selection`` on ``display`` (0 if none).

    Raises :class:`XSessionError` if libX11 is missing or the display is unreachable.
    """
    lib = _load_libx11()
    if lib is None:
        raise XSessionError("libX11 not found; cannot query selection owners")
    dpy = lib.XOpenDisplay(display.encode())
    if not dpy:
        raise XSessionError(f"cannot open X display {display}")
    try:
        atom = lib.XInternAtom(dpy, selection.encode(), 1)  # only_if_exists
        return int(lib.XGetSelectionOwner(dpy, atom)) if atom else 0
    finally:
        lib.XCloseDisplay(dpy)


# --------------------------------------------------------------------------- processes


def _terminate_group(proc: subprocess.Popen[bytes] | subprocess.Popen[str], grace: float) -> None:
    """SIGTERM the process group led by ``proc``, then SIGKILL after ``grace`` s."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=grace)
    # Kill whatever is left in the group (the leader may be gone, children not).
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)


class SpawnedProcess:
    """A subprocess started inside an :class:`XSession`, with its stdout collected.

    stdout is read line by line on a background thread; stderr is merged into a
    separate buffer.  Use :meth:`wait_for_line` to synchronise with the program.
    """

    def __init__(self, popen: subprocess.Popen[str]) -> None:
        self.popen = popen
        self._lines: list[str] = []
        self._stderr: list[str] = []
        self._cond = threading.Condition()
        self._threads = [
            threading.Thread(target=self._pump, args=(popen.stdout, self._lines), daemon=True),
            threading.Thread(target=self._pump, args=(popen.stderr, self._stderr), daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _pump(self, stream: IO[str] | None, sink: list[str]) -> None:
        if stream is None:
            return
        try:
            for line in stream:
                with self._cond:
                    sink.append(line.rstrip("\n"))
                    self._cond.notify_all()
        except (ValueError, OSError):  # stream closed under us during teardown
            pass

    @property
    def pid(self) -> int:
        return self.popen.pid

    @property
    def lines(self) -> list[str]:
        """A snapshot of all stdout lines received so far."""
        with self._cond:
            return list(self._lines)

    @property
    def stderr(self) -> str:
        """Everything received on stderr so far."""
        with self._cond:
            return "\n".join(self._stderr)

    def wait_for_line(self, pattern: str, timeout: float = 10.0, start: int = 0) -> str:
        """Return the first stdout line at index >= ``start`` matching regex ``pattern``."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for line in self._lines[start:]:
                    if regex.search(line):
                        return line
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (self.popen.poll() is not None and not self._pumping()):
                    break
                self._cond.wait(min(remaining, 0.1))
        raise XSessionError(
            f"no stdout line matching {pattern!r} within {timeout:.1f}s "
            f"(exit code {self.popen.poll()});\nstdout:\n"
            + "\n".join(self.lines)
            + "\nstderr:\n"
            + self.stderr
        )

    def _pumping(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    def terminate(self, grace: float = 3.0) -> int | None:
        """Stop the process group (SIGTERM, then SIGKILL) and return the exit code."""
        _terminate_group(self.popen, grace)
        for thread in self._threads:
            thread.join(timeout=2)
        for stream in (self.popen.stdout, self.popen.stderr, self.popen.stdin):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        return self.popen.returncode


# --------------------------------------------------------------------------- session


class XSession:
    """A private Xvfb display, optionally with ``trayer`` as system-tray host.

    Use as a context manager.  Everything started through it (Xvfb, trayer and
    :meth:`spawn`-ed programs) runs in its own process group and is killed on
    exit; a private ``XDG_RUNTIME_DIR`` is created and removed too.

    Attributes available inside the ``with`` block:

    * ``display`` -- e.g. ``":3"``;
    * ``env`` -- a copy of ``os.environ`` with ``DISPLAY`` and
      ``QT_QPA_PLATFORM=xcb`` set (pass it to any subprocess you start);
    * ``tray_owner`` -- window id owning ``_NET_SYSTEM_TRAY_S0`` (0 without tray);
    * ``wm_check`` -- Openbox's ``_NET_SUPPORTING_WM_CHECK`` window (0 without one);
    * ``workdir`` -- a private temporary directory holding the logs.
    """

    def __init__(
        self,
        tray: bool = True,
        screen: str = DEFAULT_SCREEN,
        trayer_args: Sequence[str] = DEFAULT_TRAYER_ARGS,
        start_timeout: float = 15.0,
        isolate_dbus: bool = True,
        extra_env: Mapping[str, str] | None = None,
        window_manager: bool = False,
    ) -> None:
        """Configure, but do not start, a session.

        ``isolate_dbus`` points ``DBUS_SESSION_BUS_ADDRESS`` at a socket that
        does not exist: otherwise Qt prefers a StatusNotifierItem host on the
        developer's real desktop bus over the XEmbed tray inside Xvfb (and
        libdbus could autolaunch a stray bus daemon).
        """
        self.tray = tray
        self.screen = screen
        self.trayer_args = tuple(trayer_args)
        self.start_timeout = start_timeout
        self.isolate_dbus = isolate_dbus
        self.extra_env = dict(extra_env or {})
        self.window_manager = window_manager
        self.wm_check = 0
        self.display = ""
        self.env: dict[str, str] = {}
        self.tray_owner = 0
        self.workdir = Path()
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._xvfb: subprocess.Popen[bytes] | None = None
        self._trayer: subprocess.Popen[bytes] | None = None
        self._wm: subprocess.Popen[bytes] | None = None
        self._spawned: list[SpawnedProcess] = []
        self._logs: list[IO[bytes]] = []

    # -- lifecycle -------------------------------------------------------------

    def __enter__(self) -> XSession:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def start(self) -> None:
        """Start Xvfb (and trayer) and wait until they are ready."""
        missing = missing_tools(
            tray=self.tray, screenshots=False, window_manager=self.window_manager
        )
        if missing:
            raise XSessionError("missing required tools: " + ", ".join(missing))
        self._tmp = tempfile.TemporaryDirectory(prefix="behind-e2e-")
        self.workdir = Path(self._tmp.name)
        self._start_xvfb()
        self.env = self._make_env()
        if self.window_manager:
            self._start_openbox()
        if self.tray:
            self._start_trayer()

    def close(self) -> None:
        """Stop everything this session started.  Safe to call more than once."""
        for proc in reversed(self._spawned):
            proc.terminate()
        self._spawned.clear()
        if self._trayer is not None:
            _terminate_group(self._trayer, grace=2.0)
            self._trayer = None
        if self._wm is not None:
            _terminate_group(self._wm, grace=2.0)
            self._wm = None
        if self._xvfb is not None:
            _terminate_group(self._xvfb, grace=3.0)
            self._xvfb = None
        for log in self._logs:
            log.close()
        self._logs.clear()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def _log(self, name: str) -> IO[bytes]:
        log = (self.workdir / name).open("wb")
        self._logs.append(log)
        return log

    def _start_xvfb(self) -> None:
        read_fd, write_fd = os.pipe()
        try:
            self._xvfb = subprocess.Popen(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    self.screen,
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                pass_fds=(write_fd,),
                stdin=subprocess.DEVNULL,
                stdout=self._log("xvfb.log"),
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            os.close(write_fd)
            write_fd = -1
            number = self._read_display_number(read_fd)
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)
        self.display = f":{number}"

    def _read_display_number(self, fd: int) -> int:
        assert self._xvfb is not None
        deadline = time.monotonic() + self.start_timeout
        data = b""
        while not data.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise XSessionError(
                    "Xvfb did not report a display number in time" + self._tail("xvfb.log")
                )
            ready, _, _ = select.select([fd], [], [], min(remaining, 0.2))
            if ready:
                chunk = os.read(fd, 64)
                if not chunk:  # Xvfb closed the pipe: it died.
                    break
                data += chunk
            elif self._xvfb.poll() is not None:
                break
        text = data.decode(errors="replace").strip()
        if not text.isdigit():
            raise XSessionError(
                f"Xvfb failed to start (exit {self._xvfb.poll()})" + self._tail("xvfb.log")
            )
        return int(text)

    def _make_env(self) -> dict[str, str]:
        env = dict(os.environ)
        for var in ("WAYLAND_DISPLAY", "XAUTHORITY", "QT_QPA_PLATFORMTHEME", "QT_SCALE_FACTOR"):
            env.pop(var, None)
        runtime = self.workdir / "runtime"
        runtime.mkdir(mode=0o700)
        env.update(
            {
                "DISPLAY": self.display,
                "QT_QPA_PLATFORM": "xcb",
                "GDK_BACKEND": "x11",
                "XDG_SESSION_TYPE": "x11",
                "XDG_RUNTIME_DIR": str(runtime),
                "NO_AT_BRIDGE": "1",  # keep GTK (trayer) off the accessibility bus
            }
        )
        if self.isolate_dbus:
            env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={runtime / 'no-such-bus'}"
        env.update(self.extra_env)
        return env

    def _start_trayer(self) -> None:
        self._trayer = subprocess.Popen(
            ["trayer", *self.trayer_args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self._log("trayer.log"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        trayer = self._trayer

        def probe() -> int | None:
            if trayer.poll() is not None:
                raise XSessionError(
                    f"trayer exited with code {trayer.returncode}" + self._tail("trayer.log")
                )
            owner = selection_owner(self.display, TRAY_SELECTION)
            return owner or None

        self.tray_owner = poll_until(probe, self.start_timeout, f"{TRAY_SELECTION} owner")

    def _start_openbox(self) -> None:
        config = self.workdir / "openbox"
        config.mkdir()
        (config / "rc.xml").write_text(OPENBOX_RC)
        self._wm = subprocess.Popen(
            ["openbox", "--sm-disable", "--config-file", str(config / "rc.xml")],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self._log("openbox.log"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wm = self._wm

        def probe() -> int | None:
            if wm.poll() is not None:
                raise XSessionError(
                    f"openbox exited with code {wm.returncode}" + self._tail("openbox.log")
                )
            out = self.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], check=False)
            found = re.search(r"window id # (0x[0-9a-fA-F]+)", out)
            return int(found.group(1), 16) if found else None

        self.wm_check = poll_until(probe, self.start_timeout, "the window manager")

    def _tail(self, name: str, lines: int = 20) -> str:
        path = self.workdir / name
        try:
            text = path.read_text(errors="replace")
        except OSError:
            return ""
        tail = "\n".join(text.splitlines()[-lines:])
        return f"\n--- {name} ---\n{tail}" if tail else ""

    @property
    def pids(self) -> list[int]:
        """Process ids of Xvfb, trayer and spawned programs that are still tracked."""
        procs = [self._xvfb, self._wm, self._trayer, *(p.popen for p in self._spawned)]
        return [proc.pid for proc in procs if proc is not None]

    # -- running things --------------------------------------------------------

    def spawn(
        self,
        argv: Sequence[str],
        env: Mapping[str, str] | None = None,
        cwd: str | os.PathLike[str] | None = None,
    ) -> SpawnedProcess:
        """Start ``argv`` on this display (its own process group, text stdout/stderr).

        ``env`` entries are added on top of :attr:`env`.  The process is killed
        when the session closes, or earlier via :meth:`SpawnedProcess.terminate`.
        """
        full_env = {**self.env, **(env or {})}
        popen = subprocess.Popen(
            list(argv),
            env=full_env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
            start_new_session=True,
        )
        proc = SpawnedProcess(popen)
        self._spawned.append(proc)
        return proc

    def run(self, argv: Sequence[str], timeout: float = 10.0, check: bool = True) -> str:
        """Run a short X client (xdotool, xwininfo, ...) and return its stdout."""
        try:
            result = subprocess.run(
                list(argv),
                env=self.env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise XSessionError(f"{argv[0]} timed out after {timeout}s") from exc
        if check and result.returncode != 0:
            raise XSessionError(
                f"{' '.join(argv)} failed ({result.returncode}): {result.stderr.strip()}"
            )
        return result.stdout


# --------------------------------------------------------------------------- windows


@dataclass(frozen=True)
class Geometry:
    """A window rectangle in root (screen) coordinates."""

    x: int
    y: int
    width: int
    height: int

    @property
    def center(self) -> tuple[int, int]:
        return (self.x + self.width // 2, self.y + self.height // 2)

    def contains(self, x: int, y: int) -> bool:
        return self.x <= x < self.x + self.width and self.y <= y < self.y + self.height


@dataclass(frozen=True)
class WindowInfo:
    """One line of ``xwininfo -root -tree``."""

    window: int
    name: str | None
    wm_class: tuple[str, ...]
    geometry: Geometry  # absolute position
    depth: int  # 0 = child of the root window
    parent: int


@dataclass(frozen=True)
class TrayIcon:
    """A client window docked in trayer."""

    window: int
    name: str | None
    wm_class: tuple[str, ...]
    geometry: Geometry

    @property
    def center(self) -> tuple[int, int]:
        return self.geometry.center


_TREE_LINE = re.compile(
    r"^(?P<indent>\s*)(?P<id>0x[0-9a-fA-F]+) (?P<rest>.*?)"
    r"\s+(?P<w>\d+)x(?P<h>\d+)[+-]-?\d+[+-]-?\d+\s+\+?(?P<ax>-?\d+)\+?(?P<ay>-?\d+)\s*$"
)
_NAME = re.compile(r'^"(?P<name>(?:[^"\\]|\\.)*)"')
_CLASS = re.compile(r'\((?P<cls>(?:"(?:[^"\\]|\\.)*"\s*)*)\)\s*$')


def _parse_tree(text: str) -> list[WindowInfo]:
    windows: list[WindowInfo] = []
    stack: list[tuple[int, int]] = []  # (indent, window)
    base_indent: int | None = None
    for line in text.splitlines():
        match = _TREE_LINE.match(line)
        if not match:
            continue
        indent = len(match["indent"])
        if base_indent is None:
            base_indent = indent
        while stack and stack[-1][0] >= indent:
            stack.pop()
        rest = match["rest"].strip()
        if rest.endswith(":"):
            rest = rest[:-1].rstrip()
        name_match = _NAME.match(rest)
        name = name_match["name"] if name_match else None
        class_match = _CLASS.search(rest)
        wm_class = (
            tuple(re.findall(r'"((?:[^"\\]|\\.)*)"', class_match["cls"])) if class_match else ()
        )
        window = int(match["id"], 16)
        windows.append(
            WindowInfo(
                window=window,
                name=name,
                wm_class=wm_class,
                geometry=Geometry(
                    int(match["ax"]), int(match["ay"]), int(match["w"]), int(match["h"])
                ),
                depth=len(stack),
                parent=stack[-1][1] if stack else 0,
            )
        )
        stack.append((indent, window))
    return windows


def window_tree(session: XSession) -> list[WindowInfo]:
    """All windows on the display (``xwininfo -root -tree``), parents before children."""
    return _parse_tree(session.run(["xwininfo", "-root", "-tree"]))


def list_top_level_windows(session: XSession, viewable_only: bool = True) -> list[WindowInfo]:
    """Direct children of the root window, topmost first."""
    tops = [info for info in window_tree(session) if info.depth == 0]
    if viewable_only:
        tops = [info for info in tops if _is_viewable(session, info.window)]
    return tops


def _is_viewable(session: XSession, window: int) -> bool:
    out = session.run(["xwininfo", "-id", str(window)], check=False)
    return "Map State: IsViewable" in out


def window_geometry(session: XSession, window: int) -> Geometry:
    """Absolute position and size of ``window``."""
    out = session.run(["xwininfo", "-id", str(window)])
    fields: dict[str, int] = {}
    for label, key_ in (
        ("Absolute upper-left X", "x"),
        ("Absolute upper-left Y", "y"),
        ("Width", "width"),
        ("Height", "height"),
    ):
        match = re.search(rf"^\s*{label}:\s*(-?\d+)", out, re.MULTILINE)
        if not match:
            raise XSessionError(f"cannot parse xwininfo output for {window:#x}:\n{out}")
        fields[key_] = int(match.group(1))
    return Geometry(**fields)


def window_types(session: XSession, window: int) -> list[str]:
    """The window's ``_NET_WM_WINDOW_TYPE`` atoms (empty if unset or gone)."""
    out = session.run(["xprop", "-id", str(window), "_NET_WM_WINDOW_TYPE"], check=False)
    if "=" not in out:
        return []
    return [atom.strip() for atom in out.split("=", 1)[1].split(",") if atom.strip()]


def wait_for_window(
    session: XSession,
    name_regex: str,
    timeout: float = 10.0,
    visible_only: bool = True,
) -> int:
    """Wait for a window whose name matches ``name_regex``; return its id.

    Uses ``xdotool search --name`` (WM_NAME / _NET_WM_NAME).  With several
    matches the last one (most recently created) is returned.
    """
    argv = ["xdotool", "search"]
    if visible_only:
        argv.append("--onlyvisible")
    argv += ["--name", name_regex]

    def probe() -> int | None:
        ids = [int(tok) for tok in session.run(argv, check=False).split() if tok.isdigit()]
        return ids[-1] if ids else None

    return poll_until(probe, timeout, f"window named {name_regex!r}")


def wait_for_popup_menu(session: XSession, timeout: float = 10.0) -> WindowInfo:
    """Wait for a viewable top-level ``_NET_WM_WINDOW_TYPE_POPUP_MENU`` window.

    Returns it once its geometry is stable (Qt may resize after the first map).
    """

    def find() -> WindowInfo | None:
        for info in list_top_level_windows(session):
            if info.geometry.width <= 1 or info.geometry.height <= 1:
                continue
            if "_NET_WM_WINDOW_TYPE_POPUP_MENU" in window_types(session, info.window):
                return info
        return None

    return _stable(find, timeout, "a popup menu")


def active_window(session: XSession) -> int | None:
    """The active window, or ``None``.

    Uses ``_NET_ACTIVE_WINDOW`` when a window manager provides it; plain Xvfb
    has none, so it falls back to the X input focus (``None`` for
    PointerRoot/None focus).
    """
    out = session.run(["xdotool", "getactivewindow"], check=False).strip()
    if out.isdigit():
        return int(out)
    out = session.run(["xdotool", "getwindowfocus", "-f"], check=False).strip()
    if out.isdigit() and int(out) > 1:
        return int(out)
    return None


# --------------------------------------------------------------------------- tray


def tray_icons(session: XSession) -> list[TrayIcon]:
    """Icons currently docked in trayer (mapped, larger than 1x1), left to right.

    trayer's layout is panel ``("panel" "trayer")`` -> one GtkSocket per icon
    -> the client's embedded window; the embedded windows are what we return.
    """
    tree = window_tree(session)
    panels = {
        info.window
        for info in tree
        # A child of the root, or of the frame a window manager puts around it.
        if info.depth <= 1 and info.wm_class[:1] == ("panel",) and "trayer" in info.wm_class
    }
    sockets = {info.window for info in tree if info.parent in panels}
    icons = [
        TrayIcon(info.window, info.name, info.wm_class, info.geometry)
        for info in tree
        if info.parent in sockets and info.geometry.width > 1 and info.geometry.height > 1
    ]
    icons = [icon for icon in icons if _is_viewable(session, icon.window)]
    return sorted(icons, key=lambda icon: (icon.geometry.x, icon.geometry.y))


def _stable(probe: Callable[[], T | None], timeout: float, what: str, settle: float = 0.15) -> T:
    """Like :func:`poll_until`, but the result must be equal across ``settle`` s."""
    deadline = time.monotonic() + timeout
    previous: T | None = None
    since = 0.0
    while True:
        current = probe()
        now = time.monotonic()
        if current is not None and current == previous:
            if now - since >= settle:
                return current
        else:
            previous, since = current, now
        if now >= deadline:
            raise XSessionError(
                f"timed out after {timeout:.1f}s waiting for {what} (last: {previous})"
            )
        time.sleep(POLL_INTERVAL)


def find_tray_icon(
    session: XSession,
    timeout: float = 10.0,
    name_regex: str | None = None,
) -> tuple[int, int]:
    """Screen coordinates ``(x, y)`` of the centre of a docked tray icon.

    With ``name_regex`` only icons whose window name or WM_CLASS matches are
    considered; otherwise the session must have exactly one docked icon.
    Waits until the icon's position has stopped changing (trayer's panel grows
    and moves as icons dock).
    """
    regex = re.compile(name_regex) if name_regex else None

    def probe() -> TrayIcon | None:
        icons = tray_icons(session)
        if regex is not None:
            icons = [
                icon
                for icon in icons
                if any(regex.search(text) for text in (icon.name or "", *icon.wm_class))
            ]
        return icons[0] if len(icons) == 1 else None

    what = "one docked tray icon" + (f" matching {name_regex!r}" if name_regex else "")
    return _stable(probe, timeout, what).center


# --------------------------------------------------------------------------- input


def mouse_location(session: XSession) -> tuple[int, int]:
    """Current pointer position in screen coordinates."""
    out = session.run(["xdotool", "getmouselocation", "--shell"])
    values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    return int(values["X"]), int(values["Y"])


def mouse_move(session: XSession, x: int, y: int, timeout: float = 5.0) -> None:
    """Move the pointer to ``(x, y)`` and wait until the server reports it there.

    ``xdotool mousemove --sync`` is not used: it can wait forever (seen under
    Xvfb, e.g. when the pointer is already at the target).
    """

    def probe() -> bool | None:
        if mouse_location(session) == (x, y):
            return True
        session.run(["xdotool", "mousemove", str(x), str(y)])
        return None

    poll_until(probe, timeout, f"pointer at ({x}, {y})")


def click(session: XSession, x: int, y: int, button: int = 1, repeat: int = 1) -> None:
    """Move to ``(x, y)`` and click ``button`` (1 left, 2 middle, 3 right) ``repeat`` times."""
    mouse_move(session, x, y)
    argv = ["xdotool", "click"]
    if repeat > 1:
        argv += ["--repeat", str(repeat), "--delay", "80"]
    session.run([*argv, str(button)])


def key(session: XSession, *keys: str, window: int | None = None, delay_ms: int = 30) -> None:
    """Press and release each X keysym combination in ``keys`` (e.g. ``"ctrl+q"``).

    Without ``window`` the events go through XTest to whatever has focus or a
    grab (what a real user would hit); with ``window`` xdotool uses
    ``XSendEvent``, which many toolkits ignore.
    """
    if not keys:
        return
    argv = ["xdotool", "key", "--delay", str(delay_ms)]
    if window is not None:
        argv += ["--window", str(window)]
    session.run([*argv, *keys])


def type_text(session: XSession, text: str, window: int | None = None, delay_ms: int = 20) -> None:
    """Type ``text`` as keystrokes."""
    argv = ["xdotool", "type", "--delay", str(delay_ms)]
    if window is not None:
        argv += ["--window", str(window)]
    session.run([*argv, "--", text])


def screenshot(session: XSession, path: str | os.PathLike[str], window: int | None = None) -> Path:
    """Save the whole screen (or one window) with ImageMagick ``import``; return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    source = "root" if window is None else str(window)
    session.run(["import", "-window", source, str(target)], timeout=30)
    return target


def region_color(
    session: XSession, image: str | os.PathLike[str], region: Geometry
) -> tuple[float, float, float]:
    """Mean ``(red, green, blue)`` (each 0..1) of ``region`` in ``image``."""
    crop = f"{region.width}x{region.height}+{region.x}+{region.y}"
    out = session.run(
        [
            "convert",
            str(image),
            "-crop",
            crop,
            "+repage",
            "-format",
            "%[fx:mean.r] %[fx:mean.g] %[fx:mean.b]",
            "info:",
        ]
    )
    red, green, blue = (float(v) for v in out.split())
    return red, green, blue


def region_mean(session: XSession, image: str | os.PathLike[str], region: Geometry) -> float:
    """Mean brightness (0..1) of ``region`` in ``image`` (ImageMagick ``convert``)."""
    crop = f"{region.width}x{region.height}+{region.x}+{region.y}"
    out = session.run(
        [
            "convert",
            str(image),
            "-crop",
            crop,
            "+repage",
            "-colorspace",
            "Gray",
            "-format",
            "%[fx:mean]",
            "info:",
        ]
    )
    return float(out.strip())


def run_behind(
    session: XSession, data: Path, *args: str, timeout: float = 30.0
) -> subprocess.CompletedProcess[str]:
    """Run ``behind-desktop --data-dir DATA ARGS`` on this display and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "behind_desktop", "--data-dir", str(data), *args],
        env=session.env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
