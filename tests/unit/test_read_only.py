"""A database the user can read but not write is refused, with its bytes kept.

Root ignores file permissions, so when the suite runs as root (CI does) the
check runs the real command as the unprivileged ``nobody`` user instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from behind_desktop.store import DB_NAME, Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _as_nobody() -> list[str]:
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv is needed to drop root for this check")
    return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]


def test_read_only_database_is_refused_with_a_message(clock) -> None:
    root = Path(tempfile.mkdtemp(prefix="behind-ro-"))
    try:
        root.chmod(0o755)
        data = root / "data"
        Store.open(data, clock.tz, clock.now()).close()
        db = data / DB_NAME
        data.chmod(0o755)
        db.chmod(0o644)  # readable by everyone, writable by its owner only
        before = db.read_bytes()
        prefix: list[str] = []
        if os.geteuid() == 0:
            prefix = _as_nobody()
            probe = subprocess.run(
                [*prefix, sys.executable, "-c", "import behind_desktop"],
                capture_output=True,
                text=True,
            )
            if probe.returncode != 0:
                pytest.skip(f"the interpreter can't run as nobody here: {probe.stderr[-200:]}")
        else:
            db.chmod(0o444)
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "behind_desktop", "--data-dir", str(data), "wins"],
            capture_output=True,
            text=True,
            env={**os.environ, "HOME": str(root)},
        )
        assert done.returncode == 3
        lines = done.stderr.strip().splitlines()
        assert (
            len(lines) == 1 and "can't write to" in lines[0] and "nothing was changed" in lines[0]
        )
        assert "Traceback" not in done.stderr
        assert db.read_bytes() == before
        assert not list(data.glob("*.corrupt-*"))
    finally:
        shutil.rmtree(root, ignore_errors=True)
