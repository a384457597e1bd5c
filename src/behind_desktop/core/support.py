"""Support contacts: the user's own, plus a starting list of crisis lines.

The crisis lines are a starting point the user can edit; numbers change, so the
settings page asks them to check the one for their country. Nothing is ever
dialled or sent.
"""

from __future__ import annotations

from dataclasses import dataclass

from behind_desktop.core.layers import clean_title

MAX_DETAIL = 200


@dataclass(frozen=True)
class Contact:
    name: str
    detail: str  # phone, email, room, link: whatever helps the user reach them
    kind: str = "personal"  # personal | crisis


CRISIS_LINES: dict[str, Contact] = {
    "AU": Contact("Lifeline (Australia)", "13 11 14", "crisis"),
    "CA": Contact("9-8-8 Suicide Crisis Helpline (Canada)", "Call or text 988", "crisis"),
    "DE": Contact("TelefonSeelsorge (Germany)", "0800 111 0 111 or 0800 111 0 222", "crisis"),
    "ES": Contact("Línea 024 (Spain)", "024", "crisis"),
    "FR": Contact("3114 (France)", "3114", "crisis"),
    "GB": Contact("Samaritans (UK)", "116 123", "crisis"),
    "IE": Contact("Samaritans (Ireland)", "116 123", "crisis"),
    "IN": Contact("Tele-MANAS (India)", "14416", "crisis"),
    "NL": Contact("113 Zelfmoordpreventie (Netherlands)", "113 or 0800 0113", "crisis"),
    "NZ": Contact("Need to talk? (New Zealand)", "Call or text 1737", "crisis"),
    "US": Contact("988 Suicide & Crisis Lifeline (US)", "Call or text 988", "crisis"),
}

# The country each line is for, as the picker in Settings lists them.
COUNTRIES: dict[str, str] = {
    "AU": "Australia",
    "CA": "Canada",
    "DE": "Germany",
    "ES": "Spain",
    "FR": "France",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "IN": "India",
    "NL": "Netherlands",
    "NZ": "New Zealand",
    "US": "United States",
}


def lines_by_country() -> list[tuple[str, str, Contact]]:
    """(code, country, line) for every crisis line, sorted by country name."""
    return sorted(
        ((code, COUNTRIES[code], line) for code, line in CRISIS_LINES.items()),
        key=lambda row: row[1].casefold(),
    )


DEFAULT_PERSONAL: tuple[Contact, ...] = (
    Contact("My advisor", ""),
    Contact("Student affairs / programme office", ""),
    Contact("Counselling service", ""),
)


def starting_contacts(country: str | None) -> list[Contact]:
    """The list a new user starts with: empty slots to fill, and a crisis line if known."""
    contacts = list(DEFAULT_PERSONAL)
    line = CRISIS_LINES.get((country or "").upper())
    if line is not None:
        contacts.append(line)
    return contacts


def clean_contact(name: str, detail: str, kind: str = "personal") -> Contact:
    detail = " ".join(detail.split())
    if len(detail) > MAX_DETAIL:
        raise ValueError(f"Keep the details under {MAX_DETAIL} characters.")
    return Contact(clean_title(name), detail, kind)
