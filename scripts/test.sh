#!/usr/bin/env bash
# Builds ETS Workbench and runs every test: GoogleTest unit tests of src/core and the
# integration tests in a real LibreOffice (each starts its own soffice on its own Xvfb display).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DETS_WARNINGS_AS_ERRORS=ON
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure "$@"
