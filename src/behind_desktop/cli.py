"""The ``behind-desktop`` command.

With no command it starts the tray app (or shows the running one). ``focus``,
``checkin`` and ``show`` talk to the running instance; ``wins``, ``export`` and
``delete-all`` read the data directly and never start Qt's GUI. Every problem
ends as one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, NoReturn

from behind_desktop import __version__
from behind_desktop.catalog import say, translate
from behind_desktop.catalog import use as use_language
from behind_desktop.cli_words import worded
from behind_desktop.core import focus as focus_rules
from behind_desktop.core.reasons import os_reason
from behind_desktop.core.settings import DELETE_WORD, confirms_delete
from behind_desktop.core.text import QT_TRANSLATE_NOOP, fill
from behind_desktop.core.timeutil import TimeFormatError
from behind_desktop.gui.shell.start import MAX_WAIT_MS, START_REQUEST_ENV
from behind_desktop.paths import ENV_DATA_DIR, data_dir
from behind_desktop.store import StoreError

if TYPE_CHECKING:
    import argparse

    from behind_desktop.core.clock import Clock
    from behind_desktop.services.app import Services
    from behind_desktop.services.commands import Command

# The GUI path imports only what starting the app needs; export formats, week
# maths and the like load when a data command runs.
WIN_FORMATS = ("text", "csv", "markdown", "json")
EXPORT_FORMATS = ("json", "csv")
SETTINGS_FORMATS = ("text", "json")

PROG = "behind-desktop"
EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_DATA = 0, 1, 2, 3


class UsageError(Exception):
    pass


def _whole(text: str, problem: str) -> int:
    """``text`` as a whole number, or ``problem`` (worded, with %1 for the text)."""
    import argparse

    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(problem.replace("%1", text)) from None


def _minutes(text: str) -> int:
    import argparse

    value = _whole(text, translate("Cli", "“%1” is not a whole number of minutes"))
    try:
        return focus_rules.check_minutes(value)
    except focus_rules.FocusError as e:
        text = say(e.phrase).rstrip(".")
        raise argparse.ArgumentTypeError(text[:1].lower() + text[1:]) from None


def _folder(text: str) -> str:
    import argparse

    if not text.strip():
        raise argparse.ArgumentTypeError(translate("Cli", "give a folder, not an empty name"))
    return text


def _nonneg_int(text: str) -> int:
    import argparse

    value = _whole(text, translate("Cli", "“%1” is not a whole number"))
    if value < 0:
        raise argparse.ArgumentTypeError(translate("Cli", "it can't be negative"))
    if value > MAX_WAIT_MS:
        raise argparse.ArgumentTypeError(translate("Cli", "that is too long a wait"))
    return value


def _step(text: str) -> str:
    import argparse

    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "the step has characters that aren't text in this terminal")
        ) from None
    return text


def _choices(choices: Sequence[str]) -> str:
    """The choices, each in the language's quotation marks."""
    quoted = translate("Cli", "“%1”")
    return ", ".join(quoted.replace("%1", c) for c in choices)


