"""Start the tray app: one instance, the services, the tray, and the windows."""

from __future__ import annotations

import logging
import signal
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from behind_desktop import APP_ID, APP_NAME, __version__
from behind_desktop import EARLY_STOP as _EARLY

if TYPE_CHECKING:
    from behind_desktop.services.commands import Command
    from behind_desktop.services.state import AppState

log = logging.getLogger(__name__)


def hold_early_signals() -> None:
    """From the first moment: a SIGTERM or Ctrl+C is remembered, and the app then
    quits cleanly (socket removed, store closed) instead of dying half-started."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda number, _frame: _EARLY.append(number))


def tell_failures(tell: Any) -> None:
    """A write the disk or a lock refused, raised inside a Qt slot, is said in a
    notice (the store keeps it and writes it later); anything else is reported as
    before."""
    from behind_desktop.services.app import StoreError

    previous = sys.excepthook

    def hook(kind: Any, value: Any, tb: Any) -> None:
        if isinstance(value, StoreError):
            from behind_desktop.gui.i18n import say

            log.warning("%s", value)
            tell(say(value.phrase))
        else:
            previous(kind, value, tb)

    sys.excepthook = hook


def quicker_pyside_imports() -> None:
    """After every import, PySide6 reads the module's whole source through ``inspect``
    to see whether it names PySide6 (for its opt-in ``__feature__`` switches, which
    Behind never uses): about a tenth of the app's start-up. The same question,
    answered from the file's bytes, costs a fraction of that. Anything unusual (no
    source file, a PySide6 without this hook) keeps PySide6's own way."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "behind_quick", False):
        return

    def uses_pyside(module: Any) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if not isinstance(origin, str) or not origin.endswith(".py"):
            return bool(original(module))
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.behind_quick = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def start_ui(windows: Any, tray: Any) -> None:
    """Show the tray icon, or the window where there is no tray (yet)."""
    if not tray.adopt():
        windows.show_page()


def refresh_autostart(state: AppState) -> None:
    """Keep a login entry the user chose in Behind pointing at this copy of the app."""
    if not state.autostart_remembered():
        return
    from behind_desktop.platform import autostart

    try:
        autostart.for_platform().ensure(True, True)
    except autostart.AutostartError as e:
        log.info("start at login left as it was: %s", e)


def handed_over(reply: dict[str, Any]) -> int:
    """The running app took the request: say what it answered, never nothing."""
    from behind_desktop.catalog import translate  # the terminal's words, before any Qt

    if not reply.get("ok"):
        error = reply.get("error") or translate("Cli", "the app could not do that")
        print(f"behind-desktop: {error}", file=sys.stderr)
        return 1
    note = reply.get("note") or translate("Cli", "Behind is already running.")
    print(f"behind-desktop: {note}", file=sys.stderr)
    return 0


