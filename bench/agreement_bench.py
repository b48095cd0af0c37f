"""Agreement figures of issue 14 for the whole command in LibreOffice (prints, judges nothing).

The core (units, statistics, sheet blocks, JSON) is measured by build/bench/ets_bench_agreement. This script
measures what a person waits for: the generated project (20 transcripts of 20,000 words, two coders with 2,000
passages each, 40 themes) is imported once (vnd.ets:ImportQdpx, each selection's user its passage's coder), then
vnd.ets:Agreement runs in a spreadsheet (the 20 transcripts opened hidden and read, the figures, the sheet « Accord »
written), first on a new sheet, then refreshed in place.

    /usr/bin/python3 bench/agreement_bench.py --oxt build/ets-workbench.oxt
"""

import argparse
import json
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
    parser.add_argument("--bench", default=os.path.join(ROOT, "build", "bench", "ets_bench_agreement"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ["ETS_OXT"] = os.path.abspath(args.oxt)
    sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
    from ets_office import Office, named

    work = tempfile.mkdtemp(prefix="ets-bench-agreement-")
    try:
        source = os.path.join(work, "double.qdpx")
        core = subprocess.run([args.bench, "--write", source], check=True, capture_output=True, text=True).stdout
        runs = []
        with Office(oxt=args.oxt, headless=True) as office:
            service = office.automation()
            result = service.openProject(os.path.join(work, "projet"), True, "Banc", "Anne")
            assert result.Success, result.Message
            start = time.perf_counter()
            result = service.execute("ImportQdpx", named(File=source))
            imported = (time.perf_counter() - start) * 1000
            assert result.Success, result.Message
            sheet = office.new_document("scalc", hidden=True)
            frame = sheet.getCurrentController().getFrame()
            for _ in range(args.runs):
                start = time.perf_counter()
                ok, figures = office.dispatch(frame, "Agreement", Coders="Anne;Bruno")
                runs.append((time.perf_counter() - start) * 1000)
                assert ok, figures
            overall = json.loads(figures)["overall"]
            sheet.close(True)
        print(core.strip())
        print("Whole command in LibreOffice, same project (2,000 passages each):")
        print("  vnd.ets:ImportQdpx (once, for the set-up)     %8.0f ms" % imported)
        print("  vnd.ets:Agreement, new sheet                  %8.0f ms" % runs[0])
        print("  vnd.ets:Agreement, refreshed (best of %d)      %8.0f ms" % (len(runs) - 1, min(runs[1:] or runs)))
        print("  overall: percent %.4f, kappa %.4f, alpha %.4f, %d + %d passages"
              % (overall["percent"], overall["kappa"], overall["alpha"], overall["passagesA"], overall["passagesB"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
