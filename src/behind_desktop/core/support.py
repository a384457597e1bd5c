"""Support contacts: the user's own, plus a starting list of crisis lines.

The crisis lines are a starting point the user can edit; numbers change, so the
settings page asks them to check the one for their country. Nothing is ever
dialled or sent.
"""

from __future__ import annotations

from dataclasses import dataclass

from behind_desktop.core.layers import clean_title
from behind_desktop.core.text import QT_TRANSLATE_NOOP, Phrase, PhraseError

CONTEXT = "Support"  # the translation context of every text below
MAX_DETAIL = 200


@dataclass(frozen=True)
class Contact:
    name: str
    detail: str  # phone, email, room, link: whatever helps the user reach them
    kind: str = "personal"  # personal | crisis


def _line(name: str, detail: str) -> Contact:
    return Contact(name, detail, "crisis")


# Each line's name and detail are worded in the user's language when shown (and
# when added to their contacts). Checked against the source noted beside it.
CRISIS_LINES: dict[str, Contact] = {
    # Centro de Asistencia al Suicida: 135 from Buenos Aires, (011) 5275-1135 elsewhere,
    # volunteers, 8:00 to midnight (elauditor.info); the Ministerio de Salud's 0800 999 0091,
    # free, anonymous, 24/7 (lapostacomodorense.com.ar, Sept 2025; progress.guide, Argentina).
    "AR": _line(
        QT_TRANSLATE_NOOP("Support", "Centro de Asistencia al Suicida (Argentina)"),
        QT_TRANSLATE_NOOP(
            "Support", "135 (Buenos Aires), (011) 5275-1135, or 0800 999 0091 at any hour"
        ),
    ),
    # TelefonSeelsorge Österreich, Notruf 142 (katholisch.at/telefonseelsorge; ots.at, Apr 2023).
    "AT": _line(QT_TRANSLATE_NOOP("Support", "TelefonSeelsorge (Austria)"), "142"),
    "AU": _line(QT_TRANSLATE_NOOP("Support", "Lifeline (Australia)"), "13 11 14"),
    # Centre de Prévention du Suicide, 0800 32 123, 24/7 (preventionsuicide.be; bx1.be);
    # Zelfmoordlijn 1813 (zelfmoord1813.be; vrt.be, Apr 2021).
    "BE": _line(
        QT_TRANSLATE_NOOP("Support", "Centre de Prévention du Suicide / Zelfmoordlijn (Belgium)"),
        QT_TRANSLATE_NOOP("Support", "0800 32 123 (French) or 1813 (Dutch)"),
    ),
    # 9-8-8 Suicide Crisis Helpline, call or text, English and French, since 30 Nov 2023
    # (newswire.ca, Government of Canada release; 988.ca).
    "CA": _line(
        QT_TRANSLATE_NOOP("Support", "9-8-8 Suicide Crisis Helpline (Canada)"),
        QT_TRANSLATE_NOOP("Support", "Call or text 988"),
    ),
    # Die Dargebotene Hand / La Main Tendue / Telefono Amico, 143 (143.ch).
    "CH": _line(
        QT_TRANSLATE_NOOP("Support", "Die Dargebotene Hand / La Main Tendue (Switzerland)"),
        "143",
    ),
    # Línea de Prevención del Suicidio *4141, Minsal, since 4 Jan 2023 (biobiochile.cl;
    # latercera.com, Oct 2025).
    "CL": _line(
        QT_TRANSLATE_NOOP("Support", "Línea de Prevención del Suicidio (Chile)"),
        QT_TRANSLATE_NOOP("Support", "*4141 from a mobile phone"),
    ),
    # Colombia has no one national crisis number: the Ministerio de Salud's Línea 192,
    # option 4 (mental-health teleorientation, free, 24/7: infobae.com, Apr 2021, quoting
    # Minsalud), and in Bogotá Línea 106 "El poder de ser escuchado", free, 24/7, also on
    # WhatsApp 300 754 8933 (Secretaría Distrital de Salud; radiosantafe.com, Sept 2025).
    "CO": _line(
        QT_TRANSLATE_NOOP("Support", "Línea 192 / Línea 106 (Colombia)"),
        QT_TRANSLATE_NOOP("Support", "192, then option 4; in Bogotá 106"),
    ),
    # TelefonSeelsorge: 0800 111 0 111, 0800 111 0 222 and 116 123, free, 24/7
    # (telefonseelsorge.de; domradio.de; ansbach-evangelisch.de).
    "DE": _line(
        QT_TRANSLATE_NOOP("Support", "TelefonSeelsorge (Germany)"),
        QT_TRANSLATE_NOOP("Support", "0800 111 0 111, 0800 111 0 222 or 116 123"),
    ),
    # 024, Línea de atención a la conducta suicida, Ministerio de Sanidad, since 10 May 2022
    # (rtve.es; maldita.es).
    "ES": _line(QT_TRANSLATE_NOOP("Support", "Línea 024 (Spain)"), "024"),
    # 3114, numéro national de prévention du suicide, since 1 Oct 2021 (service-public.fr;
    # 3114.fr).
    "FR": _line(
        QT_TRANSLATE_NOOP("Support", "3114, suicide prevention line (France)"),
        "3114",
    ),
    "GB": _line(QT_TRANSLATE_NOOP("Support", "Samaritans (UK)"), "116 123"),
    "IE": _line(QT_TRANSLATE_NOOP("Support", "Samaritans (Ireland)"), "116 123"),
    "IN": _line(QT_TRANSLATE_NOOP("Support", "Tele-MANAS (India)"), "14416"),
    # Línea de la Vida, Secretaría de Salud / CONASAMA, 800 911 2000, free, 24/7
    # (eluniversal.com.mx, Dec 2025; cronica.com.mx, Sept 2025).
    "MX": _line(
        QT_TRANSLATE_NOOP("Support", "Línea de la Vida (Mexico)"),
        "800 911 2000",
    ),
    "NL": _line(
        QT_TRANSLATE_NOOP("Support", "113 Zelfmoordpreventie (Netherlands)"),
        QT_TRANSLATE_NOOP("Support", "113 or 0800 0113"),
    ),
    "NZ": _line(
        QT_TRANSLATE_NOOP("Support", "Need to talk? (New Zealand)"),
        QT_TRANSLATE_NOOP("Support", "Call or text 1737"),
    ),
    # Línea 113, opción 5, Minsa, free, 24/7 (panamericana.pe, Mar 2026; infobae.com, Aug 2025).
    "PE": _line(
        QT_TRANSLATE_NOOP("Support", "Línea 113, salud mental (Peru)"),
        QT_TRANSLATE_NOOP("Support", "113, then option 5"),
    ),
    # "155 Te escucha", Ministerio de Salud, free, 24/7, since June 2025 (abc.com.py, Aug 2025).
    "PY": _line(QT_TRANSLATE_NOOP("Support", "155 Te escucha (Paraguay)"), "155"),
    "US": _line(
        QT_TRANSLATE_NOOP("Support", "988 Suicide & Crisis Lifeline (US)"),
        QT_TRANSLATE_NOOP("Support", "Call or text 988"),
    ),
    # Línea Vida, ASSE: 0800 0767, or *0767 from a mobile (subrayado.com.uy; carmeloportal.com).
    "UY": _line(
        QT_TRANSLATE_NOOP("Support", "Línea Vida (Uruguay)"),
        QT_TRANSLATE_NOOP("Support", "0800 0767, or *0767 from a mobile phone"),
    ),
}

