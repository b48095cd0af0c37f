"""Tagging at scale, figures of issue 15 (prints, judges nothing), in a generated transcript of about 300,000
characters, tagged passage after passage up to 1,000 without restarting LibreOffice:

 1. at the 200th, 600th and 1,000th passage: vnd.ets:TagSelection with arguments on a new selection;
 2. renaming a theme that one passage of that transcript carries (vnd.ets:Themes, the transcript open) against
    saving the transcript (target: ratio <= 2);
 3. at the 1,000th passage, TagSelection and QuickTag (a click in the sidebar, Ctrl+Alt+1…9) against LibreOffice's
    own .uno:InsertAnnotation on selections of the same kind (target: ratio <= 2): the command's call, and the call
    until the office is idle again (what a person waits before the next keystroke is taken: Writer leaves part of its
    work — placing every comment of the margin again, the layout — for idle time); beside them, one letter typed at
    the same kind of place, what any edit costs in a transcript holding a thousand comments.

Each command runs on LibreOffice's main thread, as a menu item, a shortcut or a sidebar click runs it (see
bench/main_thread.py). Section 3 also times TagSelection called from this script's own thread, as an outside script
calls it over the socket: there Writer's deferred margin work runs between the command's own API calls.

    /usr/bin/python3 bench/tagging_scale_bench.py --oxt build/ets-workbench.oxt
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
from main_thread import main_thread_runner  # noqa: E402
from tagging_bench import fill_with_generated_text  # noqa: E402  (the same generated French text)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "ets-workbench.oxt"))
    parser.add_argument("--words", type=int, default=50000)  # about 300,000 characters
    parser.add_argument("--passages", type=int, default=1000)
    parser.add_argument("--samples", type=int, default=5)
    args = parser.parse_args()
    os.environ["ETS_OXT"] = os.path.abspath(args.oxt)
    sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
    from ets_office import Office, file_url, props

    work = tempfile.mkdtemp(prefix="ets-bench-scale-")
    try:
        with Office(oxt=args.oxt, headless=True) as office:
            project = os.path.join(work, "projet")
            assert office.automation().openProject(project, True, "Banc d'essai", "Claire").Success
            os.makedirs(os.path.join(project, "transcripts"))
            document = office.new_document("swriter", hidden=True)
            fill_with_generated_text(document, args.words, seed=11)
            document.getDocumentProperties().getUserDefinedProperties().addProperty(
                "ETS.InterviewId", 128, "int-grand")
            document.storeAsURL(file_url(os.path.join(project, "transcripts", "grand.odt")), props(FilterName="writer8"))
            characters = len(document.getText().getString())
            frame = document.getCurrentController().getFrame()
            paragraphs = []
            enumeration = document.getText().createEnumeration()
            while enumeration.hasMoreElements():
                paragraphs.append(enumeration.nextElement())
            helper = office.create("com.sun.star.frame.DispatchHelper")

            def select(index, first, count):
                cursor = document.getText().createTextCursorByRange(paragraphs[index].getStart())
                for _ in range(first):
                    cursor.gotoNextWord(False)
                for _ in range(count):
                    cursor.gotoNextWord(True)
                document.getCurrentController().select(cursor)

            def fresh(sample):
                """A selection past the paragraphs the passages use, a new one for each sample."""
                select(len(paragraphs) - 1 - sample, 3, 5)
                time.sleep(0.2)  # let the view finish what selecting started, for both commands alike

            samples = iter(range(len(paragraphs) - args.passages - 2))
            ets_at, ets_idle_at = {}, {}
            toolkit = office.create("com.sun.star.awt.Toolkit")

            on_main = main_thread_runner(office)

            def timed(command, arguments, main_thread=True):
                """(the call, the call until the office is idle), in seconds, once the office is idle."""
                toolkit.processEventsToIdle()
                started = time.perf_counter()

                def call():
                    begun = time.perf_counter()
                    event = helper.executeDispatch(frame, command, "", 0, arguments)
                    return event, time.perf_counter() - begun

                event, called = on_main(call) if main_thread else call()
                toolkit.processEventsToIdle()
                return event, called, time.perf_counter() - started

            def measure(at):
                times, idle = [], []
                for _ in range(args.samples):
                    fresh(next(samples))
                    event, called, settled = timed("vnd.ets:TagSelection", props(Themes="Thème %d" % (at % 40)))
                    times.append(called)
                    idle.append(settled)
                    assert event.State == 1, event.Result
                ets_at[at] = statistics.median(times) * 1000
                ets_idle_at[at] = statistics.median(idle) * 1000
                print("   at passage %4d: TagSelection %6.1f ms, until idle %6.1f ms" % (at, ets_at[at], ets_idle_at[at]))

            print("transcript of %d characters, %d paragraphs" % (characters, len(paragraphs)))
            print("\n1. tagging a new selection (median of %d) as the transcript fills" % args.samples)
            checkpoints = {200, 600, args.passages}
            started = time.perf_counter()
            for i in range(1, args.passages + 1):
                select(i, 2, 6)
                ok, result = office.dispatch(frame, "TagSelection", Themes="Thème %d" % (i % 40))
                assert ok, result
                if i in checkpoints:
                    measure(i)
            print("   (%d passages tagged in %.0f s)" % (args.passages, time.perf_counter() - started))

            select(args.passages + 1, 1, 4)
            ok, result = office.dispatch(frame, "TagSelection", Themes="Unique")
            assert ok, result
            document.store()
            renames, saves = [], []
            for i in range(args.samples):
                old, new = ("Unique", "Seul") if i % 2 == 0 else ("Seul", "Unique")
                started = time.perf_counter()
                ok, result = office.dispatch(frame, "Themes", Action="Rename", Name=old, NewName=new)
                renames.append(time.perf_counter() - started)
                assert ok, result
                started = time.perf_counter()
                document.store()
                saves.append(time.perf_counter() - started)
            rename_ms, save_ms = statistics.median(renames) * 1000, statistics.median(saves) * 1000
            print("\n2. renaming a theme one passage carries (median of %d)" % args.samples)
            print("   vnd.ets:Themes Rename     %7.1f ms" % rename_ms)
            print("   saving the transcript     %7.1f ms" % save_ms)
            print("   ratio                     %7.2f    (target <= 2)" % (rename_ms / save_ms))

            def side_by_side(command, arguments, main_thread=True, check=True):
                times, idle = [], []
                for _ in range(args.samples):
                    fresh(next(samples))
                    event, called, settled = timed(command, arguments, main_thread)
                    if check:
                        assert event.State == 1, event.Result
                    times.append(called)
                    idle.append(settled)
                return statistics.median(times) * 1000, statistics.median(idle) * 1000

            def type_letter():
                cursor = document.getCurrentController().getViewCursor()
                cursor.getText().insertString(cursor.getEnd(), "x", False)

            def typed_letter():
                """One letter typed at the same kind of place: what any edit costs with this many comments."""
                times, idle = [], []
                for _ in range(args.samples):
                    fresh(next(samples))
                    toolkit.processEventsToIdle()
                    started = time.perf_counter()
                    times.append(on_main(lambda: (type_letter(), time.perf_counter() - started)[1]))
                    toolkit.processEventsToIdle()
                    idle.append(time.perf_counter() - started)
                return statistics.median(times) * 1000, statistics.median(idle) * 1000

            rows = [("vnd.ets:TagSelection", side_by_side("vnd.ets:TagSelection", props(Themes="Thème 3"))),
                    ("vnd.ets:QuickTag (sidebar click)", side_by_side("vnd.ets:QuickTag", props(Number=1))),
                    ("TagSelection from a script's thread",
                     side_by_side("vnd.ets:TagSelection", props(Themes="Thème 4"), main_thread=False)),
                    ("one letter typed (any edit)", typed_letter())]
            # Last: Writer leaves the view editing each comment .uno:InsertAnnotation makes, and the view cannot be
            # brought back to the text from here; the transcript holds its passages and no more are tagged.
            native = side_by_side(".uno:InsertAnnotation", (), check=False)
            print("\n3. at passage %d, side by side (median of %d)" % (args.passages, args.samples))
            print("   %-41s %10s %13s" % ("", "the call", "until idle"))
            for name, (called, settled) in rows:
                print("   %-41s %7.1f ms %7.1f ms" % (name, called, settled))
            print("   %-41s %7.1f ms %7.1f ms" % (".uno:InsertAnnotation", native[0], native[1]))
            for name, (called, settled) in rows[:3]:
                print("   ratio %-35s %7.2f    %7.2f   (target <= 2)" % (name.replace("vnd.ets:", ""),
                                                                      called / native[0], settled / native[1]))
            document.close(True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
