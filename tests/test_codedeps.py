"""Code digests: every rule's script, with the modules it runs, is in the code digest of its jobs."""

import modulefinder
from pathlib import Path

import pytest

from imbalbench.methods import all_methods
from imbalbench.workflow.codedeps import script_code

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = sorted((REPO / "scripts").glob("*.py"))
# What a script hands to the warm worker by name, and what a training job imports by name.
BY_NAME = {"train.py": ["imbalbench.jobs.train"], "tune.py": ["imbalbench.tuning.search"]}


def package_files_found_by_modulefinder(script: Path, modules=()) -> set[Path]:
    """The standard library's independent view: bytecode scan of the script and modules (function
    bodies included), restricted to this checkout so that third-party packages are not scanned."""
    finder = modulefinder.ModuleFinder(path=[str(REPO)])
    finder.run_script(str(script))
    for module in modules:
        finder.import_hook(module)
    return {
        Path(m.__file__).resolve()
        for name, m in finder.modules.items()
        if name.split(".")[0] == "imbalbench" and m.__file__
    }


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
def test_a_scripts_code_inputs_hold_every_package_module_it_imports(script):
    modules = BY_NAME.get(script.name, [])
    expected = package_files_found_by_modulefinder(script, modules)
    assert expected, "modulefinder found no package module"
    assert expected <= set(script_code(script, *modules))


@pytest.mark.parametrize("method", sorted(all_methods()))
def test_a_training_jobs_code_is_its_methods_closure_and_no_other_methods(method):
    module = f"imbalbench.methods.{method}"
    code = set(script_code(REPO / "scripts" / "train.py", module))
    assert package_files_found_by_modulefinder(REPO / "scripts" / "train.py", ["imbalbench.jobs.train", module]) <= code
    others = {REPO / "imbalbench" / "methods" / f"{name}.py" for name in all_methods()} - {
        REPO / "imbalbench" / "methods" / f"{method}.py"
    }
    assert not code & others
    assert all(path.is_relative_to(REPO / "imbalbench") for path in code)


def test_named_gaps_of_the_old_hand_lists_are_closed():
    train = lambda method: set(script_code(REPO / "scripts" / "train.py", f"imbalbench.methods.{method}"))
    package = REPO / "imbalbench"
    assert package / "methods" / "base.py" in train("smote")
    assert package / "algorithms" / "mesa.py" in train("mesa") and package / "algorithms" / "mesa.py" not in train("ce")
    assert package / "data" / "splits.py" in set(script_code(REPO / "scripts" / "split.py"))
    assert package / "data" / "sources" / "uci.py" in set(script_code(REPO / "scripts" / "preprocess.py"))
    aggregation = set().union(
        *(
            script_code(REPO / "scripts" / s)
            for s in ("verdict.py", "tables.py", "pr_curves.py", "significance.py", "aggregate_scores.py")
        )
    )
    assert {package / "analysis" / f for f in ("stats.py", "tables.py", "plots.py", "aggregate.py")} <= aggregation
