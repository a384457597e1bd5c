"""Behind: a gentle tray companion for medical trainees who always feel behind."""

__version__ = "0.1.0"
APP_NAME = "Behind"
APP_ID = "behind-desktop"
