#!/usr/bin/env bash
# eventwire's one entry point for a fresh machine (only python3 needed):
#   ./run.sh demo    set up .venv from the lock file, ingest the bundled samples, show the results
#   ./run.sh test    set up .venv, then lint (ruff), type-check (mypy), the quality gate and the whole test suite
#   ./run.sh setup   only set up .venv
#   ./run.sh bench   run the benchmarks in bench/ (needs ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")"
PY="${PYTHON:-python3}"
VENV="${EVENTWIRE_VENV:-.venv}"

# This machine's pip configuration names local package folders that may be absent; drop those notes.
quiet_pip() { { grep -v "is ignored: it is neither a file nor a directory" || true; } >&2; }

setup() {
  if [ ! -x "$VENV/bin/python" ]; then
    echo "== creating $VENV with $($PY --version)" >&2
    "$PY" -m venv "$VENV"
  fi
  # Reinstall only when the lock file or pyproject changed since the last setup.
  local stamp
  stamp="$VENV/.installed-$(cat requirements.lock pyproject.toml | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    echo "== installing pinned dependencies (requirements.lock)" >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements.lock 2>&1 | quiet_pip
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . 2>&1 | quiet_pip
    rm -f "$VENV"/.installed-*
    touch "$stamp"
  fi
}

cmd="${1:-help}"
shift || true
case "$cmd" in
  setup) setup ;;
  demo)
    setup
    rm -f demo.duckdb demo.duckdb.wal
    "$VENV/bin/eventwire" demo --db demo.duckdb "$@"
    ;;
  test)
    setup
    echo "== ruff" >&2
    "$VENV/bin/ruff" check src tests bench
    echo "== mypy" >&2
    "$VENV/bin/mypy"
    echo "== quality gate: the team gold set against tests/data/gold/floors.json" >&2
    "$VENV/bin/eventwire" eval tests/data/gold/events.jsonl tests/data/gold/actors.jsonl tests/data/gold/attribution \
      tests/data/gold/blind/events_blind.jsonl tests/data/gold/blind/actors_blind.jsonl \
      tests/data/gold/blind/actors_blind_r2.jsonl tests/data/gold/blind/actors_blind_r3.jsonl tests/data/gold/blind/actors_blind_r4.jsonl \
      tests/events/data/heldout_lexicon_r5.jsonl tests/events/data/heldout_lexicon_r6.jsonl tests/events/data/heldout_wire_leads_r4.jsonl \
      tests/events/data/heldout_wire_leads_r5.jsonl \
      --floors tests/data/gold/floors.json
    corpus="${EVENTWIRE_CORPUS_DIR:-../shared/corpus}"
    if [ -d "$corpus" ]; then
      echo "== quality gate: real-news gold (texts read from $corpus) against tests/data/gold/real/floors.json" >&2
      "$VENV/bin/eventwire" eval tests/data/gold/real/events_real_a.jsonl tests/data/gold/real/events_real_b.jsonl \
        tests/data/gold/real/events_real_c.jsonl tests/data/gold/real/events_real_d.jsonl \
        tests/data/gold/real/events_real_e.jsonl --corpus-dir "$corpus" --floors tests/data/gold/real/floors.json
    else
      echo "== quality gate: real-news gold SKIPPED: no corpus at $corpus (set EVENTWIRE_CORPUS_DIR)" >&2
    fi
    echo "== pytest" >&2
    "$VENV/bin/pytest" -q "$@"
    ;;
  bench)
    setup
    "$VENV/bin/python" bench/bench_ingest.py "$@"
    ;;
  *)
    sed -n '2,7p' "$0"
    exit 2
    ;;
esac
