"""What the tests share, and bench/ and docs/ too: the one fake clock, GUI helpers, data folders."""
