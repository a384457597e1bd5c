"""The user's locale name (for which day a week starts), read without Qt.

On Linux and other POSIX systems the environment says it (LC_ALL, then LC_TIME,
then LANG, as the C library reads them). Windows keeps it in the user's locale
setting; macOS in the global preferences. Nothing here is fatal: no answer is
None, and weeks then start on Monday.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

ENV_ORDER = ("LC_ALL", "LC_TIME", "LANG")


def from_environment(environ: Mapping[str, str]) -> str | None:
    for name in ENV_ORDER:
        value = environ.get(name, "").strip()
        if value:
            return value
    return None


def _windows() -> str | None:
    import ctypes

    buf = ctypes.create_unicode_buffer(85)
    windll = getattr(ctypes, "windll", None)
    if windll is None or not windll.kernel32.GetUserDefaultLocaleName(buf, len(buf)):
        return None
    return str(buf.value) or None


def _macos() -> str | None:
    import plistlib

    prefs = Path.home() / "Library" / "Preferences" / ".GlobalPreferences.plist"
    try:
        with prefs.open("rb") as f:
            value = plistlib.load(f).get("AppleLocale")
    except (OSError, ValueError, plistlib.InvalidFileException):
        return None
    return value if isinstance(value, str) else None


def system_locale_name(environ: Mapping[str, str] | None = None) -> str | None:
    """The locale whose conventions (first day of the week) Behind follows."""
    name = from_environment(os.environ if environ is None else environ)
    if name is not None or environ is not None:
        return name
    if sys.platform == "win32":
        return _windows()
    if sys.platform == "darwin":
        return _macos()
    return None
