"""REFI-QDA figures of issue 6 for the whole commands in LibreOffice (prints, judges nothing).

The core part (map, XML, zip; checks, parse, plan) is measured by build/bench/ets_bench_refi against
libzip alone. This script measures what a person waits for: vnd.ets:ImportQdpx of that generated
20-transcript project with 2,000 passages into an empty project (20 Writer transcripts made, tagged and
saved), then vnd.ets:ExportQdpx of the result (20 transcripts opened hidden and read), each against
zipping / unzipping the same .qdpx with libzip alone.

    /usr/bin/python3 bench/refi_bench.py --oxt build/ets-workbench.oxt
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "ets-workbench.oxt"))
    parser.add_argument("--bench", default=os.path.join(ROOT, "build", "bench", "ets_bench_refi"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ["ETS_OXT"] = os.path.abspath(args.oxt)
    sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
    from ets_office import Office, named

    work = tempfile.mkdtemp(prefix="ets-bench-refi-")
    try:
        source = os.path.join(work, "genere.qdpx")
        core = subprocess.run([args.bench, "--write", source], check=True, capture_output=True, text=True).stdout
        baseline = dict(line.split() for line in subprocess.run([args.bench, "--zip-only", source], check=True,
                                                                capture_output=True, text=True).stdout.splitlines())
        zip_ms, unzip_ms = float(baseline["zip_ms"]), float(baseline["unzip_ms"])
        imports, exports = [], []
        with Office(oxt=args.oxt, headless=True) as office:
            service = office.automation()
            for run in range(args.runs):
                folder = os.path.join(work, "projet-%d" % run)
                result = service.openProject(folder, True, "Banc", "Claire V.")
                assert result.Success, result.Message
                start = time.perf_counter()
                result = service.execute("ImportQdpx", named(File=source))
                imports.append((time.perf_counter() - start) * 1000)
                assert result.Success, result.Message
                start = time.perf_counter()
                result = service.execute("ExportQdpx", named(File=os.path.join(work, "export-%d.qdpx" % run)))
                exports.append((time.perf_counter() - start) * 1000)
                assert result.Success, result.Message
        print(core.strip())
        print("Whole commands in LibreOffice (best of %d), same project:" % args.runs)
        print("  vnd.ets:ImportQdpx  %9.0f ms   libzip unzip alone %7.2f ms   ratio %.0f"
              % (min(imports), unzip_ms, min(imports) / unzip_ms))
        print("  vnd.ets:ExportQdpx  %9.0f ms   libzip zip alone   %7.2f ms   ratio %.0f"
              % (min(exports), zip_ms, min(exports) / zip_ms))
        print("  (the commands' time is LibreOffice making, tagging, saving / opening and reading 20 Writer documents)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
