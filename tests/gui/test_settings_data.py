"""Settings, "This computer": importing an export (what it adds, asked first, counted
after), the daily backups listed and one put back, when the last backup was made,
and one kind line for every file Behind won't use, with nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from behind_desktop.core.checkins import Answer
from behind_desktop.core.layers import Layer
from behind_desktop.core.wins import WinSource
from behind_desktop.services.app import Services
from behind_desktop.store import Store
from tests.support.clock import FakeClock
from tests.support.gui import FakeAutostart, add_win_on, make_controller


@pytest.fixture(autouse=True)
def fake_autostart(monkeypatch):
    from behind_desktop.gui.pages.settings import computer

    fake = FakeAutostart()
    monkeypatch.setattr(computer, "autostart_backend", lambda: fake)
    return fake


def settings_page(qtbot, controller):
    from behind_desktop.gui.pages.settings import SettingsPage

    page = SettingsPage(controller)
    qtbot.addWidget(page)
    return page


@pytest.fixture
def page(qtbot, store, clock):
    return settings_page(qtbot, make_controller(store, clock))


class Asked:
    """Stands in for the yes-or-no question: notes what was asked, answers as told."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, title: str, text: str, go: str) -> bool:
        self.texts.append(text)
        return self.answer


def choose(monkeypatch, page, path: Path | str, answer: bool = True) -> Asked:
    asked = Asked(answer)
    monkeypatch.setattr(page.computer, "ask_open_path", lambda title: str(path))
    monkeypatch.setattr(page.computer, "ask_to_go_ahead", asked)
    return asked


def export_from_elsewhere(tmp_path: Path, clock: FakeClock) -> tuple[Path, Services]:
    """Another computer's data, exported: two wins, a Layer 1 tick, a check-in answer."""
    other = Services(Store.open(tmp_path / "old-computer", clock.tz, clock.now()), clock)
    other.wins.add("sent the email I was avoiding")
    add_win_on(other.store, clock, "2026-11-22", "18:00", "read 3 pages")
    basics = next(i for i in other.checklist.items() if i.layer is Layer.BASICS)
    other.checklist.tick(basics, True)
    due = other.checkins.ask_now()[0]
    other.checkins.answer(due, Answer.NOT_YET)
    path = other.data.export_to(tmp_path / "behind-export.json")
    return path, other


# -- import ------------------------------------------------------------------------------


def test_import_says_what_it_would_add_then_adds_it_and_counts(
    page, store, clock, tmp_path, monkeypatch
) -> None:
    path, other = export_from_elsewhere(tmp_path, clock)
    other.close()
    store.add_win("already here today", WinSource.TYPED, clock.now(), clock.now().date())
    asked = choose(monkeypatch, page, path)
    page.computer.import_btn.click()

    assert len(asked.texts) == 1
    question = asked.texts[0]
    assert "behind-export.json" in question
    assert "1 check-in answer" in question and "1 tick" in question and "2 small wins" in question
    assert "Nothing that is already here changes" in question
    said = page.computer.data_status.text()
    assert said.startswith("Added: 1 check-in answer, 1 tick, 2 small wins")
    texts = sorted(w["text"] for w in store.export()["wins"])
    assert texts == ["already here today", "read 3 pages", "sent the email I was avoiding"]


def test_importing_the_same_file_again_adds_nothing(page, store, clock, tmp_path, monkeypatch):
    path, other = export_from_elsewhere(tmp_path, clock)
    other.close()
    choose(monkeypatch, page, path)
    page.computer.import_btn.click()
    before = store.export()
    asked = choose(monkeypatch, page, path)
    page.computer.import_btn.click()
    assert asked.texts == []  # nothing to ask about
    assert "already here" in page.computer.data_status.text()
    assert store.export() == before


def test_saying_not_now_imports_nothing(page, store, clock, tmp_path, monkeypatch) -> None:
    path, other = export_from_elsewhere(tmp_path, clock)
    other.close()
    before = store.export()
    choose(monkeypatch, page, path, answer=False)
    page.computer.import_btn.click()
    assert store.export() == before
    assert page.computer.data_status.text() == "Nothing was imported."


