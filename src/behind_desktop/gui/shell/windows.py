"""Which window is open, created only when first needed.

``Windows`` is the app's ``Navigator``: the tray, the main window and the dialogs
ask for windows here; the bridge's signals (a block ended, check-ins due, show
requested) arrive here too, so every window is made and raised in one place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from behind_desktop.core.checkins import Due
from behind_desktop.core.focus import FocusBlock
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.shell.navigator import Page
from behind_desktop.services.changes import Ended

if TYPE_CHECKING:
    from behind_desktop.gui.dialogs.behind_flow import BehindFlow
    from behind_desktop.gui.dialogs.checkin import CheckinPopup
    from behind_desktop.gui.dialogs.prompts import WinPrompt
    from behind_desktop.gui.dialogs.timer import TimerWindow
    from behind_desktop.gui.dialogs.welcome import WelcomeDialog
    from behind_desktop.gui.shell.asking import Asker
    from behind_desktop.gui.shell.main_window import MainWindow
    from behind_desktop.gui.shell.tray import Tray

log = logging.getLogger(__name__)


def show_unfocused(w: QWidget) -> None:
    """Show ``w`` without taking the keyboard (widgets/unfocused.py, loaded with the
    first window shown uninvited, not at start-up)."""
    from behind_desktop.gui.widgets import unfocused

    unfocused.show_unfocused(w)


def raise_window(w: QWidget) -> None:
    """Bring ``w`` to the front, also out of the minimized state: with no taskbar
    (a locked-down ward PC, a bare window manager) nothing else would bring it back."""
    if w.isMinimized():
        w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
    if w.isVisible() and QGuiApplication.platformName().startswith("wayland"):
        # The compositor may have put it away (sway's scratchpad, another workspace),
        # which a client can neither see nor undo; a window mapped anew comes where
        # the user is.
        w.hide()
    w.show()
    w.raise_()
    w.activateWindow()


class Windows(QObject):
    def __init__(self, bridge: Bridge, cache_dir: Path | None = None) -> None:
        super().__init__(bridge)
        self.c = bridge
        self.s = bridge.services
        self.cache_dir = cache_dir
        self._tray: Tray | None = None
        self._main: MainWindow | None = None
        self._timer: TimerWindow | None = None
        self._popup: CheckinPopup | None = None
        self._behind: BehindFlow | None = None
        self._notice: QWidget | None = None
        self._welcome: WelcomeDialog | None = None
        self.prompts: list[WinPrompt] = []
        self._draft: tuple[int | None, str] | None = None  # a block's words put off with "Not now"
        self._prompt_later: Callable[[], None] | None = None  # the click that brings it back
        self._asker: Asker | None = None
        # What clicks on the tray open, oldest first, each with the tooltip saying so.
        self._waits: list[tuple[Callable[[], None], str]] = []
        self._checkin_later: Callable[[], None] | None = None  # a check-in among them
        bridge.showRequested.connect(lambda page: self.show_page(Page(page)))
        bridge.ended.connect(self.block_ended)
        bridge.checkinsDue.connect(self.show_checkins)
        bridge.notice.connect(self.tell)

    # -- the tray --------------------------------------------------------------------

    @property
    def tray(self) -> Tray | None:
        return self._tray

    @tray.setter
    def tray(self, tray: Tray | None) -> None:
        self._tray = tray
        if tray is not None:
            tray.adopted.connect(self.tray_adopted)

    def tray_shown(self) -> bool:
        return self._tray is not None and self._tray.icon.isVisible()

    def tray_adopted(self) -> None:
        log.info("tray icon shown")
        if self._main is not None:
            self._main.focus_bar.refresh()  # the window's Quit button is no longer the only way out

    # -- windows ----------------------------------------------------------------------

    @property
    def main(self) -> MainWindow:
        if self._main is None:
            from behind_desktop.gui.shell.main_window import MainWindow

            self._main = MainWindow(self.c, self)
        return self._main

    @property
    def timer(self) -> TimerWindow:
        if self._timer is None:
            from behind_desktop.gui.dialogs.timer import TimerWindow

            self._timer = TimerWindow(self.c)
        return self._timer

    def main_if_open(self) -> MainWindow | None:
        return self._main

    def show_page(self, page: Page = Page.TODAY) -> None:
        self.main.show_page(page)
        raise_window(self.main)

    def show_contacts(self) -> None:
        self.show_page(Page.SETTINGS)
        self.main.settings.show_contacts()

    def show_timer(self) -> None:
        raise_window(self.timer)

    def name_step(self) -> None:
        self.show_timer()
        self.timer.focus_step()

    def show_behind(self) -> None:
        self._open_flow(selfcheck=False)

    def show_selfcheck(self) -> None:
        self._open_flow(selfcheck=True)

    def _open_flow(self, selfcheck: bool) -> None:
        from behind_desktop.gui.dialogs.behind_flow import BehindFlow

        if self._behind is None or not self._behind.isVisible():
            self._behind = BehindFlow(self.c, selfcheck=selfcheck, navigator=self)
        raise_window(self._behind)

    @property
    def asker(self) -> Asker:
        """Notifications: made when first needed, so start-up never pays for them."""
        if self._asker is None:
            from behind_desktop.gui.shell.asking import Asker

            self.set_asker(Asker(self.c))
        assert self._asker is not None
        return self._asker

    def set_asker(self, asker: Asker) -> None:
        self._asker = asker
        asker.open_popup = self.open_checkins
        asker.open_prompt = self._prompt

    def show_checkins(self, due: list[Due]) -> None:
        """Due check-ins: a notification, the pop-up, or the tray saying one waits."""
        from behind_desktop.platform.notify import Way

        if self._popup is not None and self._popup.isVisible():
            self._popup.merge(due)  # one combined check-in, never a stack of windows
            return
        asked = self.c.asking_now
        way = self.asker.way(due, asked)
        if way is Way.NOTIFICATION and self.asker.send_checkins(due):
            return
        if way is Way.POPUP or (way is Way.NOTIFICATION and self.asker.window_ok()):
            self.open_checkins(due + (self.asker.withdraw_checkins() if asked else []))
            return
        self.stop_waiting(self._checkin_later)
        self._checkin_later = lambda: self.open_checkins(due)
        self.wait_for_click(
            self._checkin_later, self.tr("Behind · a check-in is waiting: click to open it")
        )

    def open_checkins(self, due: list[Due]) -> None:
        from behind_desktop.gui.dialogs.checkin import CheckinPopup

        self.stop_waiting(self._checkin_later)  # it is open now
        self._checkin_later = None
        if self._popup is not None and self._popup.isVisible():
            self._popup.merge(due)
            return
        anchor = None
        if self._tray is not None and self.tray_shown():
            anchor = self._tray.icon.geometry()
        self._popup = CheckinPopup(self.c, due, self, anchor)
        show_unfocused(self._popup)

    @property
    def waiting(self) -> Callable[[], None] | None:
        return self._waits[0][0] if self._waits else None

    @property
    def waiting_tip(self) -> str:
        return self._waits[0][1] if self._waits else ""

    def wait_for_click(self, then: Callable[[], None], tip: str) -> None:
        """No window may open uninvited here: the tray shows something waits instead.
        Each thing that waits gets a click of its own, in turn; none pushes another out."""
        self._waits.append((then, tip))
        self._tray_update()
        log.info("waiting for a click on the tray")

    def stop_waiting(self, then: Callable[[], None] | None) -> None:
        """``then`` no longer waits (it opened another way, or something replaced it)."""
        kept = [w for w in self._waits if w[0] is not then]
        if len(kept) != len(self._waits):
            self._waits = kept
            self._tray_update()

    def _tray_update(self) -> None:
        if self._tray is not None:
            self._tray.update()

    def open_waiting(self) -> bool:
        """The tray was clicked while something waited: open the oldest; False if nothing did.

        A question still open counts as waiting: it comes to the front (other windows
        may cover it, and with no taskbar nothing else would find it)."""
        if not self._waits:
            return self._prompt_forward()
        then, _tip = self._waits.pop(0)
        self._tray_update()
        then()
        return True

    def _prompt_forward(self) -> bool:
        shown = [p for p in self.prompts if p.isVisible()]
        if not shown:
            return False
        from behind_desktop.gui.widgets.unfocused import FocusGuard

        prompt = shown[-1]
        guard = prompt.findChild(FocusGuard, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if guard is not None:
            guard.invite()  # asked for with the click: it may have the keyboard now
        raise_window(prompt)
        return True

    @property
    def popup(self) -> CheckinPopup | None:
        return self._popup

    # -- the end of a block ------------------------------------------------------------------

    def block_ended(self, ended: Ended) -> None:
        if ended.finished:
            self.block_finished(ended.block)
        else:
            # Stopped from one of Behind's own windows (the timer's Stop, a new step in
            # "I'm behind…"): the user is here, and what they type next is the answer.
            here = QGuiApplication.focusWindow() is not None
            self._prompt(ended.block, replaced=ended.replaced, invited=here)

    def block_finished(self, block: FocusBlock) -> None:
        settings = self.s.settings.current()
        if settings.sounds and self.cache_dir is not None:
            from behind_desktop.platform.sound import play_chime

            play_chime(self.cache_dir)
        if settings.notifications and self.asker.send_block_done(block):
            return  # "Keep as a win" / "Add a note…" from the notification itself
        # The prompt asks what was done; the bubble beside it doesn't ask it again.
        title = self.tr("Block done")
        window_ok = self.asker.window_ok()
        if window_ok:
            text = self.tr("Nice. Take a breath.")
        else:
            text = self.tr(
                "Nice. Take a breath. Click the icon when you'd like to note what you did."
            )
        tray = self._tray
        if not (tray and settings.notifications and tray.notify(title, text)):
            log.info("no tray notification; the prompt speaks for itself")
        if window_ok:
            self._prompt(block)
        else:
            tip = self.tr("Behind · block done: click to keep it as a small win")
            self._prompt_waits(block, tip)

    def _prompt(self, block: FocusBlock, replaced: bool = False, invited: bool = False) -> None:
        from behind_desktop.gui.dialogs.prompts import WinPrompt

        for older in list(self.prompts):  # one question at a time: the newer replaces it
            older.putOff.disconnect(self._put_off)
            older.close()
        self.stop_waiting(self._prompt_later)  # it is open now (or a newer one is)
        self._prompt_later = None
        draft = self._draft[1] if self._draft is not None and self._draft[0] == block.id else None
        self._draft = None
        # "Not now" means later only where there is a tray icon to click for it.
        dialog = WinPrompt(self.c, block, replaced=replaced, draft=draft, later=self.tray_shown())
        self.prompts.append(dialog)
        dialog.finished.connect(lambda _result: self.prompts.remove(dialog))
        dialog.putOff.connect(self._put_off)
        if invited:
            raise_window(dialog)  # asked for: it has the keyboard
        else:
            show_unfocused(dialog)  # the block ended on its own: the user may be typing elsewhere

    def _put_off(self, block: FocusBlock, text: str) -> None:
        """ "Not now": the words typed so far wait, with the prompt, for a click on the tray."""
        self._draft = (block.id, text)
        self._prompt_waits(block, self.tr("Behind · your small win is waiting: click to finish it"))

    def _prompt_waits(self, block: FocusBlock, tip: str) -> None:
        """The block's question waits for a click, in place of an older block's."""
        self.stop_waiting(self._prompt_later)
        self._prompt_later = lambda: self._prompt(block, invited=True)  # a click on the tray
        self.wait_for_click(self._prompt_later, tip)

    def first_run_if_needed(self) -> bool:
        """Show the welcome once, on the very first start; True if it was shown."""
        if self.s.state.welcomed():
            return False
        from behind_desktop.gui.dialogs.welcome import WelcomeDialog

        self._welcome = WelcomeDialog(self.c, self)
        self.s.state.mark_welcomed(self.s.now())
        show_unfocused(self._welcome)  # often at login, while the user starts other work
        return True

    @property
    def welcome(self) -> WelcomeDialog | None:
        return self._welcome

    def tell(self, text: str) -> None:
        """A short message: a tray bubble where there is one, else a small box."""
        if self._tray is not None and self._tray.notify("Behind", text):
            return
        self.show_notice(text)

    def show_notice(self, text: str) -> None:
        """A small box with the message, shown without taking the keyboard."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, "Behind", text)
        box.setObjectName("notice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        self._notice = box
        show_unfocused(box)
