"""Benchmarks that print figures. Run them from the repository root as modules,
e.g. ``python -m bench.bench_bare`` (see bench/README.md)."""