def build_parser() -> argparse.ArgumentParser:
    """The parser, worded in the user's language: build and use it inside
    ``cli_words.worded()``, so argparse's own phrases are Behind's too."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            raise UsageError(fill(translate("Cli", "%1 (see %2 --help)"), (message, self.prog)))

        def _check_value(self, action: argparse.Action, value: Any) -> None:
            choices = action.choices
            if choices is None or value in choices:
                return
            names = [str(c) for c in choices]
            if len(names) == 1:
                said = fill(
                    translate("Cli", "“%1” isn't a choice here; use %2"), (value, _choices(names))
                )
            else:
                said = fill(
                    translate("Cli", "“%1” isn't a choice here; use one of %2"),
                    (value, _choices(names)),
                )
            raise argparse.ArgumentError(action, said)

    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=_folder,
        metavar=translate("Cli", "PATH"),
        default=argparse.SUPPRESS,
        help=translate("Cli", "keep all data under PATH (also BEHIND_DATA_DIR)"),
    )
    parser = _Parser(
        prog=PROG,
        description=translate("Cli", "A gentle tray companion for days when you feel behind."),
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=translate("Cli", "show the version and stop"),
    )
    parser.add_argument("--quit-after-ms", type=_nonneg_int, metavar="N", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(
        dest="command", metavar=translate("Cli", "COMMAND"), parser_class=_Parser
    )

    def command(name: str, text: str) -> argparse.ArgumentParser:
        made: argparse.ArgumentParser = sub.add_parser(name, help=text, parents=[common])
        return made

    def actions(parser: argparse.ArgumentParser) -> Any:
        """A command's own actions (``focus start``, ``settings show``), one required."""
        return parser.add_subparsers(
            dest="action", metavar=translate("Cli", "ACTION"), required=True, parser_class=_Parser
        )

    fsub = actions(command("focus", translate("Cli", "start, pause, resume or stop a focus block")))
    start = fsub.add_parser("start", help=translate("Cli", "start a block"), parents=[common])
    start.add_argument(
        "--minutes",
        type=_minutes,
        metavar="N",
        help=translate("Cli", "how long the block lasts (your usual length when left out)"),
    )
    start.add_argument(
        "--step",
        type=_step,
        metavar=translate("Cli", "TEXT"),
        help=translate("Cli", "the tiny step, e.g. 'read 3 pages'"),
    )
    for name, text in (
        ("pause", translate("Cli", "pause the running block")),
        ("resume", translate("Cli", "resume a paused block")),
        ("stop", translate("Cli", "stop the block early (that's fine)")),
        ("status", translate("Cli", "print the block's state as JSON")),
    ):
        fsub.add_parser(name, help=text, parents=[common])

    c = command("checkin", translate("Cli", "check in now"))
    c.add_argument(
        "action", choices=["now"], metavar=translate("Cli", "ACTION"), help=translate("Cli", "now")
    )
    command("show", translate("Cli", "show the window"))
    command("quit", translate("Cli", "end the running app (nothing is lost)"))

    w = command("wins", translate("Cli", "print a week's small wins"))
    w.add_argument(
        "--week", metavar="YYYY-Www", help=translate("Cli", "an ISO week; this week by default")
    )
    w.add_argument(
        "--format",
        choices=WIN_FORMATS,
        default="text",
        help=fill(
            translate("Cli", "the format: %1 (%2 by default)"), (", ".join(WIN_FORMATS), "text")
        ),
    )

    e = command("export", translate("Cli", "print everything stored"))
    e.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="json",
        help=fill(
            translate("Cli", "the format: %1 (%2 by default)"), (", ".join(EXPORT_FORMATS), "json")
        ),
    )
    e.add_argument(
        "--output",
        "-o",
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "write to FILE instead of the terminal"),
    )

    d = command("delete-all", translate("Cli", "delete every answer, tick and win"))
    d.add_argument("--yes", action="store_true", help=translate("Cli", "don't ask before deleting"))

    i = command("import", translate("Cli", "add what an export file holds"))
    i.add_argument(
        "file",
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "a JSON file from behind-desktop export"),
    )
    i.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "only say what would be added")
    )
    command("backup", translate("Cli", "make a backup of everything now"))
    r = command("restore", translate("Cli", "list backups, or put one back"))
    r.add_argument(
        "file",
        metavar=translate("Cli", "FILE"),
        nargs="?",
        help=translate("Cli", "a backup from the list"),
    )

    a = command("autostart", translate("Cli", "start Behind when you log in"))
    a.add_argument(
        "action",
        choices=["on", "off", "status"],
        metavar=translate("Cli", "ACTION"),
        help=translate("Cli", "on, off or status"),
    )

    ssub = actions(command("settings", translate("Cli", "show or change the settings")))
    show = ssub.add_parser("show", help=translate("Cli", "print every setting"), parents=[common])
    show.add_argument(
        "--format",
        choices=SETTINGS_FORMATS,
        default="text",
        help=fill(
            translate("Cli", "the format: %1 (%2 by default)"),
            (", ".join(SETTINGS_FORMATS), "text"),
        ),
    )
    put = ssub.add_parser(
        "set", help=translate("Cli", "change settings, all or none"), parents=[common]
    )
    put.add_argument(
        "pairs",
        nargs="+",
        metavar=translate("Cli", "KEY=VALUE"),
        help=translate("Cli", "e.g. focus_minutes=20"),
    )
    return parser


