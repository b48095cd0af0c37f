"""Takes the README's pictures of the demo deliverable from its PDF (written by `scripts/demo.sh --headless` into
out/demo/): the introduction's first page, the two pages of the first brief and the programme of the chantiers,
found through the table of contents. Needs pdftotext and pdftoppm (poppler-utils).

    python3 scripts/screenshot_deliverable.py [out/demo/livrable-ets-….pdf]
"""

import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHOTS = os.path.join(ROOT, "docs", "screenshots")
RESOLUTION = 90  # A4 at 745 × 1053 pixels: legible in the README, small enough to keep


def contents(pdf):
    """{title: first page} from the table of contents on the deliverable's first page."""
    text = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", pdf, "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    return {title.strip(): int(page) for title, page in re.findall(r"^(\S.*?)\.{3,}\s*(\d+)$", text, re.M)}


def render(pdf, page, name):
    target = os.path.join(SHOTS, name)
    subprocess.run(["pdftoppm", "-png", "-r", str(RESOLUTION), "-f", str(page), "-l", str(page), "-singlefile", pdf,
                    target[:-4]], check=True)
    print("%s  (page %d)" % (target, page))


def main():
    found = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "out", "demo", "livrable-ets-*.pdf")), key=os.path.getmtime)
    if not found:
        sys.exit("No deliverable: run scripts/demo.sh --headless first.")
    pdf = found[-1]
    pages = contents(pdf)
    sections = ("Introduction et méthode", "Thèmes et problèmes")
    first_brief = min((page, title) for title, page in pages.items() if page > pages[sections[1]])
    render(pdf, pages[sections[0]], "deliverable-introduction.png")
    render(pdf, first_brief[0], "brief-page-1.png")
    render(pdf, first_brief[0] + 1, "brief-page-2.png")
    render(pdf, pages["Programme proposé des chantiers"], "deliverable-programme.png")


if __name__ == "__main__":
    main()
