"""Published reference results: a finished run's scores, written once (:func:`publish`) and taken
by later runs instead of training the same jobs again (:func:`load`, :func:`reused_jobs`).

A reference is a folder ``published/<name>/`` holding

- ``manifest.json``: the format version, the config and commit it was made with, the protocol
  (seed, folds, repeats, valid_size, the metric set), for each training job its **identity**, for
  each run the digest of its training code, for each dataset the digest of its rows and of its
  splits, the library versions and the machine, and the sha256 and size of every other file;
- ``scores.parquet``: one row per dataset, run, fold and seed, every metric;
- ``warm/{dataset}/{run}/fold{k}/``: the outputs of the runs that other methods continue from
  (ce's models for EGL's warm start), so that such a method runs here without its source.

A job's identity (:func:`job_identity`) is the sha256 of everything Snakemake passes it as params
(its code digest among them: :mod:`.codedeps`) and of the identities of the jobs it reads (the run
it continues from, the rows of a resampling job, a tuning job's result). A planned job whose
identity a reference holds is taken from it, whole: stacked seeds train as one model, so a job's
seeds are never mixed from two sources. Its data and splits are checked against the manifest
right after they are made (rule ``reference_data``), its published files against their sha256
while planning. A reference may be made of parts (several folders, or a folder of part folders),
which must share the protocol.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.artifacts import RUN_OUTPUTS, ArtifactError, atomic, read_scores, sha256_of
from ..core.errors import ConfigError

if TYPE_CHECKING:
    import pandas as pd

FORMAT = 1
MANIFEST = "manifest.json"
SCORES = "scores.parquet"
WARM = "warm"
WARM_FILES = ("scores.json", "model.npz", "trace.csv")
PROTOCOL_KEYS = ("seed", "folds", "repeats", "valid_size")
BOOSTING = ("lightgbm", "xgboost", "catboost")  # with analysis.report.PACKAGES: the versions a manifest records
COST_COLUMNS = ("wall_seconds", "metrics_seconds", "job_cpu_seconds", "fit_cpu_seconds", "peak_memory_mb")
"""Published columns that say what a job cost, not what it found: they differ between two trainings
of the same job, and are left out when two parts holding one job are compared."""

_NAME = r"[^/]+"
JOB_KEY = re.compile(rf"^({_NAME})/({_NAME})/fold\d+$")
WARM_FILE = re.compile(rf"^{WARM}/({_NAME}/{_NAME}/fold\d+)/({'|'.join(map(re.escape, WARM_FILES))})$")
"""The only files a part may list besides :data:`SCORES`: a warm-start job's outputs."""
_SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
MANIFEST_SCHEMA = {
    "type": "object",
    "required": ["format", "protocol", "jobs", "datasets", "files", "machine", "libraries"],
    "properties": {
        "protocol": {"type": "object", "required": [*PROTOCOL_KEYS, "metrics"]},
        "jobs": {"type": "object", "additionalProperties": _SHA256},
        "datasets": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["rows", "splits"],
                "properties": {"rows": _SHA256, "splits": _SHA256},
            },
        },
        "files": {
            "type": "object",
            "required": [SCORES],
            "additionalProperties": {
                "type": "array",
                "prefixItems": [{"type": "integer", "minimum": 0}, _SHA256],
                "minItems": 2,
                "maxItems": 2,
            },
        },
        "machine": {"type": "object"},
        "libraries": {"type": "object"},
    },
}
"""What this version reads of a manifest: every key the code uses, so that a damaged or forged one
is refused at planning with the key it lacks, not with a traceback at aggregation."""


class ReferenceError(ConfigError):
    """A reference that cannot be used: missing, of another format or protocol, or damaged."""


def job_key(dataset: str, run: str, fold: int | str) -> str:
    """A training job's name in a manifest: ``dataset/run/fold<k>``, as its results folder."""
    return f"{dataset}/{run}/fold{fold}"


def job_identity(params: dict, upstream: dict) -> str:
    """The sha256 of a job's ``params`` (name -> value, as Snakemake passes them) and of the
    identities of the jobs it reads (``upstream``: role -> identity)."""
    text = json.dumps({"params": params, "upstream": upstream}, sort_keys=True, default=repr)
    return hashlib.sha256(text.encode()).hexdigest()


def protocol(config: dict) -> dict:
    """What every job of a run shares and a reference must match: the splits' and seeds' settings
    and the metric set."""
    from ..scoring.metric_specs import METRICS

    return {**{key: config[key] for key in PROTOCOL_KEYS}, "metrics": list(METRICS)}


