"""Private by design: no network connections, private files, a private socket."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

# Runs the real app for a moment (offscreen, with a block started over the
# single-instance socket) with every socket creation recorded; any family but
# AF_UNIX would be a network connection.
PROBE = r"""
import socket, sys
seen = []
_real = socket.socket.__init__
def watched(self, family=-1, *args, **kwargs):
    seen.append(int(family))
    _real(self, family, *args, **kwargs)
socket.socket.__init__ = watched
from pathlib import Path
from behind_desktop.gui.shell.app import run
code = run(Path(sys.argv[1]), initial={"cmd": "focus.start", "step": "x"}, quit_after_ms=800)
print("families", ",".join(str(f) for f in sorted(set(seen))))
print("exit", code)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
def test_the_app_opens_no_network_socket(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "d")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert "exit 0" in done.stdout, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("families "))
    families = {int(f) for f in line.split()[1].split(",")}
    assert int(socket.AF_UNIX) in families  # the single-instance socket was used
    assert families == {int(socket.AF_UNIX)}


def test_no_module_of_the_app_imports_network_libraries() -> None:
    src = Path(__file__).resolve().parents[2] / "src" / "behind_desktop"
    banned = ("urllib.request", "http.client", "requests", "QtNetworkAuth", "QNetworkAccess")
    for path in src.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in banned:
            assert name not in text, f"{path.name} mentions {name}"
