"""Helpers for the main window's page tests."""

from __future__ import annotations

from datetime import date, datetime

from behind_desktop.core.wins import WinSource


def make_controller(store, clock):
    from tests.support.controller import AppController

    controller = AppController(store, clock)
    controller.stop_timers()
    return controller


def shown_today_page(qtbot, store, clock, width: int, height: int):
    """The Today page on its own, shown at ``width`` × ``height``."""
    from behind_desktop.gui.pages.today import TodayPage

    page = TodayPage(make_controller(store, clock))
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page


def let_undo_expire(bar, qtbot) -> None:
    """An Undo bar offered for UNDO_SECONDS, once a single-shot timer, and then
    run out as if that time had passed."""
    from behind_desktop.gui.widgets import uikit

    assert bar.expiry.isSingleShot() and bar.expiry.isActive()
    assert bar.expiry.interval() == uikit.UNDO_SECONDS * 1000
    bar.expiry.setInterval(5)  # as if the time had passed
    bar.expiry.start()
    with qtbot.waitSignal(bar.expiry.timeout):
        pass


def add_win_on(store, clock, day: str, hhmm: str, text: str, source=WinSource.TYPED):
    at = datetime.fromisoformat(f"{day} {hhmm}").replace(tzinfo=clock.tz)
    return store.add_win(text, source, at, date.fromisoformat(day))


class FakeAutostart:
    """Start at login without touching the real OS."""

    def __init__(self, on: bool = False, fail: bool = False) -> None:
        self.on = on
        self.fail = fail

    def enabled(self) -> bool:
        return self.on

    def set_enabled(self, on: bool) -> None:
        from behind_desktop.platform.autostart import AutostartError, AutostartProblem

        if self.fail:
            raise AutostartError(AutostartProblem.ON_UNWRITABLE, "~/.config/autostart", "denied")
        self.on = on

    def location(self) -> str:
        return "~/.config/autostart/org.behind.desktop.desktop"


class FakeNavigator:
    """The shell's navigator for a view shown on its own: it notes what was asked for."""

    def __init__(self, tray: bool = False) -> None:
        self.asked: list[str] = []
        self.tray = tray

    def show_page(self, page: str = "today") -> None:
        self.asked.append(f"page:{page}")

    def show_timer(self) -> None:
        self.asked.append("timer")

    def show_contacts(self) -> None:
        self.asked.append("contacts")

    def name_step(self) -> None:
        self.asked.append("name step")

    def show_behind(self) -> None:
        self.asked.append("behind")

    def show_selfcheck(self) -> None:
        self.asked.append("selfcheck")

    def tray_shown(self) -> bool:
        return self.tray

    waiting = None  # nothing waits for a click on a tray here
    waiting_tip = ""

    def open_waiting(self) -> bool:
        return False
