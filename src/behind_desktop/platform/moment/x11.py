"""Idle time, screensaver and full screen on X11, through libX11 and libXss (ctypes).

One connection to the display is opened at the first reading and kept: the
server sends it nothing unasked, so it costs no wake-ups, and a reading is then
three round trips (idle time, the active window, its state), with atoms looked
up once. X errors (a window that closed under us) are caught by a handler set
only around the calls, so they never end the process.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from behind_desktop.core.moment import Moment

SCREEN_SAVER_ON = 1
XA_ANY = 0  # AnyPropertyType


class X11Api(Protocol):
    """The few facts the probe reads; fakes stand in for it in tests."""

    def saver(self) -> tuple[int, bool] | None:
        """Milliseconds since the last input, and whether the screensaver is on."""
        ...

    def active_window(self) -> int | None:
        """``_NET_ACTIVE_WINDOW``; None without an EWMH window manager, 0 for none."""
        ...

    def window_states(self, window: int) -> list[str]: ...


class X11Probe:
    def __init__(self, display: str, api: X11Api | None = None) -> None:
        self.api = api if api is not None else XlibApi(display)

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


class _SaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _load(name: str, fallback: str) -> Any:
    found = ctypes.util.find_library(name) or fallback
    try:
        return ctypes.CDLL(found)
    except OSError:
        return None


class XlibApi:
    """The real display, through ctypes; every method answers None when it cannot tell."""

    def __init__(self, display: str) -> None:
        self.display = display.encode()
        self._x11: Any = None
        self._xss: Any = None
        self._loaded = False
        self._ignore = _ERROR_HANDLER(lambda _dpy, _event: 0)
        self._dpy: Any = None
        self._opened = False
        self._saver_ok: bool | None = None
        self._atoms: dict[str, int] = {}
        self._names: dict[int, str] = {}

    def _libs(self) -> tuple[Any, Any]:
        if not self._loaded:
            self._loaded = True
            x11 = _load("X11", "libX11.so.6")
            if x11 is not None:
                x11.XOpenDisplay.restype = ctypes.c_void_p
                x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
                x11.XDefaultRootWindow.restype = ctypes.c_ulong
                x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
                x11.XInternAtom.restype = ctypes.c_ulong
                x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
                x11.XGetAtomName.restype = ctypes.c_void_p
                x11.XGetAtomName.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
                x11.XFree.argtypes = [ctypes.c_void_p]
                x11.XSetErrorHandler.restype = ctypes.c_void_p
                x11.XSetErrorHandler.argtypes = [ctypes.c_void_p]
                x11.XGetWindowProperty.argtypes = [
                    ctypes.c_void_p,
                    ctypes.c_ulong,
                    ctypes.c_ulong,
                    ctypes.c_long,
                    ctypes.c_long,
                    ctypes.c_int,
                    ctypes.c_ulong,
                    ctypes.POINTER(ctypes.c_ulong),
                    ctypes.POINTER(ctypes.c_int),
                    ctypes.POINTER(ctypes.c_ulong),
                    ctypes.POINTER(ctypes.c_ulong),
                    ctypes.POINTER(ctypes.c_void_p),
                ]
            xss = _load("Xss", "libXss.so.1")
            if xss is not None:
                xss.XScreenSaverQueryExtension.argtypes = [
                    ctypes.c_void_p,
                    ctypes.POINTER(ctypes.c_int),
                    ctypes.POINTER(ctypes.c_int),
                ]
                xss.XScreenSaverQueryInfo.argtypes = [
                    ctypes.c_void_p,
                    ctypes.c_ulong,
                    ctypes.POINTER(_SaverInfo),
                ]
            self._x11, self._xss = x11, xss
        return self._x11, self._xss

    @contextmanager
    def _display(self) -> Iterator[Any]:
        x11, _ = self._libs()
        if not self._opened:
            self._opened = True
            self._dpy = x11.XOpenDisplay(self.display) if x11 is not None else None
        if not self._dpy:
            yield None
            return
        previous = x11.XSetErrorHandler(ctypes.cast(self._ignore, ctypes.c_void_p))
        try:
            yield self._dpy
        finally:
            x11.XSetErrorHandler(previous)

    def _atom(self, dpy: Any, name: str) -> int:
        if name not in self._atoms:
            atom = int(self._x11.XInternAtom(dpy, name.encode(), 1))
            if not atom:
                return 0  # not interned yet: nobody uses it; ask again next time
            self._atoms[name] = atom
        return self._atoms[name]

    def _name(self, dpy: Any, atom: int) -> str:
        if atom not in self._names:
            raw = self._x11.XGetAtomName(dpy, atom)
            if not raw:
                return ""
            self._names[atom] = ctypes.string_at(raw).decode(errors="replace")
            self._x11.XFree(raw)
        return self._names[atom]

    def saver(self) -> tuple[int, bool] | None:
        x11, xss = self._libs()
        if xss is None:
            return None
        with self._display() as dpy:
            if dpy is None:
                return None
            if self._saver_ok is None:
                base, error = ctypes.c_int(), ctypes.c_int()
                query = xss.XScreenSaverQueryExtension
                self._saver_ok = bool(query(dpy, ctypes.byref(base), ctypes.byref(error)))
            if not self._saver_ok:
                return None
            info = _SaverInfo()
            if not xss.XScreenSaverQueryInfo(dpy, x11.XDefaultRootWindow(dpy), ctypes.byref(info)):
                return None
            return int(info.idle), info.state == SCREEN_SAVER_ON

    def _property(self, dpy: Any, window: int, name: str) -> list[int] | None:
        """A 32-bit property as numbers, or None when the window does not have it."""
        x11, _ = self._libs()
        atom = self._atom(dpy, name)
        if not atom:
            return None
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = x11.XGetWindowProperty(
            dpy,
            window,
            atom,
            0,
            1024,
            0,
            XA_ANY,
            ctypes.byref(kind),
            ctypes.byref(fmt),
            ctypes.byref(count),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        if status != 0 or not data.value:
            return None
        try:
            if fmt.value != 32:
                return None
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(values[i]) for i in range(count.value)]
        finally:
            x11.XFree(data)

    def active_window(self) -> int | None:
        with self._display() as dpy:
            if dpy is None:
                return None
            root = self._x11.XDefaultRootWindow(dpy)
            value = self._property(dpy, root, "_NET_ACTIVE_WINDOW")
            return None if value is None else (value[0] if value else 0)

    def window_states(self, window: int) -> list[str]:
        with self._display() as dpy:
            if dpy is None:
                return []
            atoms = self._property(dpy, window, "_NET_WM_STATE") or []
            return [self._name(dpy, atom) for atom in atoms]
