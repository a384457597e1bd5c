"""What Behind's single-instance socket says: one JSON line each way.

A request is a command from ``services.commands`` on the wire, with the protocol
version: ``{"v": 1, "cmd": "focus.start", "minutes": 20, "step": "read"}``. A
request without ``v`` is version 1 (what Behind sent before it said so). The reply
is ``{"ok": true, "status": {...}, "note": "..."}`` or ``{"ok": false, "error":
"..."}``; anything the app can't read gets such an error reply, never silence.

Qt-free, so the command line can talk to the running app (or find none) without
loading Qt.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from behind_desktop.catalog import translate
from behind_desktop.core.text import QT_TRANSLATE_NOOP
from behind_desktop.ipc.limits import CONNECT_TIMEOUT_S as CONNECT_TIMEOUT_S
from behind_desktop.ipc.limits import MAX_REQUEST as MAX_REQUEST
from behind_desktop.ipc.limits import POSIX as POSIX
from behind_desktop.ipc.limits import REPLY_TIMEOUT_S as REPLY_TIMEOUT_S
from behind_desktop.services import commands as cmd
from behind_desktop.services.commands import (
    Command,
    FocusStart,
    ImportFile,
    Page,
    SettingsSet,
    Show,
)

PROTOCOL_VERSION = 1

# Each command's name on the wire, and back.
NAMES: dict[type[Command], str] = {
    cmd.Show: "show",
    cmd.FocusStart: "focus.start",
    cmd.FocusPause: "focus.pause",
    cmd.FocusResume: "focus.resume",
    cmd.FocusExtend: "focus.extend",
    cmd.FocusStop: "focus.stop",
    cmd.FocusStatus: "focus.status",
    cmd.CheckinNow: "checkin.now",
    cmd.Quit: "quit",
    cmd.SettingsSet: "settings.set",
    cmd.ImportFile: "data.import",
    cmd.DeleteAll: "data.delete_all",
}
COMMANDS: dict[str, type[Command]] = {name: kind for kind, name in NAMES.items()}

Handler = Callable[[Command], dict[str, Any]]


class RequestError(ValueError):
    pass


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 100_000


def command_from(data: object) -> Command:
    """A decoded request as a command; raises RequestError with a short reason."""
    if not isinstance(data, dict):
        raise RequestError("unknown command")
    version = data.get("v", 1)
    if version != PROTOCOL_VERSION:
        raise RequestError(
            f"unsupported protocol version {version!r}; this Behind speaks {PROTOCOL_VERSION}"
        )
    name = data.get("cmd")
    kind = COMMANDS.get(name) if isinstance(name, str) else None
    if kind is None:
        raise RequestError("unknown command")
    if "minutes" in data and not _whole(data["minutes"]):
        raise RequestError("minutes must be a whole number")
    if "step" in data:
        if not isinstance(data["step"], str):
            raise RequestError("step must be text")
        try:
            data["step"].encode("utf-8")
        except UnicodeEncodeError:
            raise RequestError("step must be text (it has a broken character)") from None
    if kind is SettingsSet:
        pairs = data.get("pairs")
        if not (isinstance(pairs, list) and all(isinstance(p, str) for p in pairs)):
            raise RequestError("pairs must be a list of KEY=VALUE texts")
        return SettingsSet(tuple(pairs))
    if kind is ImportFile:
        path, dry_run = data.get("path"), data.get("dry_run", False)
        if not (isinstance(path, str) and isinstance(dry_run, bool)):
            raise RequestError("import needs a file path and dry_run true or false")
        return ImportFile(path, dry_run)
    if kind is FocusStart:
        return FocusStart(data.get("minutes"), data.get("step"))
    if kind is Show:
        page = data.get("page", Page.TODAY.value)
        if page not in {p.value for p in Page}:
            raise RequestError("page must be one of " + ", ".join(p.value for p in Page))
        return Show(Page(page))
    return kind()


def to_wire(command: Command) -> dict[str, Any]:
    message: dict[str, Any] = {"v": PROTOCOL_VERSION, "cmd": NAMES[type(command)]}
    if isinstance(command, FocusStart):
        if command.minutes is not None:
            message["minutes"] = command.minutes
        if command.step is not None:
            message["step"] = command.step
    elif isinstance(command, SettingsSet):
        message["pairs"] = list(command.pairs)
    elif isinstance(command, ImportFile):
        message["path"] = command.path
        message["dry_run"] = command.dry_run
    elif isinstance(command, Show) and command.page is not Page.TODAY:
        message["page"] = command.page.value
    return message


def parse_request(raw: bytes) -> Command:
    """Validate one request line; raises RequestError with a short reason."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise RequestError("malformed request") from None
    return command_from(data)


def encode_command(command: Command) -> bytes:
    return encode(to_wire(command))


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps(message).encode() + b"\n"


NO_ANSWER = QT_TRANSLATE_NOOP("Cli", "the running app did not answer")
ODD_ANSWER = QT_TRANSLATE_NOOP("Cli", "the running app sent something unexpected")


def decode_reply(buf: bytes) -> dict[str, Any]:
    """The running app's reply; one saying what went wrong, in the user's language."""
    if not buf:
        return {"ok": False, "error": translate("Cli", NO_ANSWER)}
    try:
        reply = json.loads(buf.split(b"\n", 1)[0])
    except (ValueError, RecursionError):
        reply = None
    if not isinstance(reply, dict):
        return {"ok": False, "error": translate("Cli", ODD_ANSWER)}
    return reply
