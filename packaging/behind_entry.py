"""Frozen entry point: what ``python -m behind_desktop`` runs, as a script.

PyInstaller needs a script path; this one only imports the real entry so the
package itself stays free of packaging concerns.
"""

import sys

from behind_desktop.launch import main

if __name__ == "__main__":
    sys.exit(main())
