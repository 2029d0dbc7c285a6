# conflictlens — `make run` and `make test` work on a fresh machine with Python 3.11, pip and venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EVAL   ?= ../shared/eval

.PHONY: run test venv venv-test bench bench-throughput bench-geo bench-events bench-claims lock clean

# The runtime environment: locked, hash-checked dependencies, then the package itself.
# (first the pinned installer: see requirements-pip.lock)
$(VENV)/.run-installed: requirements-pip.lock requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-pip.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

# The test environment adds the test extras (also locked with hashes).
$(VENV)/.test-installed: requirements-pip.lock requirements-test.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-pip.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-test.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@ $(VENV)/.run-installed

venv: $(VENV)/.run-installed
venv-test: $(VENV)/.test-installed

## run: set up and ingest the bundled demo corpus into an embedded SQLite database, print a summary
run: venv
	$(BIN)/conflictlens demo --db sqlite:///conflictlens-demo.sqlite

## test: set up with test extras and run the test suite
test: venv-test
	$(BIN)/python -m pytest -q

## bench-throughput: articles/second and peak memory of the whole pipeline
bench-throughput: venv-test
	$(BIN)/python bench/throughput.py --eval $(EVAL)

## bench-events: event sub-types (CASE 2021), MUC-4 incident type/perpetrator, FA-KES dates/deaths/places, vs naive baselines
bench-events: venv-test
	$(BIN)/python bench/events.py --eval $(EVAL) --no-snippets

## bench-geo: end-to-end geoparsing on LGL and GeoWebNews (acc@161 km), against a naive baseline
bench-geo: venv-test
	$(BIN)/python bench/geoparse.py --eval $(EVAL)

## bench-claims: attribution (source/cue/content) P/R/F1 on PolNeAR dev, conflictlens vs a said-baseline
bench-claims: venv-test
	$(BIN)/python bench/claims.py --eval $(EVAL)

bench: bench-throughput bench-geo bench-events bench-claims

## lock: regenerate the hash-pinned lock files from pyproject.toml (needs pip-tools)
lock:
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --allow-unsafe --generate-hashes --strip-extras --no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --allow-unsafe --generate-hashes --strip-extras --no-emit-index-url --no-emit-find-links --extra test -o requirements-test.lock pyproject.toml
	# weasel asks for smart-open[http]; pip before 23.3 treats that extra as a second, unpinned
	# requirement under --require-hashes and fails once a newer smart-open is on the index (the
	# venv's pip is now pinned to 25.3 first, see requirements-pip.lock; this stays for older pips)
	sed -i 's/^smart-open==/smart-open[http]==/' requirements.lock requirements-test.lock
	# justext asks for lxml[html_clean]: the same failure once a newer lxml is on the index (lxml 6.2.0, 2026-12)
	sed -i 's/^lxml==/lxml[html_clean]==/' requirements.lock requirements-test.lock

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info conflictlens-demo.sqlite*
