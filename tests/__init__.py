"""Behind's test suite: unit (core, store, cli), gui (offscreen Qt), e2e (real X and Wayland)."""
