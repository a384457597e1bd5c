"""Notifications with buttons on macOS: user notifications with a category of actions.

Each set of buttons is a notification category (registered once, with the
"custom dismiss" option so a closed notification says so); a notification is
sent in its category, and the response names the action chosen, the default
action (a click on the notification itself) or the dismiss action. macOS never
lets a notification expire unseen: what is not answered stays in the
notification centre, so nothing from here ever counts as not seen. Focus modes
and screen sharing hold notifications back by themselves.

User notifications need the signed ``Behind.app`` and the user's permission,
asked for once; until it is given (or where it is refused) the pop-up is used.
The calls sit behind ``UserNotificationBackend``; ``FoundationBackend`` makes
them through PyObjC's ``UserNotifications`` where it is bundled, otherwise the
notifier cannot be made (ImportError). Responses arrive on a framework thread;
``post`` hands them to the GUI thread.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from behind_desktop.platform.notify import Closed, Gone, Invoked, Notice, OnOutcome, Outbox

log = logging.getLogger(__name__)

DEFAULT_ACTION = "com.apple.UNNotificationDefaultActionIdentifier"
DISMISS_ACTION = "com.apple.UNNotificationDismissActionIdentifier"

Post = Callable[[Callable[[], None]], None]


def category_for(notice: Notice) -> str:
    """One category per set of buttons, named after them (stable across starts)."""
    keys = ",".join(f"{a.key}={a.label}" for a in notice.actions)
    return "behind." + hashlib.sha1(keys.encode()).hexdigest()[:12]


def outcome_of(action: str, notice: Notice) -> Invoked | Gone:
    if action == DISMISS_ACTION:
        return Gone(Closed.DISMISSED)
    if action == DEFAULT_ACTION:
        return Invoked(notice.default.key) if notice.default else Gone(Closed.DISMISSED)
    return Invoked(action)


class UserNotificationBackend(Protocol):
    def authorized(self) -> bool | None:
        """Allowed, refused, or None: not asked yet."""

    def request_authorization(self) -> None:
        """Ask the user once; the answer is read later through ``authorized``."""

    def register(self, category: str, actions: list[tuple[str, str]]) -> None: ...

    def show(
        self, ident: str, category: str, title: str, body: str, on_response: Callable[[str], None]
    ) -> None: ...

    def remove(self, ident: str) -> None: ...


class UserNotifier:
    """``Notifier`` for macOS user notifications."""

    def __init__(
        self,
        app_id: str,
        backend: UserNotificationBackend | None = None,
        post: Post | None = None,
    ) -> None:
        self._backend = backend if backend is not None else FoundationBackend()
        self._post: Post = post or (lambda fn: fn())
        self._outbox = Outbox()
        self._categories: set[str] = set()
        self._asked = False
        self._next = 1

    def can_ask(self) -> bool:
        allowed = self._backend.authorized()
        if allowed is None and not self._asked:
            self._asked = True
            self._backend.request_authorization()  # this time the pop-up; next time, maybe
        return bool(allowed)

    def send(self, notice: Notice, on_outcome: OnOutcome) -> int | None:
        category = category_for(notice)
        if category not in self._categories:
            self._backend.register(category, [(a.key, a.label) for a in notice.actions])
            self._categories.add(category)
        ident, self._next = self._next, self._next + 1
        self._outbox.add(ident, on_outcome)

        def respond(action: str) -> None:
            def deliver() -> None:
                self._outbox.resolve(ident, outcome_of(action, notice))

            self._post(deliver)

        try:
            self._backend.show(str(ident), category, notice.title, notice.body, respond)
        except Exception as e:  # the binding raises more than OSError
            log.info("notification not shown: %s", e)
            self._outbox.resolve(ident, Gone(Closed.UNKNOWN))
            return None
        return ident

    def withdraw(self, ident: int) -> None:
        if ident in self._outbox:
            self._backend.remove(str(ident))
            self._outbox.resolve(ident, Gone(Closed.WITHDRAWN))

    def do_not_disturb(self) -> bool | None:
        return None  # macOS holds notifications under a focus mode by itself


class FoundationBackend:
    """UNUserNotificationCenter through PyObjC; only inside the signed app bundle."""

    def __init__(self) -> None:
        if sys.platform != "darwin" or ".app/" not in str(Path(sys.executable).resolve()):
            raise ImportError("user notifications need Behind.app")
        import UserNotifications as un  # PyObjC; ImportError where not bundled

        self._un: Any = un
        self._center: Any = un.UNUserNotificationCenter.currentNotificationCenter()
        self._authorized: bool | None = None
        self._handlers: dict[str, Callable[[str], None]] = {}
        self._categories: dict[str, Any] = {}
        self._delegate = _make_delegate(self._handlers)
        self._center.setDelegate_(self._delegate)
        self._center.getNotificationSettingsWithCompletionHandler_(self._settings_read)

    def _settings_read(self, settings: Any) -> None:
        status = settings.authorizationStatus()
        un = self._un
        if status == un.UNAuthorizationStatusNotDetermined:
            self._authorized = None
        else:
            self._authorized = status in (
                un.UNAuthorizationStatusAuthorized,
                un.UNAuthorizationStatusProvisional,
            )

    def authorized(self) -> bool | None:
        return self._authorized

    def request_authorization(self) -> None:
        un = self._un
        options = un.UNAuthorizationOptionAlert | un.UNAuthorizationOptionSound

        def answered(granted: bool, _error: Any) -> None:
            self._authorized = bool(granted)

        self._center.requestAuthorizationWithOptions_completionHandler_(options, answered)

    def register(self, category: str, actions: list[tuple[str, str]]) -> None:
        un = self._un
        made = [
            un.UNNotificationAction.actionWithIdentifier_title_options_(key, label, 0)
            for key, label in actions
        ]
        self._categories[category] = (
            un.UNNotificationCategory.categoryWithIdentifier_actions_intentIdentifiers_options_(
                category, made, [], un.UNNotificationCategoryOptionCustomDismissAction
            )
        )
        self._center.setNotificationCategories_(set(self._categories.values()))

    def show(
        self, ident: str, category: str, title: str, body: str, on_response: Callable[[str], None]
    ) -> None:
        un = self._un
        content = un.UNMutableNotificationContent.alloc().init()
        content.setTitle_(title)
        content.setBody_(body)
        content.setCategoryIdentifier_(category)
        self._handlers[ident] = on_response
        request = un.UNNotificationRequest.requestWithIdentifier_content_trigger_(
            ident, content, None
        )
        self._center.addNotificationRequest_withCompletionHandler_(request, None)

    def remove(self, ident: str) -> None:
        self._handlers.pop(ident, None)
        self._center.removeDeliveredNotificationsWithIdentifiers_([ident])


def _make_delegate(handlers: dict[str, Callable[[str], None]]) -> Any:
    from Foundation import NSObject

    class Delegate(NSObject):  # type: ignore[misc]
        def userNotificationCenter_didReceiveNotificationResponse_withCompletionHandler_(
            self, _center: Any, response: Any, done: Any
        ) -> None:
            ident = str(response.notification().request().identifier())
            handler = handlers.pop(ident, None)
            if handler is not None:
                handler(str(response.actionIdentifier()))
            done()

        def userNotificationCenter_willPresentNotification_withCompletionHandler_(
            self, _center: Any, _notification: Any, done: Any
        ) -> None:
            done(1 << 4 | 1 << 1)  # banner and list: show it even while Behind runs

    return Delegate.alloc().init()
