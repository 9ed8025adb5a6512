# Scanstraat: `make run` and `make test` work as root on a fresh Debian/Ubuntu machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
APT_PACKAGES := tesseract-ocr tesseract-ocr-nld tesseract-ocr-eng tesseract-ocr-osd poppler-utils \
	fonts-dejavu-core fonts-liberation fonts-freefont-ttf python3-venv python3-pip
WORKERS ?= 2

.PHONY: all deps venv run demo test lint format bench bench-ocr bench-extract clean

all: test

# System packages: installed with apt-get when missing (needs root; otherwise prints what to install).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    (apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing) >/tmp/scanstraat-apt.log 2>&1 \
	      || { tail -20 /tmp/scanstraat-apt.log; exit 1; }; \
	  else echo "please install (as root): apt-get install$$missing"; exit 1; fi; \
	fi

$(VENV)/.installed: pyproject.toml | deps
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

venv: $(VENV)/.installed

run: venv
	$(VENV)/bin/scanstraat demo

test: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest -n $(WORKERS) -q

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: bench-ocr bench-extract

bench-ocr: venv
	$(PY) -m benchmarks.bench_ocr

bench-extract: venv
	$(PY) -m benchmarks.bench_extract

clean:
	rm -rf var .pytest_cache .ruff_cache
