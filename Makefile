# Two commands on a fresh machine: `make ingest` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
RAW ?= data/raw
OUT ?= data/parquet

.PHONY: ingest test bench bench-quick lint report setup system-deps clean layouts

setup: $(STAMP)

# Bytecode on for every target even where the environment turns it off: pytest's rewritten test modules,
# every `python -m pipeline` the tests start and the benches' cold processes would otherwise compile each
# module they import again on each run.
export PYTHONDONTWRITEBYTECODE :=

# The lock pins every package a fresh clone installs, so an upstream release never breaks the build. Its
# packages are not compiled to bytecode at install (half the install's processor time, for ~7,000 modules
# of which the whole suite imports a third, compiled in 8 s): a module is compiled the first time it is imported.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --no-compile -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# A missing Debian package does not stop the ingest: the files that need it are skipped, naming it.
ingest: $(STAMP)
	-@scripts/install-system-deps.sh $(INGEST_GROUPS)
	$(BIN)/roadmaps ingest $(RAW) --out $(OUT)

# Debian packages, installed when missing by the one script: LibreOffice converts .doc/.rtf/.odt,
# Tesseract reads scans, and the tests also drive Chromium for the report page; checked before the
# Python install so a machine that cannot get them fails at once, in one line.
INGEST_GROUPS ?= libreoffice tesseract
SYSTEM_GROUPS ?= chromium $(INGEST_GROUPS)
system-deps:
	@scripts/install-system-deps.sh $(SYSTEM_GROUPS)

test: system-deps $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist worksteal -q

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

bench-quick: $(STAMP)
	$(BIN)/python bench/run_all.py --quick

lint: $(STAMP)
	$(BIN)/ruff check .

# Re-typeset the generated layouts (tests/layouts/files) and export them to PDF; needs LibreOffice.
layouts: $(STAMP)
	scripts/install-system-deps.sh libreoffice
	PYTHONPATH=tests $(BIN)/python -m layouts.build
	PYTHONPATH=tests $(BIN)/python -m layouts.build_stacked

# The report, and its screenshot in the README (headless Chromium over the page just written).
report: $(STAMP) system-deps
	$(BIN)/roadmaps report --data $(OUT) --out report
	$(BIN)/python scripts/screenshot_report.py report/index.html docs/report.png 1400

clean:
	rm -rf $(VENV) $(OUT) report .pytest_cache
