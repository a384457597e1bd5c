"""This computer: start at login, where the data lives, export, import, backups,
deleting everything.

Start at login is an OS setting, so it applies at once through
``behind_desktop.platform.autostart``. Importing says first what it would add (it
only ever adds) and asks; restoring lists the daily backups and says that today's
data is kept aside before one takes its place. Deleting everything needs the delete
word typed out (in the user's language, or DELETE). Every refusal is one kind line,
and nothing is changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from behind_desktop.core.reasons import os_reason
from behind_desktop.core.settings import DELETE_WORD, confirms_delete
from behind_desktop.gui.i18n import say, words
from behind_desktop.gui.pages.settings.host import Host
from behind_desktop.gui.pages.settings.moving import DataMoves, panel
from behind_desktop.gui.widgets.save_place import export_start, remember_export
from behind_desktop.gui.widgets.theme import Space, spaced
from behind_desktop.gui.widgets.uikit import TitledCard, problem_label, show_problem
from behind_desktop.platform import autostart
from behind_desktop.services.data import ImportSummary

# Replaced in tests; the real one looks at the OS (a file, a plist, the registry).
autostart_backend: Callable[[], autostart.Autostart] = autostart.for_platform


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = spaced(QHBoxLayout(), Space.S)
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


class ComputerGroup(TitledCard):
    moves: DataMoves  # import and restore

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.confirm_word = words("Settings", DELETE_WORD)  # DELETE is accepted too
        self.host = host
        self.c = host.c
        self.data = host.c.services.data
        self.setTitle(self.tr("This computer"))
        self._autostart: autostart.Autostart | None = None
        col = self.column
        self.login = QCheckBox(self.tr("Start Behind when I log in"))
        self.login.toggled.connect(self._login_toggled)
        self.login_note = problem_label(self.tr("About starting at login"))
        col.addWidget(self.login)
        col.addWidget(self.login_note)

        folder = str(self.data.folder())
        self.folder_label = QLabel(self.tr("Your data stays in %1").replace("%1", folder))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_btn = QPushButton(self.tr("Open folder"))
        self.open_btn.setAccessibleName(self.tr("Open the data folder"))
        self.open_btn.clicked.connect(self.open_folder)
        row = spaced(QHBoxLayout(), Space.S)
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.open_btn)
        col.addLayout(row)

        self.export_btn = QPushButton(self.tr("Export everything…"))
        self.export_btn.setAccessibleDescription(
            self.tr("Saves all your answers, ticks, wins and settings as JSON or CSV")
        )
        self.export_btn.clicked.connect(self.export_all)
        self.delete_btn = QPushButton(self.tr("Delete everything…"))
        self.delete_btn.setAccessibleDescription(
            self.tr("Asks you to type %1 before removing all your data").replace(
                "%1", self.confirm_word
            )
        )
        self.delete_btn.setCheckable(True)
        self.delete_btn.toggled.connect(self._delete_open)
        col.addLayout(_button_row(self.export_btn, self.delete_btn))

        self.import_btn = QPushButton(self.tr("Import…"))
        self.import_btn.setAccessibleName(self.tr("Import an export file"))
        self.import_btn.setAccessibleDescription(
            self.tr(
                "Adds what an export from another computer or an older copy holds; "
                "nothing already here changes"
            )
        )
        self.import_btn.clicked.connect(lambda: self.import_file())
        self.restore_btn = QPushButton(self.tr("Restore a backup…"))
        self.restore_btn.setAccessibleDescription(
            self.tr("Lists the daily backups; the data now is kept aside before one is put back")
        )
        self.restore_btn.setCheckable(True)
        self.restore_btn.toggled.connect(lambda on: self.moves.restore_open(on))
        col.addLayout(_button_row(self.import_btn, self.restore_btn))
        self.last_backup = QLabel()
        self.last_backup.setWordWrap(True)
        self.last_backup.setAccessibleName(self.tr("Last backup"))
        col.addWidget(self.last_backup)
        self.moves = DataMoves(self)
        # The restore panel's parts, by the names the page and its tests use.
        self.restore_box = self.moves.restore_box
        self.backup_list = self.moves.backup_list
        self.no_backups = self.moves.no_backups
        self.restore_confirm = self.moves.restore_confirm
        col.addWidget(self.restore_box)

        self.data_status = QLabel()
        self.data_status.setWordWrap(True)
        self.data_status.setAccessibleName(self.tr("Data status"))
        self.data_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_status.setVisible(False)
        col.addWidget(self.data_status)
        col.addWidget(self._confirmation())
        self._load_autostart()
        self.show_last_backup()

    def _confirmation(self) -> QWidget:
        self.confirm, confirm_col, explain = panel(
            self.tr(
                "This removes every answer, tick, win, contact and setting from this computer. "
                "It can't be undone; an export first keeps a copy. To go ahead, type %1."
            ).replace("%1", self.confirm_word)
        )
        self.confirm_field = QLineEdit()
        self.confirm_field.setAccessibleName(
            self.tr("Type %1 to confirm").replace("%1", self.confirm_word)
        )
        self.confirm_field.setPlaceholderText(self.confirm_word)
        explain.setBuddy(self.confirm_field)
        self.confirm_btn = QPushButton(self.tr("Delete all my data"))
        self.confirm_btn.setEnabled(False)
        self.confirm_field.textChanged.connect(
            lambda text: self.confirm_btn.setEnabled(confirms_delete(text, self.confirm_word))
        )
        self.confirm_btn.clicked.connect(self.delete_all)
        confirm_row = spaced(QHBoxLayout(), Space.S)
        confirm_row.addWidget(self.confirm_field, 1)
        confirm_row.addWidget(self.confirm_btn)
        confirm_col.addWidget(explain)
        confirm_col.addLayout(confirm_row)
        self.confirm.setVisible(False)
        return self.confirm

    def tab_widgets(self) -> list[QWidget]:
        return [
            self.login,
            self.open_btn,
            self.export_btn,
            self.delete_btn,
            self.import_btn,
            self.restore_btn,
            self.backup_list,
            self.restore_confirm,
        ]

    def confirm_tab_widgets(self) -> list[QWidget]:
        return [self.confirm_field, self.confirm_btn]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_last_backup()  # the app makes the day's backup while it runs

    # -- start at login --------------------------------------------------------------------

    def _load_autostart(self) -> None:
        self.login.blockSignals(True)
        try:
            self._autostart = autostart_backend()
            self.login.setChecked(self._autostart.enabled())
            self.login.setToolTip(self._autostart.location())
            self.login.setEnabled(True)
        except autostart.AutostartError as e:
            self._autostart = None
            self.login.setEnabled(False)
            show_problem(self.login_note, say(e.phrase))
        finally:
            self.login.blockSignals(False)

    def _login_toggled(self, on: bool) -> None:
        if self._autostart is None:
            return
        try:
            self._autostart.set_enabled(on)
        except autostart.AutostartError as e:
            show_problem(self.login_note, say(e.phrase))
            self.login.blockSignals(True)
            self.login.setChecked(not on)
            self.login.blockSignals(False)
            return
        self.host.service.remember_autostart(on)
        show_problem(self.login_note, None)

    # -- data ----------------------------------------------------------------------------

    def open_folder(self) -> bool:
        """Open the data folder in the file manager; where none could, say where it is."""
        folder = str(self.data.folder())
        if QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
            return True
        self._data_said(
            self.tr("No file manager could open the folder. Its path, to copy: %1").replace(
                "%1", folder
            )
        )
        return False

    def ask_save_path(self, title: str, suggested: str) -> tuple[str, str]:
        """The save dialog; tests replace this method."""
        path, chosen = QFileDialog.getSaveFileName(
            self, title, suggested, self.tr("JSON (*.json);;CSV (*.csv)")
        )
        return path, chosen

    def export_all(self) -> Path | None:
        stamp = self.c.services.today().isoformat()
        raw, chosen = self.ask_save_path(
            self.tr("Export everything"),
            export_start(self.c.services.state, f"behind-export-{stamp}.json"),
        )
        if not raw:
            return None
        path = Path(raw)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in ("json", "csv"):
            fmt = "csv" if "*.csv" in chosen else "json"
            path = path.with_name(f"{path.name}.{fmt}")
        try:
            self.data.export_to(path, fmt)
        except OSError as e:
            self._data_said(
                self.tr("That file couldn't be saved (%1). Another folder may work.").replace(
                    "%1", say(os_reason(e))
                )
            )
            return None
        remember_export(self.c.services.state, path)
        self._data_said(self.tr("Saved a copy of everything to %1").replace("%1", str(path)))
        return path

    def _data_said(self, text: str) -> None:
        self.data_status.setText(text)
        self.data_status.setVisible(True)

    # -- import ---------------------------------------------------------------------------

    def ask_open_path(self, title: str) -> str:
        """The open dialog; tests replace this method."""
        folder = export_start(self.c.services.state, "")  # where exports go, or Documents
        path, _chosen = QFileDialog.getOpenFileName(
            self, title, folder, self.tr("Behind export (*.json);;All files (*)")
        )
        return path

    def ask_to_go_ahead(self, title: str, text: str, go: str) -> bool:
        """A yes-or-no question before changing the data; tests replace this method."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def import_file(self) -> ImportSummary | None:
        return self.moves.import_file()

    def show_last_backup(self) -> None:
        self.moves.show_last_backup()

    def restore_chosen(self) -> Path | None:
        return self.moves.restore_chosen()

    def _delete_open(self, on: bool) -> None:
        self.confirm.setVisible(on)
        self.confirm_field.clear()
        if on:
            self.confirm_field.setFocus()
            # It opens at the very bottom of the page: bring it into view once laid out.
            QTimer.singleShot(0, self.show_confirm)

    def show_confirm(self) -> None:
        if not self.confirm.isVisible():
            return
        self.host.scroller.ensureWidgetVisible(self.confirm, 0, 16)

    def delete_all(self) -> None:
        if not confirms_delete(self.confirm_field.text(), self.confirm_word):
            return
        self.data.delete_all()  # every window starts over from the defaults
        self.delete_btn.setChecked(False)
        self.host.load()
        self._data_said(self.tr("Everything is gone from this computer. Behind starts fresh."))
