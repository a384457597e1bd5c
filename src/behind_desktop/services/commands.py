"""The commands Behind takes from outside a window: the running app's socket, the
command line and the tray menu all speak these, and one table runs them
(``services.dispatch``). Plain frozen dataclasses, cheap to import."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from behind_desktop.services.page import Page

__all__ = ["COMMAND_TYPES", "Command", "Page", "Reply"]


@dataclass(frozen=True)
class _Here:
    """Runs with no app too (from the command line, through the same services)."""

    needs_app: ClassVar[bool] = False


@dataclass(frozen=True)
class _InApp:
    """Needs the running app: the command line starts it in the background first."""

    needs_app: ClassVar[bool] = True


@dataclass(frozen=True)
class FocusStart(_InApp):
    """A block needs the app to time it and to ask afterwards what was done."""

    minutes: int | None = None
    step: str | None = None


class FocusPause(_Here):
    """Pause the running block."""


class FocusResume(_Here):
    """Go on with a paused block."""


class FocusExtend(_Here):
    """A few more minutes for the block on."""


class FocusStop(_Here):
    """End the block early (that counts too)."""


class FocusStatus(_Here):
    """The block's state, as JSON-ready values."""


class CheckinNow(_InApp):
    """Ask now whatever is still open today."""


@dataclass(frozen=True)
class Show(_InApp):
    page: Page = Page.TODAY


class Quit(_InApp):
    """Close the running app."""


@dataclass(frozen=True)
class SettingsSet(_Here):
    """``settings set KEY=VALUE…``: all of them, or none."""

    pairs: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportFile(_Here):
    """``import FILE``: merge an export; while the app runs it goes through the app."""

    path: str = ""
    dry_run: bool = False


@dataclass(frozen=True)
class DeleteAll(_Here):
    """Writes: while the app runs it goes through the app (one writer per data folder)."""


Command = (
    FocusStart
    | FocusPause
    | FocusResume
    | FocusExtend
    | FocusStop
    | FocusStatus
    | CheckinNow
    | Show
    | Quit
    | SettingsSet
    | ImportFile
    | DeleteAll
)
COMMAND_TYPES: tuple[type[Command], ...] = (
    FocusStart,
    FocusPause,
    FocusResume,
    FocusExtend,
    FocusStop,
    FocusStatus,
    CheckinNow,
    Show,
    Quit,
    SettingsSet,
    ImportFile,
    DeleteAll,
)


@dataclass(frozen=True)
class Reply:
    """The answer to a command: done (with the block's status, a note) or not (why)."""

    ok: bool = True
    status: dict[str, Any] | None = None
    note: str | None = None
    error: str | None = None
    problems: list[dict[str, Any]] | None = None  # settings that could not be taken, each why
    notes: list[str] | None = None  # names of ``core.settings.Note``s about what was saved
    added: dict[str, int] | None = None  # what an import added (or would add), per table
    data_problem: bool = False  # refused for the data file itself (exit 3 on the command line)

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {"ok": self.ok}
        if self.data_problem:
            out["data_problem"] = True
        for key in ("status", "note", "error", "problems", "notes", "added"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out

    @classmethod
    def failed(cls, error: str) -> Reply:
        return cls(ok=False, error=error)
