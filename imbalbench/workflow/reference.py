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
import platform
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.artifacts import sha256_of
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


def _part_folders(entry: Path) -> list[Path]:
    if (entry / MANIFEST).is_file():
        return [entry]
    parts = sorted(path.parent for path in entry.glob(f"*/{MANIFEST}"))
    if not parts:
        raise ReferenceError(f"reference: {entry} holds no {MANIFEST} (nor part folders with one)")
    return parts


def read_part(folder: Path, check_files: bool = True) -> Part:
    """The part published in ``folder``, its manifest's format and (with ``check_files``) every
    listed file's size and sha256 checked; :class:`ReferenceError` naming the file otherwise."""
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text())
    except (OSError, ValueError) as error:
        raise ReferenceError(f"reference: {path} cannot be read ({error})") from None
    if manifest.get("format") != FORMAT:
        raise ReferenceError(
            f"reference: {path} is of format {manifest.get('format')!r}; this version reads format {FORMAT}"
        )
    if check_files:
        for name, (size, digest) in manifest["files"].items():
            file = folder / name
            if not file.is_file() or file.stat().st_size != size or sha256_of(file) != digest:
                raise ReferenceError(
                    f"reference: {file} is missing or differs from its sha256 in {path}; publish it again"
                )
    return Part(folder, manifest)


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
            raise ReferenceError(f"reference: {folder} does not exist")
        parts += [read_part(path) for path in _part_folders(folder)]
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
    key -> the first such part."""
    reused = {}
    for key, identity in identities.items():
        for part in parts:
            if part.jobs.get(key) == identity:
                reused[key] = part
                break
    return reused


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
    """Write a reference into ``folder`` (emptied first): ``scores`` (job key -> its scores.json),
    their ``identities``, each run's training ``run_code`` digest, each dataset's digests
    (:func:`dataset_digests`), ``warm`` (job key -> run folder) whose outputs others continue
    from, and the ``config`` it was made with. Returns the manifest."""
    import shutil

    from ..analysis.report import git_state

    if folder.exists():
        shutil.rmtree(folder)
    (folder / WARM).mkdir(parents=True)
    keys = sorted(scores)
    table = score_rows([scores[key] for key in keys], keys)
    table.to_parquet(folder / SCORES, index=False)
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
    manifest = {
        "format": FORMAT,
        "commit": git_state(checkout),
        "protocol": protocol(config),
        "recipe": config["training"],
        "config": config,
        "runs": run_code,
        "datasets": datasets,
        "jobs": {key: identities[key] for key in keys},
        "libraries": library_versions(),
        "machine": machine(),
        "files": files,
        "size_bytes": sum(size for size, _ in files.values()),
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True, default=repr) + "\n")
    return manifest


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
