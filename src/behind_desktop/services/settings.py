"""Settings as a use case: read, validate, save, show, and set from ``KEY=VALUE`` text.

The rules live in ``core.settings`` (one table of definitions); this is where they
meet the store. The windows, the running app's socket and the command line all
come through here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from behind_desktop.core import checkins
from behind_desktop.core.checkins import Question
from behind_desktop.core.settings import Settings, apply_text, as_json, build, text_pairs
from behind_desktop.services.changes import Origin
from behind_desktop.services.state import AppState
from behind_desktop.store import Store

# Told of every save with who asked (``Services`` turns it into a change set).
Saved = Callable[[Settings, object], None]


class SettingsService:
    def __init__(self, store: Store, on_saved: Saved | None = None) -> None:
        self.store = store
        self._on_saved = on_saved
        self._current = store.settings()

    def current(self) -> Settings:
        """The settings in force (read once, then kept with every save)."""
        return self._current

    def reload(self) -> None:
        """Read them again (after everything was deleted)."""
        self._current = self.store.settings()

    def validate(self, values: Mapping[str, Any], base: Settings | None = None) -> Settings:
        """Settings from raw form or JSON values; raises SettingsError naming each problem."""
        return build(values, base=base if base is not None else self.current())

    def save(self, settings: Settings, origin: object = Origin.APP) -> Settings:
        self.store.save_settings(settings)
        self._current = settings
        if self._on_saved is not None:
            self._on_saved(settings, origin)
        return settings

    def set_text(
        self, pairs: Sequence[str], origin: object = Origin.CLI, base: Settings | None = None
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
        AppState(self.store).set_autostart_remembered(on)

    def show(self, fmt: str = "text") -> str:
        """What ``settings show`` prints: ``KEY=VALUE`` lines, or the export's JSON."""
        return show(self.current(), fmt)


def show(settings: Settings, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(as_json(settings), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    return "".join(f"{key}={value}\n" for key, value in text_pairs(settings))
