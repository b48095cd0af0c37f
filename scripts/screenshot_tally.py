"""Takes the README's screenshots of the Calc tally under Xvfb: the « Thèmes » sheet with its chart and the
« Citations » sheet, from the demo project with its 108 demo passages tagged.

Usage (after a build): /usr/bin/python3 scripts/screenshot_tally.py --oxt build/ets-workbench.oxt --out docs/screenshots
"""

import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
from screenshot_cli import parse, shoot_display  # noqa: E402  (first: it sets ETS_OXT)

ARGS = parse(__doc__)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from ets_office import Office  # noqa: E402  (before uno: it gives UNO the extension's types)
from run_demo import opened_demo_project  # noqa: E402


def tally_columns(document):
    """The number of columns of the tally's block (its named range)."""
    return document.NamedRanges.getByName("ETS_Tally").getReferredCells().getColumns().getCount()


def shoot(office, name):
    shoot_display(office.display, os.path.join(ARGS.out, name))


def main():
    with tempfile.TemporaryDirectory(prefix="ets-shots-") as tmp, Office(oxt=ARGS.oxt) as office:
        opened_demo_project(office, tmp)
        document = office.new_document("scalc")
        frame = document.getCurrentController().getFrame()
        frame.getContainerWindow().setPosSize(0, 0, 1280, 900, 15)
        ok, message = office.dispatch(frame, "TallyThemes", Interactive=False)
        if not ok:
            sys.exit(message)
        print(message)
        controller = document.getCurrentController()
        controller.setActiveSheet(document.Sheets.getByName("Thèmes"))
        controller.select(document.Sheets.getByName("Thèmes").getCellRangeByName("A1"))
        controller.ZoomValue = 50  # the table and the chart beside it
        # With many organisations the chart is out of view: the theme column stays, the counts scroll to the chart.
        controller.freezeAtPosition(1, 1)
        pane = controller.getByIndex(controller.getCount() - 1)  # the bottom right pane
        pane.setFirstVisibleColumn(max(1, tally_columns(document) - 6))
        shoot(office, "calc-tally.png")
        controller.setActiveSheet(document.Sheets.getByName("Citations"))
        controller.ZoomValue = 80
        shoot(office, "calc-quotes.png")
        document.setModified(False)
        document.close(True)


if __name__ == "__main__":
    main()
