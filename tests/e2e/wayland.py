"""Drive a headless sway session for end-to-end tests: waybar as the tray host.

This module has no pytest dependency; ``test_wayland_e2e.py`` wraps it.

* sway runs headless (``WLR_BACKENDS=headless``, no input devices, the pixman
  renderer), with its own ``XDG_RUNTIME_DIR`` and its own session bus
  (``dbus-run-session`` with a bus configuration of its own, so no notification
  server is started on demand unless a test asks for one).
* waybar, started by sway's config, is the StatusNotifierWatcher and host: the
  tray protocol of KDE Plasma, GNOME with AppIndicator and waybar.
* sway refuses to run as root. Run as root, the session runs as an unprivileged
  user made for it (``useradd``), every command through ``runuser``; the
  directories on the way to the Python interpreter and the repository are made
  traversable for it (execute only, no listing) and left so: test runs in other
  checkouts may be using them at the same moment.
* ``swaymsg -t get_tree`` tells which window has the keyboard, ``busctl`` talks to
  the tray item and its exported menu (``com.canonical.dbusmenu``), ``grim``
  takes screenshots.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from tests.e2e.xsession import SpawnedProcess, poll_until

USER = "behind-e2e"
TOOLS = ("sway", "waybar", "foot", "grim", "swaymsg", "busctl", "dbus-run-session", "runuser")

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir={runtime}</listen>
  <auth>EXTERNAL</auth>
  {servicedirs}
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

SWAY_CONFIG = """output HEADLESS-1 resolution 1280x800
default_border normal
exec waybar -c {dir}/waybar.json -s {dir}/waybar.css
"""

WAYBAR_CONFIG = {
    "layer": "top",
    "position": "top",
    "height": 30,
    "modules-right": ["tray"],
    "tray": {"spacing": 6, "icon-size": 22},
}


def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


def _make_traversable(path: Path) -> None:
    """Give others execute (search) on ``path`` and every directory above it."""
    for parent in [path, *path.parents]:
        mode = parent.stat().st_mode
        if parent.is_dir() and not mode & stat.S_IXOTH:
            parent.chmod(mode | stat.S_IXOTH)


class WaylandSession:
    def __init__(self, notification_service: bool = False) -> None:
        self.notification_service = notification_service
        self.as_root = os.geteuid() == 0
        self.dir = Path(tempfile.mkdtemp(prefix="behind-wayland-"))
        self.runtime = self.dir / "runtime"
        self.env: dict[str, str] = {}
        self._sway: subprocess.Popen[str] | None = None
        self._log: IO[str] | None = None
        self._spawned: list[SpawnedProcess] = []

    # -- start and stop -------------------------------------------------------------

    def start(self) -> WaylandSession:
        if self.as_root:
            self._ensure_user()
            for needed in (Path(sys.executable).resolve(), Path(__file__).resolve()):
                _make_traversable(needed.parent)
        self.runtime.mkdir(mode=0o700)
        (self.dir / "waybar.json").write_text(json.dumps(WAYBAR_CONFIG))
        (self.dir / "waybar.css").write_text("* { font-size: 12px; }\n")
        (self.dir / "sway.conf").write_text(SWAY_CONFIG.format(dir=self.dir))
        dirs = "<standard_session_servicedirs/>" if self.notification_service else ""
        (self.dir / "bus.conf").write_text(
            BUS_CONFIG.format(runtime=self.runtime, servicedirs=dirs)
        )
        (self.dir / "data").mkdir()
        if self.as_root:
            uid = pwd.getpwnam(USER).pw_uid
            for p in [self.dir, *self.dir.rglob("*")]:
                os.chown(p, uid, -1)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self._home(),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "WLR_BACKENDS": "headless",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "WLR_RENDERER": "pixman",
            "LANG": "C.UTF-8",
        }
        script = (
            'echo "$DBUS_SESSION_BUS_ADDRESS" > "$XDG_RUNTIME_DIR/bus.address"; '
            f"exec sway -c {self.dir}/sway.conf"
        )
        self._log = (self.dir / "sway.log").open("w")
        self._sway = subprocess.Popen(
            self._as_user(
                ["dbus-run-session", f"--config-file={self.dir}/bus.conf", "sh", "-c", script],
                self.env,
            ),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        poll_until(self._ready, 20, "sway and its session bus")
        self.env["WAYLAND_DISPLAY"] = "wayland-1"
        self.env["DBUS_SESSION_BUS_ADDRESS"] = (self.runtime / "bus.address").read_text().strip()
        self.env["SWAYSOCK"] = str(next(self.runtime.glob("sway-ipc.*.sock")))
        poll_until(self._watcher, 20, "waybar's StatusNotifierWatcher")
        return self

    def _ready(self) -> bool | None:
        if self._sway is not None and self._sway.poll() is not None:
            raise RuntimeError(f"sway exited: {self.log()}")
        ok = (self.runtime / "wayland-1").exists() and (self.runtime / "bus.address").exists()
        return (ok and any(self.runtime.glob("sway-ipc.*.sock"))) or None

    def _watcher(self) -> bool | None:
        done = self.run(["busctl", "--user", "list", "--no-pager"], check=False)
        return ("org.kde.StatusNotifierWatcher" in done.stdout) or None

    def log(self) -> str:
        path = self.dir / "sway.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def close(self) -> None:
        for proc in reversed(self._spawned):
            proc.terminate()
        if self._sway is not None and self._sway.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._sway.pid, signal.SIGTERM)
            try:
                self._sway.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self._sway.pid, signal.SIGKILL)
                self._sway.wait(5)
        if self._log is not None:
            self._log.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> WaylandSession:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- the user -------------------------------------------------------------------

    def _ensure_user(self) -> None:
        try:
            pwd.getpwnam(USER)
        except KeyError:
            # Another checkout's test run may be making the same user right now.
            subprocess.run(["useradd", "--create-home", "--shell", "/bin/sh", USER], check=False)
            pwd.getpwnam(USER)

    def _home(self) -> str:
        if self.as_root:
            return pwd.getpwnam(USER).pw_dir
        return os.environ.get("HOME", str(self.dir))

    def _as_user(self, argv: Sequence[str], env: Mapping[str, str]) -> list[str]:
        pairs = [f"{k}={v}" for k, v in env.items()]
        if self.as_root:
            return ["runuser", "-u", USER, "--", "env", "-i", *pairs, *argv]
        return ["env", "-i", *pairs, *argv]

    # -- running things in the session -----------------------------------------------

    def run(
        self, argv: Sequence[str], env: Mapping[str, str] | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            self._as_user(argv, {**self.env, **(env or {})}),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if check and done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed: {done.stderr.strip()}")
        return done

    def spawn(self, argv: Sequence[str], env: Mapping[str, str] | None = None) -> SpawnedProcess:
        popen = subprocess.Popen(
            self._as_user(argv, {**self.env, **(env or {})}),
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

    def busctl(self, *args: str) -> Any:
        done = self.run(["busctl", "--user", "--json=short", "--", *args])
        return json.loads(done.stdout) if done.stdout.strip() else None

    # -- sway's view ----------------------------------------------------------------

    def tree(self) -> dict[str, Any]:
        tree: dict[str, Any] = json.loads(self.run(["swaymsg", "-t", "get_tree"]).stdout)
        return tree

    def windows(self) -> list[dict[str, Any]]:
        """Every window (tiled or floating), each with a ``floating`` flag added."""
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any], floating: bool) -> None:
            if node.get("pid") is not None:
                found.append({**node, "floating": floating})
            for child in node.get("nodes", []):
                walk(child, floating)
            for child in node.get("floating_nodes", []):
                walk(child, True)

        walk(self.tree(), False)
        return found

    def focused(self) -> str | None:
        for w in self.windows():
            if w.get("focused"):
                return str(w.get("app_id") or w.get("name"))
        return None

    def screenshot(self, path: Path) -> Path:
        inside = self.dir / "shot.png"
        self.run(["grim", str(inside)])
        shutil.copyfile(inside, path)
        return path
