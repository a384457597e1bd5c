"""Where Behind keeps things: one place for every path.

Order of preference for the data folder: ``--data-dir``, ``BEHIND_DATA_DIR``,
a ``behind-portable`` marker file next to a frozen executable (data then lives in
``data/`` beside it), and finally the platform's user data folder.
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path

from behind_desktop import APP_ID

PORTABLE_MARKER = "behind-portable"
ENV_DATA_DIR = "BEHIND_DATA_DIR"


def portable_dir() -> Path | None:
    if not getattr(sys, "frozen", False):
        return None
    here = Path(sys.executable).resolve().parent
    if (here / PORTABLE_MARKER).exists():
        return here / "data"
    return None


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser().absolute()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().absolute()
    return default_data_dir()


def default_data_dir() -> Path:
    """The folder a plain start uses, with no ``--data-dir`` and no BEHIND_DATA_DIR."""
    portable = portable_dir()
    if portable is not None:
        return portable
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


def instance_key(data: Path) -> str:
    """One running instance per user and data folder."""
    # crc32 rather than hashlib: loading OpenSSL would slow every start.
    return f"{zlib.crc32(os.fsencode(data)):08x}"  # any file name, even one not UTF-8


def socket_name(data: Path) -> str:
    """The single-instance socket: a full path in a folder only this user can enter
    on POSIX, a named pipe (which Qt restricts to the user) on Windows."""
    key = instance_key(data)
    if sys.platform == "win32":
        user = os.environ.get("USERNAME", "user")
        return f"{APP_ID}-{user}-{key}"
    return str(runtime_dir() / f"{key}.sock")


def runtime_dir() -> Path:
    """A private folder for the socket; never one another user could have made."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base and Path(base).is_dir() and os.access(base, os.W_OK):
        path = Path(base) / APP_ID
    else:
        import tempfile

        path = Path(tempfile.gettempdir()) / f"{APP_ID}-{os.getuid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    st = path.lstat()
    if not path.is_dir() or st.st_uid != os.getuid():
        raise PermissionError(
            f"{path} belongs to someone else, so Behind won't use it for its socket; "
            "remove it or set XDG_RUNTIME_DIR to a folder of your own"
        )
    if st.st_mode & 0o077:
        os.chmod(path, 0o700)
    return path