def test_cancelling_the_file_dialog_does_nothing(page, store, monkeypatch) -> None:
    before = store.export()
    asked = choose(monkeypatch, page, "")
    page.computer.import_btn.click()
    assert asked.texts == [] and store.export() == before
    assert not page.computer.data_status.isVisibleTo(page)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x00\x01 not json at all \xff", "isn't an export from Behind"),
        (json.dumps({"app": "someone-else", "wins": []}).encode(), "isn't an export from Behind"),
        (json.dumps([1, 2, 3]).encode(), "isn't an export from Behind"),
        (
            json.dumps({"app": "behind-desktop", "format": 99, "version": "9.0"}).encode(),
            "newer version of Behind",
        ),
        (
            json.dumps({"app": "behind-desktop", "wins": [{"at": "not a time"}]}).encode(),
            "can't be read",
        ),
        (json.dumps({"app": "behind-desktop", "wins": "lots"}).encode(), "can't be read"),
        (b"[" * 100_000, "isn't an export from Behind"),
    ],
    ids=["binary", "foreign", "a-list", "newer", "damaged-row", "damaged-table", "deep"],
)
def test_a_file_behind_wont_import_gets_one_kind_line_and_changes_nothing(
    page, store, tmp_path, monkeypatch, content: bytes, words: str
) -> None:
    path = tmp_path / "file.json"
    path.write_bytes(content)
    before = store.export()
    asked = choose(monkeypatch, page, path)
    page.computer.import_btn.click()
    said = page.computer.data_status.text()
    assert words in said and "nothing" in said.lower()
    assert "\n" not in said and "Traceback" not in said
    assert asked.texts == []
    assert store.export() == before


def test_a_file_that_cant_be_read_is_said_plainly(page, store, tmp_path, monkeypatch) -> None:
    before = store.export()
    choose(monkeypatch, page, tmp_path / "gone.json")
    page.computer.import_btn.click()
    assert "couldn't be read" in page.computer.data_status.text()
    assert store.export() == before


# -- backups -----------------------------------------------------------------------------


def test_the_last_backup_line_says_when(page, store, clock) -> None:
    assert page.computer.last_backup.text() == "No backup yet"
    made = page.c.services.data.backup_now()
    page.computer.show_last_backup()
    text = page.computer.last_backup.text()
    assert text.startswith("Last backup: ")
    when = page.c.services.data.last_backup()
    assert made.exists()
    assert when is not None and when.timestamp() == clock.now().timestamp()
    assert f"{when.minute:02d}" in text  # the time of day, not just the date


def backups_over_days(page, clock, days: int) -> list[str]:
    """A backup on each of ``days`` days, a win added after each; the wins so far."""
    texts = []
    for n in range(days):
        page.c.services.data.backup_now()
        text = f"win of day {n}"
        page.c.services.wins.add(text)
        texts.append(text)
        clock.advance(days=1)
    return texts


def listed(page) -> list[str]:
    view = page.computer.backup_list
    return [view.item(n).text() for n in range(view.count())]


def test_restore_lists_the_daily_backups_newest_first(page, clock) -> None:
    backups_over_days(page, clock, 3)
    page.computer.restore_btn.click()
    assert page.computer.restore_box.isVisibleTo(page)
    days = [b.day for b in page.c.services.data.backups()]
    assert days == sorted(days, reverse=True) and len(days) == 3
    assert listed(page) == [
        QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)
        for d in days
    ]
    assert not page.computer.restore_confirm.isEnabled()  # until one is chosen


def test_no_backups_yet_is_said(page) -> None:
    page.computer.restore_btn.click()
    assert page.computer.no_backups.isVisibleTo(page)
    assert not page.computer.backup_list.isVisibleTo(page)


def test_restoring_a_backup_brings_its_data_back_and_keeps_todays_aside(
    page, store, clock, monkeypatch, data_dir
) -> None:
    backups_over_days(page, clock, 3)  # backups hold 0, 1 and 2 wins
    asked = Asked(True)
    monkeypatch.setattr(page.computer, "ask_to_go_ahead", asked)
    page.computer.restore_btn.click()
    page.computer.backup_list.setCurrentRow(1)  # the middle one: one win
    page.computer.restore_confirm.click()

    assert asked.texts and "kept aside" in asked.texts[0]
    assert [w["text"] for w in page.c.services.data.export()["wins"]] == ["win of day 0"]
    said = page.computer.data_status.text()
    assert "back as it was on" in said and "kept at" in said
    kept = sorted(data_dir.glob("behind.db.before-restore-*"))
    assert len(kept) == 1
    assert not page.computer.restore_box.isVisibleTo(page)
    # The app goes on writing to the restored data.
    page.c.services.wins.add("after the restore")
    assert len(page.c.services.data.export()["wins"]) == 2


