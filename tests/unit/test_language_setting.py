"""The language setting: empty follows the system; a shipped language overrides it."""

from __future__ import annotations

import json

import pytest

from behind_desktop.core.settings import Settings, SettingsError, build, from_json, to_json
from behind_desktop.core.text import LANGUAGES


def test_by_default_behind_follows_the_system() -> None:
    assert Settings().language == ""


@pytest.mark.parametrize("language", ["", *LANGUAGES, "DE", " fr "])
def test_a_shipped_language_can_be_chosen(language: str) -> None:
    assert build({"language": language}).language == language.strip().lower()


def test_another_language_is_refused_with_the_choices() -> None:
    with pytest.raises(SettingsError) as refused:
        build({"language": "klingon"})
    assert set(refused.value.problems) == {"language"}
    assert "de" in refused.value.problems["language"].english()


def test_the_choice_is_stored_and_read_back() -> None:
    chosen = build({"language": "es"})
    assert json.loads(to_json(chosen))["language"] == "es"
    assert from_json(to_json(chosen)).language == "es"


def test_a_stored_value_behind_does_not_speak_falls_back_to_the_system() -> None:
    kept = from_json(json.dumps({"language": "xx", "focus_minutes": 20}))
    assert (kept.language, kept.focus_minutes) == ("", 20)
