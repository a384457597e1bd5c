"""Every shipped language is complete, counts right, keeps its placeholders, and is kind."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from behind_desktop import catalog

FOLDER = Path(catalog.TRANSLATIONS_DIR)
LANGUAGES = [lang for lang in catalog.SHIPPED if lang != "en"]
# Plural forms Qt asks for in each language (lupdate writes this many numerusforms).
FORMS = {"de": 2, "es": 2, "fr": 2}
# Qt's %1 and %n, and the %s / %(name)s argparse fills in after the CLI translates.
PLACEHOLDER = re.compile(r"%(?:\d+|n|\([a-z_]+\)[sr]|[sr])")

# Words that scold, count failures or diagnose, per language. Stems match their
# inflections ("versagt", "versagen"; "fracaso", "fracasado").
SHAMING = {
    "de": [
        "versag",
        "gescheitert",
        "scheiter",
        "verpasst",
        "versäum",
        "überfällig",
        "strähne",
        "serie",
        "faul",
        "schande",
        "schuld",
        "fehlschlag",
        "ungenügend",
        "diagnostiz",
        "störung",
        "burnout hast",
        "du solltest",
        "hättest",
    ],
    "es": [
        "fracas",
        "fallaste",
        "fallido",
        "fallo",
        "perdiste",
        "vencid",
        "atrasad",
        "racha",
        "perez",
        "vago",
        "vergüenza",
        "culpa",
        "incumpl",
        "insuficiente",
        "diagnostic",
        "trastorno",
        "deberías",
        "tendrías que haber",
    ],
    "fr": [
        "échec",
        "échoué",
        "raté",
        "manqué",
        "en retard",
        "série",
        "paresse",
        "honte",
        "faute",
        "insuffisant",
        "diagnostiqu",
        "trouble",
        "tu aurais dû",
        "tu devrais",
    ],
}


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(FOLDER / f"behind_{language}.ts").getroot()
    return [
        (c.findtext("name") or "", m.findtext("source") or "", m)
        for c in root.iter("context")
        for m in c.iter("message")
    ]


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    english = {(c, s) for c, s, _ in messages("en")}
    here = messages(language)
    assert {(c, s) for c, s, _ in here} == english, "run packaging/lupdate.sh"
    unfinished = [
        f"{c}: {s}"
        for c, s, m in here
        if (m.find("translation") is None)
        or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not all(t.strip() for t in texts(m))
    ]
    assert not unfinished, unfinished


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plural_has_the_forms_of_its_language(language: str) -> None:
    for context, source, m in messages(language):
        if m.get("numerus") == "yes":
            assert len(texts(m)) == FORMS[language], f"{context}: {source}"
            assert all("%n" in t for t in texts(m)), f"{context}: {source}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept_exactly(language: str) -> None:
    for context, source, m in messages(language):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts(m):
            if m.get("numerus") == "yes" and "%n" not in wanted:
                wanted = sorted({*wanted, "%n"})
            assert sorted(set(PLACEHOLDER.findall(text))) == wanted, f"{context}: {text}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tone_stays_kind(language: str) -> None:
    harsh = []
    for context, _, m in messages(language):
        for text in texts(m):
            lowered = text.lower()
            harsh += [f"{context}: {text} ({w})" for w in SHAMING[language] if w in lowered]
    assert not harsh, harsh


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_yet_is_said_gently(language: str) -> None:
    gentle = {"de": "Noch nicht", "es": "Todavía no", "fr": "Pas encore"}[language]
    found = {c: texts(m)[0] for c, s, m in messages(language) if s == "Not yet"}
    assert found and set(found.values()) == {gentle}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_file_loads_and_counts_as_the_cli_does(language: str, qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(FOLDER / f"behind_{language}.qm"))
    assert translator.language() == language
    forms = {s: texts(m) for c, s, m in messages(language) if c == "WinsChart"}
    source = "%1: %n win(s)"
    for n in (0, 1, 2, 5):
        qt = translator.translate("WinsChart", source, "", n)
        assert qt == forms[source][catalog.plural_form(language, n)]
    # A core text, worded under the core module's own context.
    assert translator.translate("Checkins", "Not yet") not in ("", "Not yet")
