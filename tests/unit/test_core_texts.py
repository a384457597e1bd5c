"""The core declares its words once, marked for lupdate; the windows word them."""

from __future__ import annotations

import ast
import importlib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from behind_desktop.core import focus, layers, support
from behind_desktop.core.text import Phrase, fill

SRC = Path(__file__).resolve().parents[2] / "src" / "behind_desktop"
TS = SRC / "translations" / "behind_en.ts"


def marked(path: Path) -> list[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP call in a module, as lupdate reads it."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP"
            and all(isinstance(a, ast.Constant) for a in node.args)
        ):
            context, text = (a.value for a in node.args)  # type: ignore[attr-defined]
            found.append((context, text))
    return found


CORE_MODULES = sorted(p for p in (SRC / "core").glob("*.py") if marked(p))


def test_the_core_declares_words_in_the_modules_that_own_them() -> None:
    names = {p.stem for p in CORE_MODULES}
    assert {"layers", "focus", "redflags", "perspective", "support", "checkins"} <= names


@pytest.mark.parametrize("path", CORE_MODULES, ids=lambda p: p.stem)
def test_each_module_marks_its_words_under_its_own_context(path: Path) -> None:
    module = importlib.import_module(f"behind_desktop.core.{path.stem}")
    assert {context for context, _ in marked(path)} == {module.CONTEXT}


def test_lupdate_collected_every_word_the_core_declares() -> None:
    collected = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(TS).getroot().iter("context")
        for m in c.iter("message")
    }
    missing = sorted(set().union(*(marked(p) for p in CORE_MODULES)) - collected)
    assert not missing, f"run packaging/lupdate.sh; not in behind_en.ts: {missing}"


def test_phrases_fill_their_values_after_translation() -> None:
    assert fill("%1 to %2 minutes", (1, 180)) == "1 to 180 minutes"
    assert fill("%1 and %10", tuple(range(1, 11))) == "1 and 10"
    assert str(Phrase("Focus", "Keep it under %1.", (120,))) == "Keep it under 120."


def test_errors_carry_a_typed_reason_not_a_sentence_to_parse() -> None:
    with pytest.raises(layers.ItemError) as too_long:
        layers.clean_title("x" * 121)
    assert too_long.value.problem is layers.TitleProblem.TOO_LONG
    with pytest.raises(layers.ItemError) as empty:
        layers.clean_title("  ")
    assert empty.value.problem is layers.TitleProblem.EMPTY
    with pytest.raises(focus.FocusError) as bad:
        focus.check_minutes(0)
    assert bad.value.problem is focus.FocusProblem.LENGTH
    assert bad.value.phrase.values == (focus.MIN_MINUTES, focus.MAX_MINUTES)
    with pytest.raises(support.ContactError) as detail:
        support.clean_contact("x", "1" * 201)
    assert detail.value.phrase.values == (support.MAX_DETAIL,)


def test_no_view_chooses_a_message_by_reading_exception_text() -> None:
    for path in (SRC / "gui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "in str(e" not in text and "in str(error" not in text, path


def test_default_items_are_recognised_until_renamed() -> None:
    assert all(layers.is_default_title(d.title) for d in layers.DEFAULT_ITEMS)
    assert not layers.is_default_title("Slept enough to feel human, mostly")
