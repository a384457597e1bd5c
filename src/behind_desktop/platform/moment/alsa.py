"""A microphone in use on Linux: an ALSA capture device that is running.

PipeWire and PulseAudio open the capture device while some program records (a
call, a dictation tool) and let it go soon after, so a running capture
substream in ``/proc/asound`` is a fair sign of a call in progress. Best effort:
a system that keeps the microphone open all the time reads as always in a call,
and that only means check-ins wait for the idle time or the next look.
"""

from __future__ import annotations

from pathlib import Path

from behind_desktop.core.moment import Moment


def capture_running(root: Path) -> bool | None:
    """True when any capture substream under ``root`` is RUNNING; None without ALSA."""
    if not root.is_dir():
        return None
    for status in root.glob("card*/pcm*c/sub*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if any(line.split(":", 1)[-1].strip() == "RUNNING" for line in text.splitlines()[:1]):
            return True
    return False


class AlsaMicProbe:
    def __init__(self, root: Path = Path("/proc/asound")) -> None:
        self.root = root

    def read(self) -> Moment:
        return Moment(in_call=capture_running(self.root))
