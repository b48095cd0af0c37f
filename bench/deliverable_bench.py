"""Deliverable figures of issues 5 and 12 (prints, judges nothing), on a generated project of 20 transcripts and
40 themes (the generated French text of the other benchmarks), 800 passages:

  every theme has a written analysis (kind and five parts, by vnd.ets:ThemeAnalysis);
  time vnd.ets:Deliverable takes to write the deliverable WITHOUT its PDF (Pdf=false: cover, introduction and method,
  table of themes, one brief per theme each fitted to two pages by Writer's layout, programme, annexes, table of
  contents, saved as .odt) against the time LibreOffice takes to load the resulting .odt and lay out every page,
  side by side in one run (target: ratio <= 2); the PDF export reported apart, both as the command does it
  (Deliverable with its PDF) and alone on the loaded document; the deliverable's pages and sizes.

    /usr/bin/python3 bench/deliverable_bench.py --oxt build/ets-workbench.oxt
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

THEMES = 40


def generate_project(office, project, transcripts, words, passages, file_url, props, analyses=True):
    """Transcripts of generated text, each with its organisation and card, `passages` tagged in all,
    spread over the 40 themes; each passage is a sentence-long run of words."""
    folder = os.path.join(project, "transcripts")
    os.makedirs(folder)
    per = passages // transcripts
    for t in range(transcripts):
        organisation = "Organisation %02d" % t
        document = office.new_document("swriter", hidden=True)
        frame = document.getCurrentController().getFrame()
        ok, result = office.dispatch(frame, "Organisations", Action="Add", Name=organisation,
                                     Role=("Knot", "Lever", "Both")[t % 3], Sector="Secteur %d" % (t % 5))
        assert ok, result
        fill_with_generated_text(document, words, seed=t)
        text = document.getText()
        document.storeAsURL(file_url(os.path.join(folder, "entretien-%02d.odt" % t)), props(FilterName="writer8"))
        ok, result = office.dispatch(frame, "RecordInterview", Organisation=organisation, Date="2026-11-%02d" % (t + 1))
        assert ok, result
        enumeration = text.createEnumeration()
        paragraphs = []
        while enumeration.hasMoreElements():
            paragraphs.append(enumeration.nextElement())
        step = max(1, len(paragraphs) // per)
        for i in range(per):
            selection = text.createTextCursorByRange(paragraphs[(i * step) % len(paragraphs)].getStart())
            for _ in range(25):
                selection.gotoNextWord(True)
            document.getCurrentController().select(selection)
            ok, result = office.dispatch(frame, "TagSelection", Themes="Thème %02d" % ((t * per + i) % THEMES),
                                         Memo="Question : que faire ?" if i % 7 == 0 else "")
            assert ok, result
        document.store()
        document.close(True)
    if not analyses:
        return per * transcripts
    # Every theme with a written analysis (its kind and five parts), as the researcher writes them before the deliverable.
    holder = office.new_document("swriter", hidden=True)
    frame = holder.getCurrentController().getFrame()
    for n in range(THEMES):
        part = ("Le thème %02d, vu du terrain : des situations qui reviennent d'un entretien à l'autre, avec leurs "
                "causes, ce qui existe déjà et ce qui coince. " % n) * 3
        ok, result = office.dispatch(frame, "ThemeAnalysis", Theme="Thème %02d" % n, Kind=("Knot", "Lever", "Both")[n % 3],
                                     Problem=part, Causes=part, Existing=part, Tensions=part, Proposal=part)
        assert ok, result
    holder.close(True)
    return per * transcripts


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "ets-workbench.oxt"))
    parser.add_argument("--transcripts", type=int, default=20)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--passages", type=int, default=800)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-analyses", action="store_true", help="themes without written analyses")
    args = parser.parse_args()
    os.environ["ETS_OXT"] = os.path.abspath(args.oxt)
    sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
    from ets_office import Office, file_url, props

    work = tempfile.mkdtemp(prefix="ets-bench-deliverable-")
    try:
        with Office(oxt=args.oxt, headless=True) as office:
            project = os.path.join(work, "projet")
            assert office.automation().openProject(project, True, "Banc d'essai", "Claire").Success
            started = time.perf_counter()
            tagged = generate_project(office, project, args.transcripts, args.words, args.passages, file_url, props,
                                      analyses=not args.no_analyses)
            print("generated %d transcripts of %d words, %d passages, %d themes in %.0f s"
                  % (args.transcripts, args.words, tagged, THEMES, time.perf_counter() - started))
            holder = office.new_document("swriter", hidden=True)
            frame = holder.getCurrentController().getFrame()
            ok, message = office.dispatch(frame, "Deliverable", Folder=os.path.join(work, "warmup"), Hidden=True)
            assert ok, message  # the index is read once here, as after a day of tagging
            writes, loads, last_page, laid_out, pdfs, with_pdf, resaved_layouts = [], [], [], [], [], [], []
            for run in range(args.runs):
                folder = os.path.join(work, "run%d" % run)
                started = time.perf_counter()
                ok, path = office.dispatch(frame, "Deliverable", Folder=os.path.join(folder, "pdf"), Hidden=True)
                with_pdf.append(time.perf_counter() - started)
                assert ok, path
                pdf = path[:-4] + ".pdf"
                started = time.perf_counter()
                ok, path = office.dispatch(frame, "Deliverable", Folder=folder, Hidden=True, Pdf=False)
                writes.append(time.perf_counter() - started)
                assert ok, path
                started = time.perf_counter()
                document = office.load(path)
                loads.append(time.perf_counter() - started)
                # Going to the last page makes Writer make every page, but it formats their text lazily (a title's page
                # read just after can still move); « Repaginate », as the command does before it measures a brief,
                # formats every page for good.
                cursor = document.getCurrentController().getViewCursor()
                cursor.jumpToLastPage()
                last_page.append(time.perf_counter() - started)
                office.create("com.sun.star.frame.DispatchHelper").executeDispatch(
                    document.getCurrentController().getFrame(), ".uno:Repaginate", "", 0, ())
                cursor.jumpToLastPage()
                pages = cursor.getPage()
                laid_out.append(time.perf_counter() - started)
                # Where the deliverable's time goes: the PDF export alone, of the same document.
                started = time.perf_counter()
                document.storeToURL(file_url(os.path.join(folder, "again.pdf")), props(FilterName="writer_pdf_Export"))
                pdfs.append(time.perf_counter() - started)
                # The same document as LibreOffice itself saves it (with the page breaks of its layout): what opening
                # it would cost had LibreOffice written it.
                resaved = os.path.join(folder, "resaved.odt")
                document.storeToURL(file_url(resaved), props(FilterName="writer8"))
                document.close(True)
                started = time.perf_counter()
                again = office.load(resaved)
                again_cursor = again.getCurrentController().getViewCursor()
                again_cursor.jumpToLastPage()
                office.create("com.sun.star.frame.DispatchHelper").executeDispatch(
                    again.getCurrentController().getFrame(), ".uno:Repaginate", "", 0, ())
                again_cursor.jumpToLastPage()
                resaved_layouts.append(time.perf_counter() - started)
                again.close(True)
            write, load, to_last, layout, pdf_time, whole = (statistics.median(x)
                                                             for x in (writes, loads, last_page, laid_out, pdfs, with_pdf))
            print("\ndeliverable of %d themes (median of %d runs), side by side:" % (THEMES, args.runs))
            print("   vnd.ets:Deliverable without PDF (write, fit, .odt)  %7.2f s" % write)
            print("   LibreOffice loading the .odt and laying out pages   %7.2f s   ratio %5.2f  (target <= 2)"
                  % (layout, write / layout))
            print("      of which loading alone, hidden                   %7.2f s" % load)
            print("      loading and going to the last page (lazy layout) %7.2f s   ratio %5.2f  (the figure before)"
                  % (to_last, write / to_last))
            resaved_layout = statistics.median(resaved_layouts)
            print("   the same document saved by LibreOffice, loaded and laid out %5.2f s   ratio %5.2f"
                  % (resaved_layout, write / resaved_layout))
            print("PDF export, apart:")
            print("   vnd.ets:Deliverable with its PDF (as from the menu) %7.2f s   (+%.2f s for the PDF)"
                  % (whole, whole - write))
            print("   PDF export alone of the loaded document             %7.2f s" % pdf_time)
            print("   pages %d; .odt %.0f kB; PDF %.0f kB" % (pages, os.path.getsize(path) / 1024, os.path.getsize(pdf) / 1024))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
