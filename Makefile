# Workflows API — developer and CI entry points (GNU make).
#
#   make dev      create .venv, install, migrate, start Redis (embedded) + web + worker, print a token
#   make test     install, lint, pytest on SQLite, then on PostgreSQL when TEST_DATABASE_URL is set
#   make lint     ruff check + ruff format --check
#   make format   ruff format + ruff check --fix
#   make migrate  apply database migrations (DATABASE_URL, default instance/workflows.db)
#   make bench    run every benchmark in bench/
#   make eval     score the natural-language parser on labelled sets (NL_EVAL="a.jsonl b.jsonl")
#   make eval-rewrites  the right answers of those sets asked other ways: how many change
#   make model    retrain the parser's second opinion on every labelled set (installs PyTorch)
#   make clean    remove caches and build files (keeps .venv and instance/)
#   make distclean  also remove .venv and instance/ (the dev database, Redis file and dev key)
#
# Only a Python >= 3.11 is needed; every tool runs from .venv/bin, nothing is activated.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Reinstall only when pyproject.toml is newer than this stamp.
STAMP := $(VENV)/.install-stamp

PYTEST_ARGS ?= -n 2
# The public set, the parser's own development set, and held-out sets (issue 15), each written
# before the parser changes it was then used to measure: accuracy on text the parser was not
# written for. Each heldout*.jsonl was looked at once and counts as seen since.
NL_DATA := tests/nl_parser/data
NL_EVAL ?= ../shared/nl_eval/public.jsonl $(NL_DATA)/dev.jsonl $(NL_DATA)/heldout.jsonl \
	$(NL_DATA)/heldout2.jsonl $(NL_DATA)/heldout3.jsonl $(NL_DATA)/heldout4.jsonl \
	$(NL_DATA)/heldout5.jsonl $(NL_DATA)/heldout6.jsonl $(NL_DATA)/heldout7.jsonl \
	$(NL_DATA)/heldout8.jsonl $(NL_DATA)/heldout9.jsonl $(NL_DATA)/heldout10.jsonl \
	$(NL_DATA)/heldout11.jsonl $(NL_DATA)/heldout12.jsonl $(NL_DATA)/heldout13.jsonl \
	$(NL_DATA)/heldout14.jsonl $(NL_DATA)/heldout15.jsonl $(NL_DATA)/heldout16.jsonl \
	$(NL_DATA)/heldout17.jsonl $(NL_DATA)/heldout18.jsonl $(NL_DATA)/heldout19.jsonl \
	$(NL_DATA)/heldout20.jsonl $(NL_DATA)/heldout21.jsonl $(NL_DATA)/heldout22.jsonl \
	$(NL_DATA)/heldout23.jsonl $(NL_DATA)/heldout24.jsonl $(NL_DATA)/heldout25.jsonl \
	$(NL_DATA)/heldout26.jsonl $(NL_DATA)/heldout27.jsonl $(NL_DATA)/heldout28.jsonl \
	$(NL_DATA)/heldout29.jsonl $(NL_DATA)/heldout30.jsonl $(NL_DATA)/heldout31.jsonl \
	$(NL_DATA)/heldout32.jsonl $(NL_DATA)/heldout33.jsonl $(NL_DATA)/heldout34.jsonl \
	$(NL_DATA)/heldout35.jsonl $(NL_DATA)/heldout36.jsonl $(NL_DATA)/heldout37.jsonl \
	$(NL_DATA)/heldout38.jsonl $(NL_DATA)/heldout39.jsonl $(NL_DATA)/heldout40.jsonl \
	$(NL_DATA)/heldout41.jsonl $(NL_DATA)/heldout42.jsonl $(NL_DATA)/heldout43.jsonl \
	$(NL_DATA)/heldout44.jsonl $(NL_DATA)/heldout45.jsonl $(NL_DATA)/heldout46.jsonl \
	$(NL_DATA)/heldout47.jsonl $(NL_DATA)/heldout48.jsonl $(NL_DATA)/heldout49.jsonl \
	$(NL_DATA)/heldout50.jsonl $(NL_DATA)/heldout51.jsonl $(NL_DATA)/heldout52.jsonl \
	$(NL_DATA)/heldout53.jsonl $(NL_DATA)/heldout54.jsonl $(NL_DATA)/heldout55.jsonl \
	$(NL_DATA)/heldout56.jsonl $(NL_DATA)/heldout57.jsonl $(NL_DATA)/heldout58.jsonl \
	$(NL_DATA)/heldout59.jsonl $(NL_DATA)/heldout60.jsonl $(NL_DATA)/heldout61.jsonl \
	$(NL_DATA)/heldout62.jsonl $(NL_DATA)/heldout63.jsonl $(NL_DATA)/heldout64.jsonl \
	$(NL_DATA)/heldout65.jsonl $(NL_DATA)/heldout66.jsonl $(NL_DATA)/heldout67.jsonl \
	$(NL_DATA)/heldout68.jsonl $(NL_DATA)/heldout69.jsonl $(NL_DATA)/heldout70.jsonl \
	$(NL_DATA)/heldout71.jsonl $(NL_DATA)/heldout72.jsonl $(NL_DATA)/heldout73.jsonl \
	$(NL_DATA)/heldout74.jsonl $(NL_DATA)/heldout75.jsonl $(NL_DATA)/heldout76.jsonl \
	$(NL_DATA)/heldout77.jsonl $(NL_DATA)/heldout78.jsonl $(NL_DATA)/heldout79.jsonl \
	$(NL_DATA)/heldout80.jsonl $(NL_DATA)/heldout81.jsonl $(NL_DATA)/heldout82.jsonl \
	$(NL_DATA)/heldout83.jsonl $(NL_DATA)/heldout84.jsonl $(NL_DATA)/heldout85.jsonl \
	$(NL_DATA)/heldout86.jsonl $(NL_DATA)/heldout87.jsonl $(NL_DATA)/heldout88.jsonl \
	$(NL_DATA)/heldout89.jsonl $(NL_DATA)/heldout90.jsonl $(NL_DATA)/heldout91.jsonl \
	$(NL_DATA)/heldout92.jsonl $(NL_DATA)/heldout93.jsonl $(NL_DATA)/heldout94.jsonl \
	$(NL_DATA)/heldout95.jsonl $(NL_DATA)/heldout96.jsonl $(NL_DATA)/heldout97.jsonl \
	$(NL_DATA)/heldout98.jsonl $(NL_DATA)/heldout99.jsonl $(NL_DATA)/heldout100.jsonl \
	$(NL_DATA)/heldout101.jsonl $(NL_DATA)/heldout102.jsonl $(NL_DATA)/heldout103.jsonl \
	$(NL_DATA)/heldout104.jsonl $(NL_DATA)/heldout105.jsonl $(NL_DATA)/heldout106.jsonl \
	$(NL_DATA)/heldout107.jsonl $(NL_DATA)/heldout108.jsonl $(NL_DATA)/heldout109.jsonl \
	$(NL_DATA)/heldout110.jsonl $(NL_DATA)/heldout111.jsonl $(NL_DATA)/heldout112.jsonl \
	$(NL_DATA)/heldout113.jsonl $(NL_DATA)/heldout114.jsonl $(NL_DATA)/heldout115.jsonl \
	$(NL_DATA)/heldout116.jsonl $(NL_DATA)/heldout117.jsonl $(NL_DATA)/heldout118.jsonl \
	$(NL_DATA)/heldout119.jsonl $(NL_DATA)/heldout120.jsonl $(NL_DATA)/heldout121.jsonl \
	$(NL_DATA)/heldout122.jsonl $(NL_DATA)/heldout123.jsonl $(NL_DATA)/heldout124.jsonl \
	$(NL_DATA)/heldout125.jsonl $(NL_DATA)/heldout126.jsonl $(NL_DATA)/heldout127.jsonl \
	$(NL_DATA)/heldout128.jsonl $(NL_DATA)/heldout129.jsonl $(NL_DATA)/heldout130.jsonl \
	$(NL_DATA)/heldout131.jsonl $(NL_DATA)/heldout132.jsonl $(NL_DATA)/heldout133.jsonl \
	$(NL_DATA)/heldout134.jsonl $(NL_DATA)/heldout135.jsonl $(NL_DATA)/heldout136.jsonl \
	$(NL_DATA)/heldout137.jsonl $(NL_DATA)/heldout138.jsonl $(NL_DATA)/heldout139.jsonl \
	$(NL_DATA)/heldout140.jsonl $(NL_DATA)/heldout141.jsonl $(NL_DATA)/heldout142.jsonl \
	$(NL_DATA)/heldout143.jsonl $(NL_DATA)/heldout144.jsonl $(NL_DATA)/heldout145.jsonl \
	$(NL_DATA)/heldout146.jsonl $(NL_DATA)/heldout147.jsonl $(NL_DATA)/heldout148.jsonl \
	$(NL_DATA)/heldout149.jsonl $(NL_DATA)/heldout150.jsonl $(NL_DATA)/heldout151.jsonl \
	$(NL_DATA)/heldout152.jsonl $(NL_DATA)/heldout153.jsonl $(NL_DATA)/heldout154.jsonl \
	$(NL_DATA)/heldout155.jsonl $(NL_DATA)/heldout156.jsonl $(NL_DATA)/heldout157.jsonl \
	$(NL_DATA)/heldout158.jsonl $(NL_DATA)/heldout159.jsonl $(NL_DATA)/heldout160.jsonl \
	$(NL_DATA)/heldout161.jsonl $(NL_DATA)/heldout162.jsonl $(NL_DATA)/heldout163.jsonl \
	$(NL_DATA)/heldout164.jsonl $(NL_DATA)/heldout165.jsonl $(NL_DATA)/heldout166.jsonl \
	$(NL_DATA)/heldout167.jsonl $(NL_DATA)/heldout168.jsonl $(NL_DATA)/heldout169.jsonl \
	$(NL_DATA)/heldout170.jsonl $(NL_DATA)/heldout171.jsonl $(NL_DATA)/heldout172.jsonl \
	$(NL_DATA)/heldout173.jsonl $(NL_DATA)/heldout174.jsonl $(NL_DATA)/heldout175.jsonl \
	$(NL_DATA)/heldout176.jsonl $(NL_DATA)/heldout177.jsonl $(NL_DATA)/heldout178.jsonl \
	$(NL_DATA)/heldout179.jsonl $(NL_DATA)/heldout180.jsonl $(NL_DATA)/heldout181.jsonl \
	$(NL_DATA)/heldout182.jsonl $(NL_DATA)/heldout183.jsonl $(NL_DATA)/heldout184.jsonl \
	$(NL_DATA)/heldout185.jsonl $(NL_DATA)/heldout186.jsonl $(NL_DATA)/heldout187.jsonl \
	$(NL_DATA)/heldout188.jsonl $(NL_DATA)/heldout189.jsonl $(NL_DATA)/heldout190.jsonl \
	$(NL_DATA)/heldout191.jsonl $(NL_DATA)/heldout192.jsonl $(NL_DATA)/heldout193.jsonl \
	$(NL_DATA)/heldout194.jsonl $(NL_DATA)/heldout195.jsonl $(NL_DATA)/heldout196.jsonl \
	$(NL_DATA)/heldout197.jsonl $(NL_DATA)/heldout198.jsonl $(NL_DATA)/heldout199.jsonl \
	$(NL_DATA)/heldout200.jsonl $(NL_DATA)/heldout201.jsonl $(NL_DATA)/heldout202.jsonl \
	$(NL_DATA)/heldout203.jsonl $(NL_DATA)/heldout204.jsonl $(NL_DATA)/heldout205.jsonl \
	$(NL_DATA)/heldout206.jsonl $(NL_DATA)/heldout207.jsonl $(NL_DATA)/heldout208.jsonl \
	$(NL_DATA)/heldout209.jsonl $(NL_DATA)/heldout210.jsonl $(NL_DATA)/heldout211.jsonl \
	$(NL_DATA)/heldout212.jsonl $(NL_DATA)/heldout213.jsonl $(NL_DATA)/heldout214.jsonl \
	$(NL_DATA)/heldout215.jsonl $(NL_DATA)/heldout216.jsonl $(NL_DATA)/heldout217.jsonl \
	$(NL_DATA)/heldout218.jsonl $(NL_DATA)/heldout219.jsonl $(NL_DATA)/heldout220.jsonl \
	$(NL_DATA)/heldout221.jsonl $(NL_DATA)/heldout222.jsonl $(NL_DATA)/heldout223.jsonl \
	$(NL_DATA)/heldout224.jsonl $(NL_DATA)/heldout225.jsonl $(NL_DATA)/heldout226.jsonl \
	$(NL_DATA)/heldout227.jsonl $(NL_DATA)/heldout228.jsonl $(NL_DATA)/heldout229.jsonl \
	$(NL_DATA)/heldout230.jsonl $(NL_DATA)/heldout231.jsonl $(NL_DATA)/heldout232.jsonl \
	$(NL_DATA)/heldout233.jsonl $(NL_DATA)/heldout234.jsonl $(NL_DATA)/heldout235.jsonl \
	$(NL_DATA)/heldout236.jsonl $(NL_DATA)/heldout237.jsonl $(NL_DATA)/heldout238.jsonl \
	$(NL_DATA)/heldout239.jsonl $(NL_DATA)/heldout240.jsonl $(NL_DATA)/heldout241.jsonl \
	$(NL_DATA)/heldout242.jsonl $(NL_DATA)/heldout243.jsonl $(NL_DATA)/heldout244.jsonl \
	$(NL_DATA)/heldout245.jsonl $(NL_DATA)/heldout246.jsonl $(NL_DATA)/heldout247.jsonl \
	$(NL_DATA)/heldout248.jsonl $(NL_DATA)/heldout249.jsonl $(NL_DATA)/heldout250.jsonl \
	$(NL_DATA)/heldout251.jsonl $(NL_DATA)/heldout252.jsonl $(NL_DATA)/heldout253.jsonl \
	$(NL_DATA)/heldout254.jsonl $(NL_DATA)/heldout255.jsonl $(NL_DATA)/heldout256.jsonl \
	$(NL_DATA)/heldout257.jsonl $(NL_DATA)/heldout258.jsonl $(NL_DATA)/heldout259.jsonl \
	$(NL_DATA)/heldout260.jsonl $(NL_DATA)/heldout261.jsonl $(NL_DATA)/heldout262.jsonl \
	$(NL_DATA)/heldout263.jsonl $(NL_DATA)/heldout264.jsonl $(NL_DATA)/heldout265.jsonl \
	$(NL_DATA)/heldout266.jsonl $(NL_DATA)/heldout267.jsonl $(NL_DATA)/heldout268.jsonl \
	$(NL_DATA)/heldout269.jsonl $(NL_DATA)/heldout270.jsonl $(NL_DATA)/heldout271.jsonl \
	$(NL_DATA)/heldout272.jsonl $(NL_DATA)/heldout273.jsonl $(NL_DATA)/heldout274.jsonl \
	$(NL_DATA)/heldout275.jsonl $(NL_DATA)/heldout276.jsonl $(NL_DATA)/heldout277.jsonl \
	$(NL_DATA)/heldout278.jsonl $(NL_DATA)/heldout279.jsonl $(NL_DATA)/heldout280.jsonl \
	$(NL_DATA)/heldout281.jsonl $(NL_DATA)/heldout282.jsonl $(NL_DATA)/heldout283.jsonl \
	$(NL_DATA)/heldout284.jsonl $(NL_DATA)/heldout285.jsonl $(NL_DATA)/heldout286.jsonl \
	$(NL_DATA)/heldout287.jsonl $(NL_DATA)/heldout288.jsonl $(NL_DATA)/heldout289.jsonl \
	$(NL_DATA)/heldout290.jsonl $(NL_DATA)/heldout291.jsonl $(NL_DATA)/heldout292.jsonl \
	$(NL_DATA)/heldout293.jsonl $(NL_DATA)/heldout294.jsonl $(NL_DATA)/heldout295.jsonl \
	$(NL_DATA)/heldout296.jsonl $(NL_DATA)/heldout297.jsonl $(NL_DATA)/heldout298.jsonl \
	$(NL_DATA)/heldout299.jsonl $(NL_DATA)/heldout300.jsonl $(NL_DATA)/heldout301.jsonl \
	$(NL_DATA)/heldout302.jsonl $(NL_DATA)/heldout303.jsonl $(NL_DATA)/heldout304.jsonl \
	$(NL_DATA)/heldout305.jsonl $(NL_DATA)/heldout306.jsonl $(NL_DATA)/heldout307.jsonl \
	$(NL_DATA)/heldout308.jsonl $(NL_DATA)/heldout309.jsonl $(NL_DATA)/heldout310.jsonl \
	$(NL_DATA)/heldout311.jsonl $(NL_DATA)/heldout312.jsonl $(NL_DATA)/heldout313.jsonl \
	$(NL_DATA)/heldout314.jsonl $(NL_DATA)/heldout315.jsonl $(NL_DATA)/heldout316.jsonl \
	$(NL_DATA)/heldout317.jsonl $(NL_DATA)/heldout318.jsonl \
	$(NL_DATA)/heldout319.jsonl $(NL_DATA)/heldout320.jsonl $(NL_DATA)/heldout321.jsonl \
	$(NL_DATA)/heldout322.jsonl $(NL_DATA)/heldout323.jsonl $(NL_DATA)/heldout324.jsonl \
	$(NL_DATA)/heldout325.jsonl $(NL_DATA)/heldout326.jsonl $(NL_DATA)/heldout327.jsonl \
	$(NL_DATA)/heldout328.jsonl $(NL_DATA)/heldout329.jsonl $(NL_DATA)/heldout330.jsonl \
	$(NL_DATA)/heldout331.jsonl $(NL_DATA)/heldout332.jsonl $(NL_DATA)/heldout333.jsonl \
	$(NL_DATA)/heldout334.jsonl
