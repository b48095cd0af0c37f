"""Tally figures of issue 4 (prints, judges nothing), on a generated project of 20 transcripts of
20,000 words with 2,000 passages and 40 themes:

 1. cold tally (every transcript read again; closed .odt files from their zip, without
    LibreOffice) against LibreOffice just loading the 20 documents hidden, side by side in one run
    (target: ratio <= 0.25, issue 15; it was <= 1.3 when the tally loaded them);
 2. warm tally (nothing changed since the last one) against the cold one (target: <= 10 %);
 3. writing a block of the tally's size in one setDataArray call against cell by cell (from this
    client, which exaggerates the cost of each call: the gap is what it shows).

    /usr/bin/python3 bench/tally_bench.py --oxt build/ets-workbench.oxt
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
from tagging_bench import fill_with_generated_text  # noqa: E402  (the same generated French text)


def generate_transcripts(office, project, transcripts, words, passages):
    """`transcripts` closed transcripts of `words` words of the generated French text in the project's transcripts
    folder, each with its organisation and interview card, `passages` tagged in all over 40 themes; their paths."""
    from ets_office import file_url, props
    folder = os.path.join(project, "transcripts")
    os.makedirs(folder)
    per = passages // transcripts
    paths = []
    for t in range(transcripts):
        organisation = "Organisation %02d" % t
        document = office.new_document("swriter", hidden=True)
        frame = document.getCurrentController().getFrame()
        ok, result = office.dispatch(frame, "Organisations", Action="Add", Name=organisation)
        assert ok, result
        fill_with_generated_text(document, words, seed=t)
        text = document.getText()
        path = os.path.join(folder, "entretien-%02d.odt" % t)
        document.storeAsURL(file_url(path), props(FilterName="writer8"))
        ok, result = office.dispatch(frame, "RecordInterview", Organisation=organisation, Date="2026-11-%02d" % (t + 1))
        assert ok, result
        enumeration = text.createEnumeration()
        all_paragraphs = []
        while enumeration.hasMoreElements():
            all_paragraphs.append(enumeration.nextElement())
        step = max(1, len(all_paragraphs) // max(per, 1))
        for i in range(per):
            selection = text.createTextCursorByRange(all_paragraphs[(i * step) % len(all_paragraphs)].getStart())
            selection.gotoNextWord(False)
            for _ in range(5):
                selection.gotoNextWord(True)
            document.getCurrentController().select(selection)
            ok, result = office.dispatch(frame, "TagSelection", Themes="Thème %02d" % ((t * per + i) % 40))
            assert ok, result
        document.store()
        document.close(True)
        paths.append(path)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "ets-workbench.oxt"))
    parser.add_argument("--transcripts", type=int, default=20)
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--passages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ["ETS_OXT"] = os.path.abspath(args.oxt)
    sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
    from ets_office import Office

    work = tempfile.mkdtemp(prefix="ets-bench-tally-")
    try:
        with Office(oxt=args.oxt, headless=True) as office:
            project = os.path.join(work, "projet")
            assert office.automation().openProject(project, True, "Banc d'essai", "Claire").Success
            started = time.perf_counter()
            paths = generate_transcripts(office, project, args.transcripts, args.words, args.passages)
            per = args.passages // args.transcripts
            print("generated %d transcripts of %d words, %d passages, 40 themes in %.0f s"
                  % (args.transcripts, args.words, per * args.transcripts, time.perf_counter() - started))

            sheet = office.new_document("scalc", hidden=True)
            frame = sheet.getCurrentController().getFrame()
            cold, warm, loads = [], [], []
            for run in range(args.runs):
                # LibreOffice alone: load the 20 documents hidden, then close them.
                started = time.perf_counter()
                for path in paths:
                    office.load(path).close(True)
                loads.append(time.perf_counter() - started)
                # Cold: every file looks changed (new modification time), so every transcript is read.
                stamp = time.time() + 60 * (run + 1)
                for path in paths:
                    os.utime(path, (stamp, stamp))
                started = time.perf_counter()
                ok, message = office.dispatch(frame, "TallyThemes", Interactive=False)
                cold.append(time.perf_counter() - started)
                assert ok, message
                started = time.perf_counter()
                ok, message = office.dispatch(frame, "TallyThemes", Interactive=False)
                warm.append(time.perf_counter() - started)
                assert ok, message
            load, cold_tally, warm_tally = (statistics.median(x) for x in (loads, cold, warm))
            print("\n1. cold tally against loading the %d documents hidden (median of %d)" % (len(paths), args.runs))
            print("   vnd.ets:TallyThemes (cold)  %7.2f s" % cold_tally)
            print("   load + close, hidden        %7.2f s" % load)
            print("   ratio                       %7.2f    (target <= 0.25)" % (cold_tally / load))
            print("\n2. warm tally (nothing changed)")
            print("   vnd.ets:TallyThemes (warm)  %7.3f s  = %.1f %% of the cold tally (target <= 10 %%)"
                  % (warm_tally, 100 * warm_tally / cold_tally))
            print("   (%s)" % message)

            target = sheet.getSheets().getByIndex(0)
            rows, columns = 42, 26
            block = target.getCellRangeByPosition(0, 100, columns - 1, 100 + rows - 1)
            data = tuple(tuple(float(r * columns + c) for c in range(columns)) for r in range(rows))
            started = time.perf_counter()
            block.setDataArray(data)
            bulk = time.perf_counter() - started
            started = time.perf_counter()
            for r in range(rows):
                for c in range(columns):
                    target.getCellByPosition(c, 200 + r).setValue(float(r * columns + c))
            single = time.perf_counter() - started
            print("\n3. writing a %d x %d block" % (rows, columns))
            print("   one setDataArray            %7.1f ms" % (bulk * 1000))
            print("   cell by cell                %7.1f ms   (%.0f times slower)" % (single * 1000, single / bulk))
            sheet.close(True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