def test_saying_not_now_to_a_restore_changes_nothing(page, store, clock, monkeypatch) -> None:
    backups_over_days(page, clock, 2)
    before = page.c.services.data.export()
    monkeypatch.setattr(page.computer, "ask_to_go_ahead", Asked(False))
    page.computer.restore_btn.click()
    page.computer.backup_list.setCurrentRow(0)
    page.computer.restore_confirm.click()
    assert page.c.services.data.export() == before


@pytest.mark.parametrize("junk", [b"not a database at all", b"SQLite format 3\x00" + b"\x07" * 200])
def test_a_damaged_backup_is_refused_with_one_line_and_nothing_changes(
    page, store, clock, monkeypatch, data_dir, junk: bytes
) -> None:
    page.c.services.wins.add("today's win")
    page.c.services.data.backup_now()
    bad = data_dir / "backups" / "behind-2026-11-01.db"
    bad.write_bytes(junk)
    before = page.c.services.data.export()
    monkeypatch.setattr(page.computer, "ask_to_go_ahead", Asked(True))
    page.computer.restore_btn.click()
    assert page.computer.backup_list.count() == 2
    page.computer.backup_list.setCurrentRow(1)  # the damaged one, the older
    page.computer.restore_confirm.click()
    said = page.computer.data_status.text()
    assert "nothing was changed" in said and "\n" not in said
    assert page.c.services.data.export() == before
    assert not list(data_dir.glob("behind.db.before-restore-*"))
    page.c.services.wins.add("still writing")  # the data file is still open and fine
    assert len(page.c.services.data.export()["wins"]) == 2


# -- the round trip: another computer's days on this one ---------------------------------------


def test_export_there_import_here_shows_the_same_ticks_and_wins(
    qtbot, tmp_path, clock, monkeypatch
) -> None:
    from behind_desktop.gui.pages.today import TodayPage
    from behind_desktop.gui.pages.wins import WinsPage

    def pages(services: Services):
        controller = make_controller(services.store, clock)
        today, wins = TodayPage(controller), WinsPage(controller)
        qtbot.addWidget(today)
        qtbot.addWidget(wins)
        return controller, today, wins

    def ticked(today) -> dict[str, bool]:
        out = {}
        for layer in Layer:
            view = today.sections[layer].view
            for n in range(view.count()):
                row = view.item(n)
                out[row.text()] = row.checkState() == Qt.CheckState.Checked
        return out

    def shown_wins(wins) -> dict[str, list[str]]:
        out = {}
        for n in range(wins.tree.topLevelItemCount()):
            head = wins.tree.topLevelItem(n)
            out[head.text(0)] = sorted(head.child(m).text(1) for m in range(head.childCount()))
        return out

    old = Services(Store.open(tmp_path / "old", clock.tz, clock.now()), clock)
    _c, old_today, old_wins = pages(old)
    basics = [i for i in old.checklist.items() if i.layer is Layer.BASICS]
    old.checklist.tick(basics[0], True)
    old.checklist.tick(basics[2], True)
    trainee = next(i for i in old.checklist.items() if i.layer is Layer.TRAINEE)
    old.checklist.tick(trainee, True)
    old.wins.add("finished the discharge letters")
    add_win_on(old.store, clock, clock.now().date().isoformat(), "08:00", "ate breakfast")
    old_today.refresh()
    old_wins.refresh()
    path = old.data.export_to(tmp_path / "export.json")

    new = Services(Store.open(tmp_path / "new", clock.tz, clock.now()), clock)
    controller, new_today, new_wins = pages(new)
    page = settings_page(qtbot, controller)
    choose(monkeypatch, page, path)
    assert ticked(new_today) != ticked(old_today)
    page.computer.import_btn.click()
    assert page.computer.data_status.text().startswith("Added:")

    assert ticked(new_today) == ticked(old_today)
    assert shown_wins(new_wins) == shown_wins(old_wins)
    assert any(shown_wins(new_wins).values())
    for s in (old, new):
        s.close()
