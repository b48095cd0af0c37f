"""Tagging at scale, figures of issue 15 (prints, judges nothing), in a generated transcript of about 300,000
characters, tagged passage after passage up to 1,000 without restarting LibreOffice:

 1. at the 200th, 600th and 1,000th passage: vnd.ets:TagSelection with arguments on a new selection;
 2. renaming a theme that one passage of that transcript carries (vnd.ets:Themes, the transcript open) against
    saving the transcript (target: ratio <= 2);
 3. at the 1,000th passage, TagSelection against LibreOffice's own .uno:InsertAnnotation on selections of the same
    kind (target: ratio <= 2): the command's call, and the call until the office is idle again (what a person waits
    before the next keystroke is taken: Writer leaves part of its work — the comments' margin, the layout — for
    idle time, and a call from another thread waits for that work of the call before it); beside them, one letter
    typed at the same kind of place, what any edit costs in a transcript holding a thousand comments.

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

            def timed(command, arguments):
                """(the call, the call until the office is idle), in seconds, once the office is idle."""
                toolkit.processEventsToIdle()
                started = time.perf_counter()
                event = helper.executeDispatch(frame, command, "", 0, arguments)
                called = time.perf_counter() - started
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

            # A letter typed at the same kind of place: what any edit costs in a transcript holding this many comments
            # (Writer places every comment of the margin again after each change).
            typed, typed_idle = [], []
            for _ in range(args.samples):
                fresh(next(samples))
                cursor = document.getCurrentController().getViewCursor()
                started = time.perf_counter()
                cursor.getText().insertString(cursor.getEnd(), "x", False)
                typed.append(time.perf_counter() - started)
                toolkit.processEventsToIdle()
                typed_idle.append(time.perf_counter() - started)

            # Last: Writer leaves the view editing each comment .uno:InsertAnnotation makes, and the view cannot be
            # brought back to the text from here; the transcript holds its passages and no more are tagged.
            native, native_idle = [], []
            for _ in range(args.samples):
                fresh(next(samples))
                _event, called, settled = timed(".uno:InsertAnnotation", ())
                native.append(called)
                native_idle.append(settled)
            native_ms = statistics.median(native) * 1000
            native_idle_ms = statistics.median(native_idle) * 1000
            last, last_idle = ets_at[args.passages], ets_idle_at[args.passages]
            print("\n3. at passage %d, side by side (median of %d)     the call   until idle" % (args.passages, args.samples))
            print("   vnd.ets:TagSelection                  %7.1f ms %7.1f ms" % (last, last_idle))
            print("   .uno:InsertAnnotation                 %7.1f ms %7.1f ms" % (native_ms, native_idle_ms))
            print("   ratio (target <= 2)                   %7.2f    %7.2f" % (last / native_ms, last_idle / native_idle_ms))
            typed_ms = statistics.median(typed) * 1000
            typed_idle_ms = statistics.median(typed_idle) * 1000
            print("   one letter typed (any edit)           %7.1f ms %7.1f ms" % (typed_ms, typed_idle_ms))
            print("   TagSelection / one letter             %7.2f    %7.2f" % (last / typed_ms, last_idle / typed_idle_ms))
            document.close(True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
