#!/usr/bin/env bash
# The long reliability runs of issue 16, outside CI (CI runs their short versions in lo_test_soak):
#  1. the crash loop of theme renames over six transcripts, killed with SIGKILL at random moments (about 5 s a cycle);
#  2. the crash loop of project saves: a macro logging hours and adding organisations (each command saves the
#     project), soffice killed with SIGKILL at random moments (about 1 s a kill);
#  3. the soak: cycles of tag / untag / re-tag / rename / save / close / reopen over three transcripts, checked against
#     a model of their passages, with soffice's memory at the start and the end (about 1.5 s a cycle).
# Each prints its counts at the end; the script fails when either found anything lost, doubled or disagreeing.
#   scripts/soak.sh [rename kills] [save kills] [soak cycles]   (default 200, 200, 500; the build's .oxt must exist)
set -euo pipefail
cd "$(dirname "$0")/.."
export ETS_OXT="$PWD/build/ets-workbench.oxt"  # before python imports UNO: the extension's types
status=0
/usr/bin/python3 scripts/crash_loop.py --oxt "$ETS_OXT" --cycles "${1:-200}" || status=1
/usr/bin/python3 scripts/save_crash_loop.py --oxt "$ETS_OXT" --kills "${2:-200}" || status=1
/usr/bin/python3 scripts/soak_cycles.py --oxt "$ETS_OXT" --cycles "${3:-500}" || status=1
exit $status
