"""The user's data as a whole: where it lives, everything as one export, and
deleting all of it."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from behind_desktop import __version__
from behind_desktop.core.atomic import write_private_text
from behind_desktop.services.base import Service
from behind_desktop.services.changes import Changes, Origin, Topic
from behind_desktop.store import StoreError, StoreProblem
from behind_desktop.store.backups import Backup, backups

# What the windows need to word an import or a backup (they never import the store).
__all__ = ["Backup", "DataService", "ImportRefused", "ImportSummary", "StoreProblem"]

if TYPE_CHECKING:
    from behind_desktop.store.importer import ImportRefused, ImportSummary

log = logging.getLogger(__name__)


def __getattr__(name: str) -> Any:
    """ImportRefused and ImportSummary load with the importer, at the first import."""
    if name in ("ImportRefused", "ImportSummary"):
        from behind_desktop.store import importer

        return getattr(importer, name)
    raise AttributeError(name)


EXPORT_FORMATS = ("json", "csv")


class DataService(Service):
    def folder(self) -> Path:
        """The data folder (what "Open data folder" shows)."""
        return self._store.path.parent

    def export(self) -> dict[str, list[dict[str, Any]]]:
        """Every table as plain rows (``core.export`` words them as JSON or CSV)."""
        return self._store.export()

    def export_text(self, fmt: str = "json") -> str:
        from behind_desktop.core.export import everything_csv, everything_json

        data = self.export()
        return everything_json(data, __version__) if fmt == "json" else everything_csv(data)

    def export_to(self, path: Path, fmt: str = "json") -> Path:
        """Write everything to ``path``, readable only by the user; raises OSError."""
        write_private_text(path, self.export_text(fmt))
        return path

    # -- a new computer, and the safety net --------------------------------------------------

    def import_file(self, path: Path, dry_run: bool = False) -> ImportSummary:
        """Merge an export file; raises StoreError (a line for the user) or OSError."""
        from behind_desktop.store.importer import ImportRefused

        raw = path.read_bytes()
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise ImportRefused(StoreProblem.NOT_AN_EXPORT, path) from None
        summary = self._store.import_export(data, str(path), dry_run=dry_run)
        if summary.total and not dry_run:
            self._ctx.settings_service.reload()
            self._ctx.emit(Topic.ALL, Origin.APP)
        return summary

    def backup_now(self) -> Path:
        return self._store.backup_now(self._clock.now())

    def backups(self) -> list[Backup]:
        """The kept backups, newest first."""
        return backups(self.folder())

    def last_backup(self) -> datetime | None:
        """When the newest backup was made, in local time."""
        found = self.backups()
        if not found:
            return None
        return datetime.fromtimestamp(found[0].made_at, self._clock.tz)

    def restore(self, backup: Path, origin: object = Origin.APP) -> Path | None:
        """Put a backup back while the app runs: the data now is kept aside (returned)
        and every window starts over from the backup. Raises StoreError, nothing
        changed, for a backup Behind can't use."""
        ctx = self._ctx
        moved = self._store.restore(backup, self._clock.now())
        ctx.settings_service.reload()
        ctx.block = self._store.latest_block()
        ctx.emit(Topic.ALL, origin, fresh=True)
        return moved

    def maintain(self) -> None:
        """On every wake-up: write what waited for the disk or a lock, and make the
        day's backup once a day. Nothing here ticks on its own."""
        try:
            self._store.retry_pending()
        except StoreError as e:
            log.info("writes still waiting: %s", e)
        try:
            self._store.backup_if_due(self._clock.now())
        except StoreError as e:
            log.info("no backup today yet: %s", e)

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
