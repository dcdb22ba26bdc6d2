# Two commands for a newcomer: `make site` (set up, check, build) and `make test` (everything tested).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PAPERS := $(VENV)/bin/papers
STAMP := $(VENV)/.installed
NODE_STAMP := tests/browser/node_modules/.installed

.PHONY: setup site serve check test test-fast golden browser-setup clean

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

setup: $(STAMP)

site: setup
	$(PAPERS) build

serve: setup
	$(PAPERS) serve

# `make check CHECK_ARGS=--all` lists every warning; CI names the pull request's base branch here.
check: setup
	$(PAPERS) check $(CHECK_ARGS)

$(NODE_STAMP): tests/browser/package.json tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund --silent
	@touch $(NODE_STAMP)

browser-setup: $(NODE_STAMP)
	bash scripts/ensure-browser.sh

test: setup browser-setup
	$(PY) -m pytest

# Everything but the browser tests, for a quick loop while editing.
test-fast: setup
	$(PY) -m pytest -m "not browser"

# Known vulnerabilities in the pinned Python dependencies (pip-audit; scripts/audit.py decides and
# prints every finding). Fails on a vulnerability that has a fixed release, and when the dependencies
# could not be audited (the service must be reachable: pypi.org's JSON API, or api.osv.dev with
# `make audit AUDIT_SERVICE=osv`).
.PHONY: audit
AUDIT_SERVICE ?= pypi
audit: setup
	$(PY) scripts/audit.py --service $(AUDIT_SERVICE)

# Regenerate the golden pages (tests/golden/expected/, from the fixture content in tests/fixture/content/)
# after an intended change to the generator or the templates; review the diff.
golden: setup
	UPDATE_GOLDEN=1 $(PY) -m pytest tests/golden -q

clean:
	rm -rf build site .site-*

# Benchmark of builds, the preview and search on synthetic archives of 10, 100 and 1000 meetings;
# prints the table and appends the run to bench/results.md. Then the time to import every real paper
# in ../shared/papers/ (bench/importer.py; writes bench/importer-results.md).
# Other sizes: `$(PY) bench/run.py --sizes 10 100 3000`.
.PHONY: bench
bench: setup
	$(PY) bench/run.py
	$(PY) bench/importer.py
