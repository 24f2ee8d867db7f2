# Haven: `make run` starts the embedded default with a demo school; `make test` runs every test.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test model heads lint bench bench-quick bench-moderation bench-escalation browser-deps clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Stage 2 of moderation (a fine-tuned encoder layer set and the heads over it) is trained from
# data/moderation/train.jsonl and committed. heads.json records the SHA-256 of what it was
# built from; `--if-stale` retrains (80-110 min on 2 cores) only when those inputs changed.
# `make heads` retrains unconditionally. Stage 1's learned toxicity and risk scores
# (heads/ngrams.npz, heads/ngrams_risk.npz) are trained the same way by scripts/train_ngrams.py,
# in ~3 min, before it.
model: $(STAMP)
	$(BIN)/python scripts/train_ngrams.py --if-stale
	$(BIN)/python scripts/train_moderation.py --if-stale

heads: $(STAMP)
	$(BIN)/python scripts/train_ngrams.py
	$(BIN)/python scripts/train_moderation.py

run: $(STAMP) model
	$(BIN)/haven seed-demo
	$(BIN)/haven serve --host $${HOST:-127.0.0.1} --port $${PORT:-8000}

# Browser tests drive Debian's Chromium (Playwright's own browser download is not used).
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "installing Debian's chromium for the browser tests"; \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
		else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi; \
	fi

test: $(STAMP) model browser-deps
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check app tests bench scripts

# The issue's configuration: 500 rooms on 1,000 sockets (one volunteer socket per room).
bench: $(STAMP)
	$(BIN)/python bench/chat_bench.py --chats-per-volunteer 1

bench-quick: $(STAMP)
	$(BIN)/python bench/chat_bench.py --quick

bench-moderation: $(STAMP)
	$(BIN)/python bench/moderation_bench.py

bench-escalation: $(STAMP)
	$(BIN)/python bench/escalation_bench.py

clean:
	rm -rf $(VENV) haven.db haven.db-* haven.db.secret
