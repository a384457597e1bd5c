"""The one small window: Today, Wins and Settings as tabs, no menu bar.

At the top, a header card like the groups on the pages: today at a glance in
one quiet line (gui/widgets/glance.py), then the strip that holds the focus
block and the care flows, so the window alone can do everything the tray menu
does (see focus_bar.py).

Ctrl+1..3 (or Alt+1..3) switch tabs, Ctrl+N jumps to "add a win", Ctrl+W closes.
Size and position are kept in the app state (so ``--data-dir`` keeps them apart)
and put back only where a screen can show them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from behind_desktop.gui.pages.settings import SettingsPage
from behind_desktop.gui.pages.today import TodayPage
from behind_desktop.gui.pages.wins import WinsPage
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.shell.navigator import Navigator, Page
from behind_desktop.gui.widgets.focus_bar import FocusBar
from behind_desktop.gui.widgets.glance import GlanceLine
from behind_desktop.gui.widgets.theme import Space, spaced
from behind_desktop.gui.widgets.uikit import Card, make_muted, refresh_muted
from behind_desktop.services.state import Geometry

MIN_VISIBLE = 48  # this much of the window's top must be on a screen to restore there


def visible_rect(saved: QRect, screens: list[QRect], title_room: int = 0) -> QRect | None:
    """``saved`` if some screen shows its top strip, shrunk and moved to lie on that
    screen whole; else None.

    ``title_room``: the window manager's title bar goes above the window, so the
    window starts at least that far below the screen's top, or its title bar could not
    be reached to drag it. Some window managers put the title bar where the window was
    asked to be and the window below it: the same room is kept at the bottom, so the
    window's bottom stays on the screen either way. A window kept on a bigger screen,
    or before the text was made larger, comes back inside the screen with nothing cut
    off at the right or the bottom."""
    strip = QRect(saved.x(), saved.y(), max(1, min(saved.width(), 200)), MIN_VISIBLE)
    for area in screens:
        shown = area.intersected(strip)
        if shown.width() >= min(strip.width(), MIN_VISIBLE) and shown.height() >= MIN_VISIBLE // 2:
            rect = QRect(saved)
            rect.setWidth(min(rect.width(), area.width()))
            rect.setHeight(min(rect.height(), area.height() - 2 * title_room))
            if rect.right() > area.right():
                rect.moveRight(area.right())
            if rect.left() < area.left():
                rect.moveLeft(area.left())
            if rect.bottom() > area.bottom() - title_room:
                rect.moveBottom(area.bottom() - title_room)
            if rect.top() < area.top() + title_room:
                rect.moveTop(area.top() + title_room)
            return rect
    return None


class MainWindow(QWidget):
    PAGES = tuple(Page)

    def __init__(self, bridge: Bridge, navigator: Navigator) -> None:
        super().__init__()
        self.c = bridge
        self.app_state = bridge.services.state
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Behind"))
        self.setAccessibleName(self.tr("Behind"))

        self.today = TodayPage(bridge)
        self.wins = WinsPage(bridge)
        self.settings = SettingsPage(bridge)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(self.tr("Pages"))
        self.tabs.tabBar().setAccessibleDescription(
            self.tr("Ctrl+1 Today, Ctrl+2 Wins, Ctrl+3 Settings")
        )
        pages: list[tuple[QWidget, str, str]] = [
            (self.today, self.tr("Today"), self.tr("Today's checklist (Ctrl+1)")),
            (self.wins, self.tr("Wins"), self.tr("This week's small wins (Ctrl+2)")),
            (self.settings, self.tr("Settings"), self.tr("Settings (Ctrl+3)")),
        ]
        for n, (page, label, tip) in enumerate(pages):
            self.tabs.addTab(page, label)
            self.tabs.setTabToolTip(n, tip)
        self.glance = GlanceLine(bridge)
        self.focus_bar = FocusBar(bridge, navigator)
        self.header = Card()
        self.header.setObjectName("header")
        head = spaced(QVBoxLayout(self.header), Space.XS)
        head.addWidget(self.glance)
        head.addWidget(self.focus_bar)
        make_muted(self.glance)
        layout = spaced(QVBoxLayout(self), Space.S, Space.S)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)

        for n in range(len(self.PAGES)):
            for mod in ("Ctrl", "Alt"):
                key = QShortcut(QKeySequence(f"{mod}+{n + 1}"), self)
                key.activated.connect(lambda n=n: self._go(n))
        add = QShortcut(QKeySequence("Ctrl+N"), self)
        add.activated.connect(self.add_win)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)

        self._restore_geometry()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.aboutToQuit.connect(self._quitting)

    # -- pages ---------------------------------------------------------------------

    def show_page(self, page: Page) -> None:
        self._go(self.PAGES.index(page))

    def current_page(self) -> Page:
        return self.PAGES[self.tabs.currentIndex()]

    def _go(self, n: int) -> None:
        self.tabs.setCurrentIndex(n)
        page = self.tabs.widget(n)
        if isinstance(page, (TodayPage, WinsPage, SettingsPage)) and self.isVisible():
            page.tab_widgets()[0].setFocus(Qt.FocusReason.TabFocusReason)

    def add_win(self) -> None:
        self.tabs.setCurrentWidget(self.wins)
        self.wins.focus_add()

    # -- size and place --------------------------------------------------------------

    def _title_room(self) -> int:
        """Room left above the window for a title bar (not known before it is shown)."""
        return max(32, self.fontMetrics().height() * 2)

    def _default_size(self) -> None:
        em = self.fontMetrics().horizontalAdvance("m")
        line = self.fontMetrics().height()
        self.resize(max(460, em * 46), max(500, line * 36))
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            # With large text the window could be taller than the screen less its frame.
            high = area.height() - self._title_room() - 8
            self.resize(min(self.width(), area.width()), min(self.height(), high))
            frame = self.frameGeometry()
            frame.moveCenter(area.center())
            self.move(frame.topLeft())

    def _restore_geometry(self) -> None:
        saved = self.app_state.main_geometry()
        if saved is None:
            self._default_size()
            return
        rect = QRect(saved.x, saved.y, saved.w, saved.h)
        screens = [s.availableGeometry() for s in QGuiApplication.screens()]
        room = self._title_room()
        shown = (
            visible_rect(rect, screens, room) if rect.width() > 0 and rect.height() > 0 else None
        )
        if shown is None:
            self._default_size()
            if saved.w and saved.h:
                self.resize(max(200, rect.width()), max(200, rect.height()))
            return
        self.setGeometry(shown)

    def save_geometry(self) -> None:
        g = self.geometry()
        self.app_state.set_main_geometry(Geometry(g.x(), g.y(), g.width(), g.height()))

    def _quitting(self) -> None:
        self.settings.keep_on_quit()
        if self.isVisible():
            self.save_geometry()

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self.save_geometry()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            refresh_muted(self)
        super().changeEvent(event)
