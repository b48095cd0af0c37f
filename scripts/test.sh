#!/usr/bin/env bash
# Builds ETS Workbench and runs every test: GoogleTest unit tests of src/core, the fuzzers, the
# integration tests in a real LibreOffice (each starts its own soffice on its own Xvfb display), then the
# unit tests again built with the address and undefined-behaviour sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DETS_WARNINGS_AS_ERRORS=ON
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure "$@"

# The core's unit tests once more under AddressSanitizer and UndefinedBehaviorSanitizer (the fuzzers above already
# run with both): a use after free or an overflow that happens to pass in the normal build fails here.
cmake -S . -B build-sanitized -DCMAKE_BUILD_TYPE=Debug -DETS_CORE_ONLY=ON -DETS_SANITIZE=ON -DETS_WARNINGS_AS_ERRORS=ON
cmake --build build-sanitized -j"$(nproc)"
ctest --test-dir build-sanitized --output-on-failure
