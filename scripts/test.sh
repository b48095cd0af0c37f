#!/usr/bin/env bash
# Builds ETS Workbench and runs every test: GoogleTest unit tests of src/core, the fuzzers, the
# integration tests in a real LibreOffice (each starts its own soffice on its own Xvfb display), then the
# unit tests again built with the address and undefined-behaviour sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DETS_WARNINGS_AS_ERRORS=ON
cmake --build build -j"$(nproc)"
# Two at a time: the LibreOffice modules still run one after the other (they share the lock « soffice »), while the
# unit tests and the fuzzers use the other core beside them.
ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"

# The core's unit tests once more under AddressSanitizer and UndefinedBehaviorSanitizer (the fuzzers above already
# run with both): a use after free or an overflow that happens to pass in the normal build fails here.
cmake -S . -B build-sanitized -DCMAKE_BUILD_TYPE=Debug -DETS_CORE_ONLY=ON -DETS_SANITIZE=ON -DETS_WARNINGS_AS_ERRORS=ON
cmake --build build-sanitized -j"$(nproc)"
build-sanitized/tests/unit/ets_core_tests --gtest_brief=1  # one process: ctest would start 480 sanitized ones
