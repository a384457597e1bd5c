"""Allows ``python -m behind_desktop``."""

import signal
import sys

from behind_desktop import EARLY_STOP

if __name__ == "__main__":
    # From the first moment, not once Qt is up: remembered, then a clean quit.
    signal.signal(signal.SIGTERM, lambda number, _frame: EARLY_STOP.append(number))
    from behind_desktop.cli import main

    sys.exit(main())
