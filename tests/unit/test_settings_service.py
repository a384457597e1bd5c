"""Settings through the services layer: validate, save, show, set from KEY=VALUE text."""

from __future__ import annotations

import json

import pytest

from behind_desktop.core.settings import Settings, SettingsError
from behind_desktop.services.settings import SettingsService


@pytest.fixture
def service(store) -> SettingsService:
    return SettingsService(store)


def test_current_and_save(service, store) -> None:
    assert service.current() == Settings()
    saved = service.save(service.validate({"focus_minutes": "25"}))
    assert saved.focus_minutes == 25
    assert store.settings().focus_minutes == 25


def test_validate_keeps_what_is_not_given(service) -> None:
    service.save(service.validate({"sounds": False}))
    assert service.validate({"focus_minutes": 30}).sounds is False


def test_set_text_saves_every_pair_or_none(service, store) -> None:
    service.set_text(["focus_minutes=40", "question.sleep.times=08:00"])
    assert store.settings().focus_minutes == 40
    with pytest.raises(SettingsError):
        service.set_text(["focus_minutes=10", "question.sleep.times=8"])
    assert store.settings().focus_minutes == 40  # the good pair was not saved either


def test_show_text_round_trips_through_set(service, store) -> None:
    service.set_text(["quiet_end=06:30", "first_weekday=sunday", "question.move.days=weekdays"])
    pairs = [line for line in service.show().splitlines() if not line.startswith("contact.")]
    store.save_settings(Settings())
    service.set_text(pairs)
    again = service.current()
    assert (again.quiet_end.hour, again.first_weekday) == (6, 6)
    move = next(q for q in again.questions if q.key == "move")
    assert move.weekdays == frozenset(range(5))


def test_show_json_is_the_stored_form(service) -> None:
    shown = json.loads(service.show("json"))
    assert shown["focus_minutes"] == 15 and shown["language"] == ""
    assert [q["key"] for q in shown["questions"]] == ["sleep", "food", "move", "person"]
