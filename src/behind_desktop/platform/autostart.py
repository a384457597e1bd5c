"""Start Behind when the user logs in: one small interface, one implementation per OS.

Qt-free on purpose, so the CLI (``behind-desktop autostart on|off|status``) and the
settings page share it without starting a GUI.

* :class:`XdgAutostart` (Linux, the BSDs): a desktop entry in
  ``$XDG_CONFIG_HOME/autostart/org.behind.desktop.desktop`` (XDG Autostart spec).
  A user who turns it off in their desktop's own settings usually gets the file
  deleted, or ``Hidden=true`` / ``X-GNOME-Autostart-enabled=false`` written into
  it; both count as "off". An entry shipped system-wide in ``$XDG_CONFIG_DIRS``
  is honoured too, and turned off the spec's way (a user file with ``Hidden=true``).
* :class:`LaunchAgent` (macOS): ``~/Library/LaunchAgents/org.behind.desktop.plist``,
  read by launchd at the next login; no ``launchctl`` call is needed.
* :class:`WindowsRunKey` (Windows): the ``Behind`` value under
  ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``, through a tiny
  :class:`Registry` adapter (``winreg`` by default, a dict in tests). A "Disabled"
  set in Task Manager's Startup tab (the ``StartupApproved`` key) counts as "off".

The command line written is the frozen executable (or ``$APPIMAGE``), else
``<python> -m behind_desktop`` (``pythonw.exe`` on Windows, so no console opens),
followed by ``--data-dir PATH`` when the data lives in a folder of the user's choice.

Respecting the user's own choice
--------------------------------
The app never turns start-at-login on silently at every start. It remembers the
choice it last *wrote* (storage lives elsewhere) and calls
:meth:`Autostart.ensure` at start-up with the user's current choice in Behind::

    remembered = autostart.for_platform().ensure(preferred, remembered)

``ensure`` writes only when the choice in Behind differs from what was last
written; if the two agree it leaves things alone, so an entry the user removed or
disabled by hand stays removed. (It may refresh a still-enabled entry whose
command line went stale, e.g. after the app moved; that never turns anything on.)
The settings page shows :meth:`Autostart.enabled` (the truth on disk) and on a
toggle calls :meth:`Autostart.set_enabled`, then remembers the new value.
"""

from __future__ import annotations

import abc
import contextlib
import os
import plistlib
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import Protocol

from behind_desktop.core.reasons import os_reason
from behind_desktop.core.text import QT_TRANSLATE_NOOP, Phrase, PhraseError
from behind_desktop.paths import ENV_DATA_DIR, default_data_dir

__all__ = [
    "DESKTOP_FILE_NAME",
    "ENTRY_ID",
    "RUN_KEY",
    "STARTUP_APPROVED_KEY",
    "Autostart",
    "AutostartError",
    "LaunchAgent",
    "Registry",
    "WinRegistry",
    "WindowsRunKey",
    "XdgAutostart",
    "command",
    "default_command",
    "desktop_entry",
    "exec_quote",
    "for_platform",
]

ENTRY_ID = "org.behind.desktop"  # reverse-DNS id: desktop file, icon, launchd label, bundle id
APP_NAME = "Behind"
DESKTOP_FILE_NAME = f"{ENTRY_ID}.desktop"
START_DELAY_SECONDS = 10  # give the panel's tray time to appear before we ask for it
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
STARTUP_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE = APP_NAME

CONTEXT = "Autostart"  # the translation context of every text below


class AutostartSaid(Enum):
    """What ``behind-desktop autostart`` reports, for each front end to word."""

    ON = QT_TRANSLATE_NOOP("Autostart", "Behind will start when you log in.")
    OFF = QT_TRANSLATE_NOOP("Autostart", "Behind won't start at login.")
    STATUS_ON = QT_TRANSLATE_NOOP("Autostart", "Start at login: on (%1)")
    STATUS_OFF = QT_TRANSLATE_NOOP("Autostart", "Start at login: off (%1)")


