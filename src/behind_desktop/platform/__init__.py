"""What differs per operating system: start at login, sounds, sleep and wake."""
