"""Move translations between the .ts files and one small JSON file.

    python packaging/translate.py todo  > new.json   # what is unfinished, per language
    python packaging/translate.py apply new.json     # write it into the .ts files

The JSON names each message by its context and English source:

    {"Settings": {"Saved.": {"de": "Gespeichert.", "es": "Guardado.", "fr": "Enregistré."}}}

A plural message takes a list, one entry per form the language has
(``["%n Erfolg", "%n Erfolge"]``). ``apply`` sets only the messages it names and
marks them finished; a message the .ts files don't have is reported and skipped.
Run ``packaging/lupdate.sh`` afterwards to compile the .qm files and the catalogs.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent / "src" / "behind_desktop" / "translations"


def ts_files() -> dict[str, Path]:
    """Each translated language's .ts file (English needs no translating)."""
    return {
        p.stem.removeprefix("behind_"): p
        for p in sorted(HERE.glob("behind_*.ts"))
        if p.stem != "behind_en"
    }


def messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree)
    with path.open("wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


def set_translation(message: ET.Element, text: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if isinstance(text, list):
        translation.text = None
        for form in text:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text


def apply(wanted: dict[str, dict[str, dict[str, Any]]]) -> int:
    missing = 0
    for lang, path in ts_files().items():
        tree = ET.parse(path)
        found = messages(tree)
        for context, sources in wanted.items():
            for source, by_lang in sources.items():
                if lang not in by_lang:
                    continue
                message = found.get((context, source))
                if message is None:
                    print(f"{lang}: no message {context!r} {source!r}", file=sys.stderr)
                    missing += 1
                    continue
                set_translation(message, by_lang[lang])
        write(tree, path)
    return missing


def todo() -> dict[str, dict[str, dict[str, Any]]]:
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for lang, path in ts_files().items():
        for (context, source), message in messages(ET.parse(path)).items():
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                continue
            plural = message.get("numerus") == "yes"
            out.setdefault(context, {}).setdefault(source, {})[lang] = [source] if plural else ""
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["todo"] and len(argv) == 1:
        json.dump(todo(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if argv[:1] == ["apply"] and len(argv) == 2:
        wanted = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        return 1 if apply(wanted) else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
