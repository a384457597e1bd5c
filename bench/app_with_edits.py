"""Run the Behind tray app after 50 schedule edits, for the idle benchmark.

Before the event loop starts, the check-in schedule is edited, check-ins are
paused and resumed and one is snoozed, 50 times over, through the same
service calls the settings page and the tray menu make. If any of that left
timers behind, the idle profile would show it.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import time

from behind_desktop.cli import main
from behind_desktop.core.checkins import Answer, Due
from behind_desktop.gui.shell.bridge import Bridge

EDITS = 50
_start = Bridge.start


def start_after_edits(self: Bridge) -> None:
    s = self.services
    for i in range(EDITS):
        settings = s.settings.current()
        questions = tuple(
            replace(q, times=tuple(time((t.hour + i) % 24, t.minute) for t in q.times))
            for q in settings.questions
        )
        s.settings.save(replace(settings, questions=questions))
        s.checkins.pause(1)
        s.checkins.resume()
        question = s.settings.current().questions[0]
        s.checkins.answer(Due(question, s.now()), Answer.SNOOZED, 60)
    _start(self)


Bridge.start = start_after_edits  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
