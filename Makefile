# rectcheck: `make demo` and `make test` set up a fresh machine (Python 3.11+ and make only).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLE := examples/sample_report.txt

.PHONY: demo test test-core install install-test lint eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/rectcheck review $(SAMPLE) --format text --fail-on never

# RECTCHECK_NO_SYSTEM=1 (or true, yes, in any case): install nothing with apt-get, and skip the tests
# marked office, browser or fonts (tests/conftest.py reads it the same way) even where those tools are
# present. Any other value (0, no, empty) is the same as leaving it unset.
NO_SYSTEM := $(filter 1 true yes,$(shell printf '%s' '$(strip $(RECTCHECK_NO_SYSTEM))' | tr '[:upper:]' '[:lower:]'))

test: install-test
	$(if $(NO_SYSTEM),@echo "RECTCHECK_NO_SYSTEM=$(RECTCHECK_NO_SYSTEM): nothing installed",bash tests/setup_system.sh)
	$(BIN)/ruff check checker tests bench
	$(BIN)/mypy
	RECTCHECK_NO_SYSTEM="$(RECTCHECK_NO_SYSTEM)" $(BIN)/python -m pytest -n 2 tests --durations=25

test-core:
	$(MAKE) test RECTCHECK_NO_SYSTEM=1

lint: install-test
	$(BIN)/ruff check checker tests bench
	$(BIN)/mypy

eval: install
	$(BIN)/rectcheck eval --format text

bench: install-test
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