class AutostartProblem(Enum):
    """Why start at login couldn't be changed or read."""

    NO_PROGRAM = QT_TRANSLATE_NOOP(
        "Autostart",
        "Couldn't tell how Behind was started, so start at login can't be set.",
    )
    CANT_READ = QT_TRANSLATE_NOOP("Autostart", "Couldn't read %1: %2.")
    NOT_WINDOWS = QT_TRANSLATE_NOOP("Autostart", "The Windows registry is only there on Windows.")
    CANT_READ_LIST = QT_TRANSLATE_NOOP("Autostart", "Couldn't read the Windows start-up list: %1.")
    CANT_TURN_ON = QT_TRANSLATE_NOOP("Autostart", "Couldn't turn on start at login: %1.")
    CANT_TURN_OFF = QT_TRANSLATE_NOOP("Autostart", "Couldn't turn off start at login: %1.")
    ON_UNWRITABLE = QT_TRANSLATE_NOOP(
        "Autostart", "Couldn't turn on start at login: %1 can't be written (%2)."
    )
    OFF_UNWRITABLE = QT_TRANSLATE_NOOP(
        "Autostart", "Couldn't turn off start at login: %1 can't be written (%2)."
    )
    CANT_REMOVE = QT_TRANSLATE_NOOP(
        "Autostart", "Couldn't turn off start at login: %1 can't be removed (%2)."
    )
    UNKNOWN = QT_TRANSLATE_NOOP("Autostart", "Unknown choice “%1”: use on, off or status.")


def said(what: AutostartSaid | AutostartProblem, *values: object) -> Phrase:
    return Phrase(CONTEXT, what.value, values)


class AutostartError(PhraseError):
    """Start at login couldn't be changed or read: why, for each front end to word."""

    def __init__(self, problem: AutostartProblem, *values: object) -> None:
        super().__init__(said(problem, *values))
        self.problem = problem


class Autostart(abc.ABC):
    """Start-at-login for one OS. Every method may raise :class:`AutostartError`."""

    @abc.abstractmethod
    def enabled(self) -> bool:
        """True if Behind will start at the next login (as far as we can tell)."""

    @abc.abstractmethod
    def enable(self) -> None:
        """Make Behind start at login, overriding any earlier "off"."""

    @abc.abstractmethod
    def disable(self) -> None:
        """Make Behind not start at login. Doing it twice is fine."""

    @abc.abstractmethod
    def location(self) -> str:
        """Where the setting lives, for people ("~/.config/autostart/…")."""

    @abc.abstractmethod
    def up_to_date(self) -> bool:
        """False if an enabled entry would launch an outdated command line."""

    def set_enabled(self, on: bool) -> None:
        """The user's explicit choice (settings toggle, CLI): apply it now."""
        if on:
            self.enable()
        else:
            self.disable()

    def ensure(self, preferred: bool, remembered: bool | None) -> bool:
        """Start-up sync; returns the value to remember from now on.

        ``preferred`` is the user's current choice in Behind, ``remembered`` what
        Behind last wrote (``None``: never). Only a difference between the two is
        acted on, so a change made outside Behind is never undone. With nothing
        remembered, ``preferred=True`` is written once and ``False`` leaves
        things as they are. Raises :class:`AutostartError` (keep the old
        ``remembered`` then, so the next start tries again).
        """
        if remembered is None:
            if preferred:
                self.enable()
            return preferred
        if preferred != remembered:
            self.set_enabled(preferred)
            return preferred
        if preferred and self.enabled() and not self.up_to_date():
            self.enable()  # same choice, fresh path: moved app, new venv, new AppImage
        return remembered


# --- the command line to launch ------------------------------------------------


def default_command(
    platform: str = sys.platform,
    *,
    frozen: bool | None = None,
    executable: str | None = None,
    env: Mapping[str, str] | None = None,
    exists: Callable[[str], bool] = os.path.exists,
) -> list[str]:
    """The argv that starts this installation of Behind, on the data folder in use.

    A folder chosen with ``--data-dir`` or BEHIND_DATA_DIR (``env`` carries it; the
    app puts its own there) is passed on, so login opens the same data, not an empty
    folder and the welcome again.
    """
    argv = _program(platform, frozen=frozen, executable=executable, env=env, exists=exists)
    environ = os.environ if env is None else env
    folder = environ.get(ENV_DATA_DIR, "")
    if folder:
        chosen = Path(folder).expanduser().absolute()
        if chosen != default_data_dir():
            argv += ["--data-dir", str(chosen)]
    return argv


