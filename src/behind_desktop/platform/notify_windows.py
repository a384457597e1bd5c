"""Notifications with buttons on Windows: toasts, under the installed app's AppUserModelID.

The toast is described in XML (``ToastGeneric`` text and an ``<actions>`` block,
one ``<action>`` per button); a click comes back as the button's ``arguments``
(``behind:ID:KEY`` here), and a toast that goes away unanswered says why
(``ToastDismissalReason``: the user closed it, the app hid it, or it timed out
after being shown). Windows itself holds toasts back under Focus Assist (do not
disturb, presenting, a full-screen game) and puts them in the notification
centre.

The WinRT calls sit behind ``ToastBackend``; ``WinRtBackend`` makes them through
the ``winrt`` packages (``winrt-Windows.UI.Notifications``,
``winrt-Windows.Data.Xml.Dom``) where they are installed. Without them the
notifier cannot be made (ImportError) and the pop-up is used. Toast events arrive
on a WinRT thread; ``post`` hands them to the GUI thread.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, Protocol
from xml.sax.saxutils import escape, quoteattr

from behind_desktop.platform.notify import Closed, Gone, Invoked, Notice, OnOutcome, Outbox

log = logging.getLogger(__name__)

PREFIX = "behind"
DISMISS_REASONS = {0: Closed.DISMISSED, 1: Closed.WITHDRAWN, 2: Closed.EXPIRED}
# SHQueryUserNotificationState: busy, full-screen Direct3D, presentation mode, quiet time.
QUIET_STATES = frozenset({2, 3, 4, 6})

Post = Callable[[Callable[[], None]], None]
Activated = Callable[[str], None]  # a toast's arguments: which button, or the toast itself
Dismissed = Callable[[int], None]  # ToastDismissalReason: 0 user, 1 hidden by app, 2 timed out


def toast_xml(notice: Notice, ident: int) -> str:
    """The toast's XML: title, body, and one button per action."""
    duration = "long" if notice.timeout_s is None or notice.timeout_s >= 25 else "short"
    launch = f"{PREFIX}:{ident}:{notice.default.key}" if notice.default else f"{PREFIX}:{ident}:"
    buttons = "".join(
        f"<action content={quoteattr(a.label)} arguments={quoteattr(f'{PREFIX}:{ident}:{a.key}')}"
        ' activationType="foreground"/>'
        for a in notice.actions
    )
    return (
        f'<toast launch={quoteattr(launch)} duration="{duration}">'
        '<visual><binding template="ToastGeneric">'
        f"<text>{escape(notice.title)}</text><text>{escape(notice.body)}</text>"
        "</binding></visual>"
        f"<actions>{buttons}</actions>"
        "</toast>"
    )


def parse_arguments(arguments: str) -> tuple[int, str] | None:
    """``behind:ID:KEY`` back into (ID, KEY); None for anything else."""
    prefix, _, rest = arguments.partition(":")
    ident, _, key = rest.partition(":")
    if prefix != PREFIX or not ident.isdigit():
        return None
    return int(ident), key


class ToastBackend(Protocol):
    def enabled(self) -> bool:
        """Toasts from this app are allowed (the user has not turned them off)."""

    def show(self, xml: str, tag: str, on_activated: Activated, on_dismissed: Dismissed) -> None:
        """Show the toast ``xml`` under ``tag``; clicks and dismissals come back through the two."""

    def hide(self, tag: str) -> None: ...


class ToastNotifier:
    """``Notifier`` for Windows toasts."""

    def __init__(
        self,
        app_id: str,
        backend: ToastBackend | None = None,
        post: Post | None = None,
        notification_state: Callable[[], int | None] | None = None,
    ) -> None:
        self._backend = backend if backend is not None else WinRtBackend(app_id)
        self._post: Post = post or (lambda fn: fn())
        self._state = notification_state or user_notification_state
        self._outbox = Outbox()
        self._next = 1

    def can_ask(self) -> bool:
        try:
            return self._backend.enabled()
        except Exception as e:  # the binding raises more than OSError
            log.info("toasts not available: %s", e)
            return False

    def send(self, notice: Notice, on_outcome: OnOutcome) -> int | None:
        ident, self._next = self._next, self._next + 1
        self._outbox.add(ident, on_outcome)
        try:
            self._backend.show(
                toast_xml(notice, ident),
                str(ident),
                lambda args: self._post(lambda: self._activated(args)),
                lambda reason: self._post(lambda: self._dismissed(ident, reason)),
            )
        except Exception as e:  # the binding raises more than OSError
            log.info("toast not shown: %s", e)
            self._outbox.resolve(ident, Gone(Closed.UNKNOWN))
            return None
        return ident

    def _activated(self, arguments: str) -> None:
        parsed = parse_arguments(arguments)
        if parsed is None:
            return
        ident, key = parsed
        self._outbox.resolve(ident, Invoked(key) if key else Gone(Closed.DISMISSED))

    def _dismissed(self, ident: int, reason: int) -> None:
        self._outbox.resolve(ident, Gone(DISMISS_REASONS.get(reason, Closed.UNKNOWN)))

    def withdraw(self, ident: int) -> None:
        if ident in self._outbox:
            try:
                self._backend.hide(str(ident))
            except Exception as e:  # the binding raises more than OSError
                log.info("toast %s not hidden: %s", ident, e)
            self._outbox.resolve(ident, Gone(Closed.WITHDRAWN))

    def do_not_disturb(self) -> bool | None:
        state = self._state()
        return None if state is None else state in QUIET_STATES


def user_notification_state() -> int | None:
    """``SHQueryUserNotificationState``: whether Windows would show a notification now."""
    if sys.platform != "win32":
        return None
    import ctypes

    state = ctypes.c_int(0)
    try:
        result = ctypes.windll.shell32.SHQueryUserNotificationState(ctypes.byref(state))
    except OSError:
        return None
    return int(state.value) if result == 0 else None


class WinRtBackend:
    """Toasts through the ``winrt`` packages (ImportError where they are missing)."""

    def __init__(self, app_id: str) -> None:
        from winrt.windows.data.xml.dom import XmlDocument
        from winrt.windows.ui.notifications import (
            NotificationSetting,
            ToastNotification,
            ToastNotificationManager,
        )

        self._xml = XmlDocument
        self._toast = ToastNotification
        self._setting = NotificationSetting
        self._manager = ToastNotificationManager
        self._notifier: Any = ToastNotificationManager.create_toast_notifier(app_id)
        self._shown: dict[str, Any] = {}

    def enabled(self) -> bool:
        return bool(self._notifier.setting == self._setting.ENABLED)

    def show(self, xml: str, tag: str, on_activated: Activated, on_dismissed: Dismissed) -> None:
        doc = self._xml()
        doc.load_xml(xml)
        toast = self._toast(doc)
        toast.tag = tag
        toast.add_activated(lambda _t, args: on_activated(str(_arguments(args))))
        toast.add_dismissed(lambda _t, args: on_dismissed(int(args.reason)))
        self._shown[tag] = toast  # the events need the toast alive
        self._notifier.show(toast)

    def hide(self, tag: str) -> None:
        toast = self._shown.pop(tag, None)
        if toast is not None:
            self._notifier.hide(toast)


def _arguments(args: Any) -> str:
    """ToastActivatedEventArgs, however the binding hands it over."""
    inner = getattr(args, "arguments", None)
    if inner is None and hasattr(args, "as_"):
        from winrt.windows.ui.notifications import ToastActivatedEventArgs

        inner = args.as_(ToastActivatedEventArgs).arguments
    return str(inner or "")
