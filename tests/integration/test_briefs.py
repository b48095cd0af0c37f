"""Issue 5: two-page theme briefs (InsertBrief) and the deliverable (Deliverable), in a real LibreOffice: page counts
by LibreOffice's own layout, the extension's styles created once, one undo step, the deliverable's table against the
tally, and no listed name left in the pseudonymised deliverable's PDF (read back with pdftotext)."""

import json
import os
import shutil
import subprocess
import tempfile
import unittest

from ets_fixture import OfficeTestCase, close_document, named  # first: it gives UNO the extension's types
from demo_project import DEMO, copy_demo, open_project, tag_demo_passages

import uno  # noqa: E402,F401

STYLE_PREFIX = "ETS "
TITLE_STYLE = "ETS Argumentaire – Titre"  # the UI of the test office is French


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def page_count(document):
    cursor = document.getCurrentController().getViewCursor()
    cursor.jumpToLastPage()
    return cursor.getPage()


def extension_styles(document):
    names = []
    for family in ("ParagraphStyles", "CharacterStyles"):
        names += [n for n in document.StyleFamilies.getByName(family).getElementNames() if n.startswith(STYLE_PREFIX)]
    return sorted(names)


def paragraphs(document):
    enumeration = document.Text.createEnumeration()
    while enumeration.hasMoreElements():
        paragraph = enumeration.nextElement()
        if paragraph.supportsService("com.sun.star.text.Paragraph"):
            yield paragraph


def pages_of_briefs(office, document):
    """The pages each brief spans: from its title to the next brief's title (or the end), once every page is laid out
    (« Repaginate », as the command does: a document just loaded is formatted lazily, and a title's page read before
    the formatting is done can still move)."""
    office.create("com.sun.star.frame.DispatchHelper").executeDispatch(
        document.getCurrentController().getFrame(), ".uno:Repaginate", "", 0, ())
    end = page_count(document)
    cursor = document.getCurrentController().getViewCursor()
    starts = []
    for paragraph in paragraphs(document):
        if paragraph.ParaStyleName == TITLE_STYLE:
            cursor.gotoRange(paragraph.getStart(), False)
            starts.append((paragraph.getString(), cursor.getPage()))
    spans = {}
    for i, (title, page) in enumerate(starts):
        following = starts[i + 1][1] - 1 if i + 1 < len(starts) else end
        spans[title] = following - page + 1
    return spans


