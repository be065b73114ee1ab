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

# Starts the web app on the embedded default (shipped data) and prints
# its address; the landing page offers the demo profile. `careernav demo` is the CLI version.
run: install
	$(BIN)/careernav serve

test: install
	$(BIN)/ruff check src tests benchmarks
	CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/pytest -q

DATA_DIR ?= $(HOME)/.careernav
ESCO := $(DATA_DIR)/imported/esco/esco.json.gz

# ESCO is imported once (a few minutes: it embeds 13.9k skill labels) for linking and fallbacks.
$(ESCO): | install
	CAREERNAV_DATA_DIR=$(DATA_DIR) $(BIN)/careernav taxonomy import esco $(SHARED)/taxonomy/esco-1.1.1

eval: install $(ESCO)
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval extraction
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval recommend
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval recommend --judgements evaluation/judgements/recommend-user-view.json
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval recommend --judgements evaluation/judgements-heldout/recommend.json
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval recommend --judgements evaluation/judgements-heldout/third-draw.json
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval recommend --judgements evaluation/judgements-heldout/fourth-draw.json
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval recommend --judgements evaluation/judgements-heldout/fourth-draw-user-view.json
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval recommend --judgements evaluation/judgements-heldout/fifth-draw.json
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval recommend --judgements evaluation/judgements-heldout/sixth-draw.json
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval extraction --devsets evaluation/devsets-second
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval extraction --devsets evaluation/devsets-more
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval extraction --devsets evaluation/devsets-pdf
	CAREERNAV_DATA_DIR=$(DATA_DIR) CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/careernav eval extraction --devsets evaluation/heldout
	$(BIN)/careernav eval agreement

bench: install
	CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/python benchmarks/extraction.py
	CAREERNAV_SHARED_DATA=$(SHARED) $(BIN)/python benchmarks/roadmap.py
	$(BIN)/python benchmarks/web.py --sessions 20 --duration 30

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
