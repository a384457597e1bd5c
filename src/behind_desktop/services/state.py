"""The app's own small facts (not settings): typed keys with typed accessors.

These live in the store's key/value table; nothing outside services names a key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from behind_desktop.store import Store


class StateKey(StrEnum):
    CHECKINS_PAUSED_UNTIL = "checkins_paused_until"
    CHECKINS_SINCE = "checkins_since"  # nothing from before this is asked about
    PERSPECTIVE_SHOWN = "perspective_last_shown"
    WELCOME_SHOWN = "welcome_shown"
    AUTOSTART_REMEMBERED = "autostart_remembered"
    MAIN_GEOMETRY = "main_window_geometry"
    LAST_EXPORT_FOLDER = "last_export_folder"


@dataclass(frozen=True)
class Geometry:
    """Where the main window was: position and size in screen pixels."""

    x: int
    y: int
    w: int
    h: int


class AppState:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- check-ins --------------------------------------------------------------------

    def checkins_paused_until(self) -> datetime | None:
        return self._store.get_time(StateKey.CHECKINS_PAUSED_UNTIL)

    def set_checkins_paused_until(self, until: datetime | None) -> None:
        self._store.set_time(StateKey.CHECKINS_PAUSED_UNTIL, until)

    def checkins_since(self) -> datetime | None:
        return self._store.get_time(StateKey.CHECKINS_SINCE)

    def set_checkins_since(self, moment: datetime) -> None:
        self._store.set_time(StateKey.CHECKINS_SINCE, moment)

    # -- perspective notes ----------------------------------------------------------------

    def perspective_shown(self) -> date | None:
        raw = self._store.get_value(StateKey.PERSPECTIVE_SHOWN)
        try:
            return date.fromisoformat(raw) if raw else None
        except ValueError:
            return None

    def set_perspective_shown(self, day: date) -> None:
        self._store.set_value(StateKey.PERSPECTIVE_SHOWN, day.isoformat())

    # -- first run and start at login -------------------------------------------------------

    def welcomed(self) -> bool:
        """The first-run welcome has been shown."""
        return self._store.get_value(StateKey.WELCOME_SHOWN) is not None

    def mark_welcomed(self, now: datetime) -> None:
        self._store.set_value(StateKey.WELCOME_SHOWN, now.isoformat(timespec="seconds"))

    def autostart_remembered(self) -> bool:
        """The user turned "start at login" on in Behind (so it is kept pointing here)."""
        return self._store.get_value(StateKey.AUTOSTART_REMEMBERED) == "1"

    def set_autostart_remembered(self, on: bool) -> None:
        self._store.set_value(StateKey.AUTOSTART_REMEMBERED, "1" if on else "0")

    # -- the main window ----------------------------------------------------------------------

    def main_geometry(self) -> Geometry | None:
        raw = self._store.get_value(StateKey.MAIN_GEOMETRY)
        try:
            saved = json.loads(raw) if raw else None
            if not isinstance(saved, dict):
                return None
            return Geometry(int(saved["x"]), int(saved["y"]), int(saved["w"]), int(saved["h"]))
        except (KeyError, TypeError, ValueError):
            return None

    def set_main_geometry(self, geometry: Geometry) -> None:
        data = {"x": geometry.x, "y": geometry.y, "w": geometry.w, "h": geometry.h}
        self._store.set_value(StateKey.MAIN_GEOMETRY, json.dumps(data, sort_keys=True))

    # -- exports ----------------------------------------------------------------------------

    def last_export_folder(self) -> Path | None:
        """The folder the last export was saved in (where the next save dialog opens)."""
        raw = self._store.get_value(StateKey.LAST_EXPORT_FOLDER)
        return Path(raw) if raw else None

    def set_last_export_folder(self, folder: Path) -> None:
        self._store.set_value(StateKey.LAST_EXPORT_FOLDER, str(folder))