def _program(
    platform: str,
    *,
    frozen: bool | None,
    executable: str | None,
    env: Mapping[str, str] | None,
    exists: Callable[[str], bool],
) -> list[str]:
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    exe = executable if executable is not None else sys.executable
    environ = os.environ if env is None else env
    if not exe:
        raise AutostartError(AutostartProblem.NO_PROGRAM)
    if frozen:
        appimage = environ.get("APPIMAGE", "")
        if platform.startswith(("linux", "freebsd")) and appimage:
            return [appimage]  # sys.executable lives in a mount that's gone after exit
        return [os.path.abspath(exe) if platform != "win32" else exe]
    if platform in ("win32", "cygwin"):
        # pythonw.exe runs without a console window flashing up at every login.
        _, _, tail = exe.replace("/", "\\").rpartition("\\")
        if tail.lower() == "python.exe":
            quiet = exe[: len(exe) - len(tail)] + "pythonw.exe"
            if exists(quiet):
                exe = quiet
        return [exe, "-m", "behind_desktop"]
    return [os.path.abspath(exe), "-m", "behind_desktop"]


# --- Linux and other XDG desktops ----------------------------------------------

_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def exec_quote(argv: Sequence[str]) -> str:
    """The ``Exec`` value for ``argv`` as stored in a desktop file.

    Quoting follows the Desktop Entry spec: an argument with a reserved character
    is put in double quotes, with ``"`` `` ` `` ``$`` ``\\`` backslash-escaped;
    ``%`` doubles (field codes). Then the string-value escapes apply to the
    whole line (``\\`` becomes ``\\\\``, a newline ``\\n``).
    """
    parts: list[str] = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if arg and not any(c in _EXEC_RESERVED for c in arg):
            parts.append(arg)
        else:
            inner = "".join("\\" + c if c in _EXEC_ESCAPED_IN_QUOTES else c for c in arg)
            parts.append(f'"{inner}"')
    return _escape_string(" ".join(parts))


def _escape_string(value: str) -> str:
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def desktop_entry(argv: Sequence[str], *, hidden: bool = False) -> str:
    """The autostart desktop entry's text (``hidden``: the spec's "turned off")."""
    lines = [
        "# Written by Behind (Settings → Start at login, or `behind-desktop autostart`).",
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "Comment=A gentle tray companion for days when you feel behind",
        f"Exec={exec_quote(argv)}",
        f"TryExec={_escape_string(argv[0])}",
        f"Icon={ENTRY_ID}",
        "Terminal=false",
        "StartupNotify=false",
        "Categories=Utility;",
        f"X-GNOME-Autostart-enabled={'false' if hidden else 'true'}",
        f"X-GNOME-Autostart-Delay={START_DELAY_SECONDS}",
    ]
    if hidden:
        lines.append("Hidden=true")
    return "\n".join(lines) + "\n"


def _read_entry(path: Path) -> dict[str, str] | None:
    """The ``[Desktop Entry]`` group of a desktop file; ``None`` if there's no file."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as e:
        raise AutostartError(AutostartProblem.CANT_READ, _pretty(path), _why(e)) from e
    group: str | None = None
    entry: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
            continue
        if group == "Desktop Entry" and "=" in line:
            key, _, value = line.partition("=")
            entry.setdefault(key.strip(), value.strip())
    return entry


def _entry_active(entry: Mapping[str, str]) -> bool:
    if entry.get("Hidden", "").lower() == "true":
        return False
    return entry.get("X-GNOME-Autostart-enabled", "true").lower() != "false"


class XdgAutostart(Autostart):
    """A desktop entry in the user's XDG autostart folder."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        home: Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        environ = os.environ if env is None else env
        self.home = home if home is not None else Path.home()
        self.argv = list(argv)
        config = environ.get("XDG_CONFIG_HOME", "")
        # The spec says relative paths here are invalid and to be ignored.
        base = Path(config) if config and os.path.isabs(config) else self.home / ".config"
        self.path = base / "autostart" / DESKTOP_FILE_NAME
        dirs = environ.get("XDG_CONFIG_DIRS", "") or "/etc/xdg"
        self.system_paths = [
            Path(d) / "autostart" / DESKTOP_FILE_NAME for d in dirs.split(":") if os.path.isabs(d)
        ]

    def _system_entry(self) -> dict[str, str] | None:
        for path in self.system_paths:
            entry = _read_entry(path)
            if entry is not None:
                return entry
        return None

    def enabled(self) -> bool:
        entry = _read_entry(self.path)
        if entry is None:  # the user's file wins over a system-wide one of the same name
            entry = self._system_entry()
        return entry is not None and _entry_active(entry)

    def enable(self) -> None:
        _write_atomic(self.path, desktop_entry(self.argv).encode("utf-8"), on=True)

    def disable(self) -> None:
        system = self._system_entry()
        if system is not None and _entry_active(system):
            # Can't delete a system file: shadow it, as the spec says, with Hidden=true.
            _write_atomic(self.path, desktop_entry(self.argv, hidden=True).encode(), on=False)
        else:
            _remove(self.path)

    def location(self) -> str:
        return _pretty(self.path, self.home)

    def up_to_date(self) -> bool:
        entry = _read_entry(self.path)
        return entry is None or entry.get("Exec") == exec_quote(self.argv)


