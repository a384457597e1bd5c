"""Problems with the data file, worded for the person who owns it."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the data file, worded for the person who owns it."""


class NewerDatabaseError(StoreError):
    pass


class ReadOnlyDatabaseError(StoreError):
    pass
