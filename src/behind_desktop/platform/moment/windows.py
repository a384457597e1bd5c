"""Idle time, lock and full screen on Windows (user32/shell32 through ctypes).

* idle: ``GetLastInputInfo`` against ``GetTickCount`` (both 32-bit milliseconds,
  so the difference is taken modulo 2**32: it survives the 49.7-day wrap);
* ``SHQueryUserNotificationState``: the screen locked or the screensaver on
  (``QUNS_NOT_PRESENT``), a full-screen app, a Direct3D game or presentation
  mode (``QUNS_BUSY``, ``QUNS_RUNNING_D3D_FULL_SCREEN``,
  ``QUNS_PRESENTATION_MODE``, ``QUNS_APP``);
* the microphone: the privacy settings record, per app, when it last stopped
  using it (``LastUsedTimeStop``); 0 means it is using it now.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, Protocol

from behind_desktop.core.moment import Moment

QUNS_NOT_PRESENT = 1
QUNS_BUSY = 2
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6
QUNS_APP = 7
FULL_SCREEN_STATES = {QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE, QUNS_APP}
MIC_KEY = (
    r"Software\Microsoft\Windows\CurrentVersion"
    r"\CapabilityAccessManager\ConsentStore\microphone"
)


class WindowsApi(Protocol):
    def last_input_tick(self) -> int | None: ...

    def tick_count(self) -> int: ...

    def notification_state(self) -> int | None: ...

    def mic_in_use(self) -> bool | None: ...


class WindowsProbe:
    def __init__(self, api: WindowsApi | None = None) -> None:
        self.api = api if api is not None else Win32Api()

    def read(self) -> Moment:
        api = self.api
        last = api.last_input_tick()
        idle = None if last is None else ((api.tick_count() - last) % 2**32) / 1000.0
        state = api.notification_state()
        known = state is not None and 1 <= state <= QUNS_APP
        return Moment(
            idle_s=idle,
            locked=(state == QUNS_NOT_PRESENT) if known else None,
            full_screen=(state in FULL_SCREEN_STATES) if known else None,
            in_call=api.mic_in_use(),
        )


class _LastInput(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]


class Win32Api:  # pragma: no cover - runs on Windows only
    def __init__(self) -> None:
        windll: Any = getattr(ctypes, "windll", None)
        self.user32: Any = windll.user32 if windll is not None else None
        self.kernel32: Any = windll.kernel32 if windll is not None else None
        self.shell32: Any = windll.shell32 if windll is not None else None

    def last_input_tick(self) -> int | None:
        if self.user32 is None:
            return None
        info = _LastInput(ctypes.sizeof(_LastInput), 0)
        return int(info.dwTime) if self.user32.GetLastInputInfo(ctypes.byref(info)) else None

    def tick_count(self) -> int:
        return int(self.kernel32.GetTickCount()) & 0xFFFFFFFF

    def notification_state(self) -> int | None:
        if self.shell32 is None:
            return None
        state = ctypes.c_int()
        ok = self.shell32.SHQueryUserNotificationState(ctypes.byref(state)) == 0
        return int(state.value) if ok else None

    def mic_in_use(self) -> bool | None:
        if sys.platform != "win32":
            return None
        import winreg

        return mic_in_use_from(winreg)


def mic_in_use_from(reg: Any) -> bool | None:
    """Whether any app (packaged or not) is using the microphone now, per the registry."""

    def stops(key: Any) -> list[int]:
        found: list[int] = []
        i = 0
        while True:
            try:
                name = reg.EnumKey(key, i)
            except OSError:
                return found
            i += 1
            try:
                with reg.OpenKey(key, name) as sub:
                    if name == "NonPackaged":
                        found += stops(sub)
                    else:
                        found.append(int(reg.QueryValueEx(sub, "LastUsedTimeStop")[0]))
            except (OSError, ValueError):
                continue

    try:
        with reg.OpenKey(reg.HKEY_CURRENT_USER, MIC_KEY) as root:
            return any(stop == 0 for stop in stops(root))
    except OSError:
        return None
