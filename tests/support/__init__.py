"""What the tests share: one fake clock (also used by bench/ and docs/), GUI helpers."""
