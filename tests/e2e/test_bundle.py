"""The frozen Linux bundle, as a user would run it (only when BEHIND_BUNDLE is set).

``scripts/build-bundle`` builds ``dist/behind-desktop`` and runs these with
``BEHIND_BUNDLE`` pointing at it; in the ordinary test run they are skipped.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from behind_desktop import __version__
from tests.e2e.xsession import XSession, click, find_tray_icon, poll_until, tray_icons

BUNDLE = os.environ.get("BEHIND_BUNDLE")
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.bundle,
    pytest.mark.skipif(not BUNDLE, reason="set BEHIND_BUNDLE to a built bundle folder"),
]


def exe() -> str:
    assert BUNDLE
    path = Path(BUNDLE) / "behind-desktop"
    assert path.is_file() and os.access(path, os.X_OK), path
    return str(path)


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 60):
    base = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [exe(), *args], capture_output=True, text=True, env=env or base, timeout=timeout
    )


def test_version():
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"behind-desktop {__version__}"


def test_starts_offscreen_and_quits_cleanly(tmp_path):
    done = run("--data-dir", str(tmp_path / "d"), "--quit-after-ms", "1500")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "d" / "behind.db").is_file()


def test_reads_and_writes_its_database(tmp_path):
    data = str(tmp_path / "d")
    started = run("--data-dir", data, "--quit-after-ms", "1500", "focus", "start", "--step", "x")
    assert started.returncode == 0, started.stderr
    assert json.loads(started.stdout)["state"] == "running"
    status = run("--data-dir", data, "focus", "stop")
    assert json.loads(status.stdout)["state"] == "stopped"
    exported = json.loads(run("--data-dir", data, "export").stdout)
    assert [b["step"] for b in exported["blocks"]] == ["x"]
    assert exported["items"], "the default checklist is there"
    bad = run("--data-dir", data, "wins", "--week", "nonsense")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_docks_in_a_real_tray_and_a_click_starts_a_block(xsession: XSession, tmp_path):
    data = str(tmp_path / "d")
    app = xsession.spawn([exe(), "--data-dir", data])
    x, y = find_tray_icon(xsession, timeout=30)
    assert len(tray_icons(xsession)) == 1
    click(xsession, x, y, button=1)

    def running() -> bool | None:
        done = run("--data-dir", data, "focus", "status", env=xsession.env)
        return json.loads(done.stdout)["state"] == "running" or None

    poll_until(running, 15, "a running block")
    assert app.terminate() in (0, None)
