# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
DEMO_DB ?= demo.db
PORT ?= 8000

.PHONY: demo test browser bench eval train-ner clean

$(BIN)/warta: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

## Install, ingest the bundled sample corpus (and ../shared/seeds when present), show what came out.
demo: $(BIN)/warta
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/warta ingest samples $(wildcard $(SHARED)/seeds) --db $(DEMO_DB)
	$(BIN)/warta show pelitatimur-sidang-korupsi --db $(DEMO_DB)
	$(BIN)/warta serve --db $(DEMO_DB) --port $(PORT)

## Install and run the test suite (tests that need ../shared skip without it).
test: $(BIN)/warta browser
	$(BIN)/python -m pytest -q

## Debian's Chromium for the browser tests (Playwright drives it; no browser is downloaded).
browser:
	@test -x /usr/bin/chromium || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)

## Benchmarks and evaluations on ../shared (figures for the issue notes).
bench: $(BIN)/warta
	$(BIN)/python bench/bench_extract.py

eval: $(BIN)/warta
	$(BIN)/warta eval clean $(SHARED)/data/articles/dev-2025-06.jsonl $(SHARED)/seeds

## Retrain the shipped NER model from ../shared (about 8 minutes); writes warta/lang/id/ner.crfsuite.
train-ner: $(BIN)/warta
	$(BIN)/pip install --quiet -c constraints.txt -e ".[train]"
	$(BIN)/pip install --quiet --no-deps nlp-id==0.1.23.0
	$(BIN)/warta train ner

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
