# CareerNav: `make run` and `make test` install what is missing, then do their job.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared/data

.PHONY: run test eval bench lint install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==26.3

# torch is installed first and pinned: the CPU build 2.13.0 is what the project runs on.
$(STAMP): pyproject.toml $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/careernav demo

test: install
	$(BIN)/ruff check src tests benchmarks
	CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/pytest -q

eval: install
	CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval extraction
	CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval linking

bench: install
	CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/python benchmarks/extraction.py

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
