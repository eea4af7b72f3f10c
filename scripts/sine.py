"""Rule sine: the sine-wave illustration -> results/sine/sine.png and sine.json."""

import json
from pathlib import Path

from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]) as log:
    from imbalbench.algorithms.sine import plot_sine, run_sine
    from imbalbench.models.training import use_threads

    use_threads(snakemake.threads)
    result = run_sine(**snakemake.params.sine)
    plot_sine(result, snakemake.output.figure)
    summary = result.summary()
    log.info("%s", summary)
    Path(snakemake.output.summary).write_text(json.dumps(summary, indent=2) + "\n")
