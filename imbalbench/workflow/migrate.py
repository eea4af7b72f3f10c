"""Carry a published reference over an edit of the training code that leaves its results as they were.

A training job's identity holds the digest of every package file it executes (:mod:`.codedeps`),
so any edit of that closure (a new check, a refactor, a faster worker) makes every published job
look stale, and a judge run would train them all again. When the edit changes no published
number, the reference is migrated instead, training nothing::

    python -m imbalbench.workflow.migrate published/keel --from b8bff5c --because "why"

Each part's recorded config is planned twice, by the workflow of commit ``--from`` and by this
checkout's, each in a copy of its own code. Every job the part holds must have under ``--from``
exactly the identity its manifest records: then the part was made by that code with that config,
and nothing but the code differs between the two plans. Its identity under this checkout replaces
the old one, as do the runs' code digests; the manifest's ``migrations`` list records each
migration (from, to, why, the code files whose content changed). A part with any other job is
refused, and no part is written unless every part passes.

The check proves that only code changed, not that the change keeps the numbers: that is the
migrator's claim, to be shown by training a sample under both commits
(``benchmarks/migration_check.py``) and written in ``--because``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from ..core.artifacts import atomic, sha256_of
from .reference import MANIFEST, ReferenceError, manifest_text, part_folders, read_part

CHECKOUT = Path(__file__).resolve().parents[2]
CODE = ("imbalbench", "scripts")
"""The folders whose files a job's code digest covers."""
_PLAN = """\
include: "Snakefile"

# Written by imbalbench.workflow.migrate: this tree's plan of the config's training jobs.
Path(os.environ["IMBALBENCH_PLAN"]).write_text(
    __import__("json").dumps(
        {"jobs": planned_identities(), "runs": {run: training_code_of(run) for run in METHODS}}
    )
)
"""


def _git(checkout: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(checkout), *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise ReferenceError(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def commit_tree(checkout: Path, commit: str, into: Path) -> Path:
    """The files of ``commit`` (published references left out) in a new folder ``into``."""
    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(checkout), "archive", "--format=tar", commit, "--", ".", ":(exclude)published"],
        capture_output=True,
    )
    if archive.returncode != 0:
        raise ReferenceError(f"no commit {commit!r} in {checkout}: {archive.stderr.decode().strip()}")
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def working_tree(checkout: Path, into: Path) -> Path:
    """This checkout's files as they are now, committed or not (ignored ones and published
    references left out), in a new folder ``into``."""
    listed = _git(checkout, "ls-files", "-z", "-co", "--exclude-standard", "--", ".", ":(exclude)published")
    for name in filter(None, listed.split("\0")):
        source = checkout / name
        if source.is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    return into


