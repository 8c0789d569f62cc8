#!/usr/bin/env bash
# Regenerate requirements.lock from the current .venv (after changing dependencies in pyproject.toml):
#   .venv/bin/pip install -e '.[dev]' && tools/lock.sh
set -euo pipefail
cd "$(dirname "$0")/.."
{
  echo "# eventwire's pinned environment (runtime + dev tools). Regenerate with tools/lock.sh."
  echo "# Installed by ./run.sh setup; the package itself is installed editable on top (--no-deps)."
  .venv/bin/pip freeze --all --exclude-editable --disable-pip-version-check | grep -vE '^(pip|eventwire)=='
} > requirements.lock
echo "wrote requirements.lock ($(grep -c '==' requirements.lock) pins)"
