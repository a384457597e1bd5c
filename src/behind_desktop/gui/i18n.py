"""Translations and locale-aware dates.

Every string the windows show goes through ``tr()``, or, for the texts the core
declares (marked with ``QT_TRANSLATE_NOOP`` there), through ``words()`` /
``say()`` with the core module's context; ``packaging/lupdate.sh`` collects both
into ``translations/behind_<lang>.ts``. Compiled ``.qm`` files in
``behind_desktop/translations`` are loaded at start-up for the ``language`` setting
(or the system locale), with
Qt's own translations (dialog buttons and the like) when Qt ships them.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cmp_to_key
from pathlib import Path

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from behind_desktop.core import checkins, layers, support
from behind_desktop.core.text import Phrase, fill

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


def chosen_locale(language: str) -> QLocale:
    """The ``language`` setting as a locale. Unset, or the system's own language: the
    system locale (so its region's dates stay); otherwise that language's."""
    system = QLocale.system()
    if not language or QLocale(language).language() == system.language():
        return system
    return QLocale(language)


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, directory: Path | None = None
) -> list[QTranslator]:
    """Install Behind's and Qt's translators for ``locale`` (the system's by default).

    Returns the translators installed (parented to the app, so they stay alive);
    a language without a ``.qm`` file falls back to English.
    """
    locale = locale or QLocale.system()
    QLocale.setDefault(locale)  # dates, times and week starts follow the same choice
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


def words(context: str, text: str) -> str:
    """A text the core declared, in the user's language."""
    return QCoreApplication.translate(context, text)


def say(phrase: Phrase) -> str:
    """A core message with its values, in the user's language (a Phrase value too)."""
    values = [say(v) if isinstance(v, Phrase) else v for v in phrase.values]
    return fill(QCoreApplication.translate(phrase.context, phrase.template), values)


def item_title(title: str) -> str:
    """A checklist item as the user sees it: a default one in their language, a
    renamed one exactly as they typed it."""
    return words(layers.CONTEXT, title) if layers.is_default_title(title) else title


_DEFAULT_QUESTIONS = frozenset(q.text for q in checkins.DEFAULT_QUESTIONS)


def question_text(text: str) -> str:
    """A check-in question: a default one in the user's language, their own as typed."""
    return words(checkins.CONTEXT, text) if text in _DEFAULT_QUESTIONS else text


def perspective_note(note: str | None) -> str:
    from behind_desktop.core import perspective  # with the first note, not at start-up

    return words(perspective.CONTEXT, note) if note else ""


def crisis_line(line: support.Contact) -> support.Contact:
    """A crisis line's name and number, worded in the user's language."""
    return support.Contact(
        words(support.CONTEXT, line.name), words(support.CONTEXT, line.detail), line.kind
    )


def crisis_lines() -> list[tuple[str, str, support.Contact]]:
    """(code, country, line) for every crisis line, worded and sorted as the user reads."""
    rows = [
        (code, words(support.CONTEXT, country), crisis_line(line))
        for code, country, line in support.lines_by_country()
    ]
    order = cmp_to_key(QCollator(QLocale()).compare)
    return sorted(rows, key=lambda row: order(row[1]))


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
