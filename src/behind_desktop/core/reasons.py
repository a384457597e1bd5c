"""Why the system refused a file or folder, in words a person reads in their language.

Chosen by the error's number (``errno``), never by the system's own text, which is
English here whatever the user's language. A reason the table doesn't know is shown
as the system says it.
"""

from __future__ import annotations

import errno

from behind_desktop.core.text import QT_TRANSLATE_NOOP, Phrase

CONTEXT = "System"  # the translation context of every text below

_BY_ERRNO: dict[int, str] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("System", "it isn't there"),
    errno.EACCES: QT_TRANSLATE_NOOP("System", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("System", "permission denied"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("System", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("System", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("System", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("System", "part of the path is not a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("System", "the name is too long"),
    errno.EIO: QT_TRANSLATE_NOOP("System", "the disk reported an error"),
    errno.EEXIST: QT_TRANSLATE_NOOP("System", "it is already there"),
    errno.EBUSY: QT_TRANSLATE_NOOP("System", "it is in use"),
}
if hasattr(errno, "EDQUOT"):  # not on Windows
    _BY_ERRNO[errno.EDQUOT] = QT_TRANSLATE_NOOP("System", "the disk quota is used up")


def os_reason(e: BaseException) -> Phrase:
    """Why ``e`` happened, to be worded like any core message."""
    number = e.errno if isinstance(e, OSError) else None
    if number in _BY_ERRNO:
        return Phrase(CONTEXT, _BY_ERRNO[number])
    said = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
    return Phrase(CONTEXT, "%1", (said,))  # not marked: shown as the system says it
