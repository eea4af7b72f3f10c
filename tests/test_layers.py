"""The package's structure: no import cycle, and no import from a higher layer into a lower one.

Every import counts, at the top of a module or inside a function (where the package imports
lazily), as :mod:`imbalbench.workflow.codedeps` reads them. The layers, lowest first, are written
in each folder's ``__init__`` docstring and in README's "Layout".
"""

import pytest

from imbalbench.workflow.codedeps import _imports, module_file, module_name

from .conftest import REPO

PACKAGE = REPO / "imbalbench"
LAYERS = [
    "core",
    "scoring",
    "data",
    "models",
    "algorithms",
    "learners",
    "methods",
    "estimators",
    "tuning",
    "jobs",
    "analysis",
    "workflow",
]
# The analysis runs in an environment without torch: it reads the methods' declarations only.
ANALYSIS_NEVER = {"models", "algorithms", "estimators", "tuning", "jobs"}


def _resolve(name: str) -> str | None:
    """The package module that an imported name (a module, or a name inside one) lies in."""
    parts = name.split(".")
    for end in range(len(parts), 1, -1):
        if module_file(".".join(parts[:end])) is not None:
            return ".".join(parts[:end])
    return None


def import_graph() -> dict[str, set[str]]:
    """Package module -> the package modules it imports (itself and its own parents left out)."""
    graph = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path.resolve())
        targets = {_resolve(name) for name in _imports(path.resolve(), module) if name.startswith("imbalbench.")}
        graph[module] = {t for t in targets if t is not None and t != module and not module.startswith(t + ".")}
    return graph


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` as a list of modules (first == last), or None."""
    state, stack = {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return [*stack[stack.index(target) :], target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_cycle_finder_finds_a_cycle_and_only_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_the_package_has_no_import_cycle():
    cycle = find_cycle(import_graph())
    assert cycle is None, " -> ".join(cycle)


def test_every_module_lies_in_a_layer_folder():
    top_level = {path.name for path in PACKAGE.iterdir() if path.suffix == ".py" or (path / "__init__.py").exists()}
    assert top_level == {"__init__.py", *LAYERS}
    for layer in LAYERS:
        assert f"Layer {LAYERS.index(layer)}" in (PACKAGE / layer / "__init__.py").read_text(), layer


def test_no_module_imports_a_higher_layer():
    upward = [
        f"{module} -> {target}"
        for module, targets in import_graph().items()
        for target in targets
        if layer_of(module) and layer_of(target) and LAYERS.index(layer_of(target)) > LAYERS.index(layer_of(module))
    ]
    assert not upward, upward


def test_the_analysis_never_imports_the_training_layers():
    wrong = [
        f"{module} -> {target}"
        for module, targets in import_graph().items()
        if layer_of(module) == "analysis"
        for target in targets
        if layer_of(target) in ANALYSIS_NEVER
    ]
    assert not wrong, wrong


@pytest.mark.parametrize("module", ["imbalbench.methods", "imbalbench.workflow.config"])
def test_reading_the_declarations_imports_no_torch(module):
    """The workflow imports every method's module while it plans: a method imports torch, scikit-learn
    and imbalanced-learn when it trains (a subprocess, so that this process's imports do not count)."""
    import subprocess
    import sys

    code = (
        f"import sys, {module}; from imbalbench.methods import all_methods; all_methods(); "
        "print(sorted(m for m in ('torch', 'sklearn', 'imblearn') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert done.stdout.strip() == "[]"
