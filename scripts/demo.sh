#!/usr/bin/env bash
# The main job on the bundled demo project (demo/): builds the .oxt, installs it into a private
# LibreOffice profile (out/profile, never your own) and then
#  - with a display: opens Writer on a demo transcript, with the ETS menu, and leaves it to you;
#  - without one: runs, headless, every step implemented so far and writes the results to out/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target oxt
exec /usr/bin/python3 scripts/run_demo.py --oxt build/ets-workbench.oxt --out out "$@"
