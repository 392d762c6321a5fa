# Quick start: `make demo` (set up and screen the bundled demo sites), `make test` (lint and tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: setup demo test lint pytest bench clean

$(STAMP): pyproject.toml
	rm -f $(VENV)/.installed-*
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

setup: $(STAMP)
	scripts/system-deps.sh --optional chromium

demo: setup
	$(BIN)/ozg-screen db upgrade
	$(BIN)/ozg-screen catalog load
	$(BIN)/ozg-screen municipalities load
	$(BIN)/ozg-screen demo

test: setup
	scripts/system-deps.sh chromium postgresql redis-server
	$(MAKE) lint pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-logo

pytest: $(STAMP)
	$(BIN)/python -m pytest -q -n 3

bench: setup
	$(BIN)/python bench/matching.py
	$(BIN)/python bench/hamburg.py
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/crawl_throughput.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
