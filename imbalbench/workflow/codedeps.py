"""Which of the package's source files a job executes (the import closure of its entry points),
and one digest of them.

Every rule's ``code`` param is the digest of its script and that closure (for training and
tuning, with the method and learner modules the job loads by name): Snakemake reruns a job whose
params changed, so editing a module reruns exactly the jobs that run it and no hand-kept list can
drift. A digest, not the files as inputs: Snakemake resolves, and at every scheduling round
stats, each input of each job, and a training job's closure is about 35 files.

The closure follows, with :mod:`ast`, every ``import`` and ``from ... import`` of a package
module anywhere in a file (inside functions too, where the package imports lazily), ``from .
import x`` of submodules, and the text ``"imbalbench.x:y"`` by which a script hands a function
to the warm worker.
"""

from __future__ import annotations

import ast
import hashlib
import re
from functools import cache
from pathlib import Path

from ..core.artifacts import sha256_of

PACKAGE = "imbalbench"
_ROOT = Path(__file__).resolve().parents[1]  # the imbalbench package
_CHECKOUT = _ROOT.parent
_ENTRY = re.compile(rf"^({PACKAGE}(?:\.\w+)*):\w+$")


def module_file(module: str) -> Path | None:
    """The source file of package module ``module`` (``imbalbench.x.y``), or None if there is none."""
    parts = module.split(".")[1:]
    base = _ROOT.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def module_name(path: Path) -> str:
    """The dotted name of the package module at ``path``."""
    relative = path.relative_to(_ROOT).with_suffix("")
    parts = [PACKAGE, *relative.parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, module: str | None) -> frozenset[str]:
    """Package modules that the file at ``path`` (module ``module``; None for a script) refers to;
    parsed once per version of the file (planning asks for every job, the files stay the same)."""
    info = path.stat()
    return _parsed_imports(path, module, info.st_mtime_ns, info.st_size)


@cache
def _parsed_imports(path: Path, module: str | None, mtime_ns: int, size: int) -> frozenset[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    is_package = path.name == "__init__.py"
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                if module is None:
                    continue
                anchor = module.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}  # submodules imported by name
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _ENTRY.match(node.value):
            found.add(_ENTRY.match(node.value).group(1))
    return frozenset(name for name in found if name == PACKAGE or name.startswith(PACKAGE + "."))


def closure(modules, script: Path | None = None) -> frozenset[Path]:
    """Source files of the package that ``modules`` (names) and ``script`` (a file outside the
    package) import, transitively, with each module's parent packages (Python runs their
    ``__init__`` first)."""
    pending = set(modules) | (_imports(Path(script), None) if script is not None else set())
    seen, files = set(), set()
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        parts = name.split(".")
        pending |= {".".join(parts[:i]) for i in range(1, len(parts))}
        path = module_file(name)
        if path is None:
            continue
        files.add(path)
        pending |= _imports(path, module_name(path))
    return frozenset(files)


def script_code(script: Path, *modules: str) -> list[Path]:
    """The package files a rule's ``script`` executes, plus those of ``modules`` it loads by name
    (the method module of a training job), sorted."""
    return sorted(closure(modules, script))


@cache
def _file_sha256(path: Path, mtime_ns: int, size: int) -> str:
    return sha256_of(path)


def files_digest(files) -> str:
    """One sha256 of ``files``: each one's path (relative to the checkout, so that a moved checkout
    keeps its results) and content."""
    digest = hashlib.sha256()
    for path in sorted(Path(p).resolve() for p in files):
        info = path.stat()
        name = path.relative_to(_CHECKOUT) if path.is_relative_to(_CHECKOUT) else path
        digest.update(f"{name}\0{_file_sha256(path, info.st_mtime_ns, info.st_size)}\0".encode())
    return digest.hexdigest()


@cache
def script_digest(script: Path, *modules: str) -> str:
    """The digest of ``script`` and of the package files it executes (:func:`script_code`). Once
    per process and arguments: planning asks for every job, from one version of the code."""
    return files_digest([script, *script_code(script, *modules)])