def run(
    data_dir: Path,
    initial: Command | None = None,
    quit_after_ms: int | None = None,
) -> int:
    """Run the app until it quits; returns the exit code."""
    hold_early_signals()
    from behind_desktop.ipc.client import send

    reply = send(data_dir, initial)  # None: a plain start shows a running app's window
    if reply is not None:
        return handed_over(reply)

    # The Qt-free layers before the first PySide6 import: every module imported
    # after it has its source read and searched by PySide6 (for `__feature__`).
    from behind_desktop.core.clock import SystemClock
    from behind_desktop.core.moment import FunctionProbe, Moment
    from behind_desktop.platform.moment import for_desktop
    from behind_desktop.services.app import Services, StoreError, stored_language

    # isort: split
    from PySide6.QtCore import QSocketNotifier, Qt, QTimer

    quicker_pyside_imports()
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from behind_desktop.ipc.server import IpcServer

    if sys.platform == "win32":
        # Lets Windows attribute notifications and taskbar entries to the installed app.
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("org.behind.desktop")
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    # The program name, not argv[0]: under `python -m behind_desktop` (a background
    # start from the CLI, a login entry from a venv) that is "__main__.py", and X11
    # window managers and docks match windows to the desktop file by this WM_CLASS.
    app = QApplication.instance() or QApplication([APP_ID])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.behind.desktop")
    app.setQuitOnLastWindowClosed(False)
    from behind_desktop.gui.i18n import chosen_locale, install_translators, say
    from behind_desktop.gui.widgets import theme

    theme.install(app)

    clock = SystemClock()
    try:
        probes = for_desktop(app.platformName())
        services = Services.open(data_dir, clock, moment_probe=probes)
    except StoreError as e:
        # Refused: said in the stored language when a read-only glance finds it.
        install_translators(app, chosen_locale(stored_language(data_dir)))
        said = say(e.phrase)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, said)
        print(f"behind-desktop: {said}", file=sys.stderr)
        return 3

    if _EARLY:  # asked to stop while the data file was being opened
        services.close()
        return 0
    # The language setting (or the system's) applies from start-up on.
    install_translators(app, chosen_locale(services.settings.current().language))

    from behind_desktop.gui.shell.bridge import Bridge
    from behind_desktop.gui.shell.fdwatch import fd_watcher
    from behind_desktop.gui.shell.tray import Tray
    from behind_desktop.gui.shell.windows import Windows
    from behind_desktop.gui.widgets import icons
    from behind_desktop.platform.sleepwatch import SleepWatch

    app.setWindowIcon(icons.app_icon())
    bridge = Bridge(services)
    server = IpcServer(data_dir, bridge.handle)
    if not server.listen():
        # Another instance won the race to start; hand it our request instead.
        services.close()
        reply = send(data_dir, initial)
        if reply is not None:
            return handed_over(reply)
        print("behind-desktop: could not set up the single-instance socket", file=sys.stderr)
        return 1

    windows = Windows(bridge, cache_dir=data_dir / "cache")
    tray = Tray(bridge, windows)
    windows.tray = tray
    tell_failures(windows.tell)
    # The desktop's do-not-disturb holds a check-in in Behind only where the
    # notification server cannot hold it (read when one is due, never before).
    probes.add(FunctionProbe(lambda: Moment(do_not_disturb=windows.asker.dnd_hold())))
    probes.start(fd_watcher(bridge), bridge.wake)  # the end of a hold wakes the app

    def leave() -> None:
        main = windows.main_if_open()  # unsaved settings are saved, or asked about, first
        if main is None:
            app.quit()
        else:
            main.settings.quit_when_settled(app.quit)

    bridge.quitRequested.connect(leave)
    # Resume signals matter only later; connecting to the system bus can wait.
    QTimer.singleShot(3000, lambda: SleepWatch(bridge.resumed, bridge))

    start_ui(windows, tray)
    if initial is not None:
        # Before the event loop, so a client asking for status finds it done.
        bridge.handle(initial)

    # Ctrl+C and SIGTERM end the app cleanly, without a polling timer.
    rfd, wfd = socket.socketpair()
    rfd.setblocking(False)
    wfd.setblocking(False)
    signal.set_wakeup_fd(wfd.fileno())
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: None)
    notifier = QSocketNotifier(rfd.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: (rfd.recv(64), app.quit()))

    def first_steps() -> None:
        bridge.start()
        if services.notices:
            windows.show_notice(" ".join(say(n) for n in services.notices))
        if services.focus.active is None:
            # Greet a new user, but not on top of a block they just started.
            windows.first_run_if_needed()

    # Told to stop during start-up: quit at once, before any window is raised.
    QTimer.singleShot(0, app.quit if _EARLY else first_steps)
    QTimer.singleShot(10_000, lambda: refresh_autostart(services.state))
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, app.quit)
    try:
        code = app.exec()
    finally:
        signal.set_wakeup_fd(-1)
        notifier.setEnabled(False)
        bridge.stop_timers()
        server.close()
        tray.hide()
        services.close()
        rfd.close()
        wfd.close()
    return int(code)