@dataclass(frozen=True)
class Part:
    """One published folder: its manifest, read and checked."""

    folder: Path
    manifest: dict

    @property
    def name(self) -> str:
        return str(self.folder)

    @property
    def jobs(self) -> dict[str, str]:
        return self.manifest["jobs"]

    def has_warm(self, key: str) -> bool:
        return f"{WARM}/{key}/{WARM_FILES[0]}" in self.manifest["files"]

    def sha256(self, key: str, name: str) -> str:
        """The published sha256 of job ``key``'s warm-start file ``name``."""
        return self.manifest["files"][f"{WARM}/{key}/{name}"][1]


def part_folders(entry: Path) -> list[Path]:
    if (entry / MANIFEST).is_file():
        return [entry]
    parts = sorted(path.parent for path in entry.glob(f"*/{MANIFEST}"))
    if not parts:
        raise ReferenceError(f"reference: {entry} holds no {MANIFEST} (nor part folders with one)")
    return parts


def read_part(folder: Path, check_files: bool = True) -> Part:
    """The part published in ``folder``, its manifest's format, keys and names checked
    (:func:`check_manifest`) and (with ``check_files``) every listed file's size and sha256;
    :class:`ReferenceError` naming the file or key otherwise."""
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text())
    except (OSError, ValueError) as error:
        raise ReferenceError(f"reference: {path} cannot be read ({error})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise ReferenceError(f"reference: {path} is of format {found!r}; this version reads format {FORMAT}")
    check_manifest(manifest, path)
    if check_files:
        for name, (size, digest) in manifest["files"].items():
            file = folder / name
            if file.is_symlink() or not file.resolve().is_relative_to(folder.resolve()):
                raise ReferenceError(
                    f"reference: {file} is a link or leads outside {folder}; a part holds its own files"
                )
            if not file.is_file() or file.stat().st_size != size or sha256_of(file) != digest:
                raise ReferenceError(
                    f"reference: {file} is missing or differs from its sha256 in {path}; publish it again"
                )
    return Part(folder, manifest)


def check_manifest(manifest: dict, path: Path) -> None:
    """:class:`ReferenceError` naming the key, unless ``manifest`` (read from ``path``) has every
    key this version reads (:data:`MANIFEST_SCHEMA`), names only files inside its folder that the
    code reads (:data:`SCORES`, and all three :data:`WARM_FILES` of a warm-start job it holds),
    names jobs as ``dataset/run/fold<k>``, and holds the rows' and splits' digests of every
    dataset it has jobs of (without them its scores could not be checked against this run's data)."""
    import jsonschema

    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(MANIFEST_SCHEMA).iter_errors(manifest))
    if error is not None:
        key = ".".join(str(part) for part in error.absolute_path) or "(top level)"
        raise ReferenceError(f"reference: {path}: key {key}: {error.message[:300]}")
    for name in manifest["files"]:
        if (name != SCORES and not WARM_FILE.match(name)) or {".", ".."} & set(name.split("/")):
            raise ReferenceError(
                f"reference: {path} lists file {name!r}, which is not one a part holds "
                f"({SCORES}, or {WARM}/<dataset>/<run>/fold<k>/<{'|'.join(WARM_FILES)}>)"
            )
        match = WARM_FILE.match(name)
        if match and match.group(1) not in manifest["jobs"]:
            raise ReferenceError(f"reference: {path} lists {name} of a job it does not hold")
        if match and any(f"{WARM}/{match.group(1)}/{other}" not in manifest["files"] for other in WARM_FILES):
            raise ReferenceError(f"reference: {path} lists {name} but not all of {', '.join(WARM_FILES)} beside it")
    for key in manifest["jobs"]:
        match = JOB_KEY.match(key)
        if match is None or {".", ".."} & set(key.split("/")):
            raise ReferenceError(f"reference: {path} names a job {key!r}; jobs are named dataset/run/fold<k>")
        if match.group(1) not in manifest["datasets"]:
            raise ReferenceError(
                f"reference: {path} holds jobs of dataset {match.group(1)} (e.g. {key}) but not its rows' and "
                f"splits' digests (key datasets.{match.group(1)}); its scores cannot be checked against this "
                "run's data"
            )