# Helpers and the baseline apps the benches start are not benchmarks of their own.
BENCHES ?= $(filter-out bench/__init__.py bench/common.py bench/hello_app.py bench/enqueue_app.py bench/e2e.py,$(wildcard bench/*.py))

.DEFAULT_GOAL := help
# Steps share .venv and the databases: run them one after another even under -j.
.NOTPARALLEL:
.PHONY: help install dev test test-sqlite test-postgres lint format migrate bench eval eval-files eval-rewrites \
	model clean distclean

help:
	@sed -n 's/^#   make /make /p' $(firstword $(MAKEFILE_LIST))

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Python >= 3.11 is required ($(PYTHON) is older; set PYTHON=...)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

install: $(STAMP)

dev: $(STAMP)
	$(BIN)/python scripts/dev.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint test-sqlite test-postgres

test-sqlite: $(STAMP)
	env -u TEST_DATABASE_URL $(BIN)/python -m pytest $(PYTEST_ARGS)

test-postgres: $(STAMP)
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "pytest against PostgreSQL at $${TEST_DATABASE_URL#*@}"; \
		$(BIN)/python -m pytest $(PYTEST_ARGS); \
	else \
		echo "TEST_DATABASE_URL is not set: PostgreSQL run skipped (.ci/run sets it)"; \
	fi

migrate: $(STAMP)
	$(BIN)/flask --app wsgi migrate

bench: $(STAMP)
	@test -n "$(BENCHES)" || { echo "no benchmarks in bench/"; exit 0; }
	@set -e; for b in $(BENCHES); do echo "== $$b"; $(BIN)/python $$b; done

eval: $(STAMP)
	$(BIN)/python -m nl_parser.evaluate $(NL_EVAL)

# The labelled sets `make eval` scores, one line (for scripts that score them another way).
eval-files:
	@echo $(NL_EVAL)

# Each right answer of the labelled sets asked 24 other ways that keep its meaning (a few minutes).
eval-rewrites: $(STAMP)
	$(BIN)/python -m nl_parser.rewrites $(NL_EVAL)

# PyTorch is only needed here; where the default wheel is too big, e.g.
# TORCH="torch --index-url https://download.pytorch.org/whl/cpu". About 30 minutes on two cores.
TORCH ?= torch
model: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check $(TORCH) -e '.[test,research-tuned]'
	cd scripts && $(abspath $(BIN))/python nl_build_model.py

clean:
	rm -rf .pytest_cache .ruff_cache .hypothesis build *.egg-info $(STAMP)
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) instance
