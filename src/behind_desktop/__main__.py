"""Allows ``python -m behind_desktop``."""

import sys

from behind_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
