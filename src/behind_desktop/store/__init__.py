"""The one SQLite database, and all the SQL in Behind.

Opening is careful: a database from a newer version is refused and left
untouched; a corrupt one is moved aside with its -wal/-shm and a fresh one is
started, with a notice for the user; migrations run each in a transaction after
a backup. Every write is its own transaction in WAL mode with synchronous=FULL,
so an acknowledged answer, tick or win survives a crash.

``files`` opens and inspects the file, ``schema`` holds the tables and their
migrations, ``database`` the ``Store`` with every query.
"""

from behind_desktop.store.database import Store
from behind_desktop.store.errors import (
    ForeignDatabaseError,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
    StoreNotice,
    StoreProblem,
    WriteError,
    WriteReason,
)
from behind_desktop.store.files import DB_NAME, prepare_dir
from behind_desktop.store.schema import SCHEMA_VERSION

__all__ = [
    "DB_NAME",
    "SCHEMA_VERSION",
    "ForeignDatabaseError",
    "NewerDatabaseError",
    "ReadOnlyDatabaseError",
    "Store",
    "StoreError",
    "StoreNotice",
    "StoreProblem",
    "WriteError",
    "WriteReason",
    "prepare_dir",
]
