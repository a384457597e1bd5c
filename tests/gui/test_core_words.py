"""The windows word what the core declares, in the user's language (German here).

Defaults seeded in English (checklist items, check-in questions) show in the
user's language until the user changes them; what they typed shows as typed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from behind_desktop import catalog
from behind_desktop.core.checkins import DEFAULT_QUESTIONS, Due
from behind_desktop.core.layers import Layer
from tests.support.gui import FakeAutostart, FakeNavigator, make_controller


@pytest.fixture
def german(qapp) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(catalog.TRANSLATIONS_DIR / "behind_de.qm"))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def today(german, qtbot, store, clock):
    from behind_desktop.gui.pages.today import TodayPage

    page = TodayPage(make_controller(store, clock))
    qtbot.addWidget(page)
    return page


def titles(page, layer) -> list[str]:
    view = page.sections[layer].view
    return [view.item(n).text() for n in range(view.count())]


def test_default_items_show_in_the_users_language(today) -> None:
    assert titles(today, Layer.BASICS)[0] == "Genug geschlafen, um mich wie ein Mensch zu fühlen"
    assert "Forschung" in titles(today, Layer.EXTRAS)
    assert today.sections[Layer.BASICS].title.text() == "Ebene 1 · Ein funktionierender Mensch"


def test_a_renamed_item_shows_as_typed_and_an_untouched_one_stays_a_default(today, store) -> None:
    view = today.sections[Layer.BASICS].view
    view.item(1).setText("Frühstück, wenigstens ein Brot")
    view.item(2).setText(view.item(2).text())  # edited to the same words: nothing changes
    stored = [i.title for i in store.items() if i.layer is Layer.BASICS]
    assert stored[1] == "Frühstück, wenigstens ein Brot"
    assert stored[2] == "Moved a little (walks count)"  # still the default, worded anew
    today.refresh()
    assert titles(today, Layer.BASICS)[1] == "Frühstück, wenigstens ein Brot"
    assert titles(today, Layer.BASICS)[2] == "Ein bisschen bewegt (Spaziergänge zählen)"


def test_a_too_long_title_is_refused_in_german(today) -> None:
    section = today.sections[Layer.EXTRAS]
    section.view.item(0).setText("x" * 200)
    assert "etwas lang" in section.problem.text()


def test_check_in_questions_and_answers_in_german(german, qtbot, store, clock) -> None:
    from behind_desktop.gui.dialogs.checkin import CheckinPopup

    dues = [Due(DEFAULT_QUESTIONS[0], clock.now())]
    popup = CheckinPopup(make_controller(store, clock), dues, FakeNavigator())
    qtbot.addWidget(popup)
    row = popup.rows[0]
    assert row.question.text() == "Hast du genug geschlafen, um dich wie ein Mensch zu fühlen?"
    assert row.not_yet.text() == "Noch nicht"
    assert row.not_yet.accessibleName().endswith(row.question.text())


def test_an_untouched_default_question_is_saved_as_the_default(
    german, qtbot, store, clock, monkeypatch
) -> None:
    from behind_desktop.gui.pages.settings import SettingsPage
    from behind_desktop.gui.pages.settings import computer as settings_page

    monkeypatch.setattr(settings_page, "autostart_backend", lambda: FakeAutostart())
    page = SettingsPage(make_controller(store, clock))
    qtbot.addWidget(page)
    first = page.checkins.rows[0]
    assert first.text.text() == "Hast du genug geschlafen, um dich wie ein Mensch zu fühlen?"
    assert first.raw()["text"] == DEFAULT_QUESTIONS[0].text
    assert not page.checkins.list.differs()  # showing it in German changed nothing
    first.text.setText("Ausgeschlafen?")
    assert first.raw()["text"] == "Ausgeschlafen?"


def test_crisis_lines_are_listed_in_german_order(german, qtbot, store, clock, monkeypatch) -> None:
    from behind_desktop.gui.i18n import crisis_lines

    countries = [country for _, country, _ in crisis_lines()]
    assert countries[:3] == ["Argentinien", "Australien", "Belgien"]
    assert "Österreich" in countries and "Schweiz" in countries
    germany = next(line for code, _, line in crisis_lines() if code == "DE")
    assert germany.name == "TelefonSeelsorge (Deutschland)"
    assert germany.detail.endswith("oder 116 123")


def test_the_language_setting_chooses_the_locale(qapp) -> None:
    from behind_desktop.gui.i18n import chosen_locale

    assert chosen_locale("") == QLocale.system()
    assert chosen_locale("fr").language() == QLocale.Language.French
    same = QLocale.system().name().split("_")[0]
    assert chosen_locale(same) == QLocale.system()  # the region's own dates stay


def test_deleting_everything_asks_for_the_german_word_and_takes_delete_too(
    german, qtbot, store, clock, monkeypatch
) -> None:
    from behind_desktop.core.wins import WinSource
    from behind_desktop.gui.pages.settings import SettingsPage
    from behind_desktop.gui.pages.settings import computer as settings_page

    monkeypatch.setattr(settings_page, "autostart_backend", lambda: FakeAutostart())
    page = SettingsPage(make_controller(store, clock))
    qtbot.addWidget(page)
    computer = page.computer
    computer.delete_btn.click()
    assert computer.confirm_field.placeholderText() == "LÖSCHEN"
    assert "LÖSCHEN" in computer.confirm_field.accessibleName()
    assert "DELETE" not in computer.delete_btn.accessibleDescription()
    for typed, takes in (
        ("löschen", False),
        ("BORRAR", False),
        ("LÖSCHEN", True),
        ("DELETE", True),
    ):
        computer.confirm_field.setText(typed)
        assert computer.confirm_btn.isEnabled() is takes, typed
    store.add_win("Zur Station gelaufen", WinSource.TYPED, clock.now(), clock.now().date())
    computer.confirm_field.setText("LÖSCHEN")
    computer.confirm_btn.click()
    assert store.export()["wins"] == []


def test_a_store_refusal_and_a_notice_are_worded_in_german(german) -> None:
    from behind_desktop.gui.i18n import say
    from behind_desktop.store import StoreNotice, StoreProblem
    from behind_desktop.store.errors import StoreError, notice

    refused = StoreError(StoreProblem.READ_ONLY, "/daten/behind.db")
    assert say(refused.phrase).startswith("Behind kann nicht in /daten/behind.db schreiben")
    told = notice(StoreNotice.UPGRADED, "/daten/alt.db")
    assert say(told) == (
        "Deine Daten wurden auf den neuen Stand gebracht; eine Kopie der alten Datei liegt "
        "unter /daten/alt.db."
    )
