"""What training jobs ask a scheduler for (imbalbench.workflow.resources), and how a cluster run batches them."""

import math
import re
from pathlib import Path

import pytest
import yaml

from imbalbench.methods import all_methods, benchmark_methods
from imbalbench.workflow import resources

from .conftest import Workflow

REPO = Path(__file__).resolve().parents[1]


def _job(method, steps, fit, job, peak):
    return {"method": method, "steps": steps, "fit_seconds": fit, "job_seconds": job, "peak_mb": peak}


MEASURED = [_job("ce", 2000, 3.0, 4.0, 350.0), _job("ce", 500, 1.0, 3.5, 360.0), _job("egl", 1000, 8.0, 9.0, 400.0)]


def test_training_steps_are_epochs_times_batches_of_the_folds_training_rows():
    # 1000 rows, 4 folds: 750 outside the test part, 600 after validation; 5 batches of 128.
    assert resources.training_steps(1000, folds=4, valid_size=0.2, epochs=10, batch_size=128) == 50
    assert resources.training_steps(10, folds=2, valid_size=0.5, epochs=3, batch_size=128) == 3  # one partial batch


def test_the_cost_table_is_the_upper_envelope_of_the_measured_jobs():
    table = resources.fit_costs(MEASURED, seeds=5, margin=2.0, measured={})
    assert table["methods"]["ce"] == {
        "seconds_per_kstep": 2.0,
        "peak_mb": 360.0,
        "jobs": 2,
        "mb_per_million_cells": 0.0,
    }
    assert table["methods"]["egl"]["seconds_per_kstep"] == 8.0
    assert table["startup_seconds"] == 2.5  # ce's second job: 3.5 s of which 1 s fitting
    for job in MEASURED:
        assert job["job_seconds"] <= resources.job_seconds(job["method"], job["steps"], 5, table) + 1e-9
        assert resources.runtime_minutes(job["method"], job["steps"], 5, table) * 60 >= 2.0 * job["job_seconds"]


def test_requests_round_up_scale_with_seeds_above_the_measured_count_and_cover_unmeasured_methods():
    table = resources.fit_costs(MEASURED, seeds=5, margin=2.0, measured={})
    # 2.5 s + 2 s/kstep x 30 ksteps = 62.5 s, x 2 = 125 s -> 3 minutes.
    assert resources.runtime_minutes("ce", 30_000, 5, table) == 3
    assert resources.runtime_minutes("ce", 30_000, 1, table) == 3  # fewer stacked seeds: no less
    assert resources.job_seconds("ce", 30_000, 10, table) == pytest.approx(2.5 + 2.0 * 30 * 2)
    assert resources.runtime_minutes("ce", 1, 5, table) == 1  # SLURM's unit
    assert resources.job_seconds("ldam", 1000, 5, table) == resources.job_seconds("egl", 1000, 5, table)
    assert resources.mem_mb("ce", 0, table) == math.ceil(2.0 * 360.0 / 100) * 100
    grown = resources.fit_costs(MEASURED, seeds=5, margin=2.0, measured={}, memory_growth={"ce": 12.5})
    # 360 MB + 12.5 MB per million cells x (10,000 rows x 40 features x 5 seeds = 2 M) = 385 MB, x 2 -> 800.
    assert resources.mem_mb("ce", 10_000 * 40 * 5, grown) == 800
    # Unmeasured: the largest peak (egl's 400 MB) and the largest growth (ce's): 2 x (400 + 25) -> 900.
    assert resources.mem_mb("ldam", 2_000_000, grown) == 900


def test_memory_growth_is_the_steepest_line_from_the_smallest_shape_over_every_measured_peak():
    points = [(1e6, 400.0), (4e6, 430.0), (10e6, 580.0), (40e6, 800.0)]  # 10, 20, 10 MB per M cells
    growth = resources.memory_growth(points)
    assert growth == 20.0
    assert all(peak <= 400.0 + growth * (cells - 1e6) / 1e6 for cells, peak in points)
    assert resources.memory_growth([(1e6, 400.0), (5e6, 390.0)]) == 0.0


