"""A soft chime without QtMultimedia: a short WAV made once and played by the OS."""

from __future__ import annotations

import io
import logging
import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

log = logging.getLogger(__name__)

RATE = 22050


def chime_wav() -> bytes:
    """Two gentle notes with soft edges, about 0.9 s."""
    frames = bytearray()
    for freq, dur in ((660.0, 0.35), (880.0, 0.55)):
        n = int(RATE * dur)
        for i in range(n):
            t = i / RATE
            env = min(1.0, i / (0.02 * RATE)) * math.exp(-3.5 * t)
            frames += struct.pack("<h", int(9000 * env * math.sin(2 * math.pi * freq * t)))
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(frames))
    return buf.getvalue()


def _player() -> list[str] | None:
    if sys.platform == "darwin":
        return ["afplay"]
    for cmd in (["paplay"], ["pw-play"], ["aplay", "-q"]):
        if shutil.which(cmd[0]):
            return cmd
    return None


def play_chime(cache_dir: Path) -> bool:
    """Play the chime without waiting for it; False when there's no way to play it."""
    path = cache_dir / "chime.wav"
    try:
        if not path.exists():
            cache_dir.mkdir(parents=True, exist_ok=True)
            path.write_bytes(chime_wav())
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return True
        player = _player()
        if player is None:
            return False
        subprocess.Popen(
            [*player, str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        return True
    except OSError as e:
        log.info("could not play the chime: %s", e)
        return False
