"""Takes the screenshot of the refusal a person sees when they click an ETS command while a macro's command holds the
project (issue 16): a demo transcript in Writer and the message box « Le projet est occupé par une autre commande ETS
… » over it. The click is made as LibreOffice makes one, on its main thread (a callback posted to its event loop).

Usage (after a build): /usr/bin/python3 scripts/screenshot_busy.py --oxt build/ets-workbench.oxt --out docs/screenshots
"""

import os
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
from screenshot_cli import parse, shoot_display  # noqa: E402  (first: it sets ETS_OXT)

ARGS = parse(__doc__)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from ets_office import Office, named  # noqa: E402  (before uno: it gives UNO the extension's types)
from run_demo import opened_demo_project  # noqa: E402

import uno  # noqa: E402
import unohelper  # noqa: E402
from com.sun.star.awt import XCallback  # noqa: E402

TRANSCRIPT = "maison-medicale-le-sureau.odt"
PUSH_BUTTON = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")


class OnMainThread(unohelper.Base, XCallback):
    def __init__(self, work):
        self.work = work
        self.done = threading.Event()

    def notify(self, data):
        try:
            self.work()
        finally:
            self.done.set()


def press_ok(office):
    """Closes the message box as a click on its button does."""
    toolkit = office.create("com.sun.star.awt.Toolkit")
    for i in range(toolkit.getTopWindowCount()):
        pending = [toolkit.getTopWindow(i).getAccessibleContext()]
        while pending:
            context = pending.pop()
            if context.getAccessibleRole() == PUSH_BUTTON:
                context.doAccessibleAction(0)
                return True
            pending.extend(context.getAccessibleChild(j).getAccessibleContext()
                           for j in range(context.getAccessibleChildCount()))
    return False


def main():
    with tempfile.TemporaryDirectory(prefix="ets-shots-") as tmp, Office(oxt=ARGS.oxt) as office:
        project = opened_demo_project(office, tmp)
        document = office.load(os.path.join(project, "transcripts", TRANSCRIPT), hidden=False)
        frame = document.getCurrentController().getFrame()
        frame.getContainerWindow().setPosSize(0, 0, 1280, 900, 15)
        automation = office.automation()
        helper = office.create("com.sun.star.frame.DispatchHelper")

        def macro():  # a macro's command, from outside: it holds the project, then waits for the office
            automation.executeInFrame(frame, "Themes", named(Action="Add", Name="Thème ajouté par la macro"))

        def click():  # the person's click on ETS > Thèmes…, on the office's main thread
            thread = threading.Thread(target=macro)
            thread.start()
            time.sleep(1)
            helper.executeDispatch(frame, "vnd.ets:Themes", "", 0, ())

        callback = OnMainThread(click)
        office.create("com.sun.star.awt.AsyncCallback").addCallback(callback, None)
        time.sleep(3)
        shoot_display(office.display, os.path.join(ARGS.out, "busy-refusal.png"))
        if not press_ok(office):
            sys.exit("no message box to close")
        if not callback.done.wait(30):
            sys.exit("the click did not come back")
        document.setModified(False)
        document.close(True)


if __name__ == "__main__":
    main()