def _fail(message: str, code: int = EXIT_FAIL) -> int:
    # A file name that is not UTF-8 is shown escaped, never as an encoding error; any
    # other line break or control character a user typed is shown escaped too.
    text = " ".join(f"{PROG}: {message}".split("\n"))
    line = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    print(line.encode("utf-8", "backslashreplace").decode("utf-8"), file=sys.stderr)
    return code


def open_services(args: argparse.Namespace, clock: Clock) -> Services:
    from behind_desktop.services.app import Services

    # This process ends with the command: a write it can't make now is refused, never
    # kept for a later that will not come.
    services = Services.open(data_dir(getattr(args, "data_dir", None)), clock, keep_writes=False)
    use_language(services.settings.current().language)  # the setting, once the store can say it
    for said in services.notices:
        print(f"{PROG}: {say(said)}", file=sys.stderr)
    return services


def cmd_wins(args: argparse.Namespace, clock: Clock) -> int:
    from behind_desktop.core.export import Export, format_weeks

    with open_services(args, clock) as services:
        week = services.wins.week_of_label(args.week)
    sys.stdout.write(format_weeks([week], args.format, Export(translate)))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, clock: Clock) -> int:
    with open_services(args, clock) as services:
        text = services.data.export_text(args.format)
    if args.output:
        from behind_desktop.core.atomic import write_private_text

        try:
            write_private_text(Path(args.output), text)
        except OSError as e:
            reason = say(os_reason(e))
            return _fail(fill(translate("Cli", "can't write %1: %2"), (args.output, reason)))
        print(translate("Cli", "Saved to %1").replace("%1", args.output), file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_delete_all(args: argparse.Namespace, clock: Clock) -> int:
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            return _fail(
                translate("Cli", "delete-all needs --yes when it can't ask you first"), EXIT_USAGE
            )
        word = translate("Settings", DELETE_WORD)
        print(
            fill(
                translate(
                    "Cli",
                    "This deletes every answer, tick, focus block, win and setting. "
                    "Type %1 to go on:",
                ),
                (word,),
            )
        )
        if not confirms_delete(input(), word):
            print(translate("Cli", "Nothing was deleted."))
            return EXIT_FAIL
    from behind_desktop.services.commands import DeleteAll

    code = run_command(args, clock, DeleteAll(), quiet=True)
    if code == EXIT_OK:
        print(translate("Cli", "Everything was deleted. Behind starts fresh."))
    return code


def _remote_command(args: argparse.Namespace) -> Command:
    from behind_desktop.services import commands

    if args.command == "focus":
        if args.action == "start":
            return commands.FocusStart(args.minutes, args.step)
        kinds: dict[str, type[Command]] = {
            "pause": commands.FocusPause,
            "resume": commands.FocusResume,
            "stop": commands.FocusStop,
            "status": commands.FocusStatus,
        }
        return kinds[args.action]()
    if args.command == "checkin":
        return commands.CheckinNow()
    return commands.Show()


def cmd_remote(args: argparse.Namespace, clock: Clock) -> int:
    return run_command(args, clock, _remote_command(args))


QUIT_WAIT_S = 10.0
NOT_RUNNING = QT_TRANSLATE_NOOP("Cli", "Behind isn't running, so there was nothing to quit")
QUIT_DONE = QT_TRANSLATE_NOOP("Cli", "Behind has quit. Everything is saved.")
QUIT_SLOW = QT_TRANSLATE_NOOP("Cli", "Behind was asked to quit but is still running")


def cmd_quit(args: argparse.Namespace, clock: Clock) -> int:
    """End the running app and return once it is gone; never starts one to do so.
    Exits 0 once it has quit, 1 (with one line saying so) when none was running."""
    import time

    from behind_desktop.ipc.client import send
    from behind_desktop.services.commands import FocusStatus, Quit

    folder = data_dir(getattr(args, "data_dir", None))
    reply = send(folder, Quit())
    if reply is None:
        return _fail(translate("Cli", NOT_RUNNING))
    if not reply.get("ok"):
        return report_reply(reply)
    deadline = time.monotonic() + QUIT_WAIT_S
    while send(folder, FocusStatus()) is not None:
        if time.monotonic() > deadline:
            return _fail(translate("Cli", QUIT_SLOW))
        time.sleep(0.05)
    print(f"{PROG}: {translate('Cli', QUIT_DONE)}", file=sys.stderr)
    return EXIT_OK


def run_command(
    args: argparse.Namespace, clock: Clock, command: Command, quiet: bool = False
) -> int:
    """One writer per data folder: a running app carries the command out (and shows
    the result at once); with none, commands that need it start it in the
    background, and the rest run here through the same services."""
    reply = command_reply(args, clock, command)
    if quiet and reply.get("ok"):
        return EXIT_OK
    return report_reply(reply)


def command_reply(args: argparse.Namespace, clock: Clock, command: Command) -> dict[str, Any]:
    """The running app's reply to ``command``; with no app, start it for commands that
    need it, and run the rest here through the same services and table."""
    folder = data_dir(getattr(args, "data_dir", None))
    from behind_desktop.ipc.client import send

    reply = send(folder, command)
    if reply is None and command.needs_app:
        reply = start_in_background(args, folder, command)
        if reply is None:
            return {"ok": False, "error": translate("Cli", START_FAILED)}
    if reply is None:
        from behind_desktop.services.changes import Origin

        with open_services(args, clock) as services:
            reply = services.run(command, Origin.CLI, say=say).to_wire()
    return reply


def report_reply(reply: dict[str, object]) -> int:
    """Print what the app answered: its error, a note, the block's status."""
    if not reply.get("ok"):
        return _fail(str(reply.get("error") or translate("Cli", "the app could not do that")))
    if "note" in reply:
        print(f"{PROG}: {reply['note']}", file=sys.stderr)
    if "status" in reply:
        print(json.dumps(reply["status"], indent=2))
    return EXIT_OK


APP_START_TIMEOUT_S = 20.0
START_FAILED = QT_TRANSLATE_NOOP(
    "Cli", "could not start Behind in the background; try plain behind-desktop"
)


def start_in_background(
    args: argparse.Namespace, folder: Path, request: Command
) -> dict[str, object] | None:
    """Start the app detached from this terminal with the request as its first job.

    ``behind-desktop focus start`` from a terminal or a keyboard shortcut returns
    at once, like it does when the app is already running. The request travels in
    START_REQUEST_ENV, so the new app acts on it before anything else (no welcome
    on top of the block just asked for); once it listens, its status is the reply.
    """
    import subprocess
    import time

    from behind_desktop.ipc.client import send
    from behind_desktop.ipc.protocol import to_wire
    from behind_desktop.services.commands import FocusStart, FocusStatus

    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "behind_desktop"]
    command += ["--data-dir", str(folder)]
    if args.quit_after_ms is not None:
        command += ["--quit-after-ms", str(args.quit_after_ms)]
    options: dict[str, object] = {}
    if sys.platform == "win32":
        options["creationflags"] = 0x00000008 | 0x00000200  # DETACHED, NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True
    env = {**os.environ, START_REQUEST_ENV: json.dumps(to_wire(request))}
    try:
        app = subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            **options,  # type: ignore[call-overload]
        )
    except OSError:
        return None
    deadline = time.monotonic() + APP_START_TIMEOUT_S
    while time.monotonic() < deadline:
        reply = send(folder, FocusStatus())
        if reply is not None:
            return reply if isinstance(request, FocusStart) else {"ok": True}
        if app.poll() is not None:
            return None  # it stopped (a data problem, say); it said why in its dialog
        time.sleep(0.05)
    return None


