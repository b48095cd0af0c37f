"""Screenshots of two people on one synchronised project folder, under Xvfb: while their computers were apart,
Claire and Yasmine (a second LibreOffice, hidden, on her own copy) both changed the commune of one organisation;
Yasmine's version arrives as a sync client's conflict copy. At Claire's next command, ETS > Conflits à revoir… lists
the value set aside, then says what the merge settled. Writes docs/screenshots/shared-conflicts.png and
docs/screenshots/shared-sync-report.png.

    /usr/bin/python3 scripts/screenshot_shared.py [--oxt build/ets-workbench.oxt] [--out docs/screenshots]
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

ORGANISATION = "Maison médicale Le Sureau"


def run(office, command, **arguments):
    document = office.new_document("swriter", hidden=True)
    try:
        ok, message = office.dispatch(document.getCurrentController().getFrame(), command, **arguments)
    finally:
        document.close(True)
    if not ok:
        sys.exit("%s failed: %s" % (command, message))


def press(office, button):
    """Presses `button` of the message box on top, through accessibility (no window manager here to click)."""
    toolkit = office.create("com.sun.star.awt.Toolkit")
    for window in (toolkit.getTopWindow(i) for i in reversed(range(toolkit.getTopWindowCount()))):
        pending = [window.getAccessibleContext()] if window is not None else []
        while pending:
            context = pending.pop()
            if context is None:
                continue
            if context.getAccessibleName().replace("~", "") == button and hasattr(context, "doAccessibleAction"):
                context.doAccessibleAction(0)
                return
            for i in range(min(context.getAccessibleChildCount(), 50)):
                child = context.getAccessibleChild(i)
                if child is not None and hasattr(child, "getAccessibleContext"):
                    pending.append(child.getAccessibleContext())
    sys.exit("no button « %s » on screen" % button)


def main():
    with Office(oxt=ARGS.oxt, headless=False) as claire, Office(oxt=ARGS.oxt, headless=True) as yasmine:
        project = os.path.join(claire.workdir, "demo")
        shutil.copytree(os.path.join(ROOT, "demo"), project)
        apart = os.path.join(yasmine.workdir, "demo")  # Yasmine's computer, cut off from Claire's
        shutil.copytree(os.path.join(ROOT, "demo"), apart)
        for office, folder, coder in ((claire, project, "Claire"), (yasmine, apart, "Yasmine")):
            opened = office.automation().openProject(folder, False, "", coder)
            if not opened.Success:
                sys.exit("the demo project did not open: " + opened.Message)
        document = claire.load(os.path.join(project, "transcripts", "maison-medicale-le-sureau.odt"), hidden=False)
        frame = document.getCurrentController().getFrame()
        frame.getContainerWindow().setPosSize(0, 0, 1280, 900, 15)
        run(yasmine, "Organisations", Action="Update", Name=ORGANISATION, Commune="Koekelberg")
        time.sleep(0.1)
        run(claire, "Organisations", Action="Update", Name=ORGANISATION, Commune="Jette")
        # The computers meet again: Syncthing keeps Claire's file and leaves Yasmine's as a conflict copy.
        shutil.copy(os.path.join(apart, "ets-project.json"),
                    os.path.join(project, "ets-project.sync-conflict-20261202-101112-YASMINE.json"))

        worker = threading.Thread(target=lambda: claire.dispatch(frame, "Conflicts"), daemon=True)
        worker.start()
        time.sleep(4)
        shoot_display(claire.display, os.path.join(ARGS.out, "shared-conflicts.png"))
        press(claire, "Non")  # not reviewed yet: the list stays
        time.sleep(2)
        shoot_display(claire.display, os.path.join(ARGS.out, "shared-sync-report.png"))
        press(claire, "OK")
        worker.join(timeout=10)


if __name__ == "__main__":
    main()
