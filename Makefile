# Uitslag — the two set-up commands are `make demo` and `make test`; both create .venv when missing.
# The venv is built from the hashed lock (requirements/*.txt, `make lock`), never from loose ranges.
PY ?= python3
VENV := .venv
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
else
BIN := $(VENV)/bin
endif
PIP := $(BIN)/python -m pip
STAMP := $(VENV)/.uitslag-installed
WHEELS := $(VENV)/wheels
LOCK := requirements/runtime.txt
DEVLOCK := requirements/dev.txt
SIZE ?= tiny
export QT_QPA_PLATFORM ?= offscreen

.PHONY: install lint test demo bench bundle lock schemas clean

# 1. the runtime wheels of this platform, hash-checked, kept for `make bundle` (no second download);
# 2. everything (runtime, test, bench, build tools) with --require-hashes;
# 3. Uitslag itself, editable, without touching the dependencies; its build copies the EML_NL schemas.
$(STAMP): pyproject.toml setup.py scripts/schemas.py $(LOCK) $(DEVLOCK) Makefile
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(PIP) download -q --require-hashes --only-binary=:all: --no-deps -r $(LOCK) -d $(WHEELS)
	$(PIP) install -q --require-hashes --find-links $(WHEELS) -r $(DEVLOCK)
	$(PIP) install -q --no-deps --no-build-isolation -e .
	$(PIP) check || { echo "make: de lock past niet bij pyproject.toml; draai 'make lock'" >&2; exit 1; }
	$(BIN)/python scripts/schemas.py --check || true
	touch $(STAMP)

install: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy seat_allocation kieskring gui fixtures

test: lint
	$(BIN)/python -m pytest

demo: $(STAMP)
	$(BIN)/python scripts/demo.py --size $(SIZE)

bench: $(STAMP)
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

# The offline installer for this platform: dist/uitslag-<version>-<python>-<platform>.zip
bundle: $(STAMP)
	$(BIN)/python scripts/bundle.py --wheels $(WHEELS)

# Re-lock after changing dependencies in pyproject.toml (UPGRADE=1: newest allowed versions).
lock:
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python scripts/lock.py $(if $(UPGRADE),--upgrade)

# Copy the EML_NL schemas from ../shared (or $$UITSLAG_SHARED) into the package (git-ignored).
schemas:
	$(PY) scripts/schemas.py

clean:
	rm -rf $(VENV) build dist *.egg-info demo-output
