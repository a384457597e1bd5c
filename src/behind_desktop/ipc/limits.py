"""How long and how much the single-instance socket waits for and takes (protocol.py
says what travels on it). Apart, so the app starts without the protocol's table."""

import sys

MAX_REQUEST = 64 * 1024
CONNECT_TIMEOUT_S = 1.0
# Longer than SQLite's busy wait (5 s), so a reply held up by another program's
# write lock still arrives.
REPLY_TIMEOUT_S = 15.0
POSIX = sys.platform != "win32"
