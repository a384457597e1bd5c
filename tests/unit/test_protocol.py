"""The socket's protocol: typed commands on the wire, with a version; every bad
request gets a clear reason."""

from __future__ import annotations

import json

import pytest

from behind_desktop.ipc.protocol import (
    NAMES,
    PROTOCOL_VERSION,
    RequestError,
    encode_command,
    parse_request,
)
from behind_desktop.services.commands import COMMAND_TYPES, FocusStart, ImportFile, Page, Show


def test_every_command_has_a_name_and_survives_the_trip() -> None:
    assert set(NAMES) == set(COMMAND_TYPES)
    samples = [kind() for kind in COMMAND_TYPES]
    samples += [FocusStart(25, "audit"), Show(Page.WINS), ImportFile("/tmp/old.json", True)]
    for command in samples:
        line = encode_command(command)
        assert json.loads(line)["v"] == PROTOCOL_VERSION
        assert parse_request(line.rstrip(b"\n")) == command


def test_a_request_without_a_version_is_version_one() -> None:
    assert parse_request(b'{"cmd": "focus.start", "minutes": 5}') == FocusStart(5)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"v": 2, "cmd": "show"}', "unsupported protocol version 2"),
        (b'{"v": "1", "cmd": "show"}', "unsupported protocol version"),
        (b'{"v": 1, "cmd": 7}', "unknown command"),
        (b'{"v": 1, "cmd": "show", "page": "kitchen"}', "page must be one of"),
        (b"[" * 100_000, "malformed request"),
    ],
)
def test_bad_requests_say_why(raw: bytes, reason: str) -> None:
    with pytest.raises(RequestError, match=reason):
        parse_request(raw)
