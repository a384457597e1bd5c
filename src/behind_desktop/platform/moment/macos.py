"""Idle time and screen lock on macOS (CoreGraphics and CoreFoundation via ctypes).

* idle: ``CGEventSourceSecondsSinceLastEventType`` for any input event in the
  combined session state;
* lock: ``CGSessionCopyCurrentDictionary`` and its ``CGSSessionScreenIsLocked``
  (absent means unlocked; seen as a boolean or a number).

Full screen and a call in progress are not read on macOS: the system holds
notifications itself while presenting or sharing the screen.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any, Protocol

from behind_desktop.core.moment import Moment

COMBINED_SESSION_STATE = 0
ANY_INPUT_EVENT = 0xFFFFFFFF
UTF8 = 0x08000100
NUMBER_SINT32 = 3


class MacApi(Protocol):
    def seconds_since_input(self) -> float | None: ...

    def screen_locked(self) -> bool | None: ...


class MacProbe:
    def __init__(self, api: MacApi | None = None) -> None:
        self.api = api if api is not None else QuartzApi()

    def read(self) -> Moment:
        idle = self.api.seconds_since_input()
        return Moment(
            idle_s=None if idle is None or idle < 0 else idle, locked=self.api.screen_locked()
        )


def _framework(name: str) -> Any:
    path = ctypes.util.find_library(name)
    try:
        return ctypes.CDLL(path) if path else None
    except OSError:
        return None


class QuartzApi:  # pragma: no cover - runs on macOS only
    def __init__(self) -> None:
        self.cg = _framework("CoreGraphics")
        self.cf = _framework("CoreFoundation")
        if self.cg is not None:
            self.cg.CGEventSourceSecondsSinceLastEventType.restype = ctypes.c_double
            self.cg.CGEventSourceSecondsSinceLastEventType.argtypes = [
                ctypes.c_int,
                ctypes.c_uint32,
            ]
            self.cg.CGSessionCopyCurrentDictionary.restype = ctypes.c_void_p
        if self.cf is not None:
            self.cf.CFStringCreateWithCString.restype = ctypes.c_void_p
            self.cf.CFStringCreateWithCString.argtypes = [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.c_uint32,
            ]
            self.cf.CFDictionaryGetValue.restype = ctypes.c_void_p
            self.cf.CFDictionaryGetValue.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
            self.cf.CFGetTypeID.restype = ctypes.c_ulong
            self.cf.CFGetTypeID.argtypes = [ctypes.c_void_p]
            self.cf.CFBooleanGetTypeID.restype = ctypes.c_ulong
            self.cf.CFNumberGetTypeID.restype = ctypes.c_ulong
            self.cf.CFBooleanGetValue.argtypes = [ctypes.c_void_p]
            self.cf.CFNumberGetValue.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
            self.cf.CFRelease.argtypes = [ctypes.c_void_p]

    def seconds_since_input(self) -> float | None:
        if self.cg is None:
            return None
        fn = self.cg.CGEventSourceSecondsSinceLastEventType
        return float(fn(COMBINED_SESSION_STATE, ANY_INPUT_EVENT))

    def screen_locked(self) -> bool | None:
        if self.cg is None or self.cf is None:
            return None
        session = self.cg.CGSessionCopyCurrentDictionary()
        if not session:
            return None
        key = self.cf.CFStringCreateWithCString(None, b"CGSSessionScreenIsLocked", UTF8)
        try:
            value = self.cf.CFDictionaryGetValue(session, key)
            if not value:
                return False
            kind = self.cf.CFGetTypeID(value)
            if kind == self.cf.CFBooleanGetTypeID():
                return bool(self.cf.CFBooleanGetValue(value))
            if kind == self.cf.CFNumberGetTypeID():
                number = ctypes.c_int32()
                self.cf.CFNumberGetValue(value, NUMBER_SINT32, ctypes.byref(number))
                return number.value != 0
            return None
        finally:
            self.cf.CFRelease(key)
            self.cf.CFRelease(session)
