"""One English: every string the app shows in English uses British spelling (the
convention most of its words already used), and no American spelling or term slips in."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from behind_desktop import catalog

# American spellings and terms with the British word Behind uses instead.
AMERICAN = {
    # (a computer program is spelt so in British English too)
    r"\bprogram(s)? (director|directors|office|offices)\b": "programme",
    r"\bcolors?\b": "colour",
    r"\bcent(er|ers)\b": "centre",
    r"\bcounsel(ing|or|ors)\b": "counselling, counsellor",
    r"\bbehaviors?\b": "behaviour",
    r"\bfavor(ite|ites|s)?\b": "favour, favourite",
    r"\bhonor\b": "honour",
    r"\b\w+(iz|yz)(e|es|ed|ing|ation|ations)\b": "-ise, -yse",
    r"\bcanceled\b": "cancelled",
    r"\bgray\b": "grey",
    r"\battendings?\b": "senior doctor",
    r"\bmom\b": "mum",
}
# Names quoted from elsewhere keep their own spelling (Windows' own menu names), and
# words that end in -ize in British English too.
QUOTED = ("Personalization",)
SAME_IN_BOTH = ("size", "prize", "seize")


def english_strings() -> list[str]:
    """Every string of the windows and the command line, as lupdate collected them."""
    tree = ET.parse(catalog.TRANSLATIONS_DIR / "behind_en.ts")
    return [m.findtext("source") or "" for m in tree.getroot().iter("message")]


def test_the_english_strings_use_one_spelling() -> None:
    found = []
    for text in english_strings():
        for quoted in QUOTED:
            text = text.replace(quoted, "")
        for pattern, british in AMERICAN.items():
            for m in re.finditer(pattern, text, flags=re.IGNORECASE):
                if any(w in m.group(0).lower() for w in SAME_IN_BOTH):
                    continue
                found.append(f"{m.group(0)!r} (say {british}) in {text[:70]!r}")
    assert not found, "\n".join(found)


def test_the_check_finds_american_spelling() -> None:
    text = "Talk to your program director or a trusted attending; we prioritize you."
    assert not re.search(next(iter(AMERICAN)), "another program has the file open")
    hits = [p for p in AMERICAN if re.search(p, text, flags=re.IGNORECASE)]
    assert len(hits) == 3
