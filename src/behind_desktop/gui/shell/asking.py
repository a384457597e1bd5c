"""How a check-in or the end of a block reaches the user: a notification, or not.

Where the desktop's notification service has buttons, a check-in due on its own
goes out as a notification with Yes / Not yet / Later, and the end of a block as
one with "Keep as a win" / "Add a note…"; one click answers, no window opens.
The desktop's own rules then apply: with do-not-disturb on, the server holds the
notification and shows it when it ends, and nothing is counted as not seen.

Where a window cannot be shown without taking the keyboard (Wayland compositors
that focus every new window) and there is no notification service, nothing opens
uninvited: the tray icon shows that something is waiting, and a click on it opens
the pop-up.

The notifier is made on first use, so none of this costs anything at start-up.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from behind_desktop.core.checkins import POPUP_TIMEOUT_S, SNOOZE_CHOICES_MIN, Answer, Due
from behind_desktop.core.focus import FocusBlock, win_text
from behind_desktop.gui.i18n import question_text
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.shell.fdwatch import fd_watcher
from behind_desktop.gui.widgets.unfocused import can_show_unfocused
from behind_desktop.platform import notifiers, notify
from behind_desktop.platform.notify import Action, Closed, Gone, Invoked, Notice, Notifier, Outcome

log = logging.getLogger(__name__)

APP_ID = "org.behind.desktop"
LATER_MIN = SNOOZE_CHOICES_MIN[1]  # "Later" from a notification: the pop-up's middle choice
CHECKIN_ANSWERS = {"yes": Answer.YES, "not_yet": Answer.NOT_YET, "later": Answer.SNOOZED}
OPEN = "open"
KEEP, NOTE = "keep", "note"
TIMEOUT_ENV = "BEHIND_NOTIFY_TIMEOUT_S"  # a shorter wait, for the end-to-end tests


def notice_timeout_s() -> float:
    raw = os.environ.get(TIMEOUT_ENV, "")
    try:
        return float(raw) if raw else float(POPUP_TIMEOUT_S)
    except ValueError:
        return float(POPUP_TIMEOUT_S)


class Poster(QObject):
    """Runs a function on the GUI thread, posted from any thread (a queued signal)."""

    posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.posted.connect(self._run)  # a slot of this object: run in its (the GUI) thread

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()

    def post(self, fn: Callable[[], None]) -> None:
        self.posted.emit(fn)


class Asker(QObject):
    """Sends notifications for the bridge and turns clicks into answers."""

    def __init__(
        self,
        controller: Bridge,
        make_notifier: Callable[[], Notifier] | None = None,
        window_ok: Callable[[], bool] = can_show_unfocused,
    ) -> None:
        super().__init__(controller)
        self.c = controller
        self._make = make_notifier or self._platform_notifier
        self._notifier: Notifier | None = None
        self.window_ok = window_ok
        self.out: dict[int, list[Due]] = {}  # check-in notifications still up
        self.open_popup: Callable[[list[Due]], None] = lambda _due: None
        self.open_prompt: Callable[[FocusBlock], None] = lambda _block: None

    def _platform_notifier(self) -> Notifier:
        return notifiers.for_platform(fd_watcher(self), APP_ID, post=Poster(self).post)

    @property
    def notifier(self) -> Notifier:
        if self._notifier is None:
            self._notifier = self._make()
        return self._notifier

    # -- check-ins ---------------------------------------------------------------------

    def way(self, due: list[Due], asked: bool) -> notify.Way:
        ok = self.window_ok()
        can_ask = not asked and self.notifier.can_ask()
        # Several questions would get the pop-up; under do-not-disturb they go to the
        # notification server instead, which holds them until it ends.
        quiet = can_ask and len(due) > 1 and ok and bool(self.notifier.do_not_disturb())
        return notify.way_to_ask(
            asked=asked, questions=len(due), can_ask=can_ask, window_ok=ok, quiet=quiet
        )

    def dnd_hold(self) -> bool | None:
        """Do-not-disturb as a reason to hold a due check-in back in Behind itself.

        Where notifications with buttons work, the check-in goes to the notification
        server, which holds it under do-not-disturb and shows it when that ends, so
        Behind holds nothing (None). Elsewhere the pop-up would be used, so the
        desktop's do-not-disturb, where it can be read, holds it here."""
        if self.notifier.can_ask():
            return None
        return self.notifier.do_not_disturb()

    def send_checkins(self, due: list[Due]) -> bool:
        """Send the check-in as a notification; False if it could not be sent."""
        opens = Action(OPEN, self.tr("Open the check-in"))  # a click on the notice itself
        if len(due) == 1:
            notice = Notice(
                self.tr("A quick check-in"),
                question_text(due[0].question.text),
                (
                    Action("yes", self.tr("Yes")),
                    Action("not_yet", self.tr("Not yet")),
                    Action("later", self.tr("Later")),
                ),
                timeout_s=notice_timeout_s(),
                default=opens,
            )
        else:
            notice = Notice(
                self.tr("A quick check-in"),
                self.tr("%n short questions, whenever you have a moment.", "", len(due)),
                (Action(OPEN, self.tr("Answer…")),),
                timeout_s=notice_timeout_s(),
                default=opens,
            )
        ident = self.notifier.send(notice, lambda outcome: self._checkin_outcome(ident, outcome))
        if ident is None:
            return False
        self.out[ident] = list(due)
        return True

    def _checkin_outcome(self, ident: int | None, outcome: Outcome) -> None:
        due = self.out.pop(ident, []) if ident is not None else []
        if isinstance(outcome, Invoked) and outcome.key in CHECKIN_ANSWERS and len(due) == 1:
            answer = CHECKIN_ANSWERS[outcome.key]
            snooze = LATER_MIN if answer is Answer.SNOOZED else 0
            self.c.services.checkins.answer(due[0], answer, snooze, origin=self)
        elif isinstance(outcome, Invoked):
            self.open_popup(due)  # the user clicked: the pop-up may open now, anywhere
            return
        elif isinstance(outcome, Gone):
            if outcome.reason is Closed.WITHDRAWN:
                return  # taken back for the pop-up, which now asks
            answer_all = self._closed_as(outcome.reason)
            if answer_all is not None:
                for d in due:
                    self.c.services.checkins.answer(d, answer_all, origin=self)
        if not self.out:
            self.c.checkin_closed()

    def _closed_as(self, reason: Closed) -> Answer | None:
        """Closing it by hand is a choice (skip); only a notice seen and left is "not seen"."""
        if reason is Closed.DISMISSED:
            return Answer.SKIPPED
        if reason is Closed.EXPIRED and not self.notifier.do_not_disturb():
            if self.c.checkin_unseen(notice_timeout_s()):
                return None  # nobody at the keyboard while it was up: it waits for them
            return Answer.IGNORED
        return None  # withdrawn, held by do-not-disturb, or the server went away: asked again

    def withdraw_checkins(self) -> list[Due]:
        """Take back check-in notifications (the pop-up is opening); what they asked."""
        due: list[Due] = []
        for ident in list(self.out):
            due += self.out.pop(ident)
            self.notifier.withdraw(ident)
        return due

    # -- the end of a block ------------------------------------------------------------

    def send_block_done(self, block: FocusBlock) -> bool:
        """Offer to keep the finished block as a win; False if no notification went out."""
        if not self.notifier.can_ask():
            return False
        text = self.tr("Nice. Take a breath. Keep “%1” as a small win?").replace(
            "%1", win_text(block)
        )
        notice = Notice(
            self.tr("Block done"),
            text,
            (Action(KEEP, self.tr("Keep as a win")), Action(NOTE, self.tr("Add a note…"))),
            timeout_s=notice_timeout_s(),
            default=Action(NOTE, self.tr("Add a note…")),
        )
        sent = self.notifier.send(notice, lambda outcome: self._block_outcome(block, outcome))
        return sent is not None

    def _block_outcome(self, block: FocusBlock, outcome: Outcome) -> None:
        if isinstance(outcome, Invoked) and outcome.key == KEEP:
            self.c.services.focus.keep_as_win(block, win_text(block), origin=self)
        elif isinstance(outcome, Invoked):
            self.open_prompt(block)
        # Gone: the block itself is kept as a block; nothing is asked again.
