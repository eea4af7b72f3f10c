"""Rule report_table: one result table rendered as a self-contained HTML page for the report."""

from pathlib import Path

from imbalbench.analysis.report import markdown_page
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]):
    markdown = Path(snakemake.input.markdown).read_text()
    Path(snakemake.output.html).write_text(markdown_page(markdown, snakemake.wildcards.table))
