"""Tests of the Qt-free layers: core rules, the store, the command line."""
