"""No import cycles between Behind's modules (the layer contracts in pyproject.toml
are checked by ``lint-imports`` in scripts/test)."""

from __future__ import annotations

from pathlib import Path

import grimp

# Cycles that exist only through an import inside a function, kept here until they
# are untied; a new cycle fails the test, and so does one of these once it is gone.
KNOWN: set[frozenset[str]] = set()


def cycles(graph: grimp.ImportGraph) -> set[frozenset[str]]:
    """Groups of modules that import each other, directly or round a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in sorted(graph.find_modules_directly_imported_by(module)):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = set()
            while True:
                other = stack.pop()
                on_stack.discard(other)
                group.add(other)
                if other == module:
                    break
            if len(group) > 1:
                found.add(frozenset(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles() -> None:
    # Imports under TYPE_CHECKING never run, so they tie no knot.
    graph = grimp.build_graph("behind_desktop", exclude_type_checking_imports=True, cache_dir=None)
    assert "behind_desktop.services.dispatch" in graph.modules  # the graph is really there
    assert cycles(graph) == KNOWN


def test_the_cycle_finder_finds_a_cycle(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "knot"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from knot import b\n")
    (package / "b.py").write_text("from knot import c\n")
    (package / "c.py").write_text("from knot import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("knot", cache_dir=None)
    assert cycles(graph) == {frozenset({"knot.a", "knot.b", "knot.c"})}


def test_no_window_module_is_long() -> None:
    """Each GUI module stays small enough to read in one sitting (about 400 lines)."""
    gui = Path(__file__).resolve().parents[2] / "src" / "behind_desktop" / "gui"
    long = {
        str(p.relative_to(gui)): n
        for p in gui.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
