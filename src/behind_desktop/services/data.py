"""The user's data as a whole: where it lives, everything as one export, and
deleting all of it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from behind_desktop import __version__
from behind_desktop.core.atomic import write_private_text
from behind_desktop.core.export import everything_csv, everything_json
from behind_desktop.services.base import Service
from behind_desktop.services.changes import Changes, Origin, Topic

EXPORT_FORMATS = ("json", "csv")


class DataService(Service):
    def folder(self) -> Path:
        """The data folder (what "Open data folder" shows)."""
        return self._store.path.parent

    def export(self) -> dict[str, list[dict[str, Any]]]:
        """Every table as plain rows (``core.export`` words them as JSON or CSV)."""
        return self._store.export()

    def export_text(self, fmt: str = "json") -> str:
        data = self.export()
        return everything_json(data, __version__) if fmt == "json" else everything_csv(data)

    def export_to(self, path: Path, fmt: str = "json") -> Path:
        """Write everything to ``path``, readable only by the user; raises OSError."""
        write_private_text(path, self.export_text(fmt))
        return path

    def delete_all(self, origin: object = Origin.APP) -> Changes:
        """Delete every answer, tick, block, win and setting; start again from defaults.
        Nothing from before is asked about afterwards."""
        ctx = self._ctx
        now = self._clock.now()
        self._store.delete_all(now)
        ctx.state.set_checkins_since(now)
        ctx.settings_service.reload()
        ctx.block = None
        return ctx.emit(Topic.ALL, origin, fresh=True)
