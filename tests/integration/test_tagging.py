"""Issue 3: tagging transcript passages, and what the tags must survive — editing, cut and paste,
ODT and DOCX round trips, undo and redo, a copy into another project, renaming a theme."""

import json
import os
import shutil
import subprocess
import threading
import time
import unittest

from ets_fixture import (OfficeTestCase, accessible_children, close_document, dialog_controls, file_url,  # first: UNO types
                         props)
from odf_tags import themes_on_disk  # noqa: E402  (scripts/lib, put on the path by ets_fixture)

import uno  # noqa: E402

ROOT = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(ROOT, "demo")
SUREAU = "maison-medicale-le-sureau.odt"


def demo_quotes(transcript):
    with open(os.path.join(DEMO, "passages.json"), encoding="utf-8") as f:
        return [p for p in json.load(f) if p["transcript"] == transcript]


class TaggingTest(OfficeTestCase):

    def setUp(self):
        super().setUp()
        self.project = os.path.join(self.tmp, "projet")
        result = self.office.automation().openProject(self.project, True, "Tags", "Claire")
        self.assertTrue(result.Success, result.Message)
        os.makedirs(os.path.join(self.project, "transcripts"))

    def test_a_themes_colour_is_chosen_by_name_in_the_dialog(self):
        """Issue 17: the Themes dialog offers named colours (the code is an advanced field beside them)."""
        document = self.writer()
        ok, message = self.dispatch(document, "Themes", Action="Add", Name="Logement")
        self.assertTrue(ok, message)
        outcome = {}
        worker = threading.Thread(target=lambda: outcome.update(result=self.dispatch(document, "Themes")), daemon=True)
        worker.start()
        buttons, fields = dialog_controls(self, "Fusionner")
        list_role = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.LIST")
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        lists = []
        for i in range(toolkit.getTopWindowCount()):
            top = toolkit.getTopWindow(i)
            if top is not None and hasattr(top, "endExecute"):
                lists += [c for c in accessible_children(top.getAccessibleContext()) if c.getAccessibleRole() == list_role]
        names = [[c.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                  for i in range(c.getAccessibleChildCount())] for c in lists]
        # The codebook's list comes first (the drop-down lists' items lie deeper); the colours are the list with Rouge.
        themes = next(c for c, items in zip(lists, names) if any(item.startswith("Logement") for item in items))
        colours, colour_names = next((c, items) for c, items in zip(lists, names) if "Rouge" in items)
        self.assertEqual(colour_names[0], "(couleur par défaut)")
        self.assertEqual(colour_names[-1], "Autre couleur (code ci-dessous)")
        themes.selectAccessibleChild(0)  # Logement: its entry is shown
        time.sleep(1)
        colours.selectAccessibleChild(colour_names.index("Rouge"))
        time.sleep(1)
        self.assertIn("#C0392B", [field.getText() for field in fields])  # the code follows the name
        buttons["Enregistrer"].doAccessibleAction(0)
        time.sleep(2)
        buttons["Fermer"].doAccessibleAction(0)
        worker.join(timeout=30)
        self.assertFalse(worker.is_alive(), "the dialog did not close")
        with open(os.path.join(self.project, "ets-project.json"), encoding="utf-8") as f:
            self.assertEqual([(t["name"], t["colour"]) for t in json.load(f)["themes"]], [("Logement", "#C0392B")])

    # -- helpers ----------------------------------------------------------------------------
    def open_transcript(self, name=SUREAU, folder=None, hidden=True):
        target = os.path.join(folder or self.project, "transcripts", name)
        if not os.path.exists(target):
            shutil.copy(os.path.join(DEMO, "transcripts", name), target)
        document = self.office.load(target, hidden=hidden)
        self.addCleanup(close_document, document)
        properties = document.getDocumentProperties().getUserDefinedProperties()
        if not properties.getPropertySetInfo().hasPropertyByName("ETS.InterviewId"):
            properties.addProperty("ETS.InterviewId", 128, "int-test-" + name)
        return document

    def find(self, document, text):
        search = document.createSearchDescriptor()
        search.SearchString = text
        found = document.findFirst(search)
        self.assertIsNotNone(found, "not in the document: " + text)
        return found

    def select(self, document, text):
        found = self.find(document, text)
        document.getCurrentController().select(found)
        return found

    def tag(self, document, text, themes, memo=""):
        self.select(document, text)
        return self.dispatch(document, "TagSelection", Themes=themes, Memo=memo)

    def passages(self, document, **filters):
        ok, result = self.dispatch(document, "Passages", Interactive=False, **filters)
        self.assertTrue(ok, result)
        return json.loads(result)

    def project_file(self):
        with open(os.path.join(self.project, "ets-project.json"), encoding="utf-8") as f:
            return json.load(f)

    def bookmark_text(self, document, anchor):
        return document.getBookmarks().getByName(anchor).getAnchor().getString()

    def comments(self, document):
        found = []
        fields = document.getTextFields().createEnumeration()
        while fields.hasMoreElements():
            field = fields.nextElement()
            if field.supportsService("com.sun.star.text.textfield.Annotation"):
                found.append(field)
        return found

    # -- tagging ----------------------------------------------------------------------------
    def test_tag_selection_marks_exactly_the_text_with_a_comment_and_indexes_it(self):
        document = self.open_transcript()
        quote = demo_quotes(SUREAU)[1]
        ok, anchor = self.tag(document, quote["quote"], "Fracture numérique; Non-recours aux droits", quote["memo"])
        self.assertTrue(ok, anchor)
        self.assertEqual(self.bookmark_text(document, anchor), quote["quote"])
        comments = self.comments(document)
        self.assertEqual(len(comments), 1)
        self.assertEqual(comments[0].Author, "Claire")
        self.assertEqual(comments[0].Content,
                         "Thèmes : Fracture numérique ; Non-recours aux droits\n" + quote["memo"])
        self.assertEqual(comments[0].getAnchor().getString(), quote["quote"])
        data = self.project_file()
        self.assertEqual(sorted(t["name"] for t in data["themes"]), ["Fracture numérique", "Non-recours aux droits"])
        self.assertNotIn("passages", data)  # the index is kept apart, by each office
        indexed = self.passages(document)
        self.assertEqual(len(indexed), 1)
        self.assertEqual(indexed[0]["text"], quote["quote"])
        self.assertEqual(indexed[0]["transcript"], "transcripts/" + SUREAU)
        self.assertEqual(indexed[0]["coder"], "Claire")
        # One command, one undo step, named after the command.
        self.assertEqual(document.getUndoManager().getCurrentUndoActionTitle(), "Coder un passage")

    def test_same_span_twice_does_not_duplicate_and_passages_may_nest(self):
        document = self.open_transcript()
        quote = demo_quotes(SUREAU)[0]["quote"]
        ok, first = self.tag(document, quote, "Non-recours aux droits")
        self.assertTrue(ok, first)
        ok, second = self.tag(document, quote, "Non-recours aux droits")
        self.assertTrue(ok, second)
        self.assertEqual(first, second)
        ok, third = self.tag(document, quote, "Santé communautaire")
        self.assertEqual(first, third)
        ok, inner = self.tag(document, "on le voit tous les jours", "Aller-vers")
        self.assertTrue(ok, inner)
        self.assertNotEqual(inner, first)
        listed = {p["anchor"]: p for p in self.passages(document)}
        self.assertEqual(len(listed), 2)
        self.assertEqual(listed[first]["themes"], ["Non-recours aux droits", "Santé communautaire"])
        self.assertEqual(listed[inner]["text"], "on le voit tous les jours")
        self.assertEqual(len(self.comments(document)), 2)

    def test_refusals_change_nothing(self):
        document = self.open_transcript()
        before = self.project_file()
        # An empty selection.
        cursor = document.getText().createTextCursor()
        document.getCurrentController().select(cursor)
        ok, message = self.dispatch(document, "TagSelection", Themes="Logement")
        self.assertFalse(ok)
        self.assertIn("sélectionn", message)
        # Text in the header is no transcript text.
        style = document.getStyleFamilies().getByName("PageStyles").getByName("Standard")
        style.HeaderIsOn = True
        style.HeaderText.setString("En-tête confidentiel")
        document.getCurrentController().select(style.HeaderText.createTextCursorByRange(style.HeaderText))
        ok, message = self.dispatch(document, "TagSelection", Themes="Logement")
        self.assertFalse(ok)
        self.assertIn("en-tête", message)
        # A blank theme name.
        self.select(document, demo_quotes(SUREAU)[0]["quote"])
        ok, message = self.dispatch(document, "TagSelection", Themes="  ;  ")
        self.assertFalse(ok)
        self.assertIn("thème", message)
        # A memo of a whole document pasted by mistake, with a theme the codebook does not have yet.
        ok, message = self.dispatch(document, "TagSelection", Themes="Thème nouveau", Memo="é" * 20001)
        self.assertFalse(ok)
        self.assertIn("20\u202f000 caractères", message)
        self.assertEqual(self.project_file(), before)
        self.assertEqual(document.getBookmarks().getCount(), 0)
        # A document that is no ETS transcript.
        plain = self.writer(hidden=True)
        plain.getText().setString("Un texte sans fiche d'entretien.")
        plain.getCurrentController().select(self.find(plain, "sans fiche"))
        ok, message = self.dispatch(plain, "TagSelection", Themes="Logement")
        self.assertFalse(ok)
        self.assertIn("fiche d’entretien", message)
        # A read-only transcript.
        path = os.path.join(self.project, "transcripts", SUREAU)
        readonly = self.office.desktop.loadComponentFromURL(file_url(path), "_blank", 0,
                                                            props(Hidden=True, ReadOnly=True))
        self.addCleanup(close_document, readonly)
        ok, message = self.dispatch(readonly, "Untag", Interactive=False)
        self.assertFalse(ok)
        self.assertIn("lecture seule", message)
        self.assertEqual(self.project_file(), before)

    def test_untag_removes_some_themes_then_the_passage(self):
        document = self.open_transcript()
        quote = demo_quotes(SUREAU)[0]["quote"]
        ok, anchor = self.tag(document, quote, "Non-recours aux droits; Aller-vers")
        self.assertTrue(ok, anchor)
        self.select(document, "on le voit")
        ok, message = self.dispatch(document, "Untag", Themes="Aller-vers")
        self.assertTrue(ok, message)
        self.assertEqual(self.passages(document)[0]["themes"], ["Non-recours aux droits"])
        self.assertEqual(self.comments(document)[0].Content, "Thèmes : Non-recours aux droits")
        ok, message = self.dispatch(document, "Untag", Themes="Thème inconnu")
        self.assertFalse(ok)
        ok, message = self.dispatch(document, "Untag", Interactive=False)
        self.assertTrue(ok, message)
        self.assertEqual(self.passages(document), [])
        self.assertEqual(document.getBookmarks().getCount(), 0)
        self.assertEqual(self.comments(document), [])
        self.assertEqual(document.getText().getString().count(quote), 1)  # the text stays

    # -- what tags survive ------------------------------------------------------------------
    def test_typing_inside_before_and_after_and_deleting_part(self):
        document = self.open_transcript()
        quote = "Le non-recours, on le voit tous les jours"
        ok, anchor = self.tag(document, quote, "Non-recours aux droits")
        self.assertTrue(ok, anchor)
        text = document.getText()
        marked = document.getBookmarks().getByName(anchor).getAnchor()
        text.insertString(marked.getStart(), "« ", False)     # before
        text.insertString(marked.getEnd(), " »", False)       # after
        inside = self.find(document, "on le voit")
        text.insertString(inside.getEnd(), " vraiment", False)  # inside
        self.assertEqual(self.bookmark_text(document, anchor), "Le non-recours, on le voit vraiment tous les jours")
        part = self.find(document, "vraiment tous ")
        part.setString("")                                    # delete part of it
        self.assertEqual(self.bookmark_text(document, anchor), "Le non-recours, on le voit les jours")
        self.assertEqual(self.passages(document)[0]["text"], "Le non-recours, on le voit les jours")

    def test_deleting_the_whole_passage_leaves_no_orphan(self):
        document = self.open_transcript()
        quote = demo_quotes(SUREAU)[2]["quote"]
        ok, anchor = self.tag(document, quote, "Épuisement des équipes")
        self.assertTrue(ok, anchor)
        self.find(document, quote).setString("")
        self.assertEqual([repr(p["text"]) for p in self.passages(document)], [])
        self.assertFalse(document.getBookmarks().hasByName(anchor))
        self.assertEqual(self.comments(document), [])
        self.assertNotIn("passages", self.project_file())  # listing passages never writes the project file

    def test_transcript_pdf_turns_comments_into_signed_numbered_notes_and_leaves_the_document_alone(self):
        document = self.open_transcript()
        quotes = demo_quotes(SUREAU)
        ok, first = self.tag(document, quotes[0]["quote"], "Logement", "Un mémo à lire")
        self.assertTrue(ok, first)
        ok, second = self.tag(document, quotes[1]["quote"], "Fracture numérique")
        self.assertTrue(ok, second)
        modified = document.isModified()
        pdf = os.path.join(self.tmp, "lisible.pdf")
        ok, result = self.dispatch(document, "TranscriptPdf", File=pdf)
        self.assertTrue(ok, result)
        self.assertEqual(result, pdf)
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, check=True).stdout.decode("utf-8")
        # The themes, the memo and who tagged them when, in words: the comments' text as numbered notes.
        self.assertIn("Thèmes : Logement", text)
        self.assertIn("Un mémo à lire", text)
        self.assertIn("Thèmes : Fracture numérique", text)
        self.assertRegex(text, r"Claire, \d{1,2}(er)? [a-zéû]+ 20\d\d")
        # At the foot of the pages that hold the passages, among the interview's text.
        pages = [page for page in text.split("\f") if page.strip()]
        self.assertTrue(any("Thèmes : " in page and "Médecin généraliste" in page for page in pages))
        # The person's document keeps its comments and is not marked changed by the copy.
        self.assertEqual(len(self.comments(document)), 2)
        self.assertEqual(document.isModified(), modified)
        # Notes at the end: the same notes on a last page of their own, numbered 1 and 2 (not Writer's i, ii).
        end = os.path.join(self.tmp, "fin.pdf")
        ok, result = self.dispatch(document, "TranscriptPdf", File=end, Notes="End")
        self.assertTrue(ok, result)
        text = subprocess.run(["pdftotext", end, "-"], capture_output=True, check=True).stdout.decode("utf-8")
        pages = [page for page in text.split("\f") if page.strip()]
        self.assertIn("Thèmes : Logement", pages[-1])
        self.assertIn("Thèmes : Fracture numérique", pages[-1])
        self.assertNotIn("Médecin généraliste", pages[-1])
        self.assertNotIn("Thèmes", "".join(pages[:-1]))
        self.assertRegex(pages[-1], r"(?m)^2$")
        self.assertNotRegex(pages[-1], r"(?m)^ii$")
        # Bad input writes nothing.
        refused = os.path.join(self.tmp, "refus.pdf")
        ok, message = self.dispatch(document, "TranscriptPdf", File=refused, Notes="Marge")
        self.assertFalse(ok)
        self.assertIn("Page", message)
        plain = self.writer(hidden=True)
        plain.getText().setString("Un texte sans fiche d'entretien.")
        ok, message = self.dispatch(plain, "TranscriptPdf", File=refused)
        self.assertFalse(ok)
        self.assertIn("fiche d’entretien", message)
        self.assertFalse(os.path.exists(refused))

    def test_cut_and_paste_of_the_paragraph_keeps_the_tag(self):
        document = self.open_transcript()
        quote = demo_quotes(SUREAU)[0]["quote"]
        ok, anchor = self.tag(document, quote, "Non-recours aux droits")
        self.assertTrue(ok, anchor)
        found = self.find(document, quote)
        paragraph = document.getText().createTextCursorByRange(found)
        paragraph.gotoStartOfParagraph(False)
        paragraph.gotoEndOfParagraph(True)
        paragraph.goRight(1, True)  # with its paragraph end, as a person cuts a whole paragraph
        controller = document.getCurrentController()
        controller.select(paragraph)
        clip = controller.getTransferable()
        paragraph.setString("")
        end = document.getText().createTextCursor()
        end.gotoEnd(False)
        controller.select(end)
        controller.insertTransferable(clip)
        listed = self.passages(document)
        self.assertEqual(len(listed), 1)
        self.assertEqual(listed[0]["text"], quote)
        self.assertEqual(len(self.comments(document)), 1)

    def _round_trip(self, filter_name, extension):
        document = self.open_transcript()
        quotes = demo_quotes(SUREAU)[:3]
        anchors = []
        for quote in quotes:
            ok, anchor = self.tag(document, quote["quote"], "; ".join(quote["themes"]), quote.get("memo", ""))
            self.assertTrue(ok, anchor)
            anchors.append(anchor)
        path = os.path.join(self.project, "transcripts", "copie" + extension)
        document.storeToURL(file_url(path), props(FilterName=filter_name))
        reloaded = self.office.load(path)
        self.addCleanup(close_document, reloaded)
        for anchor, quote in zip(anchors, quotes):
            self.assertEqual(self.bookmark_text(reloaded, anchor), quote["quote"])
        self.assertEqual(len(self.comments(reloaded)), 3)
        listed = {p["anchor"]: p for p in self.passages(reloaded)}
        self.assertEqual(sorted(listed), sorted(anchors))
        for anchor, quote in zip(anchors, quotes):
            self.assertEqual(listed[anchor]["themes"], quote["themes"])
            self.assertEqual(listed[anchor]["memo"], quote.get("memo", ""))

    def test_save_and_reload_as_odt(self):
        self._round_trip("writer8", ".odt")

    def test_save_and_reload_as_docx(self):
        self._round_trip("MS Word 2007 XML", ".docx")

    def test_undo_and_redo_of_tagging(self):
        document = self.open_transcript()
        quote = demo_quotes(SUREAU)[0]["quote"]
        ok, anchor = self.tag(document, quote, "Non-recours aux droits")
        self.assertTrue(ok, anchor)
        undo = document.getUndoManager()
        undo.undo()
        self.assertFalse(document.getBookmarks().hasByName(anchor))
        self.assertEqual(self.comments(document), [])
        self.assertEqual(self.passages(document), [])
        undo.redo()
        self.assertEqual(self.bookmark_text(document, anchor), quote)
        self.assertEqual([p["anchor"] for p in self.passages(document)], [anchor])
        # The same text tagged again gains a theme and a memo; Ctrl+Z takes both back from the passage's record too
        # (Writer's undo alone would leave them in the document's properties, the comment saying otherwise).
        ok, again = self.tag(document, quote, "Logement", "à revoir")
        self.assertEqual(again, anchor)
        self.assertEqual(self.passages(document)[0]["themes"], ["Non-recours aux droits", "Logement"])
        undo.undo()
        self.assertEqual(self.passages(document)[0]["themes"], ["Non-recours aux droits"])
        self.assertEqual(self.passages(document)[0]["memo"], "")
        self.assertEqual(self.comments(document)[0].Content, "Thèmes : Non-recours aux droits")
        undo.redo()
        self.assertEqual(self.passages(document)[0]["themes"], ["Non-recours aux droits", "Logement"])
        self.assertEqual(self.passages(document)[0]["memo"], "à revoir")

    def test_transcript_copied_into_another_project_brings_its_tags_and_themes(self):
        document = self.open_transcript()
        quote = demo_quotes(SUREAU)[0]["quote"]
        ok, anchor = self.tag(document, quote, "Non-recours aux droits", "à creuser")
        self.assertTrue(ok, anchor)
        document.store()
        other = os.path.join(self.tmp, "autre-projet")
        self.assertTrue(self.office.automation().openProject(other, True, "Autre", "Samir").Success)
        os.makedirs(os.path.join(other, "transcripts"))
        shutil.copy(os.path.join(self.project, "transcripts", SUREAU), os.path.join(other, "transcripts", SUREAU))
        copy = self.open_transcript(folder=other)
        listed = self.passages(copy)
        self.assertEqual([(p["anchor"], p["themes"], p["memo"]) for p in listed],
                         [(anchor, ["Non-recours aux droits"], "à creuser")])
        with open(os.path.join(other, "ets-project.json"), encoding="utf-8") as f:
            self.assertEqual([t["name"] for t in json.load(f)["themes"]], ["Non-recours aux droits"])

    def test_renaming_a_theme_updates_open_and_closed_transcripts(self):
        open_one = self.open_transcript()
        ok, first = self.tag(open_one, demo_quotes(SUREAU)[0]["quote"], "Non-recours aux droits")
        self.assertTrue(ok, first)
        other_name = "amo-cerf-volant.odt"
        closed = self.open_transcript(other_name)
        ok, second = self.tag(closed, demo_quotes(other_name)[0]["quote"], "Non-recours aux droits")
        self.assertTrue(ok, second)
        closed.store()
        closed.close(True)
        ok, message = self.dispatch(open_one, "Themes", Action="Rename", Name="Non-recours aux droits",
                                    NewName="Non-recours")
        self.assertTrue(ok, message)
        self.assertIn("2 passage", message)
        self.assertEqual(self.comments(open_one)[0].Content, "Thèmes : Non-recours")
        reopened = self.office.load(os.path.join(self.project, "transcripts", other_name))
        self.addCleanup(close_document, reopened)
        self.assertEqual(self.comments(reopened)[0].Content, "Thèmes : Non-recours")
        self.assertEqual([t["name"] for t in self.project_file()["themes"]], ["Non-recours"])
        # The whole project's passages, closed transcript included, filtered by theme and coder.
        everywhere = self.passages(open_one, Scope="Project", Theme="Non-recours")
        self.assertEqual(sorted(p["anchor"] for p in everywhere), sorted([first, second]))
        self.assertEqual(self.passages(open_one, Scope="Project", Coder="Samir"), [])
        ok, message = self.dispatch(open_one, "Passages", Interactive=False, Scope="Partout")
        self.assertFalse(ok)
        self.assertIn("Partout", message)
        ok, message = self.dispatch(open_one, "Themes", Action="Describe", Name="Non-recours", Colour="#12345")
        self.assertFalse(ok)
        self.assertIn("#12345", message)

    def test_merging_and_deleting_themes_rewrite_the_passages(self):
        document = self.open_transcript()
        quotes = demo_quotes(SUREAU)
        ok, first = self.tag(document, quotes[0]["quote"], "Non-recours")
        self.assertTrue(ok, first)
        ok, second = self.tag(document, quotes[2]["quote"], "Épuisement; Surcharge")
        self.assertTrue(ok, second)
        ok, message = self.dispatch(document, "Themes", Action="Merge", Name="Surcharge", Into="Épuisement")
        self.assertTrue(ok, message)
        listed = {p["anchor"]: p["themes"] for p in self.passages(document)}
        self.assertEqual(listed[second], ["Épuisement"])
        contents = sorted(c.Content for c in self.comments(document))
        self.assertEqual(contents, ["Thèmes : Non-recours", "Thèmes : Épuisement"])
        # Deleting a theme that passages carry is refused without Force, and changes nothing.
        before = self.project_file()
        ok, message = self.dispatch(document, "Themes", Action="Delete", Name="Non-recours")
        self.assertFalse(ok)
        self.assertIn("1", message)
        self.assertEqual(self.project_file()["themes"], before["themes"])
        self.assertTrue(document.getBookmarks().hasByName(first))
        ok, message = self.dispatch(document, "Themes", Action="Delete", Name="Non-recours", Force=True)
        self.assertTrue(ok, message)
        self.assertFalse(document.getBookmarks().hasByName(first))
        self.assertEqual([p["anchor"] for p in self.passages(document)], [second])
        self.assertEqual([t["name"] for t in self.project_file()["themes"]], ["Épuisement"])

    def test_text_in_a_table_is_refused(self):
        document = self.open_transcript()
        table = document.createInstance("com.sun.star.text.TextTable")
        table.initialize(1, 2)
        end = document.getText().createTextCursor()
        end.gotoEnd(False)
        document.getText().insertTextContent(end, table, False)
        cell = table.getCellByName("A1")
        cell.setString("Cellule du tableau")
        document.getCurrentController().select(cell.createTextCursorByRange(cell))
        ok, message = self.dispatch(document, "TagSelection", Themes="Logement")
        self.assertFalse(ok)
        self.assertIn("tableau", message)
        self.assertEqual(document.getBookmarks().getCount(), 0)

    # -- issue 16: theme changes are one transaction; transcripts that move -----------------------
    def demo_project(self, copies=0):
        """A copy of the demo project (its interviews know their transcripts), opened; with `copies` more transcripts
        (the demo's under other names). Returns its folder and the transcripts' file names."""
        folder = os.path.join(self.tmp, "demo")
        shutil.copytree(DEMO, folder)
        result = self.office.automation().openProject(folder, False, "", "Claire")
        self.assertTrue(result.Success, result.Message)
        names = sorted(os.listdir(os.path.join(folder, "transcripts")))
        for number in range(copies):
            copy = "copie-%d-%s" % (number + 1, names[number % len(names)])
            shutil.copy(os.path.join(folder, "transcripts", names[number % len(names)]),
                        os.path.join(folder, "transcripts", copy))
            names.append(copy)
        return folder, names

    def tag_closed(self, path, theme):
        """Tags the first demo quote of the transcript at `path` with `theme`, saves it and closes it."""
        name = os.path.basename(path).split("-", 2)[2] if os.path.basename(path).startswith("copie-") \
            else os.path.basename(path)
        document = self.office.load(path, hidden=True)
        try:
            ok, anchor = self.tag(document, demo_quotes(name)[0]["quote"], theme)
            self.assertTrue(ok, anchor)
            document.store()
        finally:
            close_document(document)

    def run_here(self, command, **arguments):
        """Runs an ETS command from a new hidden Writer document, as a macro does: (success, message)."""
        document = self.office.new_document("swriter", hidden=True)
        try:
            return self.dispatch(document, command, **arguments)
        finally:
            close_document(document)

    def project_passages(self):
        ok, result = self.run_here("Passages", Interactive=False, Scope="Project")
        self.assertTrue(ok, result)
        return json.loads(result)

    themes_on_disk = staticmethod(themes_on_disk)  # read from the file itself (scripts/lib/odf_tags.py)

    @staticmethod
    def folder_file(folder):
        with open(os.path.join(folder, "ets-project.json"), encoding="utf-8") as f:
            return json.load(f)

    def test_a_rename_where_one_closed_transcript_cannot_be_written_says_which_wait_and_is_finished_later(self):
        folder, names = self.demo_project()
        paths = [os.path.join(folder, "transcripts", name) for name in names]
        for path in paths:
            self.tag_closed(path, "Non-recours aux droits")
        stuck = paths[2]
        # Root ignores file modes: the file is made immutable instead (ext4, tmpfs and most others allow it).
        if subprocess.run(["chattr", "+i", stuck], stderr=subprocess.DEVNULL).returncode != 0:
            self.skipTest("cannot make a file immutable here (chattr)")
        self.addCleanup(subprocess.run, ["chattr", "-i", stuck])
        ok, message = self.run_here("Themes", Action="Rename", Name="Non-recours aux droits", NewName="Non-recours")
        self.assertTrue(ok, message)
        self.assertNotIn("Rien n’a été", message)
        self.assertIn("%d transcriptions mises à jour et enregistrées" % (len(names) - 1), message)
        self.assertIn("1 transcription n’a pas pu être enregistrée", message)
        self.assertIn("transcripts/" + names[2], message)
        data = self.folder_file(folder)
        self.assertIn("Non-recours", [t["name"] for t in data["themes"]])
        self.assertNotIn("Non-recours aux droits", [t["name"] for t in data["themes"]])
        self.assertEqual([p["transcript"] for p in data["pendingRewrites"]], ["transcripts/" + names[2]])
        for path in paths:
            self.assertEqual(self.themes_on_disk(path),
                             {"Non-recours aux droits"} if path == stuck else {"Non-recours"}, path)
        # Every reading path already says the new name, the waiting transcript included, each passage once.
        listed = self.project_passages()
        self.assertEqual(sorted(p["transcript"] for p in listed), sorted("transcripts/" + n for n in names))
        self.assertEqual({tuple(p["themes"]) for p in listed}, {("Non-recours",)})
        # Writable again: the first command after the next start finishes it.
        subprocess.run(["chattr", "-i", stuck])
        self.office.restart()
        ok, message = self.run_here("About", Interactive=False)
        self.assertTrue(ok, message)
        self.assertIn(names[2], message)
        self.assertEqual(self.themes_on_disk(stuck), {"Non-recours"})
        self.assertEqual(self.folder_file(folder).get("pendingRewrites", []), [])

    def test_a_rename_killed_half_way_is_finished_at_the_next_start(self):
        import signal
        import threading
        import time
        folder, names = self.demo_project(copies=2)
        paths = [os.path.join(folder, "transcripts", name) for name in names]
        for path in paths:
            self.tag_closed(path, "Non-recours aux droits")
        before = {path: os.stat(path).st_mtime_ns for path in paths}
        document = self.office.new_document("swriter", hidden=True)
        frame = document.getCurrentController().getFrame()
        outcome = {}

        def rename():
            try:
                outcome["result"] = self.office.dispatch(frame, "Themes", Action="Rename",
                                                         Name="Non-recours aux droits", NewName="Non-recours")
            except Exception as error:  # the office dies under the call
                outcome["error"] = error

        thread = threading.Thread(target=rename)
        thread.start()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and all(os.stat(p).st_mtime_ns == before[p] for p in paths):
            time.sleep(0.002)
        os.killpg(self.office.process.pid, signal.SIGKILL)
        thread.join(60)
        rewritten = [p for p in paths if os.stat(p).st_mtime_ns != before[p]]
        self.assertTrue(rewritten, "no transcript was rewritten within two minutes")
        self.assertNotIn("result", outcome, "the rename ended before the kill: nothing was interrupted")
        # Killed: the project already holds the change (it is committed first), with what each transcript waits for.
        data = self.folder_file(folder)
        self.assertIn("Non-recours", [t["name"] for t in data["themes"]])
        self.assertTrue(data.get("pendingRewrites"))

        self.office.restart()
        listed = self.project_passages()  # the next command, after the next start
        self.assertEqual(sorted(p["transcript"] for p in listed), sorted("transcripts/" + n for n in names))
        self.assertEqual({tuple(p["themes"]) for p in listed}, {("Non-recours",)})
        for path in paths:
            self.assertEqual(self.themes_on_disk(path), {"Non-recours"}, path)
        self.assertEqual(self.folder_file(folder).get("pendingRewrites", []), [])
        self.assertEqual([n for n in os.listdir(os.path.join(folder, "transcripts")) if n.startswith(".~lock")], [])

    def test_a_transcript_moved_on_disk_is_followed_once_opened_from_its_new_place(self):
        import time
        folder, names = self.demo_project()
        old = os.path.join(folder, "transcripts", SUREAU)
        self.tag_closed(old, "Non-recours aux droits")
        self.tag_closed(os.path.join(folder, "transcripts", names[0]), "Non-recours aux droits")
        new = os.path.join(folder, "transcripts", "2026", "sureau-entretien.odt")
        os.makedirs(os.path.dirname(new))
        os.rename(old, new)
        # Missing: a command that only reads goes on without it and names it; a rename says what to do.
        calc = self.calc(hidden=True)
        ok, message = self.dispatch(calc, "TallyThemes", Interactive=False)
        self.assertTrue(ok, message)
        self.assertIn(SUREAU, message)
        ok, message = self.run_here("Themes", Action="Rename", Name="Non-recours aux droits", NewName="Non-recours")
        self.assertTrue(ok, message)
        self.assertIn("introuvable", message)
        self.assertIn("nouvel emplacement", message)
        # Opened from its new place, as the message says: the project follows it and it takes the new name.
        document = self.office.load(new, hidden=False)
        self.addCleanup(close_document, document)
        key = "transcripts/2026/sureau-entretien.odt"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and key not in [i["transcript"] for i in self.folder_file(folder)["interviews"]]:
            time.sleep(0.2)
        self.assertIn(key, [i["transcript"] for i in self.folder_file(folder)["interviews"]])
        while time.monotonic() < deadline and [c.Content for c in self.comments(document)] != ["Thèmes : Non-recours"]:
            time.sleep(0.2)
        self.assertEqual([c.Content for c in self.comments(document)], ["Thèmes : Non-recours"])
        listed = self.project_passages()
        self.assertEqual(sorted(p["transcript"] for p in listed), sorted([key, "transcripts/" + names[0]]))
        # Rename, delete and export work again.
        ok, message = self.run_here("Themes", Action="Rename", Name="Non-recours", NewName="Droits")
        self.assertTrue(ok, message)
        self.assertNotIn("introuvable", message)
        self.assertEqual([c.Content for c in self.comments(document)], ["Thèmes : Droits"])
        ok, message = self.run_here("ExportQdpx", File=os.path.join(self.tmp, "export.qdpx"))
        self.assertTrue(ok, message)
        self.assertIn("2 passage", message)


if __name__ == "__main__":
    unittest.main()
