"""The app frame: start-up, the tray, the main window, which window is open."""