# The country each line is for, as the picker in Settings lists them.
COUNTRIES: dict[str, str] = {
    "AR": QT_TRANSLATE_NOOP("Support", "Argentina"),
    "AT": QT_TRANSLATE_NOOP("Support", "Austria"),
    "AU": QT_TRANSLATE_NOOP("Support", "Australia"),
    "BE": QT_TRANSLATE_NOOP("Support", "Belgium"),
    "CA": QT_TRANSLATE_NOOP("Support", "Canada"),
    "CH": QT_TRANSLATE_NOOP("Support", "Switzerland"),
    "CL": QT_TRANSLATE_NOOP("Support", "Chile"),
    "CO": QT_TRANSLATE_NOOP("Support", "Colombia"),
    "DE": QT_TRANSLATE_NOOP("Support", "Germany"),
    "ES": QT_TRANSLATE_NOOP("Support", "Spain"),
    "FR": QT_TRANSLATE_NOOP("Support", "France"),
    "GB": QT_TRANSLATE_NOOP("Support", "United Kingdom"),
    "IE": QT_TRANSLATE_NOOP("Support", "Ireland"),
    "IN": QT_TRANSLATE_NOOP("Support", "India"),
    "MX": QT_TRANSLATE_NOOP("Support", "Mexico"),
    "NL": QT_TRANSLATE_NOOP("Support", "Netherlands"),
    "NZ": QT_TRANSLATE_NOOP("Support", "New Zealand"),
    "PE": QT_TRANSLATE_NOOP("Support", "Peru"),
    "PY": QT_TRANSLATE_NOOP("Support", "Paraguay"),
    "US": QT_TRANSLATE_NOOP("Support", "United States"),
    "UY": QT_TRANSLATE_NOOP("Support", "Uruguay"),
}


def lines_by_country() -> list[tuple[str, str, Contact]]:
    """(code, country, line) for every crisis line, sorted by country name."""
    return sorted(
        ((code, COUNTRIES[code], line) for code, line in CRISIS_LINES.items()),
        key=lambda row: row[1].casefold(),
    )


DEFAULT_PERSONAL: tuple[Contact, ...] = (
    Contact(QT_TRANSLATE_NOOP("Support", "My advisor"), ""),
    Contact(QT_TRANSLATE_NOOP("Support", "Student affairs / programme office"), ""),
    Contact(QT_TRANSLATE_NOOP("Support", "Counselling service"), ""),
)


def starting_contacts(country: str | None) -> list[Contact]:
    """The list a new user starts with: empty slots to fill, and a crisis line if known."""
    contacts = list(DEFAULT_PERSONAL)
    line = CRISIS_LINES.get((country or "").upper())
    if line is not None:
        contacts.append(line)
    return contacts


class ContactError(PhraseError):
    """Contact details too long to keep."""


def clean_contact(name: str, detail: str, kind: str = "personal") -> Contact:
    detail = " ".join(detail.split())
    if len(detail) > MAX_DETAIL:
        template = QT_TRANSLATE_NOOP("Support", "Keep the details under %1 characters.")
        raise ContactError(Phrase(CONTEXT, template, (MAX_DETAIL,)))
    return Contact(clean_title(name), detail, kind)
