"""Rule performance_profile: the Dolan-Moré profile of every method (figure and table)."""

import numpy as np
import pandas as pd

from imbalbench.analysis.plots import plot_profile
from imbalbench.analysis.stats import performance_profile
from imbalbench.analysis.tables import fold_summary
from imbalbench.core.logs import job_logging
from imbalbench.scoring.metric_specs import metric_spec

with job_logging(snakemake.log[0]):
    mean, _ = fold_summary(pd.read_csv(snakemake.input.scores), snakemake.params.metric)
    profile = performance_profile(mean.reindex(columns=snakemake.params.methods), np.linspace(0, 1, 201))
    profile.to_csv(snakemake.output.table, float_format="%.6g")
    plot_profile(profile, snakemake.output.figure, metric_spec(snakemake.params.metric).label)
