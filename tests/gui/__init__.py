"""Offscreen tests of the windows and the tray with pytest-qt."""
