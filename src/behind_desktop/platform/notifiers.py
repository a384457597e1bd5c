"""The notifier for this system: the one place that knows every backend.

The backends import the shared types from ``notify``; this module imports the
backends, so neither imports the other's importer.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from behind_desktop.platform.notify import NoNotifier, Notifier, WatchFd

log = logging.getLogger(__name__)


def for_platform(
    watch: WatchFd,
    app_id: str,
    platform: str = sys.platform,
    post: Callable[[Callable[[], None]], None] | None = None,
) -> Notifier:
    """The notifier for this system, or ``NoNotifier`` where none can be had.

    ``post`` runs a function on the GUI thread from any thread (Windows and macOS
    report clicks on threads of their own)."""
    try:
        if platform.startswith("linux") or "bsd" in platform:
            from behind_desktop.platform.notify_linux import FreedesktopNotifier

            linux: Notifier = FreedesktopNotifier(watch, app_id)
            return linux
        if platform == "win32":
            from behind_desktop.platform.notify_windows import ToastNotifier

            toasts: Notifier = ToastNotifier(app_id, post=post)
            return toasts
        if platform == "darwin":
            from behind_desktop.platform.notify_macos import UserNotifier

            mac: Notifier = UserNotifier(app_id, post=post)
            return mac
    except Exception as e:  # missing, or a binding that fails: the pop-up asks instead
        log.info("no native notifications here: %s", e)
    return NoNotifier()