def start_gui(args: argparse.Namespace) -> int:
    from behind_desktop.gui.shell.start import start_app

    return start_app(getattr(args, "data_dir", None), args.quit_after_ms)


def cmd_autostart(args: argparse.Namespace, clock: Clock) -> int:
    from behind_desktop.platform import autostart

    folder = data_dir(getattr(args, "data_dir", None))
    try:
        result = autostart.command(
            args.action, autostart.for_platform(env={**os.environ, ENV_DATA_DIR: str(folder)})
        )
    except autostart.AutostartError as e:
        return _fail(say(e.phrase))
    print(say(result))
    return EXIT_OK


def cmd_settings(args: argparse.Namespace, clock: Clock) -> int:
    """``settings show`` reads the store; ``settings set`` goes through the running app
    when there is one (its windows follow at once), otherwise straight to the store."""
    from behind_desktop.core import settings as rules
    from behind_desktop.services.commands import SettingsSet

    if args.action == "show":
        with open_services(args, clock) as services:
            sys.stdout.write(services.settings.show(args.format))
        return EXIT_OK
    reply = command_reply(args, clock, SettingsSet(tuple(args.pairs)))
    if not reply.get("ok"):
        try:
            problems = [rules.Problem.from_dict(p) for p in reply.get("problems") or []]
        except (ValueError, AttributeError):
            problems = []
        if not problems:
            return _fail(str(reply.get("error") or translate("Cli", "the app could not do that")))
        return _fail(_settings_problems(problems), EXIT_USAGE)
    names = reply.get("notes") or []
    said = [rules.Note[n].value for n in names if n in rules.Note.__members__]
    print(translate("Cli", "Saved."))
    for note in said:
        print(f"{PROG}: {translate('Settings', note)}", file=sys.stderr)
    return EXIT_OK


