"""libX11, libXss and libXext through ctypes: the display connection the X11 probe
(x11.py) reads and listens on, loaded at its first reading."""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

SCREEN_SAVER_ON = 1
XA_ANY = 0  # AnyPropertyType
PROPERTY_CHANGE_MASK = 1 << 22
# The SYNC extension (X11/extensions/sync.h)
SYNC_ALARM_NOTIFY = 1
SYNC_ABSOLUTE = 0
SYNC_NEGATIVE_TRANSITION = 1
SYNC_CA_COUNTER, SYNC_CA_VALUE_TYPE, SYNC_CA_VALUE = 1 << 0, 1 << 1, 1 << 2
SYNC_CA_TEST_TYPE, SYNC_CA_DELTA, SYNC_CA_EVENTS = 1 << 3, 1 << 4, 1 << 5
BACK_MS = 1  # IDLETIME falling below this means someone touched the keyboard or mouse


class _SyncValue(ctypes.Structure):
    _fields_ = [("hi", ctypes.c_int), ("lo", ctypes.c_uint)]


class _SyncSystemCounter(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("counter", ctypes.c_ulong), ("resolution", _SyncValue)]


class _SyncTrigger(ctypes.Structure):
    _fields_ = [
        ("counter", ctypes.c_ulong),
        ("value_type", ctypes.c_int),
        ("wait_value", _SyncValue),
        ("test_type", ctypes.c_int),
    ]


class _SyncAlarmAttributes(ctypes.Structure):
    _fields_ = [
        ("trigger", _SyncTrigger),
        ("delta", _SyncValue),
        ("events", ctypes.c_int),
        ("state", ctypes.c_int),
    ]


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


def _load(name: str, soname: str) -> Any:
    """The library by its usual file name, else wherever the system says it is (that
    search runs helper programs, so it comes second)."""
    try:
        return ctypes.CDLL(soname)
    except OSError:
        pass
    found = ctypes.util.find_library(name)
    try:
        return ctypes.CDLL(found) if found else None
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
        self._xext: Any = None
        self._idle_counter: int | None = None  # IDLETIME, once looked up (0: none)
        self._alarm = 0
        self._selected = 0  # the window whose property changes are asked for

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
            if x11 is not None:
                x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
                x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
                x11.XPending.argtypes = [ctypes.c_void_p]
                x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
                x11.XFlush.argtypes = [ctypes.c_void_p]
            xext = _load("Xext", "libXext.so.6")
            if xext is not None:
                pair = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
                xext.XSyncQueryExtension.argtypes = pair
                xext.XSyncInitialize.argtypes = pair
                xext.XSyncListSystemCounters.restype = ctypes.POINTER(_SyncSystemCounter)
                xext.XSyncListSystemCounters.argtypes = [
                    ctypes.c_void_p,
                    ctypes.POINTER(ctypes.c_int),
                ]
                xext.XSyncFreeSystemCounterList.argtypes = [ctypes.c_void_p]
                xext.XSyncCreateAlarm.restype = ctypes.c_ulong
                xext.XSyncCreateAlarm.argtypes = [
                    ctypes.c_void_p,
                    ctypes.c_ulong,
                    ctypes.POINTER(_SyncAlarmAttributes),
                ]
                xext.XSyncChangeAlarm.argtypes = [
                    ctypes.c_void_p,
                    ctypes.c_ulong,
                    ctypes.c_ulong,
                    ctypes.POINTER(_SyncAlarmAttributes),
                ]
            self._x11, self._xss, self._xext = x11, xss, xext
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

    # -- listening while a check-in is held ------------------------------------------------

    def fd(self) -> int | None:
        with self._display() as dpy:
            return None if dpy is None else int(self._x11.XConnectionNumber(dpy))

    def listen(self, idle: bool, windows: bool) -> bool:
        with self._display() as dpy:
            if dpy is None:
                return False
            x11 = self._x11
            root = x11.XDefaultRootWindow(dpy)
            active = 0
            if windows:
                value = self._property(dpy, root, "_NET_ACTIVE_WINDOW")
                active = value[0] if value else 0
            if self._selected and self._selected != active:
                x11.XSelectInput(dpy, self._selected, 0)
            if active:
                x11.XSelectInput(dpy, active, PROPERTY_CHANGE_MASK)
            x11.XSelectInput(dpy, root, PROPERTY_CHANGE_MASK if windows else 0)
            self._selected = active
            armed = self._idle_alarm(dpy, idle)
            x11.XFlush(dpy)
            return (not idle or armed) and (not windows or bool(active))

    def _idle_alarm(self, dpy: Any, on: bool) -> bool:
        """Arm (or quiet) the alarm that sends an event when IDLETIME drops below
        BACK_MS: the first input after a time without any. One alarm serves the whole
        run: destroying one would send an event of its own."""
        xext = self._xext
        if xext is None:
            return False
        if self._idle_counter is None:
            self._idle_counter = 0
            a, b = ctypes.c_int(), ctypes.c_int()
            if not xext.XSyncQueryExtension(dpy, ctypes.byref(a), ctypes.byref(b)):
                return False
            if not xext.XSyncInitialize(dpy, ctypes.byref(a), ctypes.byref(b)):
                return False
            count = ctypes.c_int()
            counters = xext.XSyncListSystemCounters(dpy, ctypes.byref(count))
            if counters:
                for i in range(count.value):
                    if counters[i].name == b"IDLETIME":
                        self._idle_counter = int(counters[i].counter)
                xext.XSyncFreeSystemCounterList(counters)
        if not self._idle_counter:
            return False
        attrs = _SyncAlarmAttributes()
        attrs.trigger.counter = self._idle_counter
        attrs.trigger.value_type = SYNC_ABSOLUTE
        attrs.trigger.wait_value = _SyncValue(0, BACK_MS)
        attrs.trigger.test_type = SYNC_NEGATIVE_TRANSITION
        attrs.delta = _SyncValue(0, 0)  # fires once, until armed again
        attrs.events = 1 if on else 0
        if not on:
            if self._alarm:
                xext.XSyncChangeAlarm(dpy, self._alarm, SYNC_CA_EVENTS, ctypes.byref(attrs))
            return True
        mask = SYNC_CA_COUNTER | SYNC_CA_VALUE_TYPE | SYNC_CA_VALUE | SYNC_CA_TEST_TYPE
        mask |= SYNC_CA_DELTA | SYNC_CA_EVENTS
        if self._alarm:
            xext.XSyncChangeAlarm(dpy, self._alarm, mask, ctypes.byref(attrs))
        else:
            self._alarm = int(xext.XSyncCreateAlarm(dpy, mask, ctypes.byref(attrs)))
        return bool(self._alarm)

    def drain(self) -> bool:
        with self._display() as dpy:
            if dpy is None:
                return False
            event = (ctypes.c_long * 24)()  # an XEvent is 24 longs
            got = False
            while self._x11.XPending(dpy):
                self._x11.XNextEvent(dpy, event)
                got = True
            return got
