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

    def tags_of(self, document):
        """{anchor: record} of the document's own tags, and the text each anchor holds."""
        value = document.getDocumentProperties().getUserDefinedProperties().getPropertyValue("ETS.Tags")
        records = json.loads(value or '{"tags": []}')["tags"]
        bookmarks = document.getBookmarks()
        return {r["anchor"]: (r["coder"], [t["name"] for t in r["themes"]],
                              bookmarks.getByName(r["anchor"]).getAnchor().getString()) for r in records}

    def test_merge_a_second_coders_copy(self):
        """Yasmine codes her copy and edits its text before a passage; MergeCoding brings her passages into the original
        on the same words, a second merge (from a DOCX of her copy) adds nothing, a passage whose text we deleted is
        listed, another interview's copy is refused, and the project's own REFI-QDA export merges in as nothing new."""
        document = self.open_transcript()
        original = os.path.join(self.project, "transcripts", SUREAU)
        quotes = demo_quotes(SUREAU)
        self.tag(document, quotes[0], "Non-recours aux droits")
        document.store()
        ok, message = self.dispatch(document, "CopyForSecondCoder", Coder="Yasmine")
        self.assertTrue(ok, message)
        copy_path = os.path.join(self.project, "transcripts", "maison-medicale-le-sureau (Yasmine).odt")
        copy = self.office.load(copy_path, hidden=True)
        self.addCleanup(close_document, copy)
        self.as_coder(copy, "Yasmine")
        self.tag(copy, quotes[0], "Non-recours aux droits")
        self.tag(copy, quotes[1], "Fracture numérique")
        self.tag(copy, quotes[3], "Crise du logement")
        self.tag(copy, quotes[5], "Crise du logement")
        # She corrects her copy a little: a note at the very start, and a word before the second passage.
        copy.getText().getStart().setString("[Relu par Yasmine] ")
        search = copy.createSearchDescriptor()
        search.SearchString = quotes[1]
        copy.findFirst(search).getStart().setString("(sic) ")
        copy.store()
        docx_path = copy_path.replace(".odt", ".docx")
        import uno
        from com.sun.star.beans import PropertyValue
        copy.storeToURL(uno.systemPathToFileUrl(docx_path), (PropertyValue(Name="FilterName", Value="MS Word 2007 XML"),))

        # Meanwhile we deleted the sixth quote from our transcript.
        self.as_coder(document, "Claire")
        search = document.createSearchDescriptor()
        search.SearchString = quotes[5]
        document.findFirst(search).setString("")
        document.store()
        before = self.tags_of(document)

        ok, result = self.dispatch(document, "MergeCoding", From=copy_path)
        self.assertTrue(ok, result)
        merged = json.loads(result)
        self.assertEqual(merged["transcripts"], ["transcripts/" + SUREAU])
        self.assertEqual(merged["coders"], [{"coder": "Yasmine", "added": 3, "completed": 0, "present": 0,
                                             "notFound": [quotes[5]]}])
        self.assertEqual(document.getUndoManager().getCurrentUndoActionTitle(), "Fusionner le codage")
        document.store()
        close_document(document)
        document = self.office.load(original, hidden=True)
        self.addCleanup(close_document, document)
        tags = self.tags_of(document)
        self.assertEqual({a: t for a, t in tags.items() if a in before}, before, "our passages are untouched")
        came = sorted(t for a, t in tags.items() if a not in before)
        self.assertEqual(came, sorted([("Yasmine", ["Non-recours aux droits"], quotes[0]),
                                       ("Yasmine", ["Fracture numérique"], quotes[1]),
                                       ("Yasmine", ["Crise du logement"], quotes[3])]))
        authors = sorted(author for author, _ in self.annotations(document))
        self.assertEqual(authors, ["Claire", "Yasmine", "Yasmine", "Yasmine"])

        # Merging again, from a DOCX of her copy: nothing new.
        stored = document.getDocumentProperties().getUserDefinedProperties().getPropertyValue("ETS.Tags")
        ok, result = self.dispatch(document, "MergeCoding", From=docx_path,
                                   Transcript="transcripts/" + SUREAU)
        self.assertTrue(ok, result)
        self.assertEqual(json.loads(result)["coders"], [{"coder": "Yasmine", "added": 0, "completed": 0,
                                                         "present": 3, "notFound": [quotes[5]]}])
        self.assertEqual(document.getDocumentProperties().getUserDefinedProperties().getPropertyValue("ETS.Tags"),
                         stored)
        self.assertFalse(document.isModified())

        # The agreement now compares both codings inside the original (her copy, still beside it, is left out: its text
        # differs now).
        sheet_doc = self.calc()
        ok, figures = self.dispatch(sheet_doc, "Agreement", Coders="Claire;Yasmine", Transcripts=SUREAU)
        self.assertTrue(ok, figures)
        self.assertEqual(json.loads(figures)["overall"]["matchedA"], 1)
        # Without naming the transcripts, her copy (its text edited, its passages merged) is left out and named, not
        # a refusal: the same figures.
        ok, every = self.dispatch(sheet_doc, "Agreement", Coders="Claire;Yasmine")
        self.assertTrue(ok, every)
        every = json.loads(every)
        self.assertEqual(every["copiesLeftOut"], ["transcripts/maison-medicale-le-sureau (Yasmine).odt"])
        self.assertEqual(every["overall"]["matchedA"], 1)

        # The project's own export merges in as nothing new.
        archive = os.path.join(self.tmp, "projet.qdpx")
        ok, message = self.dispatch(sheet_doc, "ExportQdpx", File=archive)
        self.assertTrue(ok, message)
        ok, result = self.dispatch(sheet_doc, "MergeCoding", From=archive)
        self.assertTrue(ok, result)
        for coder in json.loads(result)["coders"]:
            self.assertEqual((coder["added"], coder["completed"], coder["notFound"]), (0, 0, []), coder)
        self.assertEqual(document.getDocumentProperties().getUserDefinedProperties().getPropertyValue("ETS.Tags"),
                         stored)

        # Another interview's transcript is refused, and ours is left as it was.
        other = self.open_transcript("amo-cerf-volant.odt")
        other.store()
        other_path = os.path.join(self.project, "transcripts", "amo-cerf-volant.odt")
        ok, message = self.dispatch(document, "MergeCoding", From=other_path, Transcript="transcripts/" + SUREAU)
        self.assertFalse(ok)
        self.assertIn("autre entretien", message)
        self.assertIn("Rien n’a été modifié", message)
        self.assertEqual(document.getDocumentProperties().getUserDefinedProperties().getPropertyValue("ETS.Tags"),
                         stored)

    def test_merge_a_qdpx_and_refuse_one_whose_sources_are_missing(self):
        import zipfile
        document = self.open_transcript()
        quotes = demo_quotes(SUREAU)
        self.tag(document, quotes[0], "Non-recours aux droits")
        document.store()
        text = "Relu.\n" + body_text(document)  # Bruno's tool has a line more at the top

        def selection(guid, words, user, code):
            start = len(text[:text.index(words)])
            return ('<PlainTextSelection guid="%s" startPosition="%d" endPosition="%d"><Coding guid="k%s" '
                    'creatingUser="%s"><CodeRef targetGUID="%s"/></Coding></PlainTextSelection>'
                    % (guid, start, start + len(words), guid, user, code))

        def qdpx(name, with_source):
            qde = ('<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="b">'
                   '<Users><User guid="u1" name="Bruno"/></Users><CodeBook><Codes>'
                   '<Code guid="c1" name="Crise du logement" isCodable="true"/>'
                   '<Code guid="c2" name="Santé mentale" isCodable="true"/></Codes></CodeBook><Sources>'
                   '<TextSource guid="s1" name="maison-medicale-le-sureau" plainTextPath="internal://s1.txt">'
                   + selection("a", quotes[3], "u1", "c1") + selection("b", quotes[4], "u1", "c2")
                   + '</TextSource></Sources></Project>')
            archive = os.path.join(self.tmp, name)
            with zipfile.ZipFile(archive, "w") as z:
                z.writestr("project.qde", qde.encode("utf-8"))
                if with_source:
                    z.writestr("sources/s1.txt", text.encode("utf-8"))
            return archive

        stored = document.getDocumentProperties().getUserDefinedProperties().getPropertyValue("ETS.Tags")
        ok, message = self.dispatch(document, "MergeCoding", From=qdpx("incomplet.qdpx", False))
        self.assertFalse(ok)
        self.assertIn("incomplet", message)
        self.assertIn("Rien n’a été modifié", message)
        self.assertEqual(document.getDocumentProperties().getUserDefinedProperties().getPropertyValue("ETS.Tags"),
                         stored)

        archive = qdpx("bruno.qdpx", True)
        ok, result = self.dispatch(document, "MergeCoding", From=archive)
        self.assertTrue(ok, result)
        merged = json.loads(result)
        self.assertEqual(merged["coders"], [{"coder": "Bruno", "added": 2, "completed": 0, "present": 0,
                                             "notFound": []}])
        self.assertIn("Santé mentale", merged["themesCreated"])
        came = sorted(t for t in self.tags_of(document).values() if t[0] == "Bruno")
        self.assertEqual(came, sorted([("Bruno", ["Crise du logement"], quotes[3]),
                                       ("Bruno", ["Santé mentale"], quotes[4])]))
        ok, result = self.dispatch(document, "MergeCoding", From=archive)
        self.assertTrue(ok, result)
        self.assertEqual(json.loads(result)["coders"][0]["present"], 2)

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
