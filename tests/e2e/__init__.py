"""End-to-end tests under Xvfb with a real tray host."""
