"""What Behind's single-instance socket says: the commands, one JSON line each way.

Qt-free, so the command line can talk to the running app (or find none) without
loading Qt.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

MAX_REQUEST = 64 * 1024
CONNECT_TIMEOUT_S = 1.0
REPLY_TIMEOUT_S = 5.0
POSIX = sys.platform != "win32"

COMMANDS = frozenset(
    {
        "show",
        "focus.start",
        "focus.pause",
        "focus.resume",
        "focus.stop",
        "focus.status",
        "checkin.now",
        "settings.set",
        "quit",
    }
)

Handler = Callable[[dict[str, Any]], dict[str, Any]]


class RequestError(ValueError):
    pass


def parse_request(raw: bytes) -> dict[str, Any]:
    """Validate one request line; raises RequestError with a short reason."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise RequestError("malformed request") from None
    if not isinstance(data, dict) or data.get("cmd") not in COMMANDS:
        raise RequestError("unknown command")
    if "minutes" in data and not (
        isinstance(data["minutes"], int) and not isinstance(data["minutes"], bool)
    ):
        raise RequestError("minutes must be a whole number")
    if "step" in data and not isinstance(data["step"], str):
        raise RequestError("step must be text")
    if data["cmd"] == "settings.set" and not (
        isinstance(data.get("pairs"), list) and all(isinstance(p, str) for p in data["pairs"])
    ):
        raise RequestError("pairs must be a list of KEY=VALUE texts")
    return data


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps(message).encode() + b"\n"


def decode_reply(buf: bytes) -> dict[str, Any]:
    if not buf:
        return {"ok": False, "error": "the running app did not answer"}
    try:
        reply = json.loads(buf.split(b"\n", 1)[0])
    except ValueError:
        return {"ok": False, "error": "the running app sent something unexpected"}
    return reply if isinstance(reply, dict) else {"ok": False, "error": "unexpected reply"}
