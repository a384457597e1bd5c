"""Command line entry point (placeholder until the data CLI lands)."""

import sys

from behind_desktop import __version__


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        print(f"behind-desktop {__version__}")
        return 0
    return 0
