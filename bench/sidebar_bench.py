"""ETS sidebar figures of issue 15 (prints, judges nothing), in a generated transcript of 20,000 words holding 300
tagged passages (40 themes), with the ETS deck open (under Xvfb: the sidebar needs a visible window):

 0. Writer's own pace: from the view's select() to a selection listener in this script being told;
 1. following the cursor: from the view's select() to the panel showing the passage's themes ticked (or none), the
    cursor moved in and out of passages (target: within 50 ms);
 2. a click's command, vnd.ets:QuickTag, against LibreOffice's own .uno:InsertAnnotation on a selection of the same
    kind, the ETS deck open for both, both run on LibreOffice's main thread as a click runs them
    (bench/main_thread.py) (target of issue 15: ratio <= 1.5).

Writer tells selection listeners once its view has followed the cursor: figure 0 is that delay, which bounds figure 1
from below. Both are printed for moves into a passage (the view scrolls to a new place) and out of it (a few words on).

    /usr/bin/python3 bench/sidebar_bench.py --oxt build/ets-workbench.oxt
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
from tagging_bench import fill_with_generated_text  # noqa: E402


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "ets-workbench.oxt"))
    parser.add_argument("--passages", type=int, default=300)
    parser.add_argument("--moves", type=int, default=60)
    parser.add_argument("--samples", type=int, default=15)
    args = parser.parse_args()
    os.environ["ETS_OXT"] = os.path.abspath(args.oxt)
    sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
    from ets_office import Office, file_url, props
    from main_thread import dispatch_timer

    work = tempfile.mkdtemp(prefix="ets-bench-sidebar-")
    try:
        with Office(oxt=args.oxt) as office:
            project = os.path.join(work, "projet")
            assert office.automation().openProject(project, True, "Banc d'essai", "Claire").Success
            os.makedirs(os.path.join(project, "transcripts"))
            document = office.new_document("swriter")
            fill_with_generated_text(document, 20000, seed=7)
            document.getDocumentProperties().getUserDefinedProperties().addProperty("ETS.InterviewId", 128, "int-b")
            document.storeAsURL(file_url(os.path.join(project, "transcripts", "grand.odt")),
                                props(FilterName="writer8"))
            controller = document.getCurrentController()
            frame = controller.getFrame()
            frame.getContainerWindow().setPosSize(0, 0, 1280, 900, 15)
            for k in range(40):
                ok, message = office.dispatch(frame, "Themes", Action="Add", Name="Thème %02d" % k)
                assert ok, message

            def paragraph(index):
                enum = document.getText().createEnumeration()
                for _ in range(index):
                    enum.nextElement()
                return enum.nextElement()

            def words(index, first, count):
                cursor = document.getText().createTextCursorByRange(paragraph(index).getStart())
                for _ in range(first):
                    cursor.gotoNextWord(False)
                for _ in range(count):
                    cursor.gotoNextWord(True)
                return cursor

            started = time.perf_counter()
            for i in range(args.passages):
                controller.select(words(i, 2, 6))
                ok, message = office.dispatch(frame, "QuickTag", Theme="Thème %02d" % (i % 40))
                assert ok, message
            print("setting up: %d passages tagged in %.1f s" % (args.passages, time.perf_counter() - started))

            # 0. Writer's own pace: from select() to a selection listener of ours here (no ETS deck shown yet).
            import threading
            import unohelper
            from com.sun.star.view import XSelectionChangeListener

            class Heard(unohelper.Base, XSelectionChangeListener):
                def __init__(self):
                    self.event = threading.Event()

                def selectionChanged(self, _event):
                    self.event.set()

                def disposing(self, _source):
                    pass

            heard = Heard()
            controller.addSelectionChangeListener(heard)
            writer_delays = []
            for move in range(args.moves):
                i = ((move // 2) * 7) % args.passages  # the same moves as the panel's below
                target = words(i, 4, 0) if move % 2 == 0 else words(i, 12, 0)
                time.sleep(0.05)
                heard.event.clear()
                begun = time.perf_counter()
                controller.select(target.getStart())
                if heard.event.wait(5):
                    writer_delays.append(time.perf_counter() - begun)
            controller.removeSelectionChangeListener(heard)
            if writer_delays:
                print("Writer telling a selection listener (no panel): median %.1f ms, 90th percentile %.1f ms"
                      % (statistics.median(writer_delays) * 1000, percentile(writer_delays, 0.9) * 1000))
                print("   into a passage: median %.1f ms; out of it: median %.1f ms"
                      % (statistics.median(writer_delays[0::2]) * 1000, statistics.median(writer_delays[1::2]) * 1000))

            sidebar = controller.getSidebar()
            sidebar.setVisible(True)
            deck = sidebar.getDecks().getByName("EtsDeck")
            deck.activate(True)
            window = deck.getPanels().getByName("EtsThemesPanel").getDialog()
            boxes = {c.getModel().Label: c for c in window.getControls()
                     if c.supportsService("com.sun.star.awt.UnoControlCheckBox")}
            assert len(boxes) == 40, sorted(boxes)

            # 1. Following the cursor: into passage i (its theme ticked), then out of every passage (none ticked). The
            # tick is heard by a listener on the box's model, as Writer's pace above is, never by asking the panel over
            # and over (each question would hold LibreOffice while the panel works).
            from com.sun.star.beans import XPropertyChangeListener

            class Ticked(unohelper.Base, XPropertyChangeListener):
                def __init__(self):
                    self.event = threading.Event()
                    self.wanted = None

                def propertyChange(self, change):
                    if change.NewValue == self.wanted:
                        self.event.set()

                def disposing(self, _source):
                    pass

            delays = []
            for move in range(args.moves):
                i = ((move // 2) * 7) % args.passages  # into passage i, then out of it again
                inside = move % 2 == 0
                target = words(i, 4, 0) if inside else words(i, 12, 0)  # in the passage (words 2-8), or after it
                model = boxes["Thème %02d" % (i % 40)].getModel()
                ticked = Ticked()
                ticked.wanted = 1 if inside else 0
                if model.State == ticked.wanted:
                    raise SystemExit("passage %d: the box is already in the state the move should give it" % i)
                model.addPropertyChangeListener("State", ticked)
                time.sleep(0.05)
                begun = time.perf_counter()
                controller.select(target.getStart())
                if not ticked.event.wait(5):
                    raise SystemExit("the panel did not follow the cursor to passage %d" % i)
                delays.append(time.perf_counter() - begun)
                model.removePropertyChangeListener("State", ticked)
            print("following the cursor (%d moves): median %.1f ms, 90th percentile %.1f ms, max %.1f ms"
                  % (len(delays), statistics.median(delays) * 1000, percentile(delays, 0.9) * 1000,
                     max(delays) * 1000))
            print("   into a passage: median %.1f ms; out of it: median %.1f ms"
                  % (statistics.median(delays[0::2]) * 1000, statistics.median(delays[1::2]) * 1000))

            # 2. A click's command against Writer's own comment, on fresh selections of the same kind.
            timed = dispatch_timer(office, frame)  # on the main thread, as a click or a shortcut runs it

            ets, native = [], []
            for i in range(args.samples):
                controller.select(words(args.passages + i, 3, 5))
                time.sleep(0.2)
                event, elapsed = timed("vnd.ets:QuickTag", props(Theme="Thème %02d" % i))
                ets.append(elapsed)
                assert event.State == 1, event.Result
            for i in range(args.samples):
                controller.select(words(args.passages + args.samples + i, 3, 5))
                time.sleep(0.2)
                native.append(timed(".uno:InsertAnnotation", ())[1])
            print("QuickTag (a click's command): median %.1f ms; .uno:InsertAnnotation: median %.1f ms; ratio %.2f"
                  % (statistics.median(ets) * 1000, statistics.median(native) * 1000,
                     statistics.median(ets) / statistics.median(native)))
            document.setModified(False)
            document.close(True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