def entries(value) -> list[str]:
    """Config key ``reference``: one folder or a list of them (none when unset)."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def load(folders, config: dict) -> list[Part]:
    """The parts published in ``folders`` (each a part, or a folder of parts), each checked against
    the run's protocol: :class:`ReferenceError` naming the part and the key."""
    parts = []
    for folder in map(Path, folders):
        if not folder.is_dir():
            raise ReferenceError(
                f"reference: {folder} does not exist (a relative path is read from the working directory, "
                "else from the workflow's folder)"
            )
        parts += [read_part(path) for path in part_folders(folder)]
    if parts and config.get("audit"):
        raise ReferenceError(
            "reference: audit: true needs every run's trace, which a reference does not publish; "
            "set audit: false or drop the reference"
        )
    wanted = protocol(config)
    for part in parts:
        theirs = part.manifest["protocol"]
        for key, value in wanted.items():
            if theirs.get(key) != value:
                raise ReferenceError(
                    f"reference: {part.folder} was made with {key} = {theirs.get(key)!r}, this config has "
                    f"{value!r}; its jobs cannot match this run's"
                )
    return parts


def reused_jobs(parts: list[Part], identities: dict[str, str]) -> dict[str, Part]:
    """The planned jobs (``identities``: key -> identity) that a part holds with the same identity:
    key -> the first such part that also publishes the job's warm-start files, else the first.
    A job held by several parts must have the same results in each (:func:`check_duplicates`)."""
    holders = {}
    for key, identity in identities.items():
        found = [part for part in parts if part.jobs.get(key) == identity]
        if found:
            holders[key] = found
    check_duplicates({key: found for key, found in holders.items() if len(found) > 1})
    return {key: next((part for part in found if part.has_warm(key)), found[0]) for key, found in holders.items()}


def stale_runs(parts: list[Part], identities: dict[str, str], run_code: dict[str, str]) -> dict[str, str]:
    """Runs with planned jobs (``identities``: key -> identity) that a part holds under the same
    name but another identity, so that they train here: run -> why, as far as the manifest tells
    (its ``runs`` record each run's training code digest; ``run_code``: this checkout's)."""
    stale = {}
    for key, identity in identities.items():
        run = key.split("/")[1]
        for part in parts:
            if run in stale or part.jobs.get(key, identity) == identity:
                continue
            theirs = part.manifest.get("runs", {}).get(run)
            stale[run] = (
                f"its training code differs from {part.folder}'s"
                if theirs is not None and theirs != run_code.get(run)
                else f"its parameters, seeds or upstream jobs differ from {part.folder}'s"
            )
    return stale


def check_duplicates(holders: dict[str, list[Part]]) -> None:
    """:class:`ReferenceError` naming the job and both parts when two parts hold a job with the same
    identity but different results: other scores (every column but :data:`COST_COLUMNS`) or other
    warm-start models or traces. ``holders``: job key -> the parts holding it (two or more)."""
    tables: dict[Path, pd.DataFrame] = {}

    def results(part: Part) -> pd.DataFrame:
        if part.folder not in tables:
            tables[part.folder] = result_rows(part, holders)
        return tables[part.folder]

    pairs: dict[tuple[Path, Path], tuple[Part, Part, list[str]]] = {}
    for key, (first, *others) in sorted(holders.items()):
        for other in others:
            pairs.setdefault((first.folder, other.folder), (first, other, []))[2].append(key)
    for first, other, keys in pairs.values():
        other_scores = differing_jobs(results(first), results(other))
        for key in keys:
            differ = ["scores"] if key in other_scores else []
            if first.has_warm(key) and other.has_warm(key):
                differ += [name for name in WARM_FILES[1:] if first.sha256(key, name) != other.sha256(key, name)]
            if differ:
                raise ReferenceError(
                    f"reference: parts {first.folder} and {other.folder} both hold job {key} with the same "
                    f"identity but other {' and '.join(differ)}; they cannot both be right: drop one of them "
                    "from `reference`"
                )


def result_rows(part: Part, keys) -> pd.DataFrame:
    """The published rows of jobs ``keys`` in ``part``, :data:`COST_COLUMNS` left out, sorted by job and repeat."""
    import pandas as pd

    table = pd.read_parquet(part.folder / SCORES)
    table = table[table["job"].isin(list(keys))].drop(columns=[c for c in COST_COLUMNS if c in table.columns])
    return table.sort_values(["job", "repeat"], kind="stable").reset_index(drop=True)


