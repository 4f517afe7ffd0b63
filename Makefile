# Passerelle: `make demo` to try it, `make test` to check it. Needs only Python 3.11+.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo serve test test-postgres bench install install-test clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## demo: install, migrate SQLite under var/, load the demo marketplace, serve on http://127.0.0.1:8000
demo: install
	$(VENV)/bin/passerelle demo --host $(HOST) --port $(PORT)

serve: install
	$(VENV)/bin/passerelle serve --host $(HOST) --port $(PORT)

## test: the whole suite on the embedded default (SQLite); PostgreSQL too when DATABASE_URL points at it
test: install-test
	$(VENV)/bin/ruff check passerelle bench
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	bin/test-suite

bench: install-test
	$(PY) bench/catalog_bench.py

clean:
	rm -rf $(VENV) var .pytest_cache .hypothesis
