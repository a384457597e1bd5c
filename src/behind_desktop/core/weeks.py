"""Which day a week starts on: the user's choice, else the locale's territory.

One rule for every place that shows a week (the Wins page, ``behind-desktop
wins``, exports), with no Qt: the territory of a locale name such as
``en_US.UTF-8`` is looked up in a small table taken from CLDR's week data
(supplemental ``weekData``: ``firstDay``). Territories not listed start on Monday,
as do locales with no territory (``C``, ``POSIX``).
"""

from __future__ import annotations

import re

MONDAY, FRIDAY, SATURDAY, SUNDAY = 0, 4, 5, 6

# CLDR weekData firstDay: territories whose week starts on a day other than Monday.
_SUNDAY = """AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA
MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW"""
SUNDAY_FIRST = frozenset(_SUNDAY.split())
SATURDAY_FIRST = frozenset(
    {"AE", "AF", "BH", "DJ", "DZ", "EG", "IQ", "IR", "JO", "KW", "LY"} | {"OM", "QA", "SD", "SY"}
)
FRIDAY_FIRST = frozenset({"MV"})

_TERRITORY = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2}|\d{3})(?:[_.@-]|$)")


def territory(locale_name: str | None) -> str | None:
    """ "en_US.UTF-8" -> "US"; "de-AT" -> "AT"; "C.UTF-8" or "" -> None."""
    if not locale_name:
        return None
    m = _TERRITORY.match(locale_name.strip())
    if m is None:
        return None
    region = m.group(1).upper()
    return region if region.isalpha() else None


def locale_first_weekday(locale_name: str | None) -> int:
    """0 Monday … 6 Sunday: the first day of the week where ``locale_name`` is used."""
    region = territory(locale_name)
    if region in SUNDAY_FIRST:
        return SUNDAY
    if region in SATURDAY_FIRST:
        return SATURDAY
    if region in FRIDAY_FIRST:
        return FRIDAY
    return MONDAY


def first_weekday(choice: int | None, locale_name: str | None) -> int:
    """The user's choice ("weeks start on") wins; unset, the locale decides."""
    return choice if choice is not None else locale_first_weekday(locale_name)
