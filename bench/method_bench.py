"""Figures of issue 7 (prints, judges nothing), on a copy of the demo project with its 108 demo passages tagged:

 1. vnd.ets:Programme on a new spreadsheet (four blocks written) and run again on the same one (priorities,
    choices and settings read back, blocks refreshed in place);
 2. vnd.ets:InterviewGuide (a new hidden Writer document with the whole protocol);
 3. vnd.ets:NewTranscript with the five questions of the grid as headings.

    /usr/bin/python3 bench/method_bench.py --oxt build/ets-workbench.oxt
"""

import argparse
import os
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(action, runs):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times), max(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "ets-workbench.oxt"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ["ETS_OXT"] = os.path.abspath(args.oxt)
    sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    from ets_office import Office
    from run_demo import copy_demo_project, tag_demo_passages

    with tempfile.TemporaryDirectory(prefix="ets-bench-method-") as work, Office(oxt=args.oxt, headless=True) as office:
        project = copy_demo_project(os.path.join(work, "projet"))
        assert office.automation().openProject(project, False, "", "Claire V.").Success
        tag_demo_passages(office, project)
        documents = []

        def dispatch(document, command, **arguments):
            ok, result = office.dispatch(document.getCurrentController().getFrame(), command, **arguments)
            assert ok, result

        def new_sheet_programme():
            sheet = office.new_document("scalc", hidden=True)
            documents.append(sheet)
            dispatch(sheet, "Programme", Interactive=False)

        dispatch(office.new_document("scalc", hidden=True), "Programme", Interactive=False)  # the index brought up to date once
        first = timed(new_sheet_programme, args.runs)
        again_sheet = documents[-1]
        again = timed(lambda: dispatch(again_sheet, "Programme", Interactive=False), args.runs)
        holder = office.new_document("swriter", hidden=True)
        guide = timed(lambda: dispatch(holder, "InterviewGuide", Hidden=True), args.runs)
        counter = iter(range(1000))
        transcript = timed(lambda: dispatch(holder, "NewTranscript", Organisation="Housing Lab (fictif)",
                                            File="bench-%d.odt" % next(counter), Hidden=True), args.runs)
        for name, (median, low, high) in (("Programme, new sheet", first), ("Programme, run again", again),
                                          ("InterviewGuide", guide), ("NewTranscript with the grid", transcript)):
            print("%-30s median %7.1f ms  (min %.1f, max %.1f, %d runs)" % (name, median, low, high, args.runs))


if __name__ == "__main__":
    main()
