"""Behind: a gentle tray companion for medical trainees who always feel behind."""

__version__ = "0.1.0"
APP_NAME = "Behind"
APP_ID = "behind-desktop"
# SIGTERM / Ctrl+C received before the app's event loop runs (see __main__ and
# gui.shell.app): remembered here, then acted on with a clean quit.
EARLY_STOP: list[int] = []
