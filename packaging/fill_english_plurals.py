"""Give English its plural forms: "%n win(s)" becomes "%n win" / "%n wins".

Source strings are English already, so only the numerus messages need a
translation; everything else is left empty and Qt falls back to the source.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from translate import set_translation, write  # packaging/, beside this script


def forms(source: str) -> tuple[str, str]:
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        set_translation(message, list(forms(message.findtext("source") or "")))
        filled += 1
    write(tree, path)
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(Path(name))} plural messages filled")
