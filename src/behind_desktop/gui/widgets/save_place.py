"""Where an export's save dialog opens: the folder used last time (kept in the app
state, so ``--data-dir`` keeps its own), else the Documents folder, else home;
never the folder Behind happened to be started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from behind_desktop.services.state import AppState


def documents_folder() -> Path:
    """The user's Documents folder where there is one, else their home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def export_start(state: AppState, name: str) -> str:
    """The path the save dialog suggests for a file called ``name``."""
    last = state.last_export_folder()
    folder = last if last is not None and last.is_dir() else documents_folder()
    return str(folder / name)


def remember_export(state: AppState, saved: Path) -> None:
    """Open the next export where this one went."""
    state.set_last_export_folder(saved.resolve().parent)
