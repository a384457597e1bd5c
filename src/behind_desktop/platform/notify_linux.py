"""Notifications with buttons on Linux: the freedesktop notification service over D-Bus.

The service (dunst, mako, KDE Plasma, GNOME Shell, xfce4-notifyd, …) is asked
for its capabilities before each check-in; without ``actions`` the pop-up is used.
A notice is sent with ``Notify``; ``ActionInvoked`` says which button was
clicked and ``NotificationClosed`` how it went away (1 expired, 2 dismissed by
the user, 3 closed on request, 4 undefined).

The messages go over jeepney, a small pure-Python D-Bus library: PySide6's QtDBus
cannot send a D-Bus ``uint32`` from Python, and ``Notify`` takes one
(bench/README.md has the comparison). The connection's socket is watched by the
event loop (``WatchFd``), so nothing polls and no thread is started.

Do-not-disturb is read where the desktop publishes it: dunst's ``paused``
property, KDE's ``Inhibited`` property, and on GNOME the ``show-banners`` key.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
from typing import Any

from behind_desktop.platform.notify import (
    Closed,
    Gone,
    Invoked,
    Notice,
    OnOutcome,
    Outbox,
    WatchFd,
)

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT_S = 1.0
CLOSE_REASONS = {1: Closed.EXPIRED, 2: Closed.DISMISSED, 3: Closed.WITHDRAWN}

# Errors that mean "no usable notification service here", never a crash.
UNAVAILABLE: tuple[type[BaseException], ...] = (OSError, KeyError, ValueError, RuntimeError)


class DBusUnavailable(Exception):
    pass


class FreedesktopNotifier:
    """``Notifier`` for org.freedesktop.Notifications; connects on first use."""

    def __init__(self, watch: WatchFd, app_id: str, bus_address: str | None = None) -> None:
        self._watch = watch
        self._app_id = app_id
        self._address = bus_address
        self._conn: Any = None
        self._broken = False
        self._watcher: object = None  # keeps the event loop's socket watch alive
        self._outbox = Outbox()
        self._queued: list[Any] = []

    # -- the connection ---------------------------------------------------------------

    def _connection(self) -> Any:
        if self._conn is not None:
            return self._conn
        if self._broken:
            raise DBusUnavailable("the session bus went away")
        try:
            from jeepney import MatchRule
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(self._address or "SESSION", auth_timeout=CALL_TIMEOUT_S)
        except ImportError as e:
            self._broken = True
            raise DBusUnavailable(f"jeepney is not installed: {e}") from e
        except (OSError, KeyError, ValueError, RuntimeError) as e:  # TimeoutError is an OSError
            self._broken = True
            raise DBusUnavailable(f"no session bus: {e}") from e
        self._conn = conn
        # KDE and GNOME broadcast their signals; dunst sends them to us directly.
        rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
        self._call(message_bus.AddMatch(rule))
        self._watcher = self._watch(conn.sock.fileno(), self._readable)
        return conn

    def _call(self, message: Any) -> Any:
        """Send a method call and wait briefly for its reply; other messages wait their turn."""
        from jeepney import HeaderFields, MessageType

        conn = self._conn
        serial = next(conn.outgoing_serial)
        try:
            conn.send(message, serial=serial)
            while True:
                reply = conn.receive(timeout=CALL_TIMEOUT_S)
                if reply.header.fields.get(HeaderFields.reply_serial) == serial:
                    break
                self._queued.append(reply)
        except TimeoutError as e:  # a slow server: this call fails, the connection stays
            raise DBusUnavailable(f"no reply in {CALL_TIMEOUT_S} s") from e
        except UNAVAILABLE as e:
            self._lost(e)
            raise DBusUnavailable(str(e)) from e
        if reply.header.message_type == MessageType.error:
            raise DBusUnavailable(f"{reply.header.fields.get(HeaderFields.error_name)}")
        return reply.body

    def _lost(self, error: BaseException) -> None:
        log.info("notification service connection lost: %s", error)
        self._broken = True
        conn, self._conn = self._conn, None
        self._watcher = None
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()
        for ident in self._outbox.ids():
            self._outbox.resolve(ident, Gone(Closed.UNKNOWN))

    def _readable(self) -> None:
        """The event loop says the socket has data: read what is there, no waiting."""
        conn = self._conn
        if conn is None:
            return
        while True:
            try:
                self._queued.append(conn.receive(timeout=0))
            except TimeoutError:
                break
            except UNAVAILABLE as e:
                self._lost(e)
                return
        self._dispatch()

    def _dispatch(self) -> None:
        from jeepney import HeaderFields, MessageType

        queued, self._queued = self._queued, []
        for msg in queued:
            h = msg.header
            if (
                h.message_type != MessageType.signal
                or h.fields.get(HeaderFields.interface) != SERVICE
            ):
                continue
            member = h.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                ident, key = msg.body
                if self._outbox.resolve(int(ident), Invoked(str(key))):
                    self._close(int(ident))  # servers that keep it up after a click
            elif member == "NotificationClosed":
                ident, reason = msg.body
                self._outbox.resolve(
                    int(ident), Gone(CLOSE_REASONS.get(int(reason), Closed.UNKNOWN))
                )

    def _address_of(self, interface: str) -> Any:
        from jeepney import DBusAddress

        return DBusAddress(PATH, bus_name=SERVICE, interface=interface)

    # -- Notifier ----------------------------------------------------------------------

    def capabilities(self) -> list[str]:
        from jeepney import new_method_call

        try:
            self._connection()
            body = self._call(new_method_call(self._address_of(SERVICE), "GetCapabilities"))
        except DBusUnavailable as e:
            log.info("no notification service: %s", e)
            return []
        finally:
            self._dispatch()
        return [str(c) for c in body[0]]

    def can_ask(self) -> bool:
        return "actions" in self.capabilities()

    def send(self, notice: Notice, on_outcome: OnOutcome) -> int | None:
        from jeepney import new_method_call

        actions: list[str] = []
        if notice.default is not None:
            actions += ["default", notice.default.label]
        for a in notice.actions:
            actions += [a.key, a.label]
        hints = {"desktop-entry": ("s", self._app_id), "urgency": ("y", 1)}
        timeout_ms = -1 if notice.timeout_s is None else int(notice.timeout_s * 1000)
        body = ("Behind", 0, self._app_id, notice.title, notice.body, actions, hints, timeout_ms)
        try:
            self._connection()
            reply = self._call(
                new_method_call(self._address_of(SERVICE), "Notify", "susssasa{sv}i", body)
            )
        except DBusUnavailable as e:
            log.info("notification not sent: %s", e)
            return None
        ident = int(reply[0])
        self._outbox.add(ident, self._default_mapped(notice, on_outcome))
        self._dispatch()
        return ident

    @staticmethod
    def _default_mapped(notice: Notice, on_outcome: OnOutcome) -> OnOutcome:
        default = notice.default

        def deliver(outcome: Any) -> None:
            if isinstance(outcome, Invoked) and outcome.key == "default" and default is not None:
                outcome = Invoked(default.key)
            on_outcome(outcome)

        return deliver

    def _close(self, ident: int) -> None:
        from jeepney import new_method_call

        try:
            self._call(
                new_method_call(self._address_of(SERVICE), "CloseNotification", "u", (ident,))
            )
        except DBusUnavailable as e:
            log.info("could not close notification %s: %s", ident, e)

    def withdraw(self, ident: int) -> None:
        if ident in self._outbox and self._conn is not None:
            self._close(ident)
            self._outbox.resolve(ident, Gone(Closed.WITHDRAWN))
            self._dispatch()

    def pending(self) -> int:
        return len(self._outbox)

    def do_not_disturb(self) -> bool | None:
        """On if any desktop that says says so; None where none says."""
        states = [self._property("org.dunstproject.cmd0", "paused")]
        inhibited = self._property(SERVICE, "Inhibited")
        states.append(inhibited)
        states.append(gnome_banners_off())
        known = [s for s in states if s is not None]
        return any(known) if known else None

    def _property(self, interface: str, name: str) -> bool | None:
        from jeepney import Properties

        try:
            self._connection()
            body = self._call(Properties(self._address_of(interface)).get(name))
        except DBusUnavailable:
            return None
        finally:
            self._dispatch()
        signature, value = body[0]
        return bool(value) if signature == "b" else None


def gnome_banners_off(environ: dict[str, str] | None = None) -> bool | None:
    """GNOME's do-not-disturb is ``show-banners`` off; asked only on GNOME."""
    env = os.environ if environ is None else environ
    if "GNOME" not in env.get("XDG_CURRENT_DESKTOP", "").upper():
        return None
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return None
    try:
        done = subprocess.run(
            [gsettings, "get", "org.gnome.desktop.notifications", "show-banners"],
            capture_output=True,
            text=True,
            timeout=2,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    value = done.stdout.strip()
    if done.returncode != 0 or value not in ("true", "false"):
        return None
    return value == "false"
