"""The command line's Qt-free catalog: which language, and what it says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from behind_desktop import catalog


@pytest.mark.parametrize(
    ("env", "language"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "es_MX.UTF-8"}, "es"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "C", "LANGUAGE": "de"}, "en"),  # gettext ignores LANGUAGE under C
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "it:fr:de"}, "fr"),
        ({"LANG": "pt_BR.UTF-8"}, "en"),  # not shipped: the source language
        ({}, "en"),
    ],
)
def test_the_system_language(env: dict[str, str], language: str) -> None:
    assert catalog.system_language(env) == language


def test_the_setting_overrides_the_system() -> None:
    assert catalog.choose_language("fr", {"LANG": "de_DE.UTF-8"}) == "fr"
    assert catalog.choose_language("", {"LANG": "de_DE.UTF-8"}) == "de"
    assert catalog.choose_language("xx", {"LANG": "es_ES.UTF-8"}) == "es"


def test_a_catalog_translates_and_counts(tmp_path: Path) -> None:
    messages = {
        "Cli": {
            "Nothing was deleted.": "Nichts wurde gelöscht.",
            "%n win(s)": ["%n Erfolg", "%n Erfolge"],
        }
    }
    (tmp_path / "cli_de.json").write_text(json.dumps(messages), encoding="utf-8")
    words = catalog.Catalog.load("de", tmp_path)
    assert words.translate("Cli", "Nothing was deleted.") == "Nichts wurde gelöscht."
    assert words.translate("Cli", "%n win(s)", 1) == "1 Erfolg"
    assert words.translate("Cli", "%n win(s)", 0) == "0 Erfolge"
    assert words.translate("Cli", "Something new") == "Something new"
    missing = catalog.Catalog.load("fr", tmp_path)
    assert missing.translate("Cli", "Nothing was deleted.") == "Nothing was deleted."


def test_french_counts_zero_as_singular_like_qt() -> None:
    assert [catalog.plural_form("fr", n) for n in (0, 1, 2)] == [0, 0, 1]
    assert [catalog.plural_form("de", n) for n in (0, 1, 2)] == [1, 0, 1]


def test_the_shipped_catalogs_match_the_ts_files() -> None:
    folder = catalog.TRANSLATIONS_DIR
    for ts in folder.glob("behind_*.ts"):
        language = ts.stem.removeprefix("behind_")
        shipped = json.loads((folder / f"cli_{language}.json").read_text(encoding="utf-8"))
        assert shipped == catalog.from_ts(ts), f"run packaging/lupdate.sh ({language})"
