"""Settings as a use case: read, validate, save, show, and set from ``KEY=VALUE`` text.

The rules live in ``core.settings`` (one table of definitions); this is where they
meet the store. The windows, the running app's socket and the command line all
come through here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from behind_desktop.core import checkins
from behind_desktop.core.checkins import Question
from behind_desktop.core.settings import Settings, apply_text, as_json, build, text_pairs
from behind_desktop.store import Store

AUTOSTART_KEY = "autostart_remembered"  # what Behind last wrote: "1" or "0" (see autostart.ensure)


class Origin(StrEnum):
    """Who asked for a change: a window, the command line (directly or through the app)."""

    WINDOW = "window"
    COMMAND = "command"


class SettingsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def current(self) -> Settings:
        return self.store.settings()

    def validate(self, values: Mapping[str, Any], base: Settings | None = None) -> Settings:
        """Settings from raw form or JSON values; raises SettingsError naming each problem."""
        return build(values, base=base if base is not None else self.current())

    def save(self, settings: Settings, origin: Origin = Origin.WINDOW) -> Settings:
        self.store.save_settings(settings)
        return settings

    def set_text(
        self, pairs: Sequence[str], origin: Origin = Origin.COMMAND, base: Settings | None = None
    ) -> Settings:
        """Apply ``KEY=VALUE`` pairs and save: every one of them, or (SettingsError) none."""
        settings = apply_text(base if base is not None else self.current(), pairs)
        return self.save(settings, origin)

    def asking_less(self, questions: Sequence[Question]) -> dict[str, int]:
        """The check-ins that ask less often after going unanswered, with their level (1, 2)."""
        histories = self.store.histories(q.key for q in questions)
        return {
            key: checkins.backoff_level(history.ignored_in_row)
            for key, history in histories.items()
            if checkins.backoff_note(history) is not None
        }

    def remember_autostart(self, on: bool) -> None:
        """Start at login was just switched in the app: a later start keeps it that way."""
        self.store.set_value(AUTOSTART_KEY, "1" if on else "0")

    def show(self, fmt: str = "text") -> str:
        """What ``settings show`` prints: ``KEY=VALUE`` lines, or the export's JSON."""
        return show(self.current(), fmt)


def show(settings: Settings, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(as_json(settings), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    return "".join(f"{key}={value}\n" for key, value in text_pairs(settings))
