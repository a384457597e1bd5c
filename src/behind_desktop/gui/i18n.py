"""Translations and locale-aware dates.

Every string the windows show goes through ``tr()``; ``packaging/lupdate.sh``
collects them into ``translations/behind_<lang>.ts``. Compiled ``.qm`` files in
``behind_desktop/translations`` are loaded for the system locale at start-up, with
Qt's own translations (dialog buttons and the like) when Qt ships them.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, directory: Path | None = None
) -> list[QTranslator]:
    """Install Behind's and Qt's translators for ``locale`` (the system's by default).

    Returns the translators installed (parented to the app, so they stay alive);
    a language without a ``.qm`` file falls back to English.
    """
    locale = locale or QLocale.system()
    folder = str(directory or TRANSLATIONS_DIR)
    installed: list[QTranslator] = []
    # English first, always: it carries the plural forms ("1 win", "3 wins"). A
    # translator installed later is asked first, so the user's language wins.
    english = QTranslator(app)
    if english.load("behind_en", folder):
        app.installTranslator(english)
        installed.append(english)
    if locale.language() != QLocale.Language.English:
        ours = QTranslator(app)
        if ours.load(locale, "behind", "_", folder):
            app.installTranslator(ours)
            installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date) -> str:
    """ "Tuesday 24 November", in the user's language and order."""
    return QLocale().toString(_qdate(day), _without_year(QLocale().dateFormat()))


def short_day_name(day: date) -> str:
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def short_date(day: date) -> str:
    """ "24 Nov" or "Nov 24": day and month in the locale's order."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    month_first = fmt.find("M") < fmt.find("d")
    return QLocale().toString(_qdate(day), "MMM d" if month_first else "d MMM")


def clock_time(moment: datetime) -> str:
    return QLocale().toString(
        QTime(moment.hour, moment.minute), QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    )


def _without_year(fmt: str) -> str:
    """The locale's long date format minus the year, so a weekday heading stays short."""
    out = fmt
    for token in ("yyyy", "yy"):
        out = out.replace(token, "")
    out = out.replace(",  ", ", ").replace(" ,", ",").strip(" ,./-")
    return " ".join(out.split()) or "dddd d MMMM"
