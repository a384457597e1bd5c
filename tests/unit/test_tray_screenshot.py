"""The tray menu's screenshot comes out byte for byte the same on every run.

The picture itself was already the same; what changed was the PNG's own record of
when it was made (ImageMagick writes the time into it), so every run changed the file
in the repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from docs.make_tray_screenshots import crop

pytestmark = pytest.mark.skipif(shutil.which("convert") is None, reason="needs ImageMagick")


def test_the_same_screen_crops_to_the_same_bytes(tmp_path: Path) -> None:
    screen = tmp_path / "full.png"
    subprocess.run(["convert", "-size", "64x48", "gradient:white-navy", str(screen)], check=True)
    first, second = tmp_path / "first.png", tmp_path / "second.png"
    crop(screen, first, 8, 4, 40, 30)
    os.utime(screen, (1_700_000_000, 1_700_000_000))  # the next run's screen: taken later
    crop(screen, second, 8, 4, 40, 30)
    assert first.read_bytes() == second.read_bytes()
    assert b"tIME" not in first.read_bytes()
