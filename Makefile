# Uitslag — the two set-up commands are `make demo` and `make test`; both create .venv when missing.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.uitslag-installed
SIZE ?= tiny
export QT_QPA_PLATFORM ?= offscreen

.PHONY: install lint test demo bench clean fuzz

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
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

FUZZ_CASES ?= 20000
FUZZ_JOBS ?= 2
FUZZ_SEED ?= 1
fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz.campaign --cases $(FUZZ_CASES) --jobs $(FUZZ_JOBS) --seed $(FUZZ_SEED)

clean:
	rm -rf $(VENV) build *.egg-info demo-output