def _settings_problems(problems: Sequence[Any]) -> str:
    said = " ".join(
        f"{p.key}: {fill(translate('Settings', p.kind.value), p.values)}" for p in problems
    )
    return said + " " + translate("Cli", "Nothing was changed.")


def cmd_import(args: argparse.Namespace, clock: Clock) -> int:
    """One writer per data folder: a running app merges the file itself (and its
    windows show the result at once); with none, the same table runs here."""
    from behind_desktop.services.commands import ImportFile

    command = ImportFile(str(Path(args.file).absolute()), bool(args.dry_run))
    reply = command_reply(args, clock, command)
    if not reply.get("ok"):
        code = EXIT_DATA if reply.get("data_problem") else EXIT_FAIL
        return _fail(str(reply.get("error") or translate("Cli", "the app could not do that")), code)
    added = reply.get("added") or {}
    parts = [Cli().added(table, n) for table, n in added.items() if n]
    if not parts:
        print(translate("Cli", "Nothing new to add; everything in the file is already here."))
    elif args.dry_run:
        print(fill(translate("Cli", "Would add: %1. Nothing was changed."), (", ".join(parts),)))
    else:
        print(fill(translate("Cli", "Added: %1."), (", ".join(parts),)))
    return EXIT_OK


class Cli:
    """The command line's counted phrases; lupdate reads the ``self.tr`` calls of a
    class as plurals, under the class's name, so it is named for the ``Cli`` context."""

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate("Cli", text, disambiguation, n)

    def added(self, table: str, n: int) -> str:
        """What an import adds, per table of the export file."""
        said = {
            "items": lambda: self.tr("%n checklist item(s)", "", n),
            "blocks": lambda: self.tr("%n focus block(s)", "", n),
            "wins": lambda: self.tr("%n small win(s)", "", n),
            "ticks": lambda: self.tr("%n tick(s)", "", n),
            "days": lambda: self.tr("%n rough day(s)", "", n),
            "checkins": lambda: self.tr("%n check-in answer(s)", "", n),
            "redflags": lambda: self.tr("%n weekly self-check(s)", "", n),
            "settings": lambda: self.tr("%n setting(s)", "", n),
        }.get(table)
        return said() if said is not None else f"{n} {table}"


