"""Issue 14: two coders in one transcript, the agreement sheet « Accord » read back through the Calc API and checked
against the test's own computation of the figures, and what is refused."""

import json
import os
import shutil
import time
import unittest

from ets_fixture import OfficeTestCase, close_document  # first: it gives UNO the extension's types

ROOT = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(ROOT, "demo")
SUREAU = "maison-medicale-le-sureau.odt"


def demo_quotes(transcript):
    with open(os.path.join(DEMO, "passages.json"), encoding="utf-8") as f:
        return [p["quote"] for p in json.load(f) if p["transcript"] == transcript]


def body_text(document):
    """The text as the REFI-QDA export writes it: body paragraphs joined by one line feed, tables left out."""
    paragraphs = []
    enumeration = document.getText().createEnumeration()
    while enumeration.hasMoreElements():
        paragraph = enumeration.nextElement()
        if paragraph.supportsService("com.sun.star.text.Paragraph"):
            paragraphs.append(paragraph.getString())
    return "\n".join(paragraphs)


class AgreementTest(OfficeTestCase):

    def setUp(self):
        super().setUp()
        self.project = os.path.join(self.tmp, "projet")
        result = self.office.automation().openProject(self.project, True, "Accord", "Claire")
        self.assertTrue(result.Success, result.Message)
        os.makedirs(os.path.join(self.project, "transcripts"))

    def open_transcript(self, name=SUREAU, hidden=True):
        target = os.path.join(self.project, "transcripts", name)
        if not os.path.exists(target):
            shutil.copy(os.path.join(DEMO, "transcripts", name), target)
        document = self.office.load(target, hidden=hidden)
        self.addCleanup(close_document, document)
        properties = document.getDocumentProperties().getUserDefinedProperties()
        if not properties.getPropertySetInfo().hasPropertyByName("ETS.InterviewId"):
            properties.addProperty("ETS.InterviewId", 128, "int-test-" + name)
        return document

    def as_coder(self, document, coder):
        ok, message = self.dispatch(document, "OpenProject", Folder=self.project, Coder=coder)
        self.assertTrue(ok, message)

    def tag(self, document, text, themes):
        search = document.createSearchDescriptor()
        search.SearchString = text
        found = document.findFirst(search)
        self.assertIsNotNone(found, text)
        document.getCurrentController().select(found)
        ok, anchor = self.dispatch(document, "TagSelection", Themes=themes)
        self.assertTrue(ok, anchor)
        return anchor

    def offset_of(self, document, range_):
        """Code points from the start of the body to the start of `range_`, paragraphs joined by one line feed."""
        text = document.getText()
        cursor = text.createTextCursorByRange(text.getStart())
        cursor.gotoRange(range_.getStart(), True)
        return len(cursor.getString().replace("\r\n", "\n"))

    def coded(self, document, coder_of):
        """{(coder, theme): set of character positions} from the document's own tags."""
        records = json.loads(document.getDocumentProperties().getUserDefinedProperties().getPropertyValue("ETS.Tags"))
        marks = {}
        for record in records["tags"]:
            anchor = document.getBookmarks().getByName(record["anchor"]).getAnchor()
            start = self.offset_of(document, anchor)
            end = start + len(anchor.getString())
            self.assertEqual(record["coder"], coder_of[record["anchor"]])
            for theme in record["themes"]:
                marks.setdefault((record["coder"], theme["name"]), set()).update(range(start, end))
        return marks

    def expected(self, both, only_a, only_b, neither):
        total = both + only_a + only_b + neither
        observed = (both + neither) / total
        a, b = both + only_a, both + only_b
        pe = (a * b + (total - a) * (total - b)) / (total * total)
        kappa = 1.0 if pe == 1 else (observed - pe) / (1 - pe)
        n = 2 * total
        n1 = 2 * both + only_a + only_b
        n0 = 2 * neither + only_a + only_b
        alpha = None if n0 * n1 == 0 else 1 - (n - 1) * (only_a + only_b) / (n0 * n1)
        return observed, kappa, alpha

    def test_two_coders_in_one_transcript(self):
        document = self.open_transcript()
        quotes = demo_quotes(SUREAU)
        coder_of = {}
        # Claire codes three passages.
        coder_of[self.tag(document, quotes[0], "Non-recours aux droits")] = "Claire"
        coder_of[self.tag(document, quotes[1], "Fracture numérique")] = "Claire"
        coder_of[self.tag(document, quotes[3], "Crise du logement")] = "Claire"
        # Yasmine codes the same first span (a passage of her own), the second with another theme, and a fourth one.
        self.as_coder(document, "Yasmine")
        same = self.tag(document, quotes[0], "Non-recours aux droits")
        coder_of[same] = "Yasmine"
        coder_of[self.tag(document, quotes[1], "Non-recours aux droits")] = "Yasmine"
        coder_of[self.tag(document, quotes[5], "Crise du logement")] = "Yasmine"
        self.assertEqual(len(set(coder_of)), 6, "the same span tagged by two coders is two passages")
        # Tagging her own passage again keeps one passage.
        self.assertEqual(self.tag(document, quotes[0], "Non-recours aux droits"), same)
        document.store()

        sheet_doc = self.calc()
        ok, result = self.dispatch(sheet_doc, "Agreement", Coders="Claire;Yasmine")
        self.assertTrue(ok, result)
        figures = json.loads(result)

        # The test's own computation, from the document's text and bookmarks.
        text = body_text(document)
        total = len(text)
        marks = self.coded(document, coder_of)
        themes = ["Non-recours aux droits", "Fracture numérique", "Crise du logement"]
        by_theme = {t["theme"]: t for t in figures["themes"]}
        pooled = [0, 0, 0, 0]
        for theme in themes:
            a = marks.get(("Claire", theme), set())
            b = marks.get(("Yasmine", theme), set())
            both, only_a, only_b = len(a & b), len(a - b), len(b - a)
            neither = total - len(a | b)
            got = by_theme[theme]["pooled"]
            self.assertEqual((got["both"], got["onlyA"], got["onlyB"], got["neither"]),
                             (both, only_a, only_b, neither), theme)
            observed, kappa, alpha = self.expected(both, only_a, only_b, neither)
            self.assertAlmostEqual(got["percent"], observed, places=12)
            self.assertAlmostEqual(got["kappa"], kappa, places=12)
            self.assertAlmostEqual(got["alpha"], alpha, places=12)
            self.assertAlmostEqual(got["overlap"], both / len(a | b), places=12)
            for i, n in enumerate((both, only_a, only_b, neither)):
                pooled[i] += n
        overall = figures["overall"]
        self.assertEqual([overall["both"], overall["onlyA"], overall["onlyB"], overall["neither"]], pooled)
        self.assertEqual(overall["characters"], total * len(themes))
        # Passages: Claire 3, Yasmine 3; only the first span matches (same text, same theme).
        self.assertEqual((overall["passagesA"], overall["passagesB"]), (3, 3))
        self.assertEqual((overall["matchedA"], overall["matchedB"]), (1, 1))
        self.assertEqual(len(figures["disagreements"]), 3)  # quote 1 (both), quote 3 (Claire), quote 5 (Yasmine)

        # The sheet, read back through the Calc API.
        sheets = sheet_doc.getSheets()
        self.assertTrue(sheets.hasByName("Accord"))
        rows = sheet_doc.NamedRanges.getByName("ETS_Agreement").getReferredCells().getDataArray()
        self.assertIn("cumulés sur les caractères", rows[0][0])
        self.assertEqual(rows[1][0], "Thème")
        shown = {row[0]: row for row in rows[2:]}
        for theme in themes:
            got = by_theme[theme]["pooled"]
            self.assertEqual(shown[theme][1], total)
            self.assertEqual(shown[theme][2], got["both"])
            self.assertAlmostEqual(shown[theme][6], got["percent"], places=9)
            self.assertAlmostEqual(shown[theme][7], got["kappa"], places=9)
        self.assertEqual(shown["Ensemble"][1], total * len(themes))
        listed = sheet_doc.NamedRanges.getByName("ETS_Disagreements").getReferredCells()
        data = listed.getDataArray()
        self.assertEqual(len(data), 2 + 3)
        link = listed.getCellByPosition(4, 2).getFormula()
        self.assertIn("HYPERLINK", link)
        self.assertIn("#ETS_", link)
        self.assertEqual(sheet_doc.getUndoManager().getCurrentUndoActionTitle(), "Accord entre codeurs")

        # Run again: refreshed in place, the same figures.
        ok, again = self.dispatch(sheet_doc, "Agreement", Coders="Claire;Yasmine", MinOverlap=80)
        self.assertTrue(ok, again)
        self.assertEqual(json.loads(again)["overall"], overall)
        self.assertEqual(len([n for n in sheets.getElementNames() if n.startswith("Accord")]), 1)

    def visible_comments(self, document):
        """How many comments the view shows (their accessible windows that are VISIBLE)."""
        import uno
        comment = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.COMMENT")
        visible = uno.getConstantByName("com.sun.star.accessibility.AccessibleStateType.VISIBLE")
        found, pending = 0, [document.getCurrentController().getFrame().getContainerWindow().getAccessibleContext()]
        while pending:
            context = pending.pop()
            for i in range(context.getAccessibleChildCount()):
                child = context.getAccessibleChild(i).getAccessibleContext()
                if child.getAccessibleRole() == comment:
                    states = child.getAccessibleStateSet()
                    states = states.getStates() if hasattr(states, "getStates") else states
                    found += visible in states
                else:
                    pending.append(child)
        return found

    def annotations(self, document):
        found = []
        fields = document.getTextFields().createEnumeration()
        while fields.hasMoreElements():
            field = fields.nextElement()
            if field.supportsService("com.sun.star.text.textfield.Annotation"):
                found.append((field.Author, field.Content))
        return sorted(found)

    def test_show_coders_hides_the_others_comments_in_the_view_only(self):
        document = self.open_transcript(hidden=False)
        document.getCurrentController().getFrame().getContainerWindow().setPosSize(0, 0, 1280, 900, 15)
        quotes = demo_quotes(SUREAU)
        self.tag(document, quotes[0], "Non-recours aux droits")
        self.as_coder(document, "Yasmine")
        self.tag(document, quotes[0], "Non-recours aux droits")
        self.tag(document, quotes[1], "Fracture numérique")
        before = self.annotations(document)
        tags = document.getDocumentProperties().getUserDefinedProperties().getPropertyValue("ETS.Tags")
        self.assertEqual(len(before), 3)
        # A fresh view of everything first: Writer adds a new comment to the accessibility tree only later.
        ok, message = self.dispatch(document, "ShowCoders", Show="all")
        self.assertTrue(ok, message)
        time.sleep(1)  # the old view closes once the command has returned
        self.assertEqual(self.visible_comments(document), 3)

        ok, message = self.dispatch(document, "ShowCoders", Show="mine")
        self.assertTrue(ok, message)
        self.assertEqual(self.visible_comments(document), 2)  # Yasmine's two
        self.assertEqual(self.annotations(document), before)  # content untouched
        self.assertEqual(document.getDocumentProperties().getUserDefinedProperties().getPropertyValue("ETS.Tags"),
                         tags)

        ok, message = self.dispatch(document, "ShowCoders", Show="all")
        self.assertTrue(ok, message)
        time.sleep(1)
        self.assertEqual(self.visible_comments(document), 3)
        self.assertEqual(self.annotations(document), before)
        ok, message = self.dispatch(document, "ShowCoders", Show="everything")
        self.assertFalse(ok)

    def test_copy_for_a_second_coder_then_agreement_between_the_two_documents(self):
        document = self.open_transcript()
        quotes = demo_quotes(SUREAU)
        self.tag(document, quotes[0], "Non-recours aux droits")
        self.tag(document, quotes[1], "Fracture numérique")
        document.store()
        ok, message = self.dispatch(document, "CopyForSecondCoder", Coder="Yasmine")
        self.assertTrue(ok, message)
        copy_path = os.path.join(self.project, "transcripts", "maison-medicale-le-sureau (Yasmine).odt")
        self.assertIn(copy_path, message)
        self.assertEqual(len(document.getBookmarks().getElementNames()), 2, "the original keeps its passages")

        copy = self.office.load(copy_path, hidden=True)
        self.addCleanup(close_document, copy)
        self.assertEqual(body_text(copy), body_text(document))
        self.assertEqual([n for n in copy.getBookmarks().getElementNames() if n.startswith("ETS_")], [])
        self.assertEqual(self.annotations(copy), [])
        copied = copy.getDocumentProperties().getUserDefinedProperties()
        original = document.getDocumentProperties().getUserDefinedProperties()
        self.assertEqual(copied.getPropertyValue("ETS.InterviewId"), original.getPropertyValue("ETS.InterviewId"))
        if copied.getPropertySetInfo().hasPropertyByName("ETS.Tags"):
            self.assertEqual(json.loads(copied.getPropertyValue("ETS.Tags") or '{"tags": []}')["tags"], [])

        # Yasmine codes her copy blind; the agreement compares the two documents as one transcript.
        self.as_coder(copy, "Yasmine")
        self.tag(copy, quotes[0], "Non-recours aux droits")
        copy.store()
        sheet_doc = self.calc()
        ok, result = self.dispatch(sheet_doc, "Agreement", Coders="Claire;Yasmine")
        self.assertTrue(ok, result)
        figures = json.loads(result)
        self.assertEqual(figures["transcripts"], ["transcripts/" + SUREAU])
        overall = figures["overall"]
        self.assertEqual((overall["passagesA"], overall["passagesB"], overall["matchedA"], overall["matchedB"]),
                         (2, 1, 1, 1))
        self.assertEqual(overall["onlyB"], 0)
        self.assertEqual(overall["both"], len(quotes[0]))
        # The disagreement links to Claire's passage in the original.
        self.assertEqual(len(figures["disagreements"]), 1)
        self.assertIn(figures["disagreements"][0]["anchorA"], document.getBookmarks().getElementNames())

        # A copy whose text was changed is refused, with the line, and no sheet is written.
        copy.getText().getEnd().setString(" Ajout.")
        copy.store()
        other = self.calc()
        ok, message = self.dispatch(other, "Agreement", Coders="Claire;Yasmine")
        self.assertFalse(ok)
        self.assertIn("diffère", message)
        self.assertFalse(other.getSheets().hasByName("Accord"))

    def test_an_imported_double_coded_project_is_compared(self):
        """A .qdpx as another tool writes it: a bare sources/ path, CRLF counted as two, a selection coded by two
        users. Each user's codings become passages of their own, and the agreement counts them."""
        import zipfile
        text = "Ligne un\r\nLes loyers explosent et la sant\u00e9 aussi.\r\nFin."
        flat = text.replace("\r\n", "\n")

        def span(words):  # positions counting each CRLF as two characters
            start = text.index(words)
            return start, start + len(words)

        def selection(guid, words, codings):
            start, end = span(words)
            body = "".join('<Coding guid="k%s%s" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding>'
                           % (guid, user, user, code) for user, code in codings)
            return ('<PlainTextSelection guid="%s" startPosition="%d" endPosition="%d">%s</PlainTextSelection>'
                    % (guid, start, end, body))

        qde = ('<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="double">'
               '<Users><User guid="u1" name="Anne"/><User guid="u2" name="Bruno"/></Users><CodeBook><Codes>'
               '<Code guid="c1" name="Logement" isCodable="true"/><Code guid="c2" name="Sant\u00e9" isCodable="true"/>'
               '</Codes></CodeBook><Sources><TextSource guid="s1" name="entretien" plainTextPath="sources/s1.txt">'
               + selection("a", "Les loyers explosent", [("u1", "c1"), ("u2", "c1")])
               + selection("b", "la sant\u00e9 aussi", [("u2", "c2")])
               + selection("c", "loyers", [("u1", "c2")])
               + "</TextSource></Sources></Project>")
        archive = os.path.join(self.tmp, "double.qdpx")
        with zipfile.ZipFile(archive, "w") as z:
            z.writestr("project.qde", qde.encode("utf-8"))
            z.writestr("sources/s1.txt", ("\ufeff" + text).encode("utf-8"))
        sheet_doc = self.calc()
        ok, summary = self.dispatch(sheet_doc, "ImportQdpx", File=archive)
        self.assertTrue(ok, summary)
        ok, result = self.dispatch(sheet_doc, "Agreement", Coders="Anne;Bruno")
        self.assertTrue(ok, result)
        figures = json.loads(result)
        self.assertEqual(len(figures["transcripts"]), 1)
        by_theme = {t["theme"]: t["pooled"] for t in figures["themes"]}
        total = len(flat)
        logement = len("Les loyers explosent")
        self.assertEqual((by_theme["Logement"]["both"], by_theme["Logement"]["onlyA"],
                          by_theme["Logement"]["onlyB"], by_theme["Logement"]["neither"]),
                         (logement, 0, 0, total - logement))
        sante_b, sante_a = len("la sant\u00e9 aussi"), len("loyers")
        self.assertEqual((by_theme["Santé"]["both"], by_theme["Santé"]["onlyA"], by_theme["Santé"]["onlyB"]),
                         (0, sante_a, sante_b))
        self.assertEqual((figures["overall"]["passagesA"], figures["overall"]["passagesB"]), (2, 2))
        self.assertEqual((figures["overall"]["matchedA"], figures["overall"]["matchedB"]), (1, 1))

    def test_bad_input_changes_nothing(self):
        document = self.open_transcript()
        quotes = demo_quotes(SUREAU)
        self.tag(document, quotes[0], "Non-recours aux droits")
        document.store()
        sheet_doc = self.calc()
        for arguments, words in (({"Coders": "Claire"}, "deux codeurs"),
                                 ({"Coders": "Claire;Claire"}, "deux codeurs"),
                                 ({"Coders": "Claire;Yasmine"}, "Yasmine n’a codé aucun passage"),
                                 ({"Interactive": False}, "Un seul codeur")):
            ok, message = self.dispatch(sheet_doc, "Agreement", **arguments)
            self.assertFalse(ok, arguments)
            self.assertIn(words, message)
            self.assertIn("Rien n’a été modifié", message)
            self.assertFalse(sheet_doc.getSheets().hasByName("Accord"))


if __name__ == "__main__":
    unittest.main()
