"""Scripts that render the screenshots in docs/screenshots. Run them from the
repository root as modules, e.g. ``xvfb-run -a python -m docs.make_screenshots``."""
