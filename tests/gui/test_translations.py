"""The English translation carries every plural ("1 minute", "3 minutes")."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "behind_desktop"
TS = SRC / "translations" / "behind_en.ts"
QM = SRC / "translations" / "behind_en.qm"


def plural_sources_in_code() -> set[str]:
    found = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found.update(re.findall(r'tr\(\s*"([^"]*%n[^"]*)"\s*,\s*""', text))
        found.update(re.findall(r'translate\(\s*"\w+",\s*"([^"]*%n[^"]*)"\s*,\s*""', text))
    return found


def test_every_plural_in_the_code_has_english_forms() -> None:
    tree = ET.parse(TS)
    forms = {}
    for message in tree.iter("message"):
        if message.get("numerus") == "yes":
            texts = [n.text or "" for n in message.iter("numerusform")]
            forms[message.findtext("source")] = texts
    missing = sorted(plural_sources_in_code() - forms.keys())
    assert not missing, f"run packaging/lupdate.sh; not in behind_en.ts: {missing}"
    for source, (one, many) in forms.items():
        assert "(s)" not in one + many, source


def test_the_compiled_file_says_one_minute_and_two_minutes(qapp) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    one = translator.translate("FocusBar", "Start %n minute(s)", "", 1)
    two = translator.translate("FocusBar", "Start %n minute(s)", "", 2)
    assert (one.replace("%n", "1"), two.replace("%n", "2")) == ("Start 1 minute", "Start 2 minutes")


def test_every_message_has_the_context_it_is_looked_up_in() -> None:
    # A tr bound to a local name is collected without a context, and Qt then never
    # finds its translation (the tray menu stayed English that way).
    for context in ET.parse(TS).getroot().iter("context"):
        assert context.findtext("name"), [m.findtext("source") for m in context.iter("message")]
