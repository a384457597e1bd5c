"""Words the user sees, declared in the core and worded by the windows and the CLI.

The core never translates: it marks each English source text where it is
declared, and the GUI (Qt's ``QCoreApplication.translate``) or the CLI (the
Qt-free catalog in ``behind_desktop.catalog``) looks it up in the user's language
under the same context. ``pyside6-lupdate`` collects every
``QT_TRANSLATE_NOOP("Context", "text")`` call by its name, so the marker needs no
Qt: it is this plain function.

A message built from values (a limit, a state) is a ``Phrase``: the marked
template, ``%1``, ``%2``… for the values, filled in after translation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# The languages Behind ships, English (the source) first; the language setting's
# "" follows the system.
LANGUAGES = ("en", "de", "es", "fr")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation under ``context``; returns it unchanged."""
    return text


def fill(template: str, values: Sequence[object]) -> str:
    """Put values into ``%1``, ``%2``… (highest first, so %1 never eats %10)."""
    out = template
    for number in range(len(values), 0, -1):
        out = out.replace(f"%{number}", str(values[number - 1]))
    return out


@dataclass(frozen=True)
class Phrase:
    """A message in the making: its context, its marked English template, its values."""

    context: str
    template: str
    values: tuple[object, ...] = ()

    def english(self) -> str:
        return fill(self.template, self.values)

    def __str__(self) -> str:
        return self.english()


class PhraseError(ValueError):
    """An error whose message is a Phrase, so each front end words it in its language."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.english())
        self.phrase = phrase
