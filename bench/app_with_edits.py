"""Run the Behind tray app after 50 schedule edits, for the idle benchmark.

Before the event loop starts, the check-in schedule is edited, check-ins are
paused and resumed and one is snoozed, 50 times over, through the same
controller calls the settings page and the tray menu use. If any of that left
timers behind, the idle profile would show it.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import time

from behind_desktop.cli import main
from behind_desktop.core.checkins import Answer, Due
from behind_desktop.gui.shell.controller import AppController

EDITS = 50
_start = AppController.start


def start_after_edits(self: AppController) -> None:
    for i in range(EDITS):
        questions = tuple(
            replace(q, times=tuple(time((t.hour + i) % 24, t.minute) for t in q.times))
            for q in self.settings.questions
        )
        self.save_settings(replace(self.settings, questions=questions))
        self.pause_checkins(1)
        self.pause_checkins(None)
        question = self.settings.questions[0]
        self.answer(Due(question, self.now()), Answer.SNOOZED, 60)
    _start(self)


AppController.start = start_after_edits  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
