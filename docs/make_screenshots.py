"""Render every page and dialog into docs/screenshots: light and dark, at the
normal font size and at 1.5×, on a 1366×768 screen, as a fresh install shows them.

    python -m docs.make_screenshots       # from the repository root
    python -m docs.make_screenshots de    # the pages and the welcome in German: *-de.png

It starts its own Xvfb (1366×768) so fonts and styles are the ones people see.
Files: ``<name>-<light|dark>[-large].png`` for today, wins, settings, welcome,
checkin, flow, timer and keep-win (a fresh install: nothing ticked, no wins),
and ``wins-week-<light|dark>.png``, the Wins page after a made-up week. The data
is made up on the spot in a temporary folder; nothing of yours is read.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from tests.e2e.xsession import XSession
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


def pictures(app: QApplication, root: Path, suffix: str, language: str) -> None:
    """Every page and dialog of a fresh install, then the Wins page after a week."""
    from behind_desktop.core.focus import FocusState
    from behind_desktop.gui.dialogs.behind_flow import BehindFlow
    from behind_desktop.gui.dialogs.checkin import CheckinPopup
    from behind_desktop.gui.dialogs.prompts import WinPrompt
    from behind_desktop.gui.dialogs.timer import TimerWindow
    from behind_desktop.gui.dialogs.welcome import WelcomeDialog
    from behind_desktop.gui.shell.bridge import Bridge
    from behind_desktop.gui.shell.navigator import Page
    from behind_desktop.gui.shell.windows import Windows
    from behind_desktop.services.app import Services

    clock = FakeClock(NOW)  # the moment the pictures are taken, held still
    store = Store.open(root / f"fresh{suffix}", clock.tz, clock.now())
    bridge = Bridge(Services(store, clock))
    bridge.stop_timers()
    windows = Windows(bridge)
    main = windows.main
    main.show()
    for page in Page:
        main.show_page(page)
        shoot(main, f"{page}{suffix}.png")
    main.hide()

    shown: list[QWidget] = [WelcomeDialog(bridge, windows, platform="win32")]
    names = ["welcome"]
    if not language:
        shown.append(CheckinPopup(bridge, bridge.services.checkins.ask_now()[:3], windows))
        shown.append(BehindFlow(bridge))
        names += ["checkin", "flow"]
    for widget, name in zip(shown, names, strict=True):
        widget.show()
        shoot(widget, f"{name}{suffix}.png")
        widget.close()
    if not language:
        focus = bridge.services.focus
        focus.start(15, "Read 3 pages of the cardiology chapter")
        clock.advance(minutes=6)
        timer = TimerWindow(bridge)
        timer.show()
        shoot(timer, f"timer{suffix}.png")
        timer.close()
        focus.stop()
        block = focus.block
        assert block is not None and block.state is FocusState.STOPPED
        prompt = WinPrompt(bridge, block)
        prompt.show()
        shoot(prompt, f"keep-win{suffix}.png")
        prompt.close()
    store.close()

    if not suffix.endswith("-large"):
        week = Store.open(root / f"week{suffix}", clock.tz, clock.now())
        fill(week, clock, language)
        bridge = Bridge(Services(week, clock))
        bridge.stop_timers()
        main = Windows(bridge).main
        main.show()
        main.show_page(Page.WINS)
        shoot(main, f"wins-week{suffix}.png")
        main.close()
        week.close()


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else ""  # "" English; "de" German…
    OUT.mkdir(parents=True, exist_ok=True)
    with XSession(tray=False, screen="1366x768x24") as session:
        os.environ.update(session.env)
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        app = QApplication(sys.argv[:1])
        app.setStyle("Fusion")
        light = app.style().standardPalette()
        normal = QFont(app.font())
        large = QFont(normal)
        large.setPointSizeF(normal.pointSizeF() * 1.5)

        from PySide6.QtCore import QLocale

        from behind_desktop.gui.i18n import install_translators
        from behind_desktop.gui.pages.settings import computer as settings_page
        from behind_desktop.gui.widgets import theme

        install_translators(app, QLocale(language) if language else None)
        theme.install(app)
        settings_page.autostart_backend = lambda: FakeAutostart(on=True)  # type: ignore[assignment]

        themes = [("light", light), ("dark", dark_palette())]
        with tempfile.TemporaryDirectory() as tmp:
            for name, palette in themes[:1] if language else themes:
                app.setPalette(palette)
                for font, size in ((normal, ""), (large, "-large")):
                    app.setFont(font)
                    suffix = f"-{language}{size}" if language else f"-{name}{size}"
                    pictures(app, Path(tmp), suffix, language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