class BriefsTest(OfficeTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.root = tempfile.mkdtemp(prefix="ets-briefs-")
        cls.project = os.path.join(cls.root, "projet")

        # "Ilyas" is named on the AMO interview card only (below), not in the project's list: both sources must count.
        def without_ilyas(data):
            data["people"] = [p for p in data["people"] if p["name"] != "Ilyas"]

        def name_ilyas_on_the_card(name, frame):
            if name == "amo-cerf-volant.odt":
                ok, message = cls.office.dispatch(frame, "RecordInterview", ParticipantNames="Ilyas",
                                                  Participants="éducateur")
                if not ok:
                    raise RuntimeError(message)
        copy_demo(cls.project, edit=without_ilyas)
        open_project(cls.office, cls.project)
        cls.passages = tag_demo_passages(cls.office, cls.project, before_saving=name_ilyas_on_the_card)

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(cls.root, ignore_errors=True)

    # -- helpers ----------------------------------------------------------------------------
    def demo_themes(self):
        with open(os.path.join(DEMO, "themes.json"), encoding="utf-8") as f:
            return [t["name"] for t in json.load(f)]

    def components(self):
        return list(self.office.desktop.getComponents())

    def insert_new_document(self, **arguments):
        """Runs InsertBrief into a new (hidden) document; returns that document and the result."""
        holder = self.writer(hidden=True)
        before = self.components()
        ok, message = self.dispatch(holder, "InsertBrief", Target="NewDocument", Hidden=True, **arguments)
        self.assertTrue(ok, message)
        made = [c for c in self.components() if not any(c == b for b in before)]
        self.assertEqual(len(made), 1)
        self.addCleanup(close_document, made[0])
        return made[0], message

    # -- InsertBrief ----------------------------------------------------------------------------
    def test_brief_of_every_demo_theme_holds_in_two_a4_pages(self):
        themes = self.demo_themes()
        with_passages = {t for p in self.passages for t in p["themes"]} | {"Non-recours aux droits"}  # parent of one
        for theme in themes:
            if theme not in with_passages:
                continue
            with self.subTest(theme=theme):
                document, message = self.insert_new_document(Theme=theme, Quotes=8)
                self.assertLessEqual(page_count(document), 2, message)
                page = document.StyleFamilies.getByName("PageStyles").getByName("Standard")
                self.assertAlmostEqual(page.Width, 21000, delta=5)  # A4 (stored in twips: 21001)
                self.assertAlmostEqual(page.Height, 29700, delta=5)
                titles = [p.getString() for p in paragraphs(document) if p.ParaStyleName == TITLE_STYLE]
                self.assertEqual(titles, [theme])
                text = document.Text.getString()
                for heading in ("Ce que dit le terrain", "Qui peut le porter"):
                    self.assertIn(heading, text)
                self.assertNotIn("(à préciser", text)  # a part not written is left out, never a placeholder
                self.assertIn("«\xa0", text)  # quotes in French guillemets, a no-break space inside
                self.assertIn("entretien du ", text)  # each quote attributed to its interview

    def test_quotes_cover_organisations_and_questions_come_from_memos(self):
        document, _ = self.insert_new_document(Theme="Non-recours aux droits", Quotes=4)
        sources = [p.getString() for p in paragraphs(document)
                   if p.ParaStyleName == "ETS Argumentaire – Source" and p.getString().startswith("—")]
        organisations = {s.split(", entretien du")[0].split(", ")[-1] for s in sources}  # after the speaker's role
        self.assertEqual(len(sources), 4)
        self.assertEqual(len(organisations), 4, sources)  # four quotes, four organisations
        self.assertIn("Comment aller vers celles et ceux qui ne demandent plus rien\u202f?", document.Text.getString())

    def test_theme_with_two_hundred_passages_still_two_pages(self):
        service = self.office.automation()
        result = service.execute("Themes", named(Action="Add", Name="Thème massif"))
        self.assertTrue(result.Success, result.Message)
        folder = os.path.join(self.tmp, "massif")
        holder = self.writer(hidden=True)
        ok, path = self.dispatch(holder, "NewTranscript", Organisation="AMO Cerf-Volant", Date="2026-12-01",
                                 Folder=folder, File=os.path.join(folder, "massif.odt"), Hidden=True)
        self.assertTrue(ok, path)
        transcript = self.office.load(path, hidden=True)
        self.addCleanup(close_document, transcript)
        text = transcript.Text
        from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK
        for i in range(200):
            text.insertControlCharacter(text.getEnd(), PARAGRAPH_BREAK, False)
            text.insertString(text.getEnd(), "Passage %d : on en parle longuement, avec des détails, des exemples "
                                             "concrets et des chiffres qui reviennent d'un entretien à l'autre, "
                                             "semaine après semaine, sans que rien ne change vraiment." % i, False)
        frame = transcript.getCurrentController().getFrame()
        enumeration = text.createEnumeration()
        tagged = 0
        while enumeration.hasMoreElements():
            paragraph = enumeration.nextElement()
            if paragraph.getString().startswith("Passage "):
                transcript.getCurrentController().select(paragraph)
                ok, message = self.office.dispatch(frame, "TagSelection", Themes="Thème massif")
                self.assertTrue(ok, message)
                tagged += 1
        self.assertEqual(tagged, 200)
        transcript.store()
        document, message = self.insert_new_document(Theme="Thème massif", Quotes=50)
        self.assertLessEqual(page_count(document), 2, message)
        quotes = [p for p in paragraphs(document) if p.ParaStyleName == "ETS Argumentaire – Citation"]
        self.assertGreater(len(quotes), 3, message)
        self.assertLess(len(quotes), 50)  # some had to be left out to hold in two pages...
        left_out = 200 - len(quotes)
        self.assertIn("%d autres passages sur ce thème ne sont pas cités" % left_out, document.Text.getString())
        self.assertIn("%d passages non cités" % left_out, message)  # ... and the result says how many

    def test_theme_without_passage_is_refused_and_nothing_is_inserted(self):
        result = self.office.automation().execute("Themes", named(Action="Add", Name="Thème sans passage"))
        self.assertTrue(result.Success, result.Message)
        document = self.writer(hidden=True)
        document.Text.setString("Mon texte.")
        ok, message = self.dispatch(document, "InsertBrief", Theme="Thème sans passage")
        self.assertFalse(ok)
        self.assertIn("Thème sans passage", message)
        self.assertIn("aucun passage", message)
        self.assertEqual(document.Text.getString(), "Mon texte.")
        self.assertEqual(extension_styles(document), [])
        ok, message = self.dispatch(document, "InsertBrief", Theme="Thème inconnu")
        self.assertFalse(ok)
        self.assertIn("Thème inconnu", message)
        ok, message = self.dispatch(document, "InsertBrief", Theme="Aller-vers", Target="Ailleurs")
        self.assertFalse(ok)
        self.assertIn("Target", message)
        ok, message = self.dispatch(document, "InsertBrief", Theme="Aller-vers", Quotes=-1)
        self.assertFalse(ok)
        self.assertEqual(document.Text.getString(), "Mon texte.")

    def test_styles_exist_once_after_ten_briefs(self):
        document = self.writer(hidden=True)
        themes = [t for t in self.demo_themes() if t != "Thème sans passage"]
        ok, message = self.dispatch(document, "InsertBrief", Theme=themes[0])
        self.assertTrue(ok, message)
        after_one = extension_styles(document)
        self.assertIn(TITLE_STYLE, after_one)
        self.assertIn("ETS Organisation", after_one)
        # A person restyles the quotes; the next briefs must not undo it.
        document.StyleFamilies.getByName("ParagraphStyles").getByName("ETS Argumentaire – Citation").CharHeight = 14
        for i in range(9):
            document.getCurrentController().getViewCursor().gotoEnd(False)
            ok, message = self.dispatch(document, "InsertBrief", Theme=themes[(i + 1) % len(themes)])
            self.assertTrue(ok, message)
        self.assertEqual(extension_styles(document), after_one)
        titles = [p for p in paragraphs(document) if p.ParaStyleName == TITLE_STYLE]
        self.assertEqual(len(titles), 10)
        self.assertEqual(document.StyleFamilies.getByName("ParagraphStyles").getByName("ETS Argumentaire – Citation").CharHeight, 14)
        for title, pages in pages_of_briefs(self.office, document).items():
            # The first brief was fitted to two full pages before its quotes were made larger by hand.
            if title != themes[0]:
                self.assertLessEqual(pages, 2, title)

    def test_undo_removes_a_brief_in_one_step(self):
        document = self.writer(hidden=True)
        document.Text.setString("Avant le curseur. Après le curseur.")
        cursor = document.getCurrentController().getViewCursor()
        cursor.gotoStart(False)
        cursor.goRight(len("Avant le curseur."), False)
        ok, message = self.dispatch(document, "InsertBrief", Theme="Crise du logement")
        self.assertTrue(ok, message)
        text = document.Text.getString()
        self.assertTrue(text.startswith("Avant le curseur."), text[:80])
        self.assertTrue(text.endswith(" Après le curseur."), text[-80:])  # the paragraph was split, its text kept
        self.assertIn("Crise du logement", text)
        document.UndoManager.undo()
        self.assertEqual(document.Text.getString(), "Avant le curseur. Après le curseur.")

    def test_pseudonymised_brief_hides_names_from_the_list_and_the_cards(self):
        plain, _ = self.insert_new_document(Theme="Épuisement des équipes", Quotes=50, Pseudonymise=False)
        self.assertIn("Ilyas", plain.Text.getString())  # the name is there without pseudonymisation
        hidden, _ = self.insert_new_document(Theme="Épuisement des équipes", Quotes=50, Pseudonymise=True)
        text = hidden.Text.getString()
        self.assertNotIn("Ilyas", text)
        self.assertIn("[éducateur], mon collègue", text)  # from the AMO interview card
        hidden, _ = self.insert_new_document(Theme="Aller-vers", Quotes=50, Pseudonymise=True,
                                             AnonymiseOrganisations=True)
        text = hidden.Text.getString()
        self.assertIn("[travailleur pair], lui, il s’assied", text)  # from the project's list
        self.assertNotIn("Le Pas de Porte", text)
        # Each source names the speaker of the quote's turn (its label in the transcript), then the organisation's alias.
        self.assertRegex(text, r"\n— [A-ZÉ][^\n,]*, organisation [A-Z], entretien du ")

    def set_options(self, **values):
        """Writes the ETS options (Tools ▸ Options ▸ ETS Workbench) into the office's configuration."""
        self.office.set_options(**values)

    def test_the_options_give_the_defaults_of_a_brief_and_its_language(self):
        """Without Quotes and Pseudonymise, a brief takes the options' number of quotes and pseudonymising; the
        language of documents written changes its headings, not the office's."""
        self.addCleanup(self.set_options, QuotesPerBrief=16, Pseudonymise=True, DocumentLanguage="")
        self.set_options(QuotesPerBrief=3, Pseudonymise=False)
        plain, _ = self.insert_new_document(Theme="Épuisement des équipes")
        sources = [p.getString() for p in paragraphs(plain)
                   if p.ParaStyleName == "ETS Argumentaire – Source" and p.getString().startswith("—")]
        self.assertEqual(len(sources), 3)
        self.assertIn("Ilyas", plain.Text.getString())
        self.set_options(Pseudonymise=True, DocumentLanguage="en")
        hidden, _ = self.insert_new_document(Theme="Épuisement des équipes")
        text = hidden.Text.getString()
        self.assertNotIn("Ilyas", text)
        self.assertIn("What the field says", text)
        self.assertNotIn("Ce que dit le terrain", text)

    def test_a_quote_that_leans_on_what_came_before_is_given_it(self):
        """A passage opening its turn with « Oui, » is shown under the question it answers; one beginning mid-sentence
        comes with the start of its sentence; both are attributed to the speaker of their turn."""
        service = self.office.automation()
        result = service.execute("Themes", named(Action="Add", Name="Convention CPAS"))
        self.assertTrue(result.Success, result.Message)
        transcript = self.office.load(os.path.join(self.project, "transcripts", "accueil-de-jour-le-pas-de-porte.odt"),
                                      hidden=True)
        self.addCleanup(close_document, transcript)
        frame = transcript.getCurrentController().getFrame()
        for words in ("Oui, heureusement.", "et ça, c'est précieux."):
            search = transcript.createSearchDescriptor()
            search.SearchString = words
            found = transcript.findFirst(search)
            self.assertIsNotNone(found, words)
            transcript.getCurrentController().select(found)
            ok, message = self.office.dispatch(frame, "TagSelection", Themes="Convention CPAS")
            self.assertTrue(ok, message)
        transcript.store()
        document, _ = self.insert_new_document(Theme="Convention CPAS", Pseudonymise=False)
        text = document.Text.getString().replace("\u00a0", " ").replace("\u202f", " ")
        self.assertIn("À la question « Et avec le CPAS, il y a quand même des collaborations qui fonctionnent ? » :", text)
        self.assertIn("« Oui, heureusement. »\n— Coordinatrice, Le Pas de Porte", text)
        self.assertIn("« Pour le Housing First, on a une convention avec le CPAS d’Anderlecht, et ça, c’est précieux. »",
                      text)
        prompts = [p for p in paragraphs(document) if p.ParaStyleName == "ETS Argumentaire – Question"]
        self.assertEqual(len(prompts), 1)

    def test_names_to_pseudonymise_are_edited_by_the_command_and_a_bad_list_changes_nothing(self):
        path = os.path.join(self.project, "ets-project.json")
        with open(path, encoding="utf-8") as f:
            original = "\n".join(p["name"] + (" = " + p["role"] if p["role"] else "") for p in json.load(f)["people"])
        holder = self.writer(hidden=True)
        self.addCleanup(self.dispatch, holder, "Pseudonyms", People=original)
        before = read_bytes(path)
        for bad, shown in (("Nadia = collègue\n = coordinatrice", "coordinatrice"), ("Nadia\nNADIA = AS", "NADIA")):
            ok, message = self.dispatch(holder, "Pseudonyms", People=bad)
            self.assertFalse(ok)
            self.assertIn(shown, message)
            self.assertIn("Rien n’a été modifié", message)
            self.assertEqual(read_bytes(path), before)
        ok, message = self.dispatch(holder, "Pseudonyms", People="Jonathan = pair-aidant\n\nSophie = AS\nNadia")
        self.assertTrue(ok, message)
        self.assertIn("3 noms", message)
        with open(path, encoding="utf-8") as f:
            self.assertEqual(json.load(f)["people"], [{"name": "Jonathan", "role": "pair-aidant"},
                                                      {"name": "Sophie", "role": "AS"}, {"name": "Nadia", "role": ""}])
        brief, _ = self.insert_new_document(Theme="Aller-vers", Quotes=50, Pseudonymise=True)
        self.assertIn("[pair-aidant], lui, il s’assied", brief.Text.getString())

    # -- Deliverable ----------------------------------------------------------------------------
    def tally(self):
        """Theme → (organisations, interviews, passages) as the Calc tally writes them."""
        sheet = self.calc(hidden=True)
        ok, message = self.dispatch(sheet, "TallyThemes", Interactive=False)
        self.assertTrue(ok, message)
        rows = sheet.NamedRanges.getByName("ETS_Tally").getReferredCells().getDataArray()
        return {row[0].strip(): (int(row[1]), int(row[2]), int(row[3])) for row in rows[1:-1] if row[3]}

    def test_deliverable_table_matches_the_tally_and_each_brief_holds_in_two_pages(self):
        folder = os.path.join(self.tmp, "livrable")
        holder = self.writer(hidden=True)
        ok, path = self.dispatch(holder, "Deliverable", Folder=folder, Hidden=True)
        self.assertTrue(ok, path)
        self.assertTrue(path.endswith(".odt"), path)
        pdf = path[:-4] + ".pdf"
        self.assertTrue(os.path.exists(pdf))
        document = self.office.load(path, hidden=True)
        self.addCleanup(close_document, document)
        table = document.TextTables.getByIndex(0)
        rows = table.getDataArray()
        self.assertEqual(rows[0][0], "Thème")
        # "5 organisations, 8 entretiens, 40 passages" (or "1 organisation, 1 entretien, 1 passage")
        in_table = {row[0]: tuple(int(part.split()[0]) for part in row[3].split(", ")) for row in rows[1:]}
        self.assertEqual(in_table, self.tally())
        spans = pages_of_briefs(self.office, document)
        sections = {"Introduction et méthode", "Thèmes et problèmes", "Programme proposé des chantiers", "Annexes"}
        self.assertEqual(set(spans) - sections, set(in_table))
        for title, pages in spans.items():
            if title not in sections:
                self.assertLessEqual(pages, 2, title)
        self.assertEqual(document.DocumentIndexes.getCount(), 1)
        contents = document.DocumentIndexes.getByIndex(0).getAnchor().getString()
        for theme in in_table:
            self.assertIn(theme, contents)
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, check=True).stdout.decode("utf-8")
        self.assertIn("Ce que dit le terrain", text)

    def test_pseudonymised_deliverable_pdf_contains_no_listed_name(self):
        folder = os.path.join(self.tmp, "livrable-pseudonymise")
        holder = self.writer(hidden=True)
        ok, path = self.dispatch(holder, "Deliverable", Folder=folder, Pseudonymise=True, Hidden=True,
                                 Themes="Épuisement des équipes; Aller-vers; Partenariat avec le CPAS")
        self.assertTrue(ok, path)
        text = subprocess.run(["pdftotext", path[:-4] + ".pdf", "-"], capture_output=True,
                              check=True).stdout.decode("utf-8")
        self.assertIn("Aller-vers", text)
        for name in ("Jonathan", "Ilyas", "Sophie", "Nadia"):
            self.assertNotIn(name, text)
        self.assertIn("pseudonymisées", text)

    def test_deliverable_refuses_unknown_theme_and_writes_nothing(self):
        folder = os.path.join(self.tmp, "rien")
        holder = self.writer(hidden=True)
        ok, message = self.dispatch(holder, "Deliverable", Folder=folder, Themes="Inconnu", Hidden=True)
        self.assertFalse(ok)
        self.assertIn("Inconnu", message)
        self.assertFalse(os.path.exists(folder) and os.listdir(folder))


if __name__ == "__main__":
    unittest.main()
