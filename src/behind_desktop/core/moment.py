"""Whether now is a good moment for a check-in.

A check-in that comes due is held while answering it is not possible or not
kind: the person has been away from the keyboard and mouse for a while, the
screen is locked or the screensaver is on, a full-screen window has focus (a
slideshow, a video call, an exam), a call is in progress (the microphone is in
use), or the desktop's do-not-disturb is on.

What the desktop can say comes in a :class:`Moment`, read by the platform
probes only when a check-in is due and then rarely while one is held; any
field may be ``None`` where the system cannot tell, and an unknown never holds
anything. Holding records nothing: a held check-in stays due, comes back as one
check-in when the moment is over (every question still due then, together),
and never counts as ignored, so back-off only ever follows a check-in the
person could have answered.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import timedelta
from enum import StrEnum
from typing import Protocol

log = logging.getLogger(__name__)

RECHECK = timedelta(seconds=60)  # how often a held check-in looks again
RECHECK_LISTENING = timedelta(seconds=180)  # the same, while a probe will say when it is over


class Hold(StrEnum):
    """Why a due check-in waits."""

    LOCKED = "locked"  # screen locked or screensaver on
    AWAY = "away"  # no keyboard or mouse input for the away time
    FULL_SCREEN = "full_screen"  # the focused window fills the screen
    CALL = "call"  # the microphone is in use
    DO_NOT_DISTURB = "do_not_disturb"  # the desktop's own setting


@dataclass(frozen=True)
class Moment:
    """What the desktop says right now; ``None`` means it cannot tell."""

    idle_s: float | None = None  # seconds since the last keyboard or mouse input
    locked: bool | None = None
    full_screen: bool | None = None
    in_call: bool | None = None
    do_not_disturb: bool | None = None


def merge(*moments: Moment) -> Moment:
    """One reading from several sources: for each field, the first that can tell."""
    values = {}
    for f in fields(Moment):
        values[f.name] = next((v for m in moments if (v := getattr(m, f.name)) is not None), None)
    return Moment(**values)


def hold_reason(
    moment: Moment, away_minutes: int, unseen_s_ago: float | None = None
) -> Hold | None:
    """Why a check-in due now should wait, or None when now is fine.

    ``unseen_s_ago``: a check-in went unseen (see :func:`went_unseen`) that many
    seconds ago; until the first input after it, the person is still away,
    whatever the away time.
    """
    if moment.locked:
        return Hold.LOCKED
    if moment.idle_s is not None:
        if moment.idle_s >= away_minutes * 60:
            return Hold.AWAY
        if unseen_s_ago is not None and moment.idle_s >= unseen_s_ago:
            return Hold.AWAY
    if moment.full_screen:
        return Hold.FULL_SCREEN
    if moment.in_call:
        return Hold.CALL
    if moment.do_not_disturb:
        return Hold.DO_NOT_DISTURB
    return None


def recheck_s(listening: bool) -> float:
    """Seconds until a held check-in looks at the moment again. Where a probe listens
    for the moment's end (the first input after being away, a window leaving full
    screen), that event wakes the app and the look is only a safety net; elsewhere
    once a minute, which keeps a long hold well under five wake-ups a minute."""
    return (RECHECK_LISTENING if listening else RECHECK).total_seconds()


def went_unseen(moment: Moment, shown_s: float) -> bool:
    """A check-in that closed itself after ``shown_s`` seconds was never seen: the
    screen was locked, or there was no input at all while it was up. Such a check-in
    is not "ignored" and stays due for when the person is back."""
    if moment.locked:
        return True
    return moment.idle_s is not None and moment.idle_s >= shown_s


class Probe(Protocol):
    def read(self) -> Moment:
        """What this source can tell right now (``None`` fields where it cannot)."""
        ...


WatchFd = Callable[[int, Callable[[], None]], object]
"""Given a file descriptor and a callback, call it whenever the descriptor is readable
(the GUI makes one of a QSocketNotifier: the event loop watches, nothing polls)."""


class Listener(Protocol):
    """A probe that can tell, by an event, when a hold may be over."""

    def start(self, watch: WatchFd, changed: Callable[[], None]) -> None:
        """From now on, ``listen`` may call ``changed`` (through ``watch``'s events)."""
        ...

    def listen(self, hold: Hold | None) -> bool:
        """A check-in is held for ``hold`` (None: nothing is held any more). True when
        this probe will call ``changed`` once that hold may be over."""
        ...


class FunctionProbe:
    """A probe from a plain function, e.g. the notification code's do-not-disturb reader."""

    def __init__(self, read: Callable[[], Moment]) -> None:
        self._read = read

    def read(self) -> Moment:
        return self._read()


class Probes:
    """Several sources read as one: for each field, the first that can tell."""

    def __init__(self, probes: Iterable[Probe] = (), listeners: Iterable[Listener] = ()) -> None:
        self.probes = list(probes)
        self.listeners = list(listeners)

    def add(self, probe: Probe) -> None:
        self.probes.append(probe)

    def read(self) -> Moment:
        readings = []
        for probe in self.probes:
            try:
                readings.append(probe.read())
            except Exception:  # a desktop that answers oddly must never stop a check-in
                log.info("%s could not tell", type(probe).__name__, exc_info=True)
        return merge(*readings)

    def start(self, watch: WatchFd, changed: Callable[[], None]) -> None:
        """Let the probes that can listen tell ``changed`` when a hold may be over."""
        for listener in self.listeners:
            listener.start(watch, changed)

    def listen(self, hold: Hold | None) -> bool:
        """What is held now (None: nothing); True when some probe will say when it ends."""
        told = False
        for listener in self.listeners:
            try:
                told = listener.listen(hold) or told
            except Exception:  # listening is a saving, never a condition
                log.info("%s cannot listen", type(listener).__name__, exc_info=True)
        return told
