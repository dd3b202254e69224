# One-command dev loop. `make demo` and `make test` set everything up on a
# fresh Debian machine with Python 3.11 (they install what they need).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup system-deps demo test check lint format bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c "import ensurepip" >/dev/null 2>&1 || scripts/system-deps.sh python
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,web,postgres]'
	touch $@

system-deps:
	scripts/system-deps.sh test

demo: setup
	$(BIN)/intake demo

test: setup system-deps
	$(BIN)/python -m pytest -q

check: setup
	$(BIN)/ruff check bot parsers replies tests bench scripts

format: setup
	$(BIN)/ruff format bot parsers replies tests bench

bench: setup
	$(BIN)/python bench/extract.py

clean:
	rm -rf $(VENV) intake.db intake.db-wal intake.db-shm .pytest_cache
