"""argparse's own phrases (headings, usage errors) in Behind's words and the user's language.

argparse words what it prints through gettext (``_("usage: ")``,
``_("the following arguments are required: %s")``). While the command line builds
its parser and reads the arguments, those calls are answered from Behind's catalog:
each message argparse can show a user maps to a plainer template marked here under
the ``Cli`` context, which keeps argparse's own placeholders (``%s``,
``%(name)s``) because argparse fills them in afterwards. A message not listed
(one only a programming mistake can cause) stays as argparse says it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from behind_desktop.catalog import translate
from behind_desktop.core.text import QT_TRANSLATE_NOOP

CONTEXT = "Cli"

# argparse's message (as Python 3.11 to 3.13 spell it) -> Behind's template.
ARGPARSE: dict[str, str] = {
    "usage: ": QT_TRANSLATE_NOOP("Cli", "usage: "),
    "positional arguments": QT_TRANSLATE_NOOP("Cli", "what to give"),
    "options": QT_TRANSLATE_NOOP("Cli", "options"),
    "show this help message and exit": QT_TRANSLATE_NOOP("Cli", "show this help and stop"),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP(
        "Cli", "%(argument_name)s: %(message)s"
    ),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP("Cli", "%s is needed too"),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("Cli", "this command doesn't take %s"),
    "expected one argument": QT_TRANSLATE_NOOP("Cli", "give it one value"),
    "expected at most one argument": QT_TRANSLATE_NOOP("Cli", "give it one value at most"),
    "expected at least one argument": QT_TRANSLATE_NOOP("Cli", "give it at least one value"),
    "ignored explicit argument %r": QT_TRANSLATE_NOOP("Cli", "it takes no value, not %r"),
    "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP(
        "Cli", "%(option)s could mean %(matches)s; write more of it"
    ),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP(
        "Cli", "%(value)r isn't a value it takes"
    ),
}


def argparse_text(message: str) -> str:
    """argparse's message in Behind's words and the user's language."""
    template = ARGPARSE.get(message)
    return message if template is None else translate(CONTEXT, template)


@contextlib.contextmanager
def worded() -> Iterator[None]:
    """While the parser is built and used, argparse speaks through ``argparse_text``."""
    import argparse

    module = vars(argparse)
    before: Callable[[str], str] = module["_"]
    module["_"] = argparse_text
    try:
        yield
    finally:
        module["_"] = before
