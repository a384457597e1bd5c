"""Problems with the data file, and notices about it, as meanings each front end words.

The store says what happened (a ``StoreProblem`` that refuses, a ``StoreNotice`` that
tells) with its values (paths, the system's reason); the windows word it through Qt,
the command line through its catalog, both under the ``Store`` context. A message is
chosen from what the store knows (an errno, SQLite's error code), never by reading
an exception's text.
"""

from __future__ import annotations

from enum import Enum

from behind_desktop.core.text import QT_TRANSLATE_NOOP, Phrase, PhraseError

CONTEXT = "Store"  # the translation context of every text below


class StoreProblem(Enum):
    """Why the data folder or file was refused, or a write, backup or import could not be made."""

    NOT_A_FOLDER = QT_TRANSLATE_NOOP(
        "Store", "%1 is a file, not a folder. Choose a folder with --data-dir."
    )
    FOLDER_UNUSABLE = QT_TRANSLATE_NOOP(
        "Store", "Can't use the data folder %1 (%2). Choose another with --data-dir."
    )
    CANT_LOOK = QT_TRANSLATE_NOOP("Store", "Behind can't look at %1 (%2).")
    DANGLING_LINK = QT_TRANSLATE_NOOP(
        "Store",
        "%1 points to %2, which doesn't exist; nothing was changed. "
        "Remove the link or use another folder with --data-dir.",
    )
    NOT_REGULAR = QT_TRANSLATE_NOOP(
        "Store",
        "%1 is not a regular file, so Behind won't touch it; nothing was changed. "
        "Move it away or use another folder with --data-dir.",
    )
    PIECE_NOT_REGULAR = QT_TRANSLATE_NOOP(
        "Store",
        "%1 is not a regular file, so Behind won't touch %2; nothing was changed. "
        "Move it away or use another folder with --data-dir.",
    )
    CANT_READ = QT_TRANSLATE_NOOP("Store", "Behind can't read %1 (%2); nothing was changed.")
    FOREIGN = QT_TRANSLATE_NOOP(
        "Store",
        "%1 is not a Behind data file, so Behind left it exactly as it was. "
        "Move it away or use another folder with --data-dir.",
    )
    NEWER = QT_TRANSLATE_NOOP(
        "Store",
        "%1 was written by a newer version of Behind (data format %2; this version reads "
        "up to %3). Nothing was changed. Update Behind, or use another folder with --data-dir.",
    )
    CANT_OPEN = QT_TRANSLATE_NOOP("Store", "Behind can't open %1 (%2); nothing was changed.")
    CANT_CREATE = QT_TRANSLATE_NOOP(
        "Store",
        "Can't create the data file %1 (%2); nothing was changed. Check that the folder is "
        "writable and the disk has room, or use another folder with --data-dir.",
    )
    READ_ONLY = QT_TRANSLATE_NOOP(
        "Store",
        "Behind can't write to %1; nothing was changed. Check that the file and its folder "
        "are yours and writable, or use another folder with --data-dir.",
    )
    CANT_SET_ASIDE = QT_TRANSLATE_NOOP(
        "Store",
        "Behind couldn't set its damaged data file aside (%1); nothing was changed.",
    )
    CANT_CONNECT = QT_TRANSLATE_NOOP("Store", "Could not open the data file %1: %2.")
    CANT_SET_UP = QT_TRANSLATE_NOOP("Store", "Could not set up the data file %1: %2.")
    # A write that could not be made: %1 is why (a WriteReason).
    WRITE_KEPT = QT_TRANSLATE_NOOP(
        "Store",
        "Behind couldn't save that just now (%1). It is kept and saved as soon as Behind can.",
    )
    WRITE_REFUSED = QT_TRANSLATE_NOOP(
        "Store", "Behind couldn't save that (%1); nothing was changed. Try again in a moment."
    )
    # Backups.
    BACKUP_FAILED = QT_TRANSLATE_NOOP("Store", "Behind couldn't make a backup in %1 (%2).")
    NO_BACKUP = QT_TRANSLATE_NOOP("Store", "There is no backup at %1.")
    BACKUP_UNREADABLE = QT_TRANSLATE_NOOP("Store", "%1 can't be read (%2); nothing was changed.")
    BACKUP_EMPTY = QT_TRANSLATE_NOOP("Store", "%1 holds no data; nothing was changed.")
    RESTORE_FAILED = QT_TRANSLATE_NOOP("Store", "Behind couldn't restore %1 (%2).")
    # Imports.
    NOT_AN_EXPORT = QT_TRANSLATE_NOOP(
        "Store", "%1 is not an export from Behind; nothing was imported."
    )
    NEWER_EXPORT = QT_TRANSLATE_NOOP(
        "Store",
        "%1 comes from a newer version of Behind (%2); update Behind to import it. "
        "Nothing was imported.",
    )
    DAMAGED_EXPORT = QT_TRANSLATE_NOOP(
        "Store", "%1 is damaged (its %2 can't be read); nothing was imported."
    )
    DAMAGED_ROW = QT_TRANSLATE_NOOP(
        "Store", "%1 is damaged (a row can't be read); nothing was imported."
    )


class StoreNotice(Enum):
    """What the store did on opening, told once: nothing was lost, here is where it went."""

    MOVED_ASIDE = QT_TRANSLATE_NOOP(
        "Store",
        "Your data file could not be read, so it was moved aside to %1 and a fresh one "
        "was started. Nothing in the old file was changed.",
    )
    STRAY_PIECES = QT_TRANSLATE_NOOP(
        "Store", "Stray pieces of an earlier data file were moved aside to %1."
    )
    RECENT_UNREADABLE = QT_TRANSLATE_NOOP(
        "Store",
        "Some of the most recent changes in your data file could not be read back. A copy "
        "of the file exactly as it was is at %1; Behind goes on with everything it could read.",
    )
    UPGRADED = QT_TRANSLATE_NOOP(
        "Store", "Your data was upgraded; a copy of the old file is at %1."
    )
    SETTINGS_RESET = QT_TRANSLATE_NOOP(
        "Store", "Some settings could not be read and were reset; your data is safe."
    )


class WriteReason(Enum):
    """Why a write could not be made, as SQLite's result code tells it."""

    DISK_FULL = QT_TRANSLATE_NOOP("Store", "the disk is full")
    LOCKED = QT_TRANSLATE_NOOP("Store", "another program is using Behind's data file")
    NOT_WRITABLE = QT_TRANSLATE_NOOP("Store", "the data file can't be written to")
    OTHER = QT_TRANSLATE_NOOP("Store", "the data file said: %1")


def notice(kind: StoreNotice | WriteReason, *values: object) -> Phrase:
    return Phrase(CONTEXT, kind.value, values)


class StoreError(PhraseError):
    """A problem with the data file: its meaning (``problem``) and the values it names."""

    def __init__(self, problem: StoreProblem, *values: object) -> None:
        super().__init__(Phrase(CONTEXT, problem.value, values))
        self.problem = problem


class NewerDatabaseError(StoreError):
    pass


class ReadOnlyDatabaseError(StoreError):
    pass


class ForeignDatabaseError(StoreError):
    """A SQLite file that is not Behind's: refused, left exactly as it was."""


class WriteError(StoreError):
    """A write that could not be made now (a full disk, a database locked by another
    program): kept and written as soon as the store can, or refused with nothing
    changed (``problem`` says which, ``reason`` why)."""

    def __init__(self, problem: StoreProblem, reason: WriteReason, why: Phrase) -> None:
        super().__init__(problem, why)
        self.reason = reason
