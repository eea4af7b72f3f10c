#!/usr/bin/env bash
# The GPU path against the CPU path, on a machine with a GPU (never part of the tests).
#
# Runs a small workflow twice in temporary folders: once with egl and cwgan on `cuda`
# (gpu_methods) and once all on the CPU. ce trains on the CPU in both, so EGL starts from the
# same models and any difference comes from the device. Prints, per method, the largest and the
# mean absolute difference of test AUC-PR over its (dataset, fold, seed) runs, and the seconds
# per training job on each device (Snakemake's benchmark files).
#
#   bash benchmarks/gpu_check.sh [python]      # default: .venv/bin/python; about 3 minutes
#
# Float32 on a GPU rounds differently (other reduction orders, fused kernels), and training
# amplifies a rounding difference over its steps; the selected epoch can differ too. Expect
# differences of about 1e-3 in test AUC-PR, larger where a different epoch is kept.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
python=${1:-$repo/.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$python" -c "import torch, sys; sys.exit(0 if torch.cuda.is_available() else 'no GPU: torch.cuda.is_available() is False')"
cat > "$work/config.yaml" <<'EOF'
seed: 0
folds: 2
repeats: 3
device: cpu
datasets:
  ecoli: {source: uci}
  yeast_me2: {source: uci}
methods:
  ce: {}
  egl: {}
  cwgan: {generator_steps: 300}
training: {epochs: 100}
EOF

for leg in cuda cpu; do
  extra=()
  [ "$leg" = cuda ] && extra=(--config "gpu_methods=[egl, cwgan]")
  start=$(date +%s)
  "$python" -m snakemake results/scores.csv -s "$repo/Snakefile" --directory "$work/$leg" \
    --configfile "$work/config.yaml" --cores 2 "${extra[@]}" --quiet rules
  echo "$leg: $(( $(date +%s) - start )) s for the whole run"
done

"$python" - "$work" <<'EOF'
import csv, sys
from pathlib import Path

import pandas as pd

work = Path(sys.argv[1])
keys = ["dataset", "method", "fold", "seed"]
cuda, cpu = (pd.read_csv(work / leg / "results" / "scores.csv") for leg in ("cuda", "cpu"))
both = cuda.merge(cpu, on=keys, suffixes=("_cuda", "_cpu"))
both["diff"] = (both["auc_pr_cuda"] - both["auc_pr_cpu"]).abs()
both["same_epoch"] = both["best_epoch_cuda"] == both["best_epoch_cpu"]


def seconds(leg, method):
    files = (work / leg / "results" / "benchmarks" / "train").glob(f"*/{method}/*.tsv")
    values = [float(next(csv.DictReader(open(f), delimiter="\t"))["s"]) for f in files]
    return sum(values) / len(values)


print("| method | runs | max abs diff AUC-PR | mean abs diff | same kept epoch | s per job cuda | s per job cpu |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for method, rows in both.groupby("method"):
    print(f"| {method} | {len(rows)} | {rows['diff'].max():.2e} | {rows['diff'].mean():.2e} | "
          f"{rows['same_epoch'].mean():.0%} | {seconds('cuda', method):.1f} | {seconds('cpu', method):.1f} |")
EOF