def plan(tree: Path, config: dict, scratch: Path, workdir: Path) -> dict:
    """``{"jobs": key -> identity, "runs": run -> training code digest}`` that the workflow in
    ``tree`` plans for ``config``, parsed by that tree's own Snakefile and package, in working
    directory ``workdir`` (where the config's relative data paths lead, as when it was published)."""
    scratch.mkdir(parents=True)
    (scratch / "config.json").write_text(json.dumps(config))
    snakefile = tree / ".migrate_plan.smk"
    snakefile.write_text(_PLAN)
    out = scratch / "plan.json"
    done = subprocess.run(
        [sys.executable, "-m", "snakemake", "-s", str(snakefile), "--configfile", str(scratch / "config.json")]
        + ["--directory", str(workdir), "--list-rules"],
        cwd=tree,  # Python puts the working directory first on sys.path: this tree's package, not the installed one
        env={**os.environ, "PYTHONPATH": str(tree), "IMBALBENCH_PLAN": str(out)},
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 or not out.is_file():
        raise ReferenceError(f"planning the part's config in {tree} failed:\n{done.stderr[-2000:]}")
    return json.loads(out.read_text())


def changed_code(old: Path, new: Path) -> list[str]:
    """Code files (under :data:`CODE`) that differ between trees ``old`` and ``new``, added or removed."""
    names = {
        str(path.relative_to(tree)) for tree in (old, new) for folder in CODE for path in (tree / folder).rglob("*.py")
    }
    return sorted(
        name
        for name in names
        if not ((old / name).is_file() and (new / name).is_file() and sha256_of(old / name) == sha256_of(new / name))
    )


def migrated(part: Path, manifest: dict, old: dict, new: dict, record: dict) -> dict:
    """``manifest`` with ``new``'s identities and run digests, after checking that ``old`` (the
    plan of the commit migrated from) holds every published job with its recorded identity."""
    wrong = [key for key, identity in manifest["jobs"].items() if old["jobs"].get(key) != identity]
    if wrong:
        raise ReferenceError(
            f"{part}: {len(wrong)} of {len(manifest['jobs'])} jobs (e.g. {wrong[0]}) do not have, under commit "
            f"{record['from']}, the identity the manifest records: the part was not made by that commit's code "
            "with its recorded config; migrate from the commit it was made with"
        )
    lost = [key for key in manifest["jobs"] if key not in new["jobs"]]
    if lost:
        raise ReferenceError(f"{part}: this checkout no longer plans {len(lost)} of its jobs (e.g. {lost[0]})")
    return {
        **manifest,
        "jobs": {key: new["jobs"][key] for key in manifest["jobs"]},
        "runs": {run: new["runs"][run] for run in manifest.get("runs", {})},
        "migrations": [*manifest.get("migrations", []), record],
    }


def migrate(folders: list[Path], source: str, because: str, checkout: Path = CHECKOUT, write: bool = True) -> dict:
    """Migrate every part of ``folders`` from commit ``source`` to ``checkout`` as it is now; returns
    part folder -> migrated manifest. Nothing is written unless every part passes (and ``write``)."""
    parts = [part for folder in folders for part in part_folders(Path(folder))]
    if not parts:
        raise ReferenceError(f"no published part in {', '.join(map(str, folders))}")
    head = _git(checkout, "rev-parse", "--short=12", "HEAD").strip()
    dirty = bool(_git(checkout, "status", "--porcelain", "--", *CODE).strip())
    with tempfile.TemporaryDirectory(prefix="imbalbench-migrate-") as scratch:
        scratch = Path(scratch)
        old_tree = commit_tree(checkout, source, scratch / "old")
        new_tree = working_tree(checkout, scratch / "new")
        record = {
            "from": _git(checkout, "rev-parse", "--short=12", source).strip(),
            "to": f"{head} (uncommitted changes)" if dirty else head,
            "date": date.today().isoformat(),
            "because": because,
            "changed": changed_code(old_tree, new_tree),
        }
        if not record["changed"]:
            raise ReferenceError(f"no code file differs between {source} and this checkout: nothing to migrate")
        result, plans = {}, {}
        for i, part in enumerate(parts):
            manifest = read_part(part).manifest
            config = {key: value for key, value in manifest["config"].items() if key != "reference"}
            key = json.dumps(config, sort_keys=True)
            if key not in plans:
                plans[key] = tuple(
                    plan(tree, config, scratch / f"plan{i}-{tree.name}", Path.cwd()) for tree in (old_tree, new_tree)
                )
            result[part] = migrated(part, manifest, *plans[key], record)
            print(f"{part}: {len(manifest['jobs'])} jobs checked", file=sys.stderr)
    if write:
        for part, manifest in result.items():
            with atomic(part / MANIFEST) as partial:
                partial.write_text(manifest_text(manifest))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m imbalbench.workflow.migrate", description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="published references (a part or a folder of parts)")
    parser.add_argument("--from", dest="source", required=True, help="the commit whose code made the references")
    parser.add_argument(
        "--because", required=True, help="why the edit keeps every published number, and how it was shown"
    )
    parser.add_argument("--check", action="store_true", help="check every part, write nothing")
    args = parser.parse_args(argv)
    try:
        result = migrate(args.folders, args.source, args.because, write=not args.check)
    except ReferenceError as error:
        print(f"Migration refused: {error}", file=sys.stderr)
        return 1
    jobs = sum(len(manifest["jobs"]) for manifest in result.values())
    verb = "would carry" if args.check else "carried"
    print(f"{verb} {jobs} jobs in {len(result)} part(s) from {args.source} to this checkout", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
