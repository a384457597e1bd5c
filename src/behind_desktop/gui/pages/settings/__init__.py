"""The Settings page, one module per group of settings; see ``page``."""

from behind_desktop.gui.pages.settings.page import SettingsPage

__all__ = ["SettingsPage"]
