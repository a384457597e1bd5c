"""Export dialogs open in the Documents folder the first time (never the folder Behind
was started from), then where the last export went; "Open folder" says where the
folder is when no file manager can open it."""

from __future__ import annotations

from pathlib import Path

import pytest

from behind_desktop.gui.widgets import save_place
from tests.support.gui import FakeAutostart, make_controller


@pytest.fixture
def places(tmp_path, monkeypatch):
    """A Documents folder of its own, and Behind started from somewhere else."""
    documents = tmp_path / "Documents"
    documents.mkdir()
    started_in = tmp_path / "started-here"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    monkeypatch.setattr(
        save_place.QStandardPaths, "writableLocation", lambda _where: str(documents)
    )
    return documents, started_in


@pytest.fixture
def controller(store, clock):
    c = make_controller(store, clock)
    yield c
    c.stop_timers()


def wins_page(qtbot, controller):
    from behind_desktop.gui.pages.wins import WinsPage

    page = WinsPage(controller)
    qtbot.addWidget(page)
    return page


def settings_page(qtbot, controller, monkeypatch):
    from behind_desktop.gui.pages.settings import SettingsPage, computer

    monkeypatch.setattr(computer, "autostart_backend", lambda: FakeAutostart())
    page = SettingsPage(controller)
    qtbot.addWidget(page)
    return page


class Dialog:
    """The save dialog: notes where it opened and answers with ``answer``."""

    def __init__(self) -> None:
        self.opened_at: list[Path] = []
        self.answer = ""

    def __call__(self, _title: str, suggested: str) -> tuple[str, str]:
        self.opened_at.append(Path(suggested).parent)
        return self.answer, ""


def test_the_first_export_opens_in_documents_then_where_the_last_one_went(
    qtbot, controller, store, clock, places, tmp_path, monkeypatch
):
    documents, started_in = places
    controller.add_win("Sent the email")
    wins = wins_page(qtbot, controller)
    dialog = Dialog()
    monkeypatch.setattr(wins, "ask_save_path", dialog)
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    dialog.answer = str(elsewhere / "week.csv")
    assert wins.export(everything=False) == elsewhere / "week.csv"
    assert dialog.opened_at == [documents]  # not started_in
    wins.export(everything=True)
    assert dialog.opened_at[-1] == elsewhere

    # the Settings export follows the same folder, and so does the next start
    settings = settings_page(qtbot, controller, monkeypatch)
    monkeypatch.setattr(settings.computer, "ask_save_path", dialog)
    dialog.answer = ""
    settings.computer.export_all()
    assert dialog.opened_at[-1] == elsewhere
    again = wins_page(qtbot, make_controller(store, clock))
    monkeypatch.setattr(again, "ask_save_path", dialog)
    again.export(everything=False)
    assert dialog.opened_at[-1] == elsewhere
    assert started_in not in dialog.opened_at


def test_a_cancelled_export_remembers_nothing(qtbot, controller, places, monkeypatch):
    documents, _ = places
    wins = wins_page(qtbot, controller)
    dialog = Dialog()
    monkeypatch.setattr(wins, "ask_save_path", dialog)
    assert wins.export(everything=False) is None
    assert wins.export(everything=False) is None
    assert dialog.opened_at == [documents, documents]


def test_a_folder_gone_since_opens_documents_and_no_documents_opens_home(
    qtbot, controller, places, tmp_path, monkeypatch
):
    documents, _ = places
    gone = tmp_path / "usb-stick"
    controller.services.state.set_last_export_folder(gone)
    wins = wins_page(qtbot, controller)
    dialog = Dialog()
    monkeypatch.setattr(wins, "ask_save_path", dialog)
    wins.export(everything=False)
    assert dialog.opened_at == [documents]
    documents.rmdir()  # a fresh account with no Documents folder
    wins.export(everything=False)
    assert dialog.opened_at[-1] == Path.home()


def test_open_folder_without_a_file_manager_shows_the_path_to_copy(qtbot, controller, monkeypatch):
    from behind_desktop.gui.pages.settings import computer

    page = settings_page(qtbot, controller, monkeypatch)
    monkeypatch.setattr(computer.QDesktopServices, "openUrl", lambda _url: False)
    page.computer.open_btn.click()
    status = page.computer.data_status
    folder = str(controller.services.data.folder())
    assert status.isVisibleTo(page)
    assert folder in status.text() and "No file manager" in status.text()
    assert status.textInteractionFlags() & status.textInteractionFlags().TextSelectableByMouse
