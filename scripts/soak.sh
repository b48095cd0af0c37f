#!/usr/bin/env bash
# The long crash-safety loop of issue 16, outside CI (it takes about 10 s a cycle): theme renames over six transcripts
# killed with SIGKILL at random moments, soffice started again each time; the counts are printed at the end.
#   scripts/soak.sh [cycles]        (default 200; the build's .oxt must exist: cmake --build build)
set -euo pipefail
cd "$(dirname "$0")/.."
export ETS_OXT="$PWD/build/ets-workbench.oxt"  # before python imports UNO: the extension's types
/usr/bin/python3 scripts/crash_loop.py --oxt "$ETS_OXT" --cycles "${1:-200}"
