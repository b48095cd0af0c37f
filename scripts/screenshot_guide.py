"""Takes the README's and the guide's screenshot of the user guide under Xvfb: ETS > Aide asked for one command
(Rechercher et coder), the French guide open read-only in Writer at that command's page.

Usage (after a build): /usr/bin/python3 scripts/screenshot_guide.py --oxt build/ets-workbench.oxt --out docs/screenshots
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
from screenshot_cli import parse, shoot_display  # noqa: E402  (first: it sets ETS_OXT)

ARGS = parse(__doc__)
from ets_office import Office  # noqa: E402  (before uno: it gives UNO the extension's types)


def main():
    with Office(oxt=ARGS.oxt) as office:
        writer = office.new_document("swriter", hidden=True)
        ok, result = office.dispatch(writer.getCurrentController().getFrame(), "Guide", Topic="SearchAndTag")
        if not ok:
            sys.exit(result)
        components = office.desktop.getComponents().createEnumeration()
        guide = None
        while components.hasMoreElements():
            component = components.nextElement()
            if hasattr(component, "getURL") and component.getURL().endswith("/guide/fr.odt"):
                guide = component
        if guide is None:
            sys.exit("the guide did not open")
        frame = guide.getCurrentController().getFrame()
        frame.getContainerWindow().setPosSize(0, 0, 1280, 900, 15)
        # Opened again once the window has its size: the heading is put back at the top of the view.
        office.dispatch(writer.getCurrentController().getFrame(), "Guide", Topic="SearchAndTag")
        shoot_display(office.display, os.path.join(ARGS.out, "writer-guide.png"), settle=2.5)
        writer.close(True)


if __name__ == "__main__":
    main()