def differing_jobs(first: pd.DataFrame, second: pd.DataFrame) -> set[str]:
    """Jobs whose rows differ between two :func:`result_rows` tables, among the jobs both hold: in
    number, columns or any value (missing values equal each other, whatever their type)."""
    import pandas as pd

    shared = set(first["job"]) & set(second["job"])
    first, second = first[first["job"].isin(shared)], second[second["job"].isin(shared)]
    counts = first["job"].value_counts().sub(second["job"].value_counts(), fill_value=0)
    differ = set(counts.index[counts != 0])
    first = first[~first["job"].isin(differ)].reset_index(drop=True)
    second = second[~second["job"].isin(differ)].reset_index(drop=True)
    if set(first.columns) != set(second.columns):
        return differ | set(first["job"])
    same = pd.Series(True, index=first.index)
    for column in first.columns:
        a, b = first[column], second[column]
        same &= (a == b) | (a.isna() & b.isna())
    return differ | set(first.loc[~same, "job"])


def machine() -> dict:
    """The machine a reference was made on: architecture, CPU model, cores."""
    import os

    from ..analysis.report import cpu_model

    return {
        "architecture": platform.machine(),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "system": platform.system(),
    }


def library_versions() -> dict:
    from ..analysis.report import PACKAGES, _version

    return {"python": platform.python_version(), **{name: _version(name) for name in (*PACKAGES, *BOOSTING)}}


def environment_differences(parts: list[Part]) -> list[str]:
    """Lines on each part made with another torch version or CPU than this machine's: its jobs
    were not retrained here, and a job retrained here may differ from it by float rounding."""
    here_cpu, here_torch = machine()["cpu"], library_versions().get("torch")
    lines = []
    for part in parts:
        cpu = part.manifest["machine"].get("cpu")
        torch = part.manifest["libraries"].get("torch")
        if cpu != here_cpu or torch != here_torch:
            lines.append(
                f"reference {part.folder} was made with torch {torch} on {cpu}; this machine has torch "
                f"{here_torch} on {here_cpu}: its scores are used as published (README: 'Judge your own method')"
            )
    return lines


def dataset_digests(data_path, splits_path) -> dict:
    """A dataset's digests in a manifest: its rows and labels, and its splits file."""
    from ..analysis.aggregate import rows_digest

    return {"rows": rows_digest(data_path), "splits": sha256_of(splits_path)}


def check_dataset(dataset: str, expected: dict, data_path, splits_path) -> dict:
    """:class:`ReferenceError` when ``dataset``'s rows or splits here differ from those a reference
    was made with (``expected``: part folder -> its manifest's digests); the digests here otherwise."""
    here = dataset_digests(data_path, splits_path)
    for folder, digests in expected.items():
        differ = [what for what in ("rows", "splits") if digests[what] != here[what]]
        if differ:
            raise ReferenceError(
                f"dataset {dataset}: its {' and '.join(differ)} differ from those of reference {folder}; "
                f"its jobs there were trained on other data"
            )
    return here


JOB_COLUMNS = ["job_cpu_seconds", "fit_cpu_seconds", "peak_memory_mb", "device"]
"""What a published row adds to the aggregation's columns: the job's cost, and where it trained."""


def score_rows(scores_paths, keys) -> pd.DataFrame:
    """One row per seed of the jobs' ``scores.json`` (``keys``: the jobs' manifest names, in the
    same order): ``job``, the aggregation's columns and :data:`JOB_COLUMNS`. The parameters are
    the manifest's config."""
    import pandas as pd

    from ..analysis.aggregate import COLUMNS, run_rows
    from ..core.artifacts import read_scores

    rows = [{"job": key, **row} for path, key in zip(scores_paths, keys) for row in run_rows(read_scores(path))]
    columns = ["job", *[column for column in COLUMNS if column != "source"], *JOB_COLUMNS]
    return pd.DataFrame(rows).reindex(columns=columns)


def check_publish_target(folder: Path) -> None:
    """:class:`ReferenceError` unless ``folder`` is new, or holds nothing but a previous publication
    of its own (Snakemake removes its manifest before the job runs): never a folder of parts,
    never a file that a publication does not write, never a part inside another part."""
    if (folder.parent / MANIFEST).is_file():
        raise ReferenceError(
            f"publish: {folder.parent} is a published part, and a part inside it would never be read; "
            "publish under another name"
        )
    if not folder.exists():
        return
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink() or not (path.is_dir() or name in (MANIFEST, SCORES) or WARM_FILE.match(name)):
            raise ReferenceError(
                f"publish: {folder} holds {name}, which is not part of a publication of its own (is it a folder "
                "of parts?); nothing was changed: publish under another name"
            )


