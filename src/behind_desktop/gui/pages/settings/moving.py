"""Moving data in: importing an export, and putting a daily backup back.

Importing says first what it would add (it only ever adds) and asks; restoring
lists the daily backups and says that today's data is kept aside before one
takes its place. Every refusal is one kind line, and nothing is changed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.gui.i18n import say
from behind_desktop.gui.pages.settings.host import Host
from behind_desktop.gui.widgets.theme import Space, spaced
from behind_desktop.services.app import StoreError
from behind_desktop.services.data import (
    Backup,
    DataService,
    ImportRefused,
    ImportSummary,
    StoreProblem,
)


def panel(text: str) -> tuple[QWidget, QVBoxLayout, QLabel]:
    """A fold-out part of the group: the widget, its column, and its explaining line."""
    panel = QWidget()
    column = spaced(QVBoxLayout(panel), Space.S)
    explain = QLabel(text)
    explain.setWordWrap(True)
    return panel, column, explain


class Group(Protocol):
    """What the "This computer" group lends: its data, its dialogs, its status line."""

    data: DataService
    host: Host
    last_backup: QLabel
    restore_btn: QPushButton

    def _data_said(self, text: str) -> None: ...

    def ask_open_path(self, title: str) -> str: ...

    def ask_to_go_ahead(self, title: str, text: str, go: str) -> bool: ...


class DataMoves(QObject):
    def __init__(self, group: Group) -> None:
        super().__init__()
        self.g = group
        self._restore_panel()

    def _restore_panel(self) -> None:
        self.restore_box, box, explain = panel(
            self.tr(
                "Choose a backup to put back. Your data as it is now is kept aside in the "
                "data folder first, so nothing is lost; the backup then takes its place."
            )
        )
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Daily backups"))
        self.backup_list.setMaximumHeight(140)
        explain.setBuddy(self.backup_list)
        self.no_backups = QLabel(self.tr("No backups yet. Behind makes one each day it runs."))
        self.no_backups.setWordWrap(True)
        self.restore_confirm = QPushButton(self.tr("Restore this backup"))
        self.restore_confirm.setEnabled(False)
        self.backup_list.currentRowChanged.connect(
            lambda row: self.restore_confirm.setEnabled(row >= 0)
        )
        self.restore_confirm.clicked.connect(self.restore_chosen)
        row = spaced(QHBoxLayout(), Space.S)
        row.addStretch(1)
        row.addWidget(self.restore_confirm)
        box.addWidget(explain)
        box.addWidget(self.backup_list)
        box.addWidget(self.no_backups)
        box.addLayout(row)
        self.restore_box.setVisible(False)

    def import_file(self) -> ImportSummary | None:
        """Pick an export, say what it would add, and add it when the user agrees."""
        raw = self.g.ask_open_path(self.tr("Import an export file"))
        if not raw:
            return None
        path = Path(raw)
        try:
            would = self.g.data.import_file(path, dry_run=True)
            if would.total == 0:
                self.g._data_said(
                    self.tr("Everything in that file is already here, so nothing was added.")
                )
                return would
            question = (
                self.tr("From %1, Behind would add: %2.")
                .replace("%1", path.name)
                .replace("%2", self._counts(would))
                + "\n\n"
                + self.tr(
                    "Nothing that is already here changes: today's answers, ticks and wins "
                    "all stay as they are, and only what is missing is added."
                )
            )
            if not self.g.ask_to_go_ahead(self.tr("Import"), question, self.tr("Add them")):
                self.g._data_said(self.tr("Nothing was imported."))
                return None
            added = self.g.data.import_file(path)
        except ImportRefused as e:
            self.g._data_said(self._refusal(e.problem))
            return None
        except StoreError as e:
            self.g._data_said(
                self.tr(
                    "Behind couldn't import that just now, so nothing was changed. (%1)"
                ).replace("%1", say(e.phrase))
            )
            return None
        except OSError as e:
            self.g._data_said(
                self.tr("That file couldn't be read (%1), so nothing was imported.").replace(
                    "%1", e.strerror or str(e)
                )
            )
            return None
        self.g.host.load()  # settings the file brought, if this computer had none
        self.g._data_said(self.tr("Added: %1.").replace("%1", self._counts(added)))
        return added

    def _counts(self, summary: ImportSummary) -> str:
        """What an import adds, in the words a person uses: answers, ticks, wins."""
        added = summary.added
        answers, ticks, wins = added["checkins"], added["ticks"], added["wins"]
        rest = summary.total - answers - ticks - wins
        parts = []
        if answers:
            parts.append(self.tr("%n check-in answer(s)", "", answers))
        if ticks:
            parts.append(self.tr("%n tick(s)", "", ticks))
        if wins:
            parts.append(self.tr("%n small win(s)", "", wins))
        if rest:
            parts.append(
                self.tr("%n other record(s) (settings, focus blocks, checklist items)", "", rest)
            )
        return ", ".join(parts)

    def _refusal(self, problem: StoreProblem) -> str:
        if problem is StoreProblem.NOT_AN_EXPORT:
            return self.tr(
                "That file isn't an export from Behind, so nothing was imported. "
                "An export is the .json file that Export everything saves."
            )
        if problem is StoreProblem.NEWER_EXPORT:
            return self.tr(
                "That export comes from a newer version of Behind. Update Behind on this "
                "computer to import it; nothing was changed."
            )
        return self.tr(
            "Part of that file can't be read (it may be damaged), so nothing was imported."
        )

    # -- backups --------------------------------------------------------------------------

    def _when(self, moment: datetime) -> str:
        stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
        return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)

    def _day(self, backup: Backup) -> str:
        day = QDate(backup.day.year, backup.day.month, backup.day.day)
        return QLocale().toString(day, QLocale.FormatType.LongFormat)

    def show_last_backup(self) -> None:
        last = self.g.data.last_backup()
        if last is None:
            self.g.last_backup.setText(self.tr("No backup yet"))
        else:
            self.g.last_backup.setText(self.tr("Last backup: %1").replace("%1", self._when(last)))

    def restore_open(self, on: bool) -> None:
        self.restore_box.setVisible(on)
        if not on:
            return
        self.backup_list.clear()
        found = self.g.data.backups()
        for b in found:
            entry = QListWidgetItem(self._day(b))
            entry.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.backup_list.addItem(entry)
        self.backup_list.setVisible(bool(found))
        self.no_backups.setVisible(not found)
        self.restore_confirm.setEnabled(False)
        QTimer.singleShot(0, self.show_restore_box)  # once laid out

    def show_restore_box(self) -> None:
        if self.restore_box.isVisible():
            self.g.host.scroller.ensureWidgetVisible(self.restore_box, 0, 16)

    def restore_chosen(self) -> Path | None:
        entry = self.backup_list.currentItem()
        if entry is None:
            return None
        source = Path(str(entry.data(Qt.ItemDataRole.UserRole)))
        day = entry.text()
        question = self.tr(
            "Put back the backup from %1? Your data as it is now is kept aside in the data "
            "folder first, then the backup takes its place."
        ).replace("%1", day)
        if not self.g.ask_to_go_ahead(self.tr("Restore a backup"), question, self.tr("Restore")):
            return None
        try:
            moved = self.g.data.restore(source)
        except StoreError:
            self.g._data_said(
                self.tr(
                    "That backup can't be used just now (it may be damaged, come from a newer "
                    "version of Behind, or the data file is busy), so nothing was changed."
                )
            )
            return None
        self.g.restore_btn.setChecked(False)
        self.g.host.load()
        self.show_last_backup()
        said = self.tr("Your data is back as it was on %1.").replace("%1", day)
        if moved is not None:
            said += " " + self.tr("What was here before is kept at %1.").replace("%1", str(moved))
        self.g._data_said(said)
        return moved
