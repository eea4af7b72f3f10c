"""How far a job trained on this machine lies from the same job in a reference made on another CPU.

README's "Judge your own method" with a method that is plain training under another name: the
variant ``toy: {method: ce}`` of the reference's config, on its first ``--datasets`` datasets and
every learner, trained here in a temporary folder against ``--reference`` (nothing under
results/ is touched). Every seed of ``toy`` is then compared with the published ``ce`` of the
same dataset, fold and seed, per learner: how many seeds agree bit for bit in every metric, and
the largest absolute difference of any metric. The CPUs and torch versions of both sides are
printed beside it.

    python benchmarks/cross_cpu.py [--reference published/keel] [--config configs/keel.yaml]
        [--datasets 6] [--cores 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from imbalbench.scoring.metric_specs import METRICS  # noqa: E402
from imbalbench.workflow.reference import library_versions, load, machine  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default="published/keel")
    parser.add_argument("--config", default="configs/keel.yaml")
    parser.add_argument("--datasets", type=int, default=6)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="run in this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    config = yaml.safe_load((REPO / args.config).read_text())
    datasets = list(config["datasets"])[: args.datasets]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cross_cpu."))
    folder.mkdir(parents=True, exist_ok=True)
    command = [
        *(sys.executable, "-m", "snakemake", "--cores", str(args.cores), "--snakefile", str(REPO / "Snakefile")),
        *("--directory", str(folder), "--configfile", str(REPO / args.config), "--config"),
        f"reference={REPO / args.reference}",
        "methods={toy: {method: ce}}",
        f"only_datasets=[{','.join(datasets)}]",
        "--",
        "results/scores.csv",
    ]
    try:
        subprocess.run(command, check=True, capture_output=True, text=True)
        scores = pd.read_csv(folder / "results" / "scores.csv")
    except subprocess.CalledProcessError as error:
        print(error.stderr[-3000:], file=sys.stderr)
        return 1
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    parts = load([REPO / args.reference], config)
    print(f"toy (ce under another name) trained here on {len(datasets)} datasets: {', '.join(datasets)}")
    made = sorted({(part.manifest["machine"].get("cpu"), part.manifest["libraries"].get("torch")) for part in parts})
    here = (machine()["cpu"], library_versions().get("torch"))
    print(f"here: {here[0]}, torch {here[1]}; the reference: {'; '.join(f'{cpu}, torch {t}' for cpu, t in made)}")
    metrics = [m for m in [*METRICS, "best_valid_auc_pr"] if m in scores.columns]
    keys = ["dataset", "learner", "fold", "seed"]
    trained = scores[scores["method"].str.fullmatch(r"toy(@.*)?")].set_index(keys)[metrics]
    published = scores[scores["method"].str.fullmatch(r"ce(@.*)?")].set_index(keys)[metrics]
    trained, published = trained.align(published, join="inner")
    # Per seed: bit-identical in every metric?, the largest difference of any metric, and of AUC-PR;
    # per dataset: the difference of the mean AUC-PR over its folds and seeds, what the verdict pairs.
    print(
        f"{'learner':<8} {'seeds':>6} {'identical':>10} {'max |Δ| any':>12} {'max |Δ| AUC-PR':>15} "
        f"{'median |Δ| AUC-PR':>18} {'max |Δ| dataset mean AUC-PR':>28}"
    )
    for learner, block in trained.groupby(level="learner"):
        difference = block - published.loc[block.index]
        absolute = difference.abs().to_numpy()
        identical = int((np.nan_to_num(absolute) == 0).all(axis=1).sum())
        per_dataset = difference["auc_pr"].groupby(level="dataset").mean().abs()
        print(
            f"{learner:<8} {len(block):>6} {identical:>10} {np.nanmax(absolute):>12.2g} "
            f"{difference['auc_pr'].abs().max():>15.2g} {difference['auc_pr'].abs().median():>18.2g} "
            f"{per_dataset.max():>28.2g}"
        )
        worst = difference.abs().max().sort_values(ascending=False).head(3)
        print(f"{'':<8} largest per metric: {', '.join(f'{m} {v:.2g}' for m, v in worst.items())}")
    print(json.dumps({"datasets": len(datasets), "seeds_compared": int(len(trained))}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
