# The README's commands. Each sets up .venv by itself on a fresh Debian machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench bundle system-deps clean screenshots

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

system-deps:
	@./scripts/ensure-system-deps

run: system-deps $(STAMP)
	$(BIN)/kzbrief

test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check kzbrief tests bench
	$(BIN)/ruff format --check kzbrief tests bench

screenshots: $(STAMP)
	WITH_XVFB=1 ./scripts/ensure-system-deps
	$(BIN)/python scripts/screenshots.py --out docs/screenshots

clean:
	rm -rf build dist .pytest_cache