def test_the_shipped_table_measured_every_method_with_a_margin():
    table = resources.job_costs()
    assert set(all_methods()) <= set(table["methods"]), "refresh it: benchmarks/job_overhead.py --write-costs"
    assert table["margin"] >= 1.5 and table["startup_seconds"] > 0
    assert all(entry["seconds_per_kstep"] > 0 and entry["peak_mb"] > 100 for entry in table["methods"].values())
    growth = {method: entry.get("mb_per_million_cells") for method, entry in table["methods"].items()}
    assert all(growth[method] >= 0 for method in benchmark_methods()), "benchmarks/scale.py --write-memory"
    # potential (the induced runs' upper bound) was not measured there: it gets the largest growth.
    assert resources.mem_mb("potential", 10**7, table) >= resources.mem_mb("ce", 10**7, table)


def test_the_schemas_training_defaults_are_the_recipes():
    from imbalbench.models.training import Recipe

    schema = yaml.safe_load((REPO / "schemas" / "config.schema.yaml").read_text())
    training = schema["properties"]["training"]["properties"]
    assert (training["epochs"]["default"], training["batch_size"]["default"]) == (Recipe().epochs, Recipe().batch_size)


def _rule_blocks():
    for path in [REPO / "Snakefile", *sorted((REPO / "rules").glob("*.smk"))]:
        text = path.read_text()
        starts = [(m.start(), m.group(1)) for m in re.finditer(r"^\s*rule (\w+):", text, re.M)]
        for (start, name), (end, _) in zip(starts, [*starts[1:], (len(text), None)]):
            yield name, text[start:end]


def test_only_splits_tuning_and_training_are_submitted_on_a_cluster():
    submitted = {name for name, block in _rule_blocks() if "localrule: True" not in block}
    assert submitted == {"split", "induced_split", "train", "tune", "resample"}
    assert all("batch_group" in block for name, block in _rule_blocks() if name in submitted)


@pytest.mark.slow
def test_the_default_benchmark_on_the_slurm_profile_makes_few_submissions(tmp_path):
    """Dry run of the default config with the SLURM profile: every submitted job lies in a group,
    one group per dataset (the induced runs': their source's), each one submission."""
    flow = Workflow(tmp_path / "workflow")  # the repository's default config
    result = flow.snakemake("-n", "--workflow-profile", "profiles/slurm", "--slurm-no-account")
    groups = re.findall(r"Group job (\S+) \(", result.stdout)
    alone = re.findall(r"^rule (split|induced_split|train|tune):", result.stdout, re.M)  # grouped blocks are indented
    trained = set(re.findall(r"wildcards: dataset=([^,\s@]+)(?:@ir\d+)?, method=", result.stdout))
    assert not alone and len(trained) == 19  # 18 datasets and Adult (the source of 3 induced runs)
    assert sorted(groups) == sorted(f"training_{dataset}" for dataset in trained)
    assert len(groups) <= 60


def test_a_samplers_envelope_covers_every_measured_size_and_grows_with_its_steepest_measured_growth():
    # 1 s at 1k rows, 3 s at 4k (exponent 0.79), 40 s at 16k (exponent 1.87): the steepest, 1.87.
    points = [(1000, 1.0), (4000, 3.0), (16000, 40.0)]
    envelope = resources.sampler_envelope(points)
    assert envelope["exponent"] == pytest.approx(math.log(40 / 3) / math.log(4), abs=0.01)
    costs = {"margin": 2.0, "seeds": 5, "samplers": {"cnn": envelope}}
    for rows, seconds in points:  # on or above every point, within a third of it
        assert seconds <= resources.sampler_seconds("cnn", rows, 5, costs) <= 1.34 * seconds
    assert resources.sampler_seconds("cnn", 64000, 5, costs) >= 1.0 + (40.0 - 1.0) * 4**1.86  # its growing part
    assert resources.sampler_envelope([(1000, 2.0), (8000, 4.0)])["exponent"] == 1.0  # never below linear
    assert (
        resources.sampler_seconds("ce", 10**6, 5, costs) == 0.0
        and resources.sampler_minutes("ce", 10**6, 5, costs) == 0
    )
    # 2 x 40 s x 4^1.87 (13.4) = 1,072 s: 18 minutes added to the job's request.
    assert resources.sampler_minutes("cnn", 64000, 5, costs) == math.ceil(
        2 * resources.sampler_seconds("cnn", 64000, 5, costs) / 60
    )
