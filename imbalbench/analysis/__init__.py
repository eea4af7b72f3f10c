"""From run outputs to results: collecting scores (:mod:`.aggregate`), statistics (:mod:`.stats`,
:mod:`.evidence`), tables (:mod:`.tables`, :mod:`.induced_tables`, :mod:`.summaries`, :mod:`.audit`),
figures (:mod:`.plots`) and the report's pages (:mod:`.report`).

Layer 10: may import core, scoring, data, learners and methods (their declarations); never models, algorithms
or jobs, so that the analysis environment needs no torch.
"""
