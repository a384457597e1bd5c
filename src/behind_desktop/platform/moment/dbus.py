"""Idle time and screen lock over D-Bus: GNOME, KDE, Wayland desktops, logind.

Sources, in order (the first that answers wins):

* idle: GNOME's ``org.gnome.Mutter.IdleMonitor.GetIdletime`` (milliseconds),
  then ``org.freedesktop.ScreenSaver.GetSessionIdleTime`` (KDE; seconds), then
  logind's ``IdleHint`` with ``IdleSinceHint`` when a desktop sets it;
* lock: ``org.freedesktop.ScreenSaver.GetActive`` (KDE, Xfce, light-locker),
  ``org.gnome.ScreenSaver.GetActive``, then logind's ``LockedHint``.

A service is asked only when it is already on the bus (never started for us),
with a short timeout; calls happen only when a check-in is due.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from behind_desktop.core.moment import Moment

TIMEOUT_MS = 500
FDO_SAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
GNOME_SAVER = ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")
MUTTER_IDLE = ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core")
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1/session/auto")
SESSION_IFACE = "org.freedesktop.login1.Session"


class DBusApi(Protocol):
    def call(self, system: bool, service: str, path: str, interface: str, method: str) -> Any:
        """The first value of the reply, or None (not on the bus, an error, no answer)."""
        ...

    def get(self, system: bool, service: str, path: str, interface: str, name: str) -> Any:
        """A property's value, or None."""
        ...


class DBusProbe:
    def __init__(self, api: DBusApi | None = None) -> None:
        self.api = api if api is not None else QtDBusApi()

    def _idle_s(self) -> float | None:
        api = self.api
        ms = api.call(False, *MUTTER_IDLE, "org.gnome.Mutter.IdleMonitor", "GetIdletime")
        if isinstance(ms, int):
            return ms / 1000.0
        s = api.call(False, *FDO_SAVER, FDO_SAVER[0], "GetSessionIdleTime")
        if isinstance(s, int) and not isinstance(s, bool):
            return float(s)
        if api.get(True, *LOGIND, SESSION_IFACE, "IdleHint") is True:
            since = api.get(True, *LOGIND, SESSION_IFACE, "IdleSinceHint")  # µs, wall clock
            if isinstance(since, int) and since > 0:
                return max(0.0, time.time() - since / 1e6)
        return None

    def _locked(self) -> bool | None:
        api = self.api
        for service, path in (FDO_SAVER, GNOME_SAVER):
            active = api.call(False, service, path, service, "GetActive")
            if isinstance(active, bool):
                if active:
                    return True
                break  # a screensaver that says "off": logind may still know of a lock
        hint = api.get(True, *LOGIND, SESSION_IFACE, "LockedHint")
        return hint if isinstance(hint, bool) else None

    def read(self) -> Moment:
        return Moment(idle_s=self._idle_s(), locked=self._locked())


class QtDBusApi:
    """The session and system buses through QtDBus (part of PySide6-Essentials)."""

    def _bus(self, system: bool, service: str) -> Any:
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.systemBus() if system else QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        names = bus.interface()
        if names is None or not names.isServiceRegistered(service).value():
            return None
        return bus

    def _ask(self, system: bool, service: str, path: str, iface: str, *args: Any) -> Any:
        from PySide6.QtDBus import QDBusInterface, QDBusMessage

        bus = self._bus(system, service)
        if bus is None:
            return None
        target = QDBusInterface(service, path, iface, bus)
        target.setTimeout(TIMEOUT_MS)
        reply = target.call(*args)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        value = reply.arguments()[0]
        variant = getattr(value, "variant", None)
        return variant() if callable(variant) else value

    def call(self, system: bool, service: str, path: str, interface: str, method: str) -> Any:
        return self._ask(system, service, path, interface, method)

    def get(self, system: bool, service: str, path: str, interface: str, name: str) -> Any:
        props = "org.freedesktop.DBus.Properties"
        return self._ask(system, service, path, props, "Get", interface, name)
