"""Idle time, screensaver and full screen on X11, through libX11 and libXss (ctypes).

Each reading opens its own short connection to the display and closes it: a
reading happens only when a check-in is due, and an idle connection would be one
more thing to keep alive. X errors (a window that closed under us) are caught by
a handler set only around the calls, so they never end the process.
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

    def idle_ms(self) -> int | None: ...

    def saver_on(self) -> bool | None: ...

    def active_window(self) -> int | None:
        """``_NET_ACTIVE_WINDOW``; None without an EWMH window manager, 0 for none."""
        ...

    def window_states(self, window: int) -> list[str]: ...


class X11Probe:
    def __init__(self, display: str, api: X11Api | None = None) -> None:
        self.api = api if api is not None else XlibApi(display)

    def read(self) -> Moment:
        api = self.api
        idle = api.idle_ms()
        active = api.active_window()
        full: bool | None = None
        if active is not None:
            full = bool(active) and "_NET_WM_STATE_FULLSCREEN" in api.window_states(active)
        return Moment(
            idle_s=None if idle is None else idle / 1000.0,
            locked=True if api.saver_on() else None,  # off: the lock may still be on (D-Bus)
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

    def _libs(self) -> tuple[Any, Any]:
        if not self._loaded:
            self._loaded = True
            x11 = _load("X11", "libX11.so.6")
            if x11 is not None:
                x11.XOpenDisplay.restype = ctypes.c_void_p
                x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
                x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
                x11.XDefaultRootWindow.restype = ctypes.c_ulong
                x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
                x11.XInternAtom.restype = ctypes.c_ulong
                x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
                x11.XGetAtomName.restype = ctypes.c_void_p
                x11.XGetAtomName.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
                x11.XFree.argtypes = [ctypes.c_void_p]
                x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
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
        dpy = x11.XOpenDisplay(self.display) if x11 is not None else None
        if not dpy:
            yield None
            return
        previous = x11.XSetErrorHandler(ctypes.cast(self._ignore, ctypes.c_void_p))
        try:
            yield dpy
        finally:
            x11.XSync(dpy, 0)
            x11.XSetErrorHandler(previous)
            x11.XCloseDisplay(dpy)

    def _saver(self) -> _SaverInfo | None:
        x11, xss = self._libs()
        if xss is None:
            return None
        with self._display() as dpy:
            if dpy is None:
                return None
            base, error = ctypes.c_int(), ctypes.c_int()
            if not xss.XScreenSaverQueryExtension(dpy, ctypes.byref(base), ctypes.byref(error)):
                return None
            info = _SaverInfo()
            if not xss.XScreenSaverQueryInfo(dpy, x11.XDefaultRootWindow(dpy), ctypes.byref(info)):
                return None
            return info

    def idle_ms(self) -> int | None:
        info = self._saver()
        return None if info is None else int(info.idle)

    def saver_on(self) -> bool | None:
        info = self._saver()
        return None if info is None else info.state == SCREEN_SAVER_ON

    def _property(self, dpy: Any, window: int, name: str) -> list[int] | None:
        """A 32-bit property as numbers, or None when the window does not have it."""
        x11, _ = self._libs()
        atom = x11.XInternAtom(dpy, name.encode(), 1)
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
            names = []
            for atom in atoms:
                raw = self._x11.XGetAtomName(dpy, atom)
                if raw:
                    names.append(ctypes.string_at(raw).decode(errors="replace"))
                    self._x11.XFree(raw)
            return names
