"""Render the main window's pages and the welcome, light and dark, into docs/screenshots.

Run under a real X server so fonts and styles are the ones people see:

    xvfb-run -a python -m docs.make_screenshots       # from the repository root
    xvfb-run -a python -m docs.make_screenshots de    # the pages in German: *-de.png

The data is made up on the spot in a temporary folder; nothing of yours is read.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from tests.support.clock import FakeClock
from tests.support.gui import FakeAutostart

from behind_desktop.core.layers import Layer
from behind_desktop.core.wins import WinSource
from behind_desktop.store import Store

OUT = Path(__file__).resolve().parent / "screenshots"
NOW = datetime(2026, 11, 26, 16, 20, tzinfo=ZoneInfo("Europe/London"))  # a Thursday


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#35373c",
        QPalette.ColorRole.AlternateBase: "#3b3d42",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3c3e44",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#5b8dd6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#35373c",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8d9096",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Light: "#4a4c52",
        QPalette.ColorRole.Midlight: "#3e4046",
        QPalette.ColorRole.Mid: "#26272b",
        QPalette.ColorRole.Dark: "#1a1b1e",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d8086"))
    return p


# What the made-up user typed, in the language the pictures are taken in.
TYPED = {
    "": [
        "Case report draft",
        "Sent the email I'd been putting off",
        "Read 3 pages of the cardiology chapter",
        "Called my sister",
        "Made the list for the ward round",
        "Anki: 40 cards",
        "Asked my senior about the discharge letter",
        "Wrote up one patient properly",
    ],
    "de": [
        "Entwurf des Fallberichts",
        "Die Mail geschrieben, die ich vor mir hergeschoben habe",
        "3 Seiten Kardiologie gelesen",
        "Meine Schwester angerufen",
        "Die Liste für die Visite gemacht",
        "Anki: 40 Karten",
        "Die Oberärztin zum Entlassbrief gefragt",
        "Einen Patienten ordentlich dokumentiert",
    ],
}


def fill(store: Store, clock: FakeClock, language: str = "") -> None:
    tz = clock.tz
    items = store.items()
    basics = [i for i in items if i.layer is Layer.BASICS]
    trainee = [i for i in items if i.layer is Layer.TRAINEE]
    typed = TYPED.get(language, TYPED[""])
    store.add_item(Layer.EXTRAS, typed[0], clock.now())
    monday = date(2026, 11, 23)

    def at(day: date, hhmm: str) -> datetime:
        h, m = map(int, hhmm.split(":"))
        return datetime(day.year, day.month, day.day, h, m, tzinfo=tz)

    wins = [
        (0, "08:10", typed[1], WinSource.TYPED),
        (0, "13:45", typed[2], WinSource.FOCUS),
        (1, "19:30", typed[3], WinSource.TYPED),
        (2, "07:50", typed[4], WinSource.FOCUS),
        (2, "12:05", typed[5], WinSource.FOCUS),
        (2, "21:15", typed[6], WinSource.TYPED),
        (3, "10:40", typed[7], WinSource.FOCUS),
    ]
    for offset, hhmm, text, source in wins:
        day = monday + timedelta(days=offset)
        store.add_win(text, source, at(day, hhmm), day)
    for offset, item in ((0, basics[1]), (1, basics[0]), (2, basics[2])):
        day = monday + timedelta(days=offset)
        store.set_tick(item.id, day, True, at(day, "18:00"))
    today = monday + timedelta(days=3)
    store.set_tick(basics[1].id, today, True, at(today, "12:40"))
    store.set_tick(trainee[0].id, today, True, at(today, "09:00"))


def shoot(widget: QWidget, name: str) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    path = OUT / name
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    language = sys.argv[1] if len(sys.argv) > 1 else ""  # "" English; "de" German…
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    light = app.style().standardPalette()
    OUT.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QLocale

    from behind_desktop.gui.i18n import install_translators
    from behind_desktop.gui.pages.settings import computer as settings_page

    install_translators(app, QLocale(language) if language else None)
    from behind_desktop.gui.widgets import theme

    theme.install(app)
    from behind_desktop.gui.dialogs.welcome import WelcomeDialog
    from behind_desktop.gui.shell.bridge import Bridge
    from behind_desktop.gui.shell.navigator import Page
    from behind_desktop.gui.shell.windows import Windows
    from behind_desktop.services.app import Services

    settings_page.autostart_backend = lambda: FakeAutostart(on=True)  # type: ignore[assignment]

    clock = FakeClock(NOW)  # the moment the pictures are taken, held still
    with tempfile.TemporaryDirectory() as tmp:
        themes = [("light", light), ("dark", dark_palette())]
        # In another language, the light pages and the welcome: page-LANG.png.
        for theme, palette in themes[:1] if language else themes:
            suffix = f"-{language}" if language else f"-{theme}"
            app.setPalette(palette)
            store = Store.open(Path(tmp) / theme, clock.tz, clock.now())
            fill(store, clock, language)
            controller = Bridge(Services(store, clock))
            windows = Windows(controller)
            main = windows.main
            main.resize(560, 640)
            main.show()
            for page in Page:
                main.show_page(page)
                shoot(main, f"{page}{suffix}.png")
            main.hide()
            if theme == "light":
                welcome = WelcomeDialog(controller, windows, platform="win32")
                welcome.show()
                shoot(welcome, f"welcome{suffix if language else ''}.png")
                welcome.close()
            controller.stop_timers()
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
