"""Issue 15: vnd.ets:SearchAndTag on a copy of the demo project — the hits in context, tagging in an open and a closed
transcript checked after saving and reloading, and bad input refused with nothing changed."""

import hashlib
import json
import os
import unicodedata

from ets_fixture import OfficeTestCase, close_document, run_command  # first: it gives UNO the extension's types
from demo_project import copy_demo, open_project
from odf_tags import themes_on_disk  # noqa: E402  (scripts/lib, put on the path by ets_fixture)

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