def publish(
    folder: Path,
    *,
    scores: dict[str, Path],
    identities: dict[str, str],
    run_code: dict[str, str],
    datasets: dict[str, dict],
    warm: dict[str, Path],
    config: dict,
    checkout: Path,
) -> dict:
    """Write a reference into ``folder`` (replacing a previous publication there, refusing anything
    else: :func:`check_publish_target`): ``scores`` (job key -> its scores.json), their
    ``identities``, each run's training ``run_code`` digest, each dataset's digests
    (:func:`dataset_digests`), ``warm`` (job key -> run folder) whose outputs others continue
    from, and the ``config`` it was made with. It is written beside ``folder`` and moved into place
    whole, so that a failure leaves the previous publication as it was. Returns the manifest."""
    from ..analysis.report import git_state

    check_publish_target(folder)
    partial = folder.with_name(f".{folder.name}.{os.getpid()}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    try:
        manifest = _write_reference(
            partial,
            scores=scores,
            warm=warm,
            manifest={
                "format": FORMAT,
                "commit": git_state(checkout),
                "protocol": protocol(config),
                "recipe": config["training"],
                "config": config,
                "runs": run_code,
                "datasets": datasets,
                "jobs": {key: identities[key] for key in sorted(scores)},
                "libraries": library_versions(),
                "machine": machine(),
            },
        )
        previous = folder.with_name(f".{folder.name}.{os.getpid()}.previous")
        if folder.exists():
            os.replace(folder, previous)
        os.replace(partial, folder)
        shutil.rmtree(previous, ignore_errors=True)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return manifest


def _write_reference(folder: Path, *, scores: dict[str, Path], warm: dict[str, Path], manifest: dict) -> dict:
    """:func:`publish`'s files in the new ``folder``: the scores table, the warm-start files, and
    ``manifest`` completed with every file's size and sha256."""
    (folder / WARM).mkdir(parents=True)
    keys = sorted(scores)
    score_rows([scores[key] for key in keys], keys).to_parquet(folder / SCORES, index=False)
    for key, run_folder in sorted(warm.items()):
        target = folder / WARM / key
        target.mkdir(parents=True)
        for name in WARM_FILES:
            shutil.copyfile(Path(run_folder) / name, target / name)
    files = {
        str(path.relative_to(folder)): [path.stat().st_size, sha256_of(path)]
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
    manifest = {**manifest, "files": files, "size_bytes": sum(size for size, _ in files.values())}
    (folder / MANIFEST).write_text(manifest_text(manifest))
    return manifest


def manifest_text(manifest: dict) -> str:
    """A manifest as its file holds it: keys sorted, one per line, so that two versions diff by key."""
    return json.dumps(manifest, indent=1, sort_keys=True, default=repr) + "\n"


def copy_warm(source: Path, targets: dict[str, Path]) -> None:
    """Copy a published warm-start job's files (``source``: its folder in a part; ``targets``: each
    of :data:`WARM_FILES` -> where it goes), after checking them against the sha256 sealed in its
    ``scores.json``; :class:`ReferenceError` naming the published file otherwise (copying it again
    would not mend it). Each target is written whole or not at all."""
    scores = source / WARM_FILES[0]
    hint = "the part is damaged: ask its publisher for an intact copy, or drop the part from `reference`"
    try:
        sealed = read_scores(scores).get("outputs_sha256", {})
    except ArtifactError:
        raise ReferenceError(
            f"reference: {scores} is not the file its job wrote (its seal does not match); {hint}"
        ) from None
    for key, name in RUN_OUTPUTS.items():
        if name in WARM_FILES and sealed.get(key) != sha256_of(source / name):
            raise ReferenceError(
                f"reference: {source / name} is not the file its job wrote (its sha256 is not the one sealed in "
                f"{scores}); {hint}"
            )
    for name, target in targets.items():
        with atomic(target) as partial:
            shutil.copyfile(source / name, partial)


def reference_rows(reused: dict[str, str]) -> pd.DataFrame:
    """The published rows of the ``reused`` jobs (key -> part folder), with a ``source`` column
    naming the part; each part's scores.parquet checked against its manifest's sha256 again."""
    import pandas as pd

    frames = []
    by_part: dict[str, list[str]] = {}
    for key, folder in reused.items():
        by_part.setdefault(folder, []).append(key)
    for folder, keys in by_part.items():
        part = read_part(Path(folder), check_files=False)
        path = part.folder / SCORES
        size, digest = part.manifest["files"][SCORES]
        if sha256_of(path) != digest:
            raise ReferenceError(f"reference: {path} differs from its sha256 in {part.folder / MANIFEST}")
        table = pd.read_parquet(path)
        frames.append(table[table["job"].isin(keys)].assign(source=folder))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["job", "source"])