def cmd_backup(args: argparse.Namespace, clock: Clock) -> int:
    with open_services(args, clock) as services:
        made = services.data.backup_now()
    print(fill(translate("Cli", "Backup saved to %1"), (made,)))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, clock: Clock) -> int:
    from behind_desktop.ipc.client import alive
    from behind_desktop.paths import socket_name
    from behind_desktop.store.backups import backup_dir, backups, restore

    folder = data_dir(getattr(args, "data_dir", None))
    if args.file is None:
        found = backups(folder)
        if not found:
            print(
                translate(
                    "Cli",
                    "No backups yet. Behind makes one each day it runs; `backup` makes one now.",
                )
            )
            return EXIT_OK
        for b in found:
            print(f"{b.day.isoformat()}  {b.path}")
        print(
            fill(
                translate(
                    "Cli", "`%1 restore FILE` puts one back (the current data is kept aside)."
                ),
                (PROG,),
            )
        )
        return EXIT_OK
    if alive(socket_name(folder)):
        return _fail(translate("Cli", "Behind is running; quit it first, then restore."))
    source = Path(args.file)
    if not source.exists() and (backup_dir(folder) / args.file).exists():
        source = backup_dir(folder) / args.file
    moved = restore(folder, source, clock.now())
    print(fill(translate("Cli", "Restored %1."), (source,)))
    if moved is not None:
        print(fill(translate("Cli", "The data from before is kept at %1."), (moved,)))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Clock], int]] = {
    "wins": cmd_wins,
    "export": cmd_export,
    "delete-all": cmd_delete_all,
    "focus": cmd_remote,
    "checkin": cmd_remote,
    "show": cmd_remote,
    "quit": cmd_quit,
    "autostart": cmd_autostart,
    "settings": cmd_settings,
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def _plain_start(argv: list[str]) -> SimpleNamespace | None:
    """A plain start (login, menu, tray) needs no parser (see gui/shell/start.py)."""
    from behind_desktop.gui.shell.start import plain_start

    start = plain_start(argv)
    if start is None:
        return None
    return SimpleNamespace(command=None, data_dir=start.data_dir, quit_after_ms=start.quit_after_ms)


def _stored_language(argv: list[str]) -> str:
    """The language setting of the data folder named in ``argv`` (or the default one),
    read without opening the store; "" (the system's) when it can't be read cheaply."""
    from behind_desktop.store.peek import stored_language

    folder: str | None = None
    for at, arg in enumerate(argv):
        if arg == "--data-dir" and at + 1 < len(argv):
            folder = argv[at + 1]
        elif arg.startswith("--data-dir="):
            folder = arg.partition("=")[2]
    try:
        return stored_language(data_dir(folder or None))
    except (OSError, ValueError):
        return ""


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else list(argv)
    args: Any = _plain_start(args_list)
    if args is None:
        use_language(_stored_language(args_list))
        try:
            with worded():
                args = build_parser().parse_args(args_list)
        except UsageError as e:
            return _fail(str(e), EXIT_USAGE)
        except SystemExit as e:  # --help and --version
            return int(e.code or 0)
    try:
        if args.command is None:
            return start_gui(args)
        import contextlib
        import signal

        with contextlib.suppress(ValueError):  # only the main thread sets handlers
            signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a command stops when told to
        from behind_desktop import EARLY_STOP

        if EARLY_STOP:
            return EXIT_FAIL
        if clock is None:
            from behind_desktop.core.clock import SystemClock

            clock = SystemClock()
        return COMMANDS[args.command](args, clock)
    except StoreError as e:
        return _fail(say(e.phrase), EXIT_DATA)
    except TimeFormatError as e:
        return _fail(say(e.phrase), EXIT_USAGE)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as e:  # a path the system refuses (too long, not ours, no room)
        where = f" ({e.filename})" if e.filename else ""
        return _fail(f"{say(os_reason(e))}{where}", EXIT_DATA)
    except Exception as e:  # never a traceback where one line will do
        return _fail(translate("Cli", "something went wrong: %1").replace("%1", str(e)))
