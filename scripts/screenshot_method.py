"""Takes the README's screenshots of issue 7 from the demo project with its 108 demo passages tagged: the
programme sheet in Calc under Xvfb, and the first pages of the interview guide (exported as PDF, then
pdftoppm).

Usage (after a build): /usr/bin/python3 scripts/screenshot_method.py --oxt build/ets-workbench.oxt --out docs/screenshots
"""

import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
from screenshot_cli import parse, shoot_display  # noqa: E402  (first: it sets ETS_OXT)

ARGS = parse(__doc__)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from ets_office import Office, file_url, props  # noqa: E402  (before uno: it gives UNO the extension's types)
from run_demo import opened_demo_project  # noqa: E402


def shoot(office, name):
    shoot_display(office.display, os.path.join(ARGS.out, name))


def guide_pages(office, tmp):
    """The guide as PDF, its first two pages as PNG, and its last: the consent form, a page of its own (issue 17)."""
    holder = office.new_document("swriter", hidden=True)
    target = os.path.join(tmp, "guide.odt")
    ok, message = office.dispatch(holder.getCurrentController().getFrame(), "InterviewGuide", Target=target, Hidden=True)
    if not ok:
        sys.exit(message)
    holder.close(True)
    guide = office.load(target)
    pdf = os.path.join(tmp, "guide.pdf")
    guide.storeToURL(file_url(pdf), props(FilterName="writer_pdf_Export"))
    guide.close(True)
    for page in (1, 2):
        stem = os.path.join(ARGS.out, "writer-interview-guide-%d" % page)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", pdf, stem], check=True)
        print("wrote", stem + ".png")
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    last = int([line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")][0])
    stem = os.path.join(ARGS.out, "writer-consent-form")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(last), "-l", str(last), "-singlefile", pdf, stem], check=True)
    print("wrote", stem + ".png")


def main():
    with tempfile.TemporaryDirectory(prefix="ets-shots-") as tmp, Office(oxt=ARGS.oxt) as office:
        opened_demo_project(office, tmp)
        guide_pages(office, tmp)

        document = office.new_document("scalc")
        frame = document.getCurrentController().getFrame()
        frame.getContainerWindow().setPosSize(0, 0, 1280, 900, 15)
        ok, message = office.dispatch(frame, "Programme", Interactive=False)
        if not ok:
            sys.exit(message)
        # The committee puts a priority on a theme and a theme of its own in slot 5, then runs it again.
        themes = document.NamedRanges.getByName("ETS_Programme_Themes").getReferredCells()
        themes.getCellByPosition(5, 4).setValue(1)
        slots = document.NamedRanges.getByName("ETS_Programme_Slots").getReferredCells()
        slots.getCellByPosition(5, 5).setString("Aller-vers")
        ok, message = office.dispatch(frame, "Programme", Interactive=False)
        if not ok:
            sys.exit(message)
        print(message)
        controller = document.getCurrentController()
        sheet = document.Sheets.getByName("Programme")
        controller.setActiveSheet(sheet)
        controller.select(sheet.getCellRangeByName("A1"))
        controller.ZoomValue = 80
        shoot(office, "calc-programme.png")
        document.setModified(False)
        document.close(True)


if __name__ == "__main__":
    main()
