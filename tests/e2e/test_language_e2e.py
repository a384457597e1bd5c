"""Behind in German, Spanish and French, end to end under Xvfb with a real tray host.

The app starts with ``LANG`` set as a user's session would; ``language_probe``
walks the tray menu (Today, Wins, Settings, Check in now, I'm behind…) and reports
every text shown. None of them may still be English: no text may read as an
English source string (placeholders filled in or not) whose translation differs.
The ``language`` setting overrides the system's language after a restart.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from behind_desktop import catalog
from behind_desktop.core.clock import SystemClock
from behind_desktop.core.settings import build
from behind_desktop.store import Store
from tests.e2e.xsession import XSession, find_tray_icon

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
SAMPLES = {"de": "Noch nicht", "es": "Todavía no", "fr": "Pas encore"}


def english_patterns(language: str) -> list[tuple[re.Pattern[str], str]]:
    """A pattern for each English text (its placeholders as wildcards) that this
    language words differently, with the source it comes from."""
    english = ET.parse(catalog.TRANSLATIONS_DIR / "behind_en.ts").getroot()
    plural = {
        (c.findtext("name"), m.findtext("source")): [f.text or "" for f in m.iter("numerusform")]
        for c in english.iter("context")
        for m in c.iter("message")
        if m.get("numerus") == "yes"
    }
    found = []
    root = ET.parse(catalog.TRANSLATIONS_DIR / f"behind_{language}.ts").getroot()
    for c in root.iter("context"):
        for m in c.iter("message"):
            source = m.findtext("source") or ""
            translation = m.find("translation")
            assert translation is not None
            ours = [translation.text or ""] + [f.text or "" for f in translation]
            shown = plural.get((c.findtext("name"), source), [source])
            for text in shown:
                bare = text.replace("&", "")
                if bare in {t.replace("&", "") for t in ours}:
                    continue  # the same in both languages: a name, a format
                if len(re.sub(r"%\d+|%n|\W", "", bare)) < 4:
                    continue  # too little English in it to tell
                wild = re.escape(bare)
                wild = re.sub(r"%(?:\d+|n)", ".+", wild)
                found.append((re.compile(wild), source))
    return found


def english_left(texts: list[str], language: str) -> list[str]:
    patterns = english_patterns(language)
    return sorted(
        {
            f"{text!r} (from {source!r})"
            for text in texts
            for pattern, source in patterns
            if pattern.fullmatch(text.replace("&", ""))
        }
    )


def run_probe(session: XSession, data: Path, env: dict[str, str]) -> dict[str, list[str]]:
    app = session.spawn(
        [sys.executable, "-u", "-m", "tests.e2e.language_probe", "--data-dir", str(data)],
        env={"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", **env},
        cwd=REPO,
    )
    find_tray_icon(session, timeout=20)
    line = app.wait_for_line(r"^language-texts ", timeout=40)
    report: dict[str, list[str]] = json.loads(line.split(" ", 1)[1])
    return report


@pytest.mark.parametrize(
    ("lang", "language"), [("de_DE.UTF-8", "de"), ("es_ES.UTF-8", "es"), ("fr_FR.UTF-8", "fr")]
)
def test_the_app_speaks_the_system_language(
    xsession: XSession, tmp_path: Path, lang: str, language: str
) -> None:
    report = run_probe(xsession, tmp_path / "data", {"LANG": lang})
    assert set(report) == {"menu", "window", "checkin", "flow"}
    for part, texts in report.items():
        assert texts, part
        assert not english_left(texts, language), part
    assert SAMPLES[language] in report["checkin"]  # "Not yet", gently
    # Core words too: a default checklist item and a burnout sign, in this language.
    flat = " ".join(report["window"] + report["flow"])
    assert {"de": "Ebene 1", "es": "Capa 1", "fr": "Niveau 1"}[language] in flat


def test_the_language_setting_wins_over_the_system(xsession: XSession, tmp_path: Path) -> None:
    data = tmp_path / "data"
    clock = SystemClock()
    store = Store.open(data, clock.tz, clock.now())
    store.save_settings(build({"language": "fr"}, base=store.settings()))
    store.close()
    report = run_probe(xsession, data, {"LANG": "de_DE.UTF-8"})
    assert not english_left(report["menu"], "fr")
    assert "&Quitter Behind" in report["menu"]
    assert "Pas encore" in report["checkin"]
