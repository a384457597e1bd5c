"""The main window's pages: today's checklist, the week's wins, settings."""
