"""Problems with the data file, worded for the person who owns it."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the data file, worded for the person who owns it."""


class NewerDatabaseError(StoreError):
    pass


class ReadOnlyDatabaseError(StoreError):
    pass


class ForeignDatabaseError(StoreError):
    """A SQLite file that is not Behind's: refused, left exactly as it was."""


class WriteError(StoreError):
    """A write that could not be made now (a full disk, a database locked by another
    program). The store keeps it and writes it as soon as it can."""
