"""Idle time, screensaver and full screen on X11, through libX11, libXss and libXext
(xlib.py, loaded at the first reading).

One connection to the display is opened at the first reading and kept: the
server sends it nothing unasked, so it costs no wake-ups, and a reading is then
three round trips (idle time, the active window, its state), with atoms looked
up once. X errors (a window that closed under us) are caught by a handler set
only around the calls, so they never end the process.

While a check-in is held the probe listens on that connection, so the end of
the hold wakes the app instead of a timer: for "away", an alarm on the X
server's IDLETIME counter (the SYNC extension) that fires at the first input;
for "full screen", property changes of the root window (the active window) and
of the active window (its state). Nothing is asked for while nothing is held.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from behind_desktop.core.moment import Hold, Moment, WatchFd


class X11Api(Protocol):
    """The few facts the probe reads; fakes stand in for it in tests."""

    def saver(self) -> tuple[int, bool] | None:
        """Milliseconds since the last input, and whether the screensaver is on."""
        ...

    def active_window(self) -> int | None:
        """``_NET_ACTIVE_WINDOW``; None without an EWMH window manager, 0 for none."""
        ...

    def window_states(self, window: int) -> list[str]: ...

    def fd(self) -> int | None:
        """The connection's file descriptor, to watch for events (None: no display)."""
        ...

    def listen(self, idle: bool, windows: bool) -> bool:
        """Ask for an event at the first input (``idle``) and when the active window or
        its state changes (``windows``); both False asks for nothing. True when the
        events asked for can come."""
        ...

    def drain(self) -> bool:
        """Take every event waiting on the connection; True when there was one."""
        ...


class X11Probe:
    def __init__(self, display: str, api: X11Api | None = None) -> None:
        self.display = display
        self._api = api
        self._watch: WatchFd | None = None
        self._changed: Callable[[], None] | None = None
        self._watching: object = None  # the watch on the connection (kept alive here)
        self._watched = False

    @property
    def api(self) -> X11Api:
        """The display connection's few calls, loaded at the first reading (ctypes and
        libX11 are not needed to start the app, only once a check-in is due)."""
        if self._api is None:
            from behind_desktop.platform.moment.xlib import XlibApi

            self._api = XlibApi(self.display)
        return self._api

    def start(self, watch: WatchFd, changed: Callable[[], None]) -> None:
        self._watch, self._changed = watch, changed

    def listen(self, hold: Hold | None) -> bool:
        if self._watch is None:
            return False
        idle, windows = hold in (Hold.AWAY, Hold.LOCKED), hold is Hold.FULL_SCREEN
        self.api.drain()  # what came before is read again by the next look anyway
        if not self.api.listen(idle, windows):
            return False
        if not self._watched and (idle or windows):
            fd = self.api.fd()
            if fd is None:
                return False
            self._watching = self._watch(fd, self._readable)
            self._watched = True
        return idle or windows

    def _readable(self) -> None:
        if self.api.drain() and self._changed is not None:
            self._changed()

    def read(self) -> Moment:
        api = self.api
        saver = api.saver()
        active = api.active_window()
        full: bool | None = None
        if active is not None:
            full = bool(active) and "_NET_WM_STATE_FULLSCREEN" in api.window_states(active)
        return Moment(
            idle_s=None if saver is None else saver[0] / 1000.0,
            # Off says nothing of a lock (D-Bus may know of one).
            locked=True if saver is not None and saver[1] else None,
            full_screen=full,
        )
