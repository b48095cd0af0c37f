"""Start-up cost of the extension: soffice start to a ready Writer document, with and without
ETS Workbench installed, alternating the two profiles over several runs. Prints figures; judges
nothing (target: ratio <= 1.05).

    /usr/bin/python3 bench/startup_bench.py --oxt build/ets-workbench.oxt [--runs 7]
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "ets-workbench.oxt"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ["ETS_OXT"] = os.path.abspath(args.oxt)
    sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
    from ets_office import Office

    base = tempfile.mkdtemp(prefix="ets-bench-")
    try:
        # Two profiles, filled once: the first start of a profile is not what people live with.
        folders = {"without": os.path.join(base, "without"), "with": os.path.join(base, "with")}
        for label, folder in folders.items():
            os.makedirs(folder)
            office = Office(oxt=args.oxt if label == "with" else None, headless=True, workdir=folder)
            office.start()
            office.stop()

        times = {"without": [], "with": []}
        for run in range(args.runs):
            for label in (("without", "with") if run % 2 == 0 else ("with", "without")):
                office = Office(headless=True, workdir=folders[label])
                started = time.perf_counter()
                office.start()
                document = office.new_document("swriter", hidden=True)
                document.getText().getString()
                times[label].append(time.perf_counter() - started)
                office.stop()
        without, with_ext = statistics.median(times["without"]), statistics.median(times["with"])
        print("soffice start to a ready Writer document (median of %d runs, headless)" % args.runs)
        print("  without the extension: %.3f s   (runs: %s)" % (without, ", ".join("%.2f" % t for t in times["without"])))
        print("  with the extension:    %.3f s   (runs: %s)" % (with_ext, ", ".join("%.2f" % t for t in times["with"])))
        print("  ratio with/without:    %.3f     (target <= 1.05)" % (with_ext / without))
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
