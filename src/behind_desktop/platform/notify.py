"""Native notifications with answer buttons, behind one small interface (no Qt here).

A check-in can be answered from the system's own notification (Yes / Not yet /
Later), and the end of a block from one with "Keep as a win" / "Add a note…".
Each system has its own notifier (freedesktop over D-Bus on Linux, toasts on
Windows, user notifications on macOS); all of them implement ``Notifier``, and
``notifiers.for_platform`` picks one. Nothing of this is imported at start-up: the
first notification loads it.

Every notice sent ends exactly once, with an ``Outcome``: the action clicked
(``Invoked``) or how it went away (``Gone``). ``Outbox`` keeps that promise for
every backend, whatever the server sends twice or never.

``way_to_ask`` is the rule that decides between a notification, the pop-up and
the tray's attention state.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

log = logging.getLogger(__name__)


class Closed(Enum):
    """How a notice went away without an action."""

    EXPIRED = "expired"  # shown, and its time ran out with nobody answering
    DISMISSED = "dismissed"  # the user closed it
    WITHDRAWN = "withdrawn"  # Behind took it back (answered elsewhere, quitting)
    UNKNOWN = "unknown"  # the server did not say why, or went away


@dataclass(frozen=True)
class Action:
    key: str
    label: str


@dataclass(frozen=True)
class Notice:
    title: str
    body: str
    actions: tuple[Action, ...]
    timeout_s: float | None = None  # None: the server's own default
    default: Action | None = None  # what a click on the notice's body stands for


@dataclass(frozen=True)
class Invoked:
    key: str


@dataclass(frozen=True)
class Gone:
    reason: Closed


Outcome = Invoked | Gone
OnOutcome = Callable[[Outcome], None]
WatchFd = Callable[[int, Callable[[], None]], object]
"""Given a file descriptor and a callback, call it whenever the descriptor is readable.

The GUI passes one made of a QSocketNotifier, so notifiers need no thread and no
polling: the event loop wakes only when the notification server says something."""


class Notifier(Protocol):
    def can_ask(self) -> bool:
        """Notices with buttons can be shown here, now."""

    def send(self, notice: Notice, on_outcome: OnOutcome) -> int | None:
        """Show the notice; an id for ``withdraw``, or None when it could not be sent."""

    def withdraw(self, ident: int) -> None:
        """Take a notice back (its outcome is then ``Gone(WITHDRAWN)``)."""

    def do_not_disturb(self) -> bool | None:
        """The desktop's do-not-disturb, where it can be read; None when unknown."""


class NoNotifier:
    """Where there is no notification service with actions: the pop-up is used."""

    def can_ask(self) -> bool:
        return False

    def send(self, notice: Notice, on_outcome: OnOutcome) -> int | None:
        return None

    def withdraw(self, ident: int) -> None:
        return None

    def do_not_disturb(self) -> bool | None:
        return None


class Outbox:
    """The notices still out, each with the callback that hears how it ended, once."""

    def __init__(self) -> None:
        self._pending: dict[int, OnOutcome] = {}

    def add(self, ident: int, on_outcome: OnOutcome) -> None:
        self._pending[ident] = on_outcome

    def __contains__(self, ident: object) -> bool:
        return ident in self._pending

    def __len__(self) -> int:
        return len(self._pending)

    def ids(self) -> list[int]:
        return list(self._pending)

    def resolve(self, ident: int, outcome: Outcome) -> bool:
        """Deliver the outcome if the notice is still out; False for a stranger or a repeat."""
        callback = self._pending.pop(ident, None)
        if callback is None:
            return False
        try:
            callback(outcome)
        except Exception:  # a bug in one answer must not stop the others arriving
            log.exception("handling notification %s", ident)
        return True


class Way(Enum):
    NOTIFICATION = "notification"
    POPUP = "popup"
    ATTENTION = "attention"  # the tray shows something is waiting; a click opens the pop-up


def way_to_ask(
    *, asked: bool, questions: int, can_ask: bool, window_ok: bool, quiet: bool = False
) -> Way:
    """How a check-in reaches the user.

    ``asked``: the user asked for it ("Check in now"), so the pop-up opens.
    ``window_ok``: a window can be shown here without taking keyboard focus (false
    on Wayland compositors that give every new window the keyboard).
    One question goes into a notification with buttons where there is one; several
    at once get the pop-up, or where no window may open uninvited, a notification
    that opens the pop-up when clicked; with neither, the tray's attention state.
    ``quiet``: the desktop's do-not-disturb is on; then every check-in goes to the
    notification server, which holds it until do-not-disturb ends.
    """
    if asked:
        return Way.POPUP
    if can_ask and (questions == 1 or quiet):
        return Way.NOTIFICATION
    if window_ok:
        return Way.POPUP
    return Way.NOTIFICATION if can_ask else Way.ATTENTION
