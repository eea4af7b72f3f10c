"""Pages of Snakemake's HTML report: the result tables rendered, and what was run.

The tables are written as Markdown by the aggregation rules (``Table:`` caption, pipe table, bold
best values, ``#`` headings and plain paragraphs); :func:`markdown_page` renders exactly that
subset as a self-contained HTML page (inline style, no external resource), so that a reader of
the report sees them without the repository. :func:`run_page` says what was run: datasets,
methods and parameters, the protocol, package versions, the git commit, the machine and the time.
"""

from __future__ import annotations

import html
import re
from importlib import metadata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

STYLE = """
body { font-family: system-ui, sans-serif; font-size: 14px; margin: 1em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border-bottom: 1px solid #ccc; padding: 3px 8px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; max-width: 60em; padding-bottom: 0.5em; color: #444; }
"""

PACKAGES = (
    "imbalbench",
    "torch",
    "numpy",
    "pandas",
    "scipy",
    "scikit-learn",
    "imbalanced-learn",
    "optuna",
    "baycomp",
    "snakemake",
    "seaborn",
    "matplotlib",
)


def _inline(text: str) -> str:
    """Escape, then turn ``**bold**`` into <b>."""
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html.escape(text.strip()))


def _cells(line: str) -> list[str]:
    return [cell for cell in line.strip().strip("|").split("|")]


