"""One table from command to use case, used by the running app's socket, the command
line (with no app running) and the tray menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from behind_desktop.core.checkins import Due
from behind_desktop.core.focus import FocusError
from behind_desktop.core.reasons import os_reason
from behind_desktop.core.settings import SettingsError, notes
from behind_desktop.core.text import QT_TRANSLATE_NOOP, Phrase, PhraseError
from behind_desktop.services import commands as cmd
from behind_desktop.services.changes import Changes
from behind_desktop.services.commands import Command, Page, Reply
from behind_desktop.services.focus import FocusService
from behind_desktop.store import StoreError

if TYPE_CHECKING:
    from behind_desktop.services.app import Services

CONTEXT = "Cli"  # what the dispatcher says is worded where the reply is read
ALREADY_RUNNING = Phrase(
    CONTEXT,
    QT_TRANSLATE_NOOP(
        "Cli", "A block is already running; here it is. Stop it first to start another."
    ),
)
NEEDS_APP = Phrase(CONTEXT, QT_TRANSLATE_NOOP("Cli", "that needs Behind running"))
SHOWN = Phrase(CONTEXT, QT_TRANSLATE_NOOP("Cli", "Behind's window is open."))
NOT_SHOWN = Phrase(
    CONTEXT, QT_TRANSLATE_NOOP("Cli", "the window could not be shown on this screen")
)
UNKNOWN = Phrase(CONTEXT, QT_TRANSLATE_NOOP("Cli", "Behind doesn't know that command"))
CANT_READ = QT_TRANSLATE_NOOP("Cli", "can't read %1: %2")
Say = Callable[[Phrase], str]


class Refused(PhraseError):
    """A command that can't be carried out, and why (``data_problem``: the file itself)."""

    def __init__(self, phrase: Phrase, data_problem: bool = False) -> None:
        super().__init__(phrase)
        self.data_problem = data_problem


class Ui(Protocol):
    """What the running app does for commands that show something."""

    def show(self, page: Page) -> bool:
        """Raise the main window on ``page``; whether it is on screen now."""

    def quit(self) -> None: ...

    def ask(self, due: list[Due]) -> None:
        """Show these check-ins together; an empty list: say the basics are covered."""

    def say(self, phrase: Phrase) -> str:
        """A core message in the user's language."""


Handler = Callable[["Services", Any, "Ui | None", object], Reply]


def _status(s: Services, origin: object) -> Reply:
    return Reply(status=s.focus.status(origin))


def _focus_start(s: Services, c: cmd.FocusStart, ui: Ui | None, origin: object) -> Reply:
    running = s.focus.active is not None
    s.focus.start(c.minutes, c.step, origin=origin)
    note = _word(ui, ALREADY_RUNNING) if running else None
    return Reply(status=s.focus.status(origin), note=note)


def _word(ui: Ui | None, phrase: Phrase) -> str:
    return ui.say(phrase) if ui is not None else phrase.english()


def _focus_step(step: Callable[[FocusService, object], Changes]) -> Handler:
    """Pause, resume, extend or stop the running block, then its status."""

    def run(s: Services, c: object, ui: Ui | None, origin: object) -> Reply:
        step(s.focus, origin)
        return _status(s, origin)

    return run


def _focus_status(s: Services, c: cmd.FocusStatus, ui: Ui | None, origin: object) -> Reply:
    return _status(s, origin)


def _checkin_now(s: Services, c: cmd.CheckinNow, ui: Ui | None, origin: object) -> Reply:
    if ui is None:
        raise Refused(NEEDS_APP)
    ui.ask(s.checkins.ask_now())
    return Reply()


def _show(s: Services, c: cmd.Show, ui: Ui | None, origin: object) -> Reply:
    if ui is None:
        raise Refused(NEEDS_APP)
    if not ui.show(c.page):
        raise Refused(NOT_SHOWN)
    return Reply(note=ui.say(SHOWN))


def _quit(s: Services, c: cmd.Quit, ui: Ui | None, origin: object) -> Reply:
    if ui is None:
        raise Refused(NEEDS_APP)
    ui.quit()
    return Reply()


def _settings_set(s: Services, c: cmd.SettingsSet, ui: Ui | None, origin: object) -> Reply:
    try:
        saved = s.settings.set_text(c.pairs, origin)
    except SettingsError as e:
        return Reply(ok=False, problems=[p.as_dict() for p in e.all])
    return Reply(notes=[n.name for n in notes(saved)])


def _import_file(s: Services, c: cmd.ImportFile, ui: Ui | None, origin: object) -> Reply:
    try:
        summary = s.data.import_file(Path(c.path), dry_run=c.dry_run)
    except StoreError as e:
        raise Refused(e.phrase, data_problem=True) from None
    except OSError as e:
        raise Refused(Phrase(CONTEXT, CANT_READ, (c.path, os_reason(e))), True) from None
    return Reply(added=dict(summary.added))


def _delete_all(s: Services, c: cmd.DeleteAll, ui: Ui | None, origin: object) -> Reply:
    s.data.delete_all(origin)
    return Reply()


TABLE: dict[type, Handler] = {
    cmd.FocusStart: _focus_start,
    cmd.FocusPause: _focus_step(FocusService.pause),
    cmd.FocusResume: _focus_step(FocusService.resume),
    cmd.FocusExtend: _focus_step(FocusService.extend),
    cmd.FocusStop: _focus_step(FocusService.stop),
    cmd.FocusStatus: _focus_status,
    cmd.CheckinNow: _checkin_now,
    cmd.Show: _show,
    cmd.Quit: _quit,
    cmd.SettingsSet: _settings_set,
    cmd.ImportFile: _import_file,
    cmd.DeleteAll: _delete_all,
}


def run(
    services: Services,
    command: Command,
    origin: object,
    ui: Ui | None = None,
    say: Say | None = None,
) -> Reply:
    """Carry out one command; a block in the wrong state is a refusal, not an error,
    worded by the app (``ui``) or else by ``say`` (the command line's catalog)."""
    word = ui.say if ui is not None else say or Phrase.english
    handler = TABLE.get(type(command))
    if handler is None:
        return Reply.failed(word(UNKNOWN))
    try:
        return handler(services, command, ui, origin)
    except Refused as e:
        return Reply(ok=False, error=word(e.phrase), data_problem=e.data_problem)
    except FocusError as e:
        return Reply.failed(word(e.phrase))
