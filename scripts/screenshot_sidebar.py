"""Takes the README's screenshot of the ETS sidebar under Xvfb: a demo transcript in Writer, the deck « ETS » open
beside it with the codebook (colours, passage counts, sub-themes, the last themes used first), the themes of the passage
under the cursor ticked.

Usage (after a build): /usr/bin/python3 scripts/screenshot_sidebar.py --oxt build/ets-workbench.oxt --out docs/screenshots
"""

import os
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
from screenshot_cli import parse, shoot_display  # noqa: E402  (first: it sets ETS_OXT)

ARGS = parse(__doc__)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from ets_office import Office  # noqa: E402  (before uno: it gives UNO the extension's types)
from run_demo import opened_demo_project  # noqa: E402

TRANSCRIPT = "maison-medicale-le-sureau.odt"


def open_ets_deck(document):
    """Shows the sidebar with the ETS deck, as a click on its tab does; returns the panel's window."""
    sidebar = document.getCurrentController().getSidebar()
    sidebar.setVisible(True)
    deck = sidebar.getDecks().getByName("EtsDeck")
    deck.activate(True)
    panel = deck.getPanels().getByName("EtsThemesPanel")
    panel.expand(True)
    return panel.getDialog()


def main():
    with tempfile.TemporaryDirectory(prefix="ets-shots-") as tmp, Office(oxt=ARGS.oxt) as office:
        project = opened_demo_project(office, tmp)
        document = office.load(os.path.join(project, "transcripts", TRANSCRIPT), hidden=False)
        frame = document.getCurrentController().getFrame()
        frame.getContainerWindow().setPosSize(0, 0, 1280, 900, 15)
        open_ets_deck(document)
        search = document.createSearchDescriptor()
        search.SearchString = "Je soigne les conséquences du logement, pas la cause."
        found = document.findFirst(search)
        if found is None:
            sys.exit("the demo quote was not found")
        # Its two themes clicked again, as a person would (the same passage keeps them): they are the last used, so
        # they come first, each keeping its number.
        for theme in ("Crise du logement", "Santé communautaire"):
            document.getCurrentController().select(found)
            ok, message = office.dispatch(frame, "QuickTag", Theme=theme)
            if not ok:
                sys.exit(message)
        # The cursor in that passage: both are ticked, and its memo is in the memo box.
        document.getCurrentController().select(found.getStart())
        ok, message = office.dispatch(frame, "Passages", Action="Memo",
                                      Memo="Le logement comme premier déterminant de santé : à croiser avec les autres "
                                           "maisons médicales.")
        if not ok:
            sys.exit(message)
        time.sleep(1)
        shoot_display(office.display, os.path.join(ARGS.out, "writer-sidebar.png"))
        document.setModified(False)
        document.close(True)


if __name__ == "__main__":
    main()
