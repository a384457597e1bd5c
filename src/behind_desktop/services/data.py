"""The user's data as a whole: where it lives, and everything as one export."""

from __future__ import annotations

from pathlib import Path

from behind_desktop import __version__
from behind_desktop.core.atomic import write_private_text
from behind_desktop.core.export import everything_csv, everything_json
from behind_desktop.store import Store

EXPORT_FORMATS = ("json", "csv")


class DataService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def folder(self) -> Path:
        return self.store.path.parent

    def export_text(self, fmt: str = "json") -> str:
        data = self.store.export()
        return everything_json(data, __version__) if fmt == "json" else everything_csv(data)

    def export_to(self, path: Path, fmt: str = "json") -> Path:
        """Write everything to ``path``, readable only by the user; raises OSError."""
        write_private_text(path, self.export_text(fmt))
        return path