# --- macOS ---------------------------------------------------------------------

Runner = Callable[[Sequence[str]], int]


class LaunchAgent(Autostart):
    """A per-user launchd agent, loaded by launchd at the next login.

    ``runner`` (optional, ``None`` by default) runs ``launchctl bootout`` on
    :meth:`disable`. Beware: if launchd started the running app, bootout ends it,
    so the settings page should leave ``runner`` out; the CLI does too.
    """

    def __init__(
        self,
        argv: Sequence[str],
        *,
        home: Path | None = None,
        frozen: bool = False,
        runner: Runner | None = None,
        uid: int | None = None,
    ) -> None:
        self.home = home if home is not None else Path.home()
        self.argv = list(argv)
        self.frozen = frozen
        self.runner = runner
        self.uid = uid
        self.path = self.home / "Library" / "LaunchAgents" / f"{ENTRY_ID}.plist"

    def plist(self) -> dict[str, object]:
        data: dict[str, object] = {
            "Label": ENTRY_ID,
            "ProgramArguments": list(self.argv),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        if self.frozen:  # System Settings → Login Items then shows "Behind", not a path
            data["AssociatedBundleIdentifiers"] = [ENTRY_ID]
        return data

    def _read(self) -> dict[str, object] | None:
        try:
            with self.path.open("rb") as f:
                data = plistlib.load(f)
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as e:
            raise AutostartError(AutostartProblem.CANT_READ, _pretty(self.path), _why(e)) from e
        except (plistlib.InvalidFileException, ValueError):
            return {}  # unreadable junk: present, so launchd may try it; enable() rewrites it
        return data if isinstance(data, dict) else {}

    def enabled(self) -> bool:
        data = self._read()
        return data is not None and data.get("Disabled") is not True

    def enable(self) -> None:
        _write_atomic(self.path, plistlib.dumps(self.plist()), on=True)

    def disable(self) -> None:
        _remove(self.path)
        if self.runner is not None:
            uid = self.uid if self.uid is not None else _getuid()
            # Not loaded, or no launchctl: the file is gone, and that's what counts.
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                self.runner(["launchctl", "bootout", f"gui/{uid}/{ENTRY_ID}"])

    def location(self) -> str:
        return _pretty(self.path, self.home)

    def up_to_date(self) -> bool:
        data = self._read()
        return data is None or data.get("ProgramArguments") == self.argv


def _getuid() -> int:
    getuid: Callable[[], int] | None = getattr(os, "getuid", None)
    return getuid() if getuid is not None else 0


# --- Windows -------------------------------------------------------------------


class Registry(Protocol):
    """The few HKEY_CURRENT_USER operations needed; ``key`` is relative to HKCU."""

    def get(self, key: str, name: str) -> str | bytes | None:
        """The value, or ``None`` if the key or value doesn't exist."""

    def set(self, key: str, name: str, value: str) -> None:
        """Write a REG_SZ value, creating the key if needed."""

    def delete(self, key: str, name: str) -> None:
        """Remove a value; a missing one is not an error."""


class WinRegistry:
    """:class:`Registry` on the real ``winreg`` (imported only when used, on Windows)."""

    def get(self, key: str, name: str) -> str | bytes | None:
        if sys.platform != "win32":
            raise AutostartError(AutostartProblem.NOT_WINDOWS)
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as k:
                value, _kind = winreg.QueryValueEx(k, name)
        except FileNotFoundError:
            return None
        return value if isinstance(value, str | bytes) else str(value)

    def set(self, key: str, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise AutostartError(AutostartProblem.NOT_WINDOWS)
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as k:
            winreg.SetValueEx(k, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        if sys.platform != "win32":
            raise AutostartError(AutostartProblem.NOT_WINDOWS)
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as k:
                winreg.DeleteValue(k, name)
        except FileNotFoundError:
            pass


def windows_command_line(argv: Sequence[str]) -> str:
    """The executable always in double quotes (paths with spaces), then its arguments."""
    exe, *args = argv
    line = f'"{exe}"'
    if args:
        line += " " + subprocess.list2cmdline(args)
    return line


class WindowsRunKey(Autostart):
    """The per-user ``Run`` registry value, which Explorer starts at login."""

    def __init__(self, argv: Sequence[str], *, registry: Registry | None = None) -> None:
        self.argv = list(argv)
        self.registry: Registry = registry if registry is not None else WinRegistry()

    def value(self) -> str:
        return windows_command_line(self.argv)

    def enabled(self) -> bool:
        try:
            if not self.registry.get(RUN_KEY, RUN_VALUE):
                return False
            approved = self.registry.get(STARTUP_APPROVED_KEY, RUN_VALUE)
        except OSError as e:
            raise AutostartError(AutostartProblem.CANT_READ_LIST, _why(e)) from e
        # Task Manager → Startup → Disable writes an odd first byte here (2 on, 3 off).
        return not (isinstance(approved, bytes) and approved[:1] and approved[0] & 1)

    def enable(self) -> None:
        try:
            self.registry.set(RUN_KEY, RUN_VALUE, self.value())
            # The user asked Behind for it: clear an earlier "Disabled" from Task Manager.
            self.registry.delete(STARTUP_APPROVED_KEY, RUN_VALUE)
        except OSError as e:
            raise AutostartError(AutostartProblem.CANT_TURN_ON, _why(e)) from e

    def disable(self) -> None:
        try:
            self.registry.delete(RUN_KEY, RUN_VALUE)
            self.registry.delete(STARTUP_APPROVED_KEY, RUN_VALUE)
        except OSError as e:
            raise AutostartError(AutostartProblem.CANT_TURN_OFF, _why(e)) from e

    def location(self) -> str:
        return f"HKCU\\{RUN_KEY}\\{RUN_VALUE}"

    def up_to_date(self) -> bool:
        try:
            current = self.registry.get(RUN_KEY, RUN_VALUE)
        except OSError:
            return True
        return current is None or current == self.value()


# --- choosing, and the CLI -----------------------------------------------------


def for_platform(
    platform: str = sys.platform,
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
    *,
    argv: Sequence[str] | None = None,
    registry: Registry | None = None,
    runner: Runner | None = None,
) -> Autostart:
    """The implementation for ``platform``; ``argv`` defaults to :func:`default_command`."""
    frozen = bool(getattr(sys, "frozen", False))
    launch = list(argv) if argv is not None else default_command(platform, env=env)
    if platform == "darwin":
        return LaunchAgent(launch, home=home, frozen=frozen, runner=runner)
    if platform in ("win32", "cygwin"):
        return WindowsRunKey(launch, registry=registry)
    return XdgAutostart(launch, home=home, env=env)


def command(action: str, autostart: Autostart | None = None) -> Phrase:
    """``on``, ``off`` or ``status``; returns the one line to print, to be worded."""
    a = autostart if autostart is not None else for_platform()
    if action == "on":
        a.enable()
        return said(AutostartSaid.ON)
    if action == "off":
        a.disable()
        return said(AutostartSaid.OFF)
    if action == "status":
        state = AutostartSaid.STATUS_ON if a.enabled() else AutostartSaid.STATUS_OFF
        return said(state, a.location())
    raise AutostartError(AutostartProblem.UNKNOWN, action)


# --- files ---------------------------------------------------------------------


def _pretty(path: Path, home: Path | None = None) -> str:
    base = home if home is not None else Path.home()
    try:
        return str(Path("~") / path.relative_to(base))
    except ValueError:
        return str(path)


def _why(e: OSError) -> Phrase:
    return os_reason(e)


def _write_atomic(path: Path, data: bytes, on: bool) -> None:
    """Replace ``path`` in one step: readers see the old file or the new, never half."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        problem = AutostartProblem.ON_UNWRITABLE if on else AutostartProblem.OFF_UNWRITABLE
        raise AutostartError(problem, _pretty(path.parent), _why(e)) from e


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as e:
        raise AutostartError(AutostartProblem.CANT_REMOVE, _pretty(path), _why(e)) from e
