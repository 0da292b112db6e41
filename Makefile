# The README's commands. Each sets up .venv by itself on a fresh Debian machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# The lock files (every dependency pinned, with hashes): `make lock` writes them from
# pyproject.toml. test.txt is the app and its tests; bundle.txt adds PyInstaller.
LOCK := requirements/test.txt
BUNDLE_LOCK := requirements/bundle.txt
# Installs exactly what the lock names, and checks each file against its hashes.
PIP_LOCKED := $(BIN)/python -m pip install --quiet --require-hashes --only-binary :all: -r
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' kzbrief/__init__.py)
BUNDLE := dist/kzbrief/kzbrief
TARBALL := dist/kzbrief-$(VERSION)-linux-$(shell uname -m).tar.gz
# What the bundle is built from: make rebuilds it only when one of these changed.
BUNDLE_SOURCES := Makefile build_installer.spec pyproject.toml \
	$(shell find kzbrief resources packaging -type f -not -path '*/__pycache__/*' 2>/dev/null)

.PHONY: run test lint lock bench bundle system-deps clean screenshots prerender translations

# The interface's catalogues (issue 17): translations/*.ts are kept in git, the .qm files the
# app loads are built from them. `make translations` also runs lupdate over the sources first
# and fails if a string is untranslated or a translation unfinished.
TS := $(wildcard translations/kzbrief_*.ts)
QM := $(patsubst translations/%.ts,resources/translations/%.qm,$(TS))

$(STAMP): pyproject.toml $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP_LOCKED) $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

# Resolve pyproject.toml's dependencies again and write the lock files (keeping the pinned
# versions that still fit; `make lock LOCK_ARGS=--upgrade` moves everything to the newest).
# Resolved from the package index alone (no local wheel folders a machine may be set up
# with), on Linux x86_64 with the Python of .venv: the lock is for that platform.
PIP_COMPILE := env PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= $(BIN)/pip-compile --quiet \
	--generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links \
	$(LOCK_ARGS)
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(PIP_COMPILE) --extra test -o $(LOCK) pyproject.toml requirements/build.in
	$(PIP_COMPILE) --extra test --extra bundle -o $(BUNDLE_LOCK) \
		pyproject.toml requirements/build.in requirements/bundle.in

system-deps:
	@./scripts/ensure-system-deps

translations: $(STAMP)
	$(BIN)/python scripts/translations.py all

resources/translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/python scripts/translations.py build

run: system-deps $(STAMP) $(QM)
	$(BIN)/kzbrief

test: system-deps $(STAMP) $(QM)
	@WITH_XVFB=1 WITH_WAYLAND=1 WITH_A11Y=1 ./scripts/ensure-system-deps  # tests/packaging runs the bundle on both; tests/a11y the AT-SPI bridge
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

# Benchmarks (numbers, not tests): writes bench/results.json and prints a table.
# Start-up is timed on a real X display (Xvfb :92) when one can be installed, else offscreen.
bench: $(STAMP)
	@WITH_XVFB=1 ./scripts/ensure-system-deps
	$(BIN)/python -m bench.run $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check kzbrief tests bench
	$(BIN)/ruff format --check kzbrief tests bench
	$(BIN)/mypy --ignore-missing-imports kzbrief/core
	$(BIN)/lint-imports  # the layers: contracts in pyproject.toml [tool.importlinter]

# The bundled briefings' render caches (rendered.json, committed): after editing a briefing
# or changing how Markdown is rendered. A test fails until this has been run.
prerender: $(STAMP) $(QM)
	$(BIN)/python -m kzbrief.core.prerender resources/briefings
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m kzbrief.gui.startpage_record

screenshots: $(STAMP) $(QM)
	WITH_XVFB=1 ./scripts/ensure-system-deps
	$(BIN)/python scripts/screenshots.py --out docs/screenshots

# The bundle: dist/kzbrief/ and its tarball (build_installer.spec says what goes in).
bundle: system-deps $(TARBALL)

$(VENV)/.bundle-stamp: $(STAMP) $(BUNDLE_LOCK)
	$(PIP_LOCKED) $(BUNDLE_LOCK)
	@WITH_BUNDLE_TOOLS=1 ./scripts/ensure-system-deps
	@touch $@

# The bundle is for every user of the machine, whatever umask make ran under (the test
# suite's is 077, as kzbrief's own) and PyInstaller's cached files were made with.
$(BUNDLE): $(BUNDLE_SOURCES) $(QM) $(VENV)/.bundle-stamp
	umask 022 && $(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller \
		--distpath dist build_installer.spec
	chmod -R u+rw,go+rX,go-w dist/kzbrief
	@touch $@

$(TARBALL): $(BUNDLE)
	umask 022 && tar --sort=name --owner=0 --group=0 --numeric-owner --mode=u+rw,go+rX,go-w \
		-C dist -cf - kzbrief | gzip -9n > $@.part
	mv $@.part $@
	@du -sh dist/kzbrief $@

clean:
	rm -rf build dist .pytest_cache
