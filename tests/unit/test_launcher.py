"""scripts/launcher puts `behind-desktop` on the user's PATH, and takes only its own away."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "launcher"
TARGET = ROOT / ".venv" / "bin" / "behind-desktop"

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="a bash script and a symlink"),
    pytest.mark.skipif(not TARGET.exists(), reason="needs the checkout's .venv (scripts/venv)"),
]


def launcher(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "XDG_BIN_HOME"}
    env.update(HOME=str(home), PATH="/usr/bin:/bin")
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=30
    )


def test_links_the_venv_command_and_says_when_the_folder_is_not_on_path(tmp_path: Path):
    done = launcher(tmp_path)
    assert done.returncode == 0, done.stderr
    link = tmp_path / ".local" / "bin" / "behind-desktop"
    assert link.is_symlink() and link.resolve() == TARGET.resolve()
    assert "not on your PATH" in done.stdout
    assert launcher(tmp_path).returncode == 0  # twice is fine
    removed = launcher(tmp_path, "--remove")
    assert removed.returncode == 0 and not link.exists()


def test_never_replaces_or_removes_someone_else_s_file(tmp_path: Path):
    bin_dir = tmp_path / ".local" / "bin"
    bin_dir.mkdir(parents=True)
    mine = bin_dir / "behind-desktop"
    mine.write_text("#!/bin/sh\necho my own\n")
    done = launcher(tmp_path)
    assert done.returncode == 1 and "left alone" in done.stderr
    assert launcher(tmp_path, "--remove").returncode == 1
    assert mine.read_text() == "#!/bin/sh\necho my own\n"
