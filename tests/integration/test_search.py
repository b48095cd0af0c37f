"""Issue 15: vnd.ets:SearchAndTag on a copy of the demo project — the hits in context, tagging in an open and a closed
transcript checked after saving and reloading, and bad input refused with nothing changed."""

import hashlib
import json
import os
import threading
import time
import unicodedata

from ets_fixture import OfficeTestCase, accessible_children, close_document, dialog_controls, run_command  # first
from demo_project import copy_demo, open_project
from odf_tags import themes_on_disk  # noqa: E402  (scripts/lib, put on the path by ets_fixture)

import uno  # noqa: E402

OPEN = "accueil-de-jour-le-pas-de-porte.odt"
CLOSED = "ais-toit-commun.odt"


def folded(text):
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


class SearchAndTagTest(OfficeTestCase):

    def setUp(self):
        super().setUp()
        self.project = copy_demo(os.path.join(self.tmp, "projet"))
        open_project(self.office, self.project)

    def search(self, **arguments):
        ok, result = run_command(self.office, "SearchAndTag", **arguments)
        self.assertTrue(ok, result)
        return json.loads(result)

    def fingerprint(self):
        """Every file of the project folder and its content, to see that nothing changed."""
        found = {}
        for folder, _, files in os.walk(self.project):
            for name in files:
                with open(os.path.join(folder, name), "rb") as f:
                    found[os.path.relpath(os.path.join(folder, name), self.project)] = hashlib.sha1(f.read()).digest()
        return found

    def test_lists_hits_in_context_without_accents(self):
        found = self.search(Query="numerique")
        self.assertGreaterEqual(found["count"], 20)
        hits = [(t, h) for t in found["transcripts"] for h in t["hits"]]
        self.assertEqual(len(hits), found["count"])
        for transcript, hit in hits:
            self.assertEqual(folded(hit["match"]), "numerique")
            self.assertTrue(hit["before"] or hit["after"])
        self.assertTrue(all(t["organisation"] for t in found["transcripts"] if t["count"]))
        self.assertEqual((found["unreadable"], found["readByOffice"]), ([], []))  # every demo file read directly
        whole = self.search(Query="confiance", Unit="Sentence", WholeWord=True, Transcripts=OPEN)
        self.assertEqual(whole["count"], 1)
        sentence = whole["transcripts"][0]["hits"][0]["text"]
        self.assertIn("confiance", sentence)
        self.assertTrue(sentence.rstrip("»” ").endswith((".", "?", "!", "…")), sentence)

    def test_tags_open_and_closed_transcripts(self):
        document = self.office.load(os.path.join(self.project, "transcripts", OPEN), hidden=True)
        self.addCleanup(close_document, document)
        before = self.fingerprint()
        tagged = self.search(Query="confiance", Unit="Sentence", Themes="Confiance", Transcripts=OPEN + ";" + CLOSED)
        self.assertEqual(tagged["count"], 2)
        self.assertEqual({t["transcript"] for t in tagged["transcripts"]},
                         {"transcripts/" + OPEN, "transcripts/" + CLOSED})
        # The closed transcript was saved; the open one waits for the person (one undo step).
        self.assertNotEqual(before["transcripts/" + CLOSED], self.fingerprint()["transcripts/" + CLOSED])
        self.assertEqual(before["transcripts/" + OPEN], self.fingerprint()["transcripts/" + OPEN])
        self.assertTrue(document.isModified())
        self.assertEqual(document.getUndoManager().getCurrentUndoActionTitle(), "Rechercher et coder")
        # One undo step takes the open transcript's new passages away; redo brings them back.
        opened = next(t["anchors"] for t in tagged["transcripts"] if t["transcript"].endswith(OPEN))
        self.assertTrue(opened and all(document.getBookmarks().hasByName(a) for a in opened))
        document.getUndoManager().undo()
        self.assertFalse(any(document.getBookmarks().hasByName(a) for a in opened))
        document.getUndoManager().redo()
        self.assertTrue(all(document.getBookmarks().hasByName(a) for a in opened))
        document.store()
        close_document(document)
        for name in (OPEN, CLOSED):
            path = os.path.join(self.project, "transcripts", name)
            self.assertIn("Confiance", themes_on_disk(path))
            reloaded = self.office.load(path, hidden=True)
            try:
                anchors = next(t["anchors"] for t in tagged["transcripts"] if t["transcript"].endswith(name))
                for anchor in anchors:
                    text = reloaded.getBookmarks().getByName(anchor).getAnchor().getString()
                    self.assertIn("confiance", text.lower())
            finally:
                close_document(reloaded)
        # Tagging the same again keeps the passages (no double).
        again = self.search(Query="confiance", Unit="Sentence", Themes="Confiance", Transcripts=CLOSED)
        self.assertEqual(again["transcripts"][0]["newPassages"], 0)

    def test_bad_input_changes_nothing(self):
        before = self.fingerprint()
        for arguments in ({"Query": "  "}, {"Query": "(confiance", "Regex": True},
                          {"Query": "e", "Themes": "Tout"}, {"Query": "confiance", "Unit": "Chapitre"},
                          {"Query": "confiance", "Themes": " ; "}, {"Query": "zzzqqq", "Themes": "Rien"},
                          {"Query": "confiance", "Transcripts": "absent.odt", "Themes": "Rien"}):
            ok, message = run_command(self.office, "SearchAndTag", **arguments)
            self.assertFalse(ok, arguments)
            self.assertTrue(message, arguments)
        ok, message = run_command(self.office, "SearchAndTag", Query="(confiance", Regex=True)
        self.assertIn("(confiance", message)
        self.assertEqual(before, self.fingerprint())

    def window_with_button(self, name, timeout=15):
        """The accessible contexts of the top window that has a push button `name` (a dialog or a message box)."""
        push_button = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i in range(toolkit.getTopWindowCount()):
                window = toolkit.getTopWindow(i)
                if window is None:
                    continue
                try:
                    children = accessible_children(window.getAccessibleContext())
                    if any(c.getAccessibleRole() == push_button and c.getAccessibleName().replace("~", "") == name
                           for c in children):
                        return children
                except Exception:  # a window closing meanwhile (the question just answered)
                    continue
            time.sleep(0.3)
        self.fail("no window with a button « %s »" % name)

    def test_the_dialog_tags_the_ticked_hits_after_confirming(self):
        document = self.office.load(os.path.join(self.project, "transcripts", OPEN), hidden=True)
        self.addCleanup(close_document, document)
        frame = document.getCurrentController().getFrame()
        outcome = {}
        worker = threading.Thread(
            target=lambda: outcome.update(result=self.office.dispatch(frame, "SearchAndTag")), daemon=True)
        worker.start()
        buttons, fields = dialog_controls(self, "Chercher")
        fields[0].setText("confiance")
        time.sleep(1)
        buttons["Chercher"].doAccessibleAction(0)
        time.sleep(2)
        item = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.LIST_ITEM")
        children = self.window_with_button("Chercher")
        hits = [c for c in children if c.getAccessibleRole() == item and "[confiance]" in c.getAccessibleName()]
        self.assertEqual(len(hits), 3, [c.getAccessibleName() for c in children if c.getAccessibleRole() == item])
        theme = next(c for c in children if c.getAccessibleRole() == item and c.getAccessibleName() == "Fracture numérique")
        theme.getAccessibleParent().getAccessibleContext().selectAccessibleChild(theme.getAccessibleIndexInParent())
        time.sleep(1)
        buttons["Coder"].doAccessibleAction(0)
        question = self.window_with_button("Oui")
        self.assertTrue(any("3 passages trouvés" in c.getAccessibleName() for c in question),
                        [c.getAccessibleName() for c in question])
        yes = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")
        next(c for c in question if c.getAccessibleRole() == yes and c.getAccessibleName().replace("~", "") == "Oui") \
            .doAccessibleAction(0)
        # The report of what was tagged, then the command ends.
        report = self.window_with_button("OK", timeout=30)
        next(c for c in report if c.getAccessibleRole() == yes and c.getAccessibleName().replace("~", "") == "OK") \
            .doAccessibleAction(0)
        worker.join(timeout=30)
        self.assertFalse(worker.is_alive())
        ok, message = outcome["result"]
        self.assertTrue(ok, message)
        self.assertIn("3 passages codés", message)
        self.assertEqual(document.getUndoManager().getCurrentUndoActionTitle(), "Rechercher et coder")
        self.assertIn("Fracture numérique", themes_on_disk(os.path.join(self.project, "transcripts", CLOSED)))
