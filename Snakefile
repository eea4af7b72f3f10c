# imbalbench: which method really helps a neural network on imbalanced tabular data?
# Run: snakemake --cores 2   (config.yaml is the embedded, offline default)
import os

from snakemake.utils import min_version, validate

min_version("8.0")


configfile: "config.yaml"


validate(config, "schemas/config.schema.yaml")

# Jobs import the package from this checkout (also inside conda environments and on cluster nodes).
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [workflow.basedir, os.environ.get("PYTHONPATH")]))


include: "rules/common.smk"
include: "rules/data.smk"
include: "rules/train.smk"
include: "rules/aggregate.smk"
include: "rules/sine.smk"
include: "rules/induced.smk"


rule all:
    input:
        aggregate_targets(),
        induced_targets(),
        rules.sine.output if config["sine"] is not False else [],
    default_target: True
