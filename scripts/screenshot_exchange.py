"""Screenshots of the REFI-QDA exchange under Xvfb, as a person sees it: ETS > Importer un projet (REFI-QDA
.qdpx)… opens the file picker on the project folder, the ATLAS.ti test export is chosen, and the summary says
what was imported and what was left out. Writes docs/screenshots/exchange-file-picker.png and
docs/screenshots/exchange-import-summary.png.

    /usr/bin/python3 scripts/screenshot_exchange.py [--oxt build/ets-workbench.oxt] [--out docs/screenshots]
"""

import os
import shutil
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
from screenshot_cli import parse, shoot_display  # noqa: E402  (first: it sets ETS_OXT)

ARGS = parse(__doc__)
from ets_office import Office  # noqa: E402
import uno  # noqa: E402

TEXT = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.TEXT")
PUSH_BUTTON = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")


def accessible_tree(context, found):
    if context is None:
        return found
    found.append(context)
    for i in range(min(context.getAccessibleChildCount(), 80)):
        child = context.getAccessibleChild(i)
        if child is not None and hasattr(child, "getAccessibleContext"):
            accessible_tree(child.getAccessibleContext(), found)
    return found


def shoot(office, name):
    shoot_display(office.display, os.path.join(ARGS.out, name))


def main():
    os.makedirs(ARGS.out, exist_ok=True)
    with Office(oxt=ARGS.oxt, headless=False) as office:
        project = os.path.join(office.workdir, "demo")
        shutil.copytree(os.path.join(ROOT, "demo"), project)
        opened = office.automation().openProject(project, False, "", "")
        if not opened.Success:
            sys.exit("the demo project did not open: " + opened.Message)
        document = office.load(os.path.join(project, "transcripts", "maison-medicale-le-sureau.odt"), hidden=False)
        frame = document.getCurrentController().getFrame()
        frame.getContainerWindow().setPosSize(0, 0, 1280, 900, 15)

        # The command blocks in its file picker: run it from a thread, fill the picker as a person would.
        def run_import():
            try:
                office.dispatch(frame, "ImportQdpx")
            except Exception:  # the office is stopped under the message box at the end: nothing to report
                pass

        worker = threading.Thread(target=run_import, daemon=True)
        worker.start()
        time.sleep(4)
        shoot(office, "exchange-file-picker.png")
        toolkit = office.create("com.sun.star.awt.Toolkit")
        windows = [toolkit.getTopWindow(i) for i in range(toolkit.getTopWindowCount())]
        picker = next(w for w in windows if w.getAccessibleContext().getAccessibleName() == "Ouvrir")
        controls = accessible_tree(picker.getAccessibleContext(), [])
        name = next(c for c in controls if c.getAccessibleRole() == TEXT and c.getAccessibleName() == "Nom de fichier :")
        name.setText(os.path.join(ROOT, "tests", "data", "refi", "atlasti84_TestProject.qdpx"))
        next(c for c in controls if c.getAccessibleRole() == PUSH_BUTTON and c.getAccessibleName() == "Ouvrir") \
            .doAccessibleAction(0)
        time.sleep(5)
        shoot(office, "exchange-import-summary.png")
        for window in (toolkit.getTopWindow(i) for i in reversed(range(toolkit.getTopWindowCount()))):
            if window is not None and hasattr(window, "endExecute"):
                window.endExecute()  # the summary's OK: no window manager to press it
        worker.join(timeout=10)


if __name__ == "__main__":
    main()