def markdown_page(markdown: str, title: str) -> str:
    """An HTML page of a table file: ``Table: caption`` lines, pipe tables, ``#`` headings, paragraphs."""
    lines, body, caption, i = markdown.splitlines(), [], None, 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("Table:"):
            caption = line.removeprefix("Table:").strip()
        elif line.startswith("#"):
            level = min(len(line) - len(line.lstrip("#")), 4)
            body.append(f"<h{level}>{_inline(line.lstrip('#'))}</h{level}>")
        elif line.startswith("|") and i + 1 < len(lines) and set(lines[i + 1].replace("|", "").strip()) <= set("-: "):
            header, aligns = _cells(line), _cells(lines[i + 1])
            classes = [' class="num"' if align.strip().endswith(":") else "" for align in aligns]
            rows = []
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(_cells(lines[i]))
                i += 1
            table = ["<table>"] + ([f"<caption>{_inline(caption)}</caption>"] if caption else [])
            table.append("<tr>" + "".join(f"<th{c}>{_inline(h)}</th>" for h, c in zip(header, classes)) + "</tr>")
            table += [
                "<tr>" + "".join(f"<td{c}>{_inline(v)}</td>" for v, c in zip(row, classes)) + "</tr>" for row in rows
            ]
            body.append("\n".join(table + ["</table>"]))
            caption = None
            continue
        elif line.strip():
            body.append(f"<p>{_inline(line)}</p>")
        i += 1
    return (
        f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<style>{STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def git_state(folder) -> str:
    """The commit of the checkout at ``folder`` and whether its tree had changes, or why unknown."""
    import subprocess

    def git(*args):
        return subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=30)

    try:
        commit = git("rev-parse", "HEAD")
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"unknown ({error})"
    if commit.returncode != 0:
        return "not a git checkout"
    dirty = git("status", "--porcelain", "--untracked-files=no").stdout.strip()
    return f"{commit.stdout.strip()[:12]}" + (" with uncommitted changes" if dirty else " (clean)")


def cpu_model() -> str:
    """The CPU's model name (``/proc/cpuinfo``), else what :mod:`platform` knows."""
    import platform

    try:
        with open("/proc/cpuinfo") as handle:
            return next(line.split(":", 1)[1].strip() for line in handle if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor() or platform.machine()


def machine() -> str:
    """CPU model and count, and the GPU torch sees (if any)."""
    import os
    import platform

    cpu = cpu_model()
    gpu = "none"
    try:
        import torch

        if torch.cuda.is_available():
            gpu = torch.cuda.get_device_name(0)
    except ImportError:
        pass
    return f"{cpu}, {os.cpu_count()} logical CPUs; GPU: {gpu}; {platform.system()} {platform.release()}"


def _table(header: list[str], rows: list[list]) -> str:
    head = "<tr>" + "".join(f"<th>{html.escape(str(h))}</th>" for h in header) + "</tr>"
    body = ["<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in rows]
    return "<table>" + head + "".join(body) + "</table>"


def run_page(
    config: dict,
    datasets: dict[str, dict],
    methods: dict[str, dict],
    seconds: dict[str, float],
    workflow_folder,
    control: str,
    ropes: dict[str, float],
    failures: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    reference_notices=(),
) -> str:
    """What was run, as an HTML page. ``datasets``: name -> {rows, features, minority, imbalance_ratio};
    ``methods``: name -> the parameters it ran with; ``seconds``: job time per rule (summed from
    the benchmark files; with parallel jobs the run's wall-clock time is less); ``control`` and
    ``ropes``: the verdict's control and each verdict metric's ROPE, as the verdict used them;
    ``failures``: :func:`~imbalbench.analysis.summaries.failed_runs` of the run's scores;
    ``sources``: :func:`~imbalbench.analysis.summaries.run_sources`, and ``reference_notices``
    (lines) on the references some runs were taken from."""
    training = config.get("training", {})
    tuning = config.get("tuning") or {}
    protocol = [
        ["folds", config["folds"]],
        ["training seeds per fold (repeats)", config["repeats"]],
        ["seed", config["seed"]],
        ["validation share of non-test rows", config["valid_size"]],
        ["epochs", training.get("epochs", 200)],
        ["MLP hidden layers", training.get("hidden", [128, 16])],
        [
            "learners",
            ", ".join(f"{name} ({settings or 'defaults'})" for name, settings in config["learners"].items())
            if config.get("learners")
            else "mlp (the training recipe)",
        ],
        ["training settings", {k: v for k, v in training.items() if k not in ("epochs", "hidden")} or "defaults"],
        [
            "tuning",
            f"{tuning['trials']} trials per method x dataset x fold for {tuning.get('methods') or 'all'}"
            if tuning.get("trials")
            else "off (configured parameters)",
        ],
        ["control of the verdict", control],
        ["verdict metrics and their ROPEs", ", ".join(f"{m} {r:g}" for m, r in ropes.items())],
        ["audit of published protocols", "on" if config.get("audit") else "off"],
        ["device", config["device"]],
    ]
    sections = [
        "<h1>What was run</h1>",
        "<h2>Protocol</h2>",
        _table(["setting", "value"], protocol),
        "<h2>Datasets</h2>",
        _table(
            ["dataset", "rows", "features", "minority rows", "imbalance ratio"],
            [
                [name, d["rows"], d["features"], d["minority"], f"{d['imbalance_ratio']:.1f}"]
                for name, d in datasets.items()
            ],
        ),
        "<h2>Methods</h2>",
        _table(
            ["method", "parameters"],
            [
                [name, ", ".join(f"{k}={v}" for k, v in params.items()) or "defaults"]
                for name, params in methods.items()
            ],
        ),
        "<h2>Failed runs</h2>",
        "<p>A run that cannot train (a sampler that imbalanced-learn refuses on a dataset, a failed tuning) "
        "is recorded with its reason; every verdict of that method rests on the other datasets.</p>",
        _table(
            ["run", "failed runs", "datasets", "first reason"],
            [[r.method, f"{r.failed} of {r.runs}", r.datasets, r.reason] for r in failures.itertuples()]
            if failures is not None and len(failures)
            else [["none", "", "", ""]],
        ),
        "<h2>Where the runs come from</h2>",
        "<p>Jobs trained here, and jobs taken whole from a published reference (config key "
        "<code>reference</code>: same data, splits, code and parameters). A reference holds no "
        "predictions or traces: figures drawn from those show the jobs trained here.</p>",
        *[f"<p>{html.escape(line)}</p>" for line in reference_notices],
        _table(
            ["run", "source", "jobs"],
            [[r.method, r.source, r.jobs] for r in sources.itertuples()] if sources is not None else [],
        ),
        "<h2>Software and machine</h2>",
        _table(
            ["", ""],
            [
                ["git commit", git_state(workflow_folder)],
                ["machine", machine()],
                *[[package, _version(package)] for package in PACKAGES],
            ],
        ),
        "<h2>Time</h2>",
        _table(
            ["rule", "job seconds (sum)"],
            [[rule, f"{s:,.0f}"] for rule, s in seconds.items()] + [["all jobs", f"{sum(seconds.values()):,.0f}"]],
        ),
    ]
    return (
        f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>What was run</title>"
        f"<style>{STYLE}</style></head><body>\n" + "\n".join(sections) + "\n</body></html>\n"
    )
