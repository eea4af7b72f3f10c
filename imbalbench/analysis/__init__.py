"""From run outputs to results: collecting scores (:mod:`.aggregate`), statistics (:mod:`.stats`,
:mod:`.evidence`), tables (:mod:`.tables`, :mod:`.induced_tables`, :mod:`.summaries`, :mod:`.audit`),
figures (:mod:`.plots`) and the report's pages (:mod:`.report`).

Layer 10: may import core, scoring, data, learners and methods (their declarations); never models, algorithms
or jobs, so that the analysis environment needs no torch.
"""

# Here, not in .moderators, because the workflow reads it while it plans (every parse, each cluster
# job's too) and .moderators imports scipy.
MIN_DATASETS = 10
"""Fewest datasets for the moderator analysis: fewer give a rank correlation too coarse to say
anything (at 9, |rho| < 0.68 is never significant at 0.05)."""
