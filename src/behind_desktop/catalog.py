"""The command line's words in the user's language, without Qt.

The windows translate through Qt (``.qm`` files); the CLI must not load Qt, so
``packaging/lupdate.sh`` also writes ``translations/cli_<lang>.json`` from the
same ``.ts`` files: only the contexts the CLI words (its own prose and the core
messages it prints), each source text mapped to its translation, or to its plural
forms. ``translate()`` is called like Qt's, so lupdate collects the CLI's strings:
``translate("Cli", "Nothing was deleted.")``.

The language is the ``language`` setting when one is chosen, otherwise the
system's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads
them); anything not shipped falls back to English, the source language.

    python -m behind_desktop.catalog DIR   # regenerate DIR/cli_<lang>.json
"""

from __future__ import annotations

import json
import locale
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from behind_desktop.core.text import LANGUAGES, Phrase, fill

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
SHIPPED = LANGUAGES
# What the CLI words: its own prose and the core messages it passes on.
CONTEXTS = ("Autostart", "Cli", "Export", "Focus", "Layers", "Settings", "Store", "System", "Time")
# Which plural form Qt picks for n, per language (Qt's numerus rules for these).
_ONE_IS_ZERO_TOO = frozenset({"fr"})

Entry = str | list[str]


def plural_form(language: str, n: int) -> int:
    """0 for the singular form, 1 for the plural, as Qt counts them."""
    if language in _ONE_IS_ZERO_TOO:
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


def _language_of(value: str) -> str:
    """ "de_AT.UTF-8" -> "de"; "German_Germany.1252" (Windows) -> "de"; "C" -> "en"."""
    name = value.split(".")[0].split("@")[0]
    if name in ("C", "POSIX", ""):
        return "en"
    names = {"english": "en", "german": "de", "spanish": "es", "french": "fr"}
    head = name.replace("-", "_").split("_")[0].lower()
    return names.get(head, head)


def system_language(env: Mapping[str, str] | None = None) -> str:
    """The system's language as a shipped code, "en" if it isn't one of them."""
    env = os.environ if env is None else env
    value = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if not value and sys.platform == "win32":
        value = locale.getlocale()[0] or ""
    if value in ("C", "POSIX"):
        return "en"  # gettext's rule: a plain C locale ignores LANGUAGE
    # LANGUAGE is a list of preferences ("fr:de"); the first one shipped wins.
    for choice in (env.get("LANGUAGE") or "").split(":"):
        if choice and _language_of(choice) in SHIPPED:
            return _language_of(choice)
    found = _language_of(value)
    return found if found in SHIPPED else "en"


def choose_language(setting: str, env: Mapping[str, str] | None = None) -> str:
    """The ``language`` setting if it names a shipped language, else the system's."""
    return setting if setting in SHIPPED else system_language(env)


class Catalog:
    def __init__(self, language: str, messages: Mapping[str, Mapping[str, Entry]]) -> None:
        self.language = language
        self.messages = messages

    @classmethod
    def load(cls, language: str, directory: Path | None = None) -> Catalog:
        path = (directory or TRANSLATIONS_DIR) / f"cli_{language}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls("en", {})
        return cls(language, data if isinstance(data, dict) else {})

    def translate(self, context: str, source: str, n: int = -1) -> str:
        entry = self.messages.get(context, {}).get(source)
        if isinstance(entry, list) and entry:
            text = entry[min(plural_form(self.language, n), len(entry) - 1)]
        elif isinstance(entry, str) and entry:
            text = entry
        else:
            text = source
        return text.replace("%n", str(n)) if n >= 0 else text


_current: Catalog | None = None


def use(language: str) -> None:
    """Word everything from now on in ``language`` (the setting, once it is known)."""
    global _current
    wanted = choose_language(language)
    if _current is None or _current.language != wanted:
        _current = Catalog.load(wanted)


def current() -> Catalog:
    if _current is None:
        use("")
    assert _current is not None
    return _current


def translate(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    """Qt's ``QCoreApplication.translate`` for the CLI (no disambiguations are used)."""
    return current().translate(context, source, n)


def say(phrase: Phrase) -> str:
    """A core message in the user's language; a value that is itself a Phrase too."""
    values = [say(v) if isinstance(v, Phrase) else v for v in phrase.values]
    return fill(translate(phrase.context, phrase.template), values)


# -- generating the catalogs from the .ts files -----------------------------------------


def from_ts(path: Path, contexts: tuple[str, ...] = CONTEXTS) -> dict[str, dict[str, Entry]]:
    """The finished translations of ``contexts`` in one ``.ts`` file."""
    import xml.etree.ElementTree as ET  # only when the catalogs are made, not in the CLI

    out: dict[str, dict[str, Entry]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in contexts:
            continue
        table = out.setdefault(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") == "yes":
                if forms and all(forms):
                    table[source] = forms
            elif translation.text:
                table[source] = translation.text
    return out


def write_catalogs(directory: Path) -> list[Path]:
    written = []
    for ts in sorted(directory.glob("behind_*.ts")):
        language = ts.stem.removeprefix("behind_")
        target = directory / f"cli_{language}.json"
        text = json.dumps(from_ts(ts), ensure_ascii=False, indent=1, sort_keys=True)
        target.write_text(text + "\n", encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":
    for made in write_catalogs(Path(sys.argv[1]) if len(sys.argv) > 1 else TRANSLATIONS_DIR):
        print(f"wrote {made}")
