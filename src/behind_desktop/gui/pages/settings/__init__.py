"""The Settings page, one module per group of settings; see ``page``."""

from collections.abc import Callable

from behind_desktop.platform import autostart

# Replaced in tests; the real one looks at the OS (a file, a plist, the registry).
autostart_backend: Callable[[], autostart.Autostart] = autostart.for_platform

from behind_desktop.gui.pages.settings.page import SettingsPage  # noqa: E402

__all__ = ["SettingsPage", "autostart_backend"]
