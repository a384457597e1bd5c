"""Allows ``python -m behind_desktop``."""

import sys

if __name__ == "__main__":
    from behind_desktop.launch import main

    sys.exit(main())
