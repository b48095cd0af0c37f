"""Issue 12: the argument, in a real LibreOffice. Theme analyses written by arguments and read back from the theme's
analysis document (its headings), carriers recorded and removed (and bad input refused, changing nothing), and briefs
that show the researcher's parts as written, exactly the recorded carriers (or marked proposals), no placeholder, and
hold in two A4 pages."""

import os
import shutil
import subprocess
import tempfile

from ets_fixture import OfficeTestCase, close_document  # first: it gives UNO the extension's types
from demo_project import copy_demo, french, open_project, tag_demo_passages

import uno  # noqa: E402,F401

TITLE_STYLE = "ETS Argumentaire – Titre"
HEADING_STYLE = "ETS Argumentaire – Intertitre"
PARTS = {"Problem": "Le problème", "Causes": "Ce qui le produit", "Existing": "Ce qui existe déjà",
         "Tensions": "Tensions et controverses", "Proposal": "Proposition de chantier"}


def paragraphs(document):
    enumeration = document.Text.createEnumeration()
    while enumeration.hasMoreElements():
        paragraph = enumeration.nextElement()
        if paragraph.supportsService("com.sun.star.text.Paragraph"):
            yield paragraph


def page_count(document):
    cursor = document.getCurrentController().getViewCursor()
    cursor.jumpToLastPage()
    return cursor.getPage()


def section(document, heading):
    """The texts of the paragraphs after `heading` up to the next heading."""
    lines, inside = [], False
    for paragraph in paragraphs(document):
        style = paragraph.ParaStyleName
        if style in (HEADING_STYLE, TITLE_STYLE):
            if inside:
                break
            inside = paragraph.getString() == heading
            continue
        if inside:
            lines.append(paragraph.getString())
    return lines



class ArgumentTest(OfficeTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.root = tempfile.mkdtemp(prefix="ets-argument-")
        cls.project = os.path.join(cls.root, "projet")

        def bare(data):  # a demo that already has the argument starts bare here
            for key in ("analyses", "carriers", "passageMarks"):
                data.pop(key, None)
        copy_demo(cls.project, leave_out=("sources", "README.md", "analyses"), edit=bare)
        open_project(cls.office, cls.project)
        cls.passages = tag_demo_passages(cls.office, cls.project)

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(cls.root, ignore_errors=True)

    # -- helpers ----------------------------------------------------------------------------
    def run_ok(self, command, **arguments):
        holder = self.writer(hidden=True)
        ok, message = self.dispatch(holder, command, **arguments)
        self.assertTrue(ok, "%s: %s" % (command, message))
        return message

    def refused(self, command, **arguments):
        holder = self.writer(hidden=True)
        ok, message = self.dispatch(holder, command, **arguments)
        self.assertFalse(ok, "%s accepted %r" % (command, arguments))
        return message

    def project_file(self):
        with open(os.path.join(self.project, "ets-project.json"), "rb") as f:
            return f.read()

    def brief(self, theme, **arguments):
        holder = self.writer(hidden=True)
        before = list(self.office.desktop.getComponents())
        ok, message = self.dispatch(holder, "InsertBrief", Theme=theme, Target="NewDocument", Hidden=True,
                                    **arguments)
        self.assertTrue(ok, message)
        made = [c for c in self.office.desktop.getComponents() if not any(c == b for b in before)]
        self.assertEqual(len(made), 1)
        self.addCleanup(close_document, made[0])
        return made[0], message

    # -- ThemeAnalysis ------------------------------------------------------------------------
    def test_parts_given_as_arguments_appear_in_the_brief_as_written(self):
        parts = {"Problem": "Les loyers dépassent la moitié des revenus des familles suivies.",
                 "Causes": "La spéculation immobilière et le manque de logements sociaux.",
                 "Existing": "Housing First et les agences immobilières sociales.",
                 "Tensions": "Loger d’abord ou accompagner d’abord.",
                 "Proposal": "Un chantier sur la captation de logements avec les CPAS."}
        message = self.run_ok("ThemeAnalysis", Theme="Crise du logement", Kind="Knot", **parts)
        self.assertIn("Crise du logement", message)
        document, message = self.brief("Crise du logement")
        self.assertLessEqual(page_count(document), 2, message)
        for part, text in parts.items():
            self.assertEqual(section(document, PARTS[part])[:1], [text], part)
        text = document.Text.getString()
        self.assertIn("Nœud\xa0: un problème que le terrain vit", text)
        self.assertNotIn("(à préciser", text)
        self.assertNotIn("Parties non écrites", message)

    def test_a_part_not_written_is_left_out_and_said(self):
        self.run_ok("ThemeAnalysis", Theme="Santé communautaire", Kind="Lever",
                    Problem="Des habitants agissent sur leur santé.")
        document, message = self.brief("Santé communautaire")
        self.assertIn("Parties non écrites", message)
        self.assertIn("Ce qui le produit", message)
        headings = [p.getString() for p in paragraphs(document) if p.ParaStyleName == HEADING_STYLE]
        self.assertIn("Le problème", headings)
        self.assertNotIn("Ce qui le produit", headings)
        self.assertNotIn("(à préciser", document.Text.getString())

    def test_the_analysis_document_is_the_truth_and_survives_a_rename(self):
        path = self.run_ok("ThemeAnalysis", Theme="Aller-vers", Hidden=True)
        self.assertEqual(os.path.normpath(path), os.path.join(self.project, "analyses", "Aller-vers.odt"))
        self.assertTrue(os.path.exists(path))
        analysis = self.office.load(path, hidden=True)
        try:
            found = [p for p in paragraphs(analysis)]
            headings = [p.getString() for p in found if p.ParaStyleName == HEADING_STYLE]
            self.assertEqual(headings[:5], list(PARTS.values()))
            self.assertIn("Matériau du terrain", headings)
            evidence = analysis.Text.getString()
            self.assertIn("AMO Cerf-Volant", evidence)  # passages grouped by organisation
            self.assertIn("transcripts/", evidence)     # where each passage is, as a link to it
            links = []
            for p in found:
                portions = p.createEnumeration()
                while portions.hasMoreElements():
                    portion = portions.nextElement()
                    if portion.HyperLinkURL:
                        links.append(portion.HyperLinkURL)
            self.assertTrue(links)
            self.assertTrue(all(link.startswith("file://") and "#ETS_" in link for link in links), links[:3])
            for link in links:  # each leads to a transcript that is there (the target is not read back from the text)
                self.assertTrue(os.path.exists(uno.fileUrlToSystemPath(link.split("#")[0])), link)
            for i, p in enumerate(found):  # the researcher writes under « Ce qui le produit »
                if p.getString() == "Ce qui le produit":
                    found[i + 1].setString("Les services attendent que les gens viennent.")
            analysis.store()
        finally:
            close_document(analysis)
        document, _ = self.brief("Aller-vers")
        self.assertEqual(section(document, "Ce qui le produit"), ["Les services attendent que les gens viennent."])

        # A part given as an argument goes under its heading in the document too.
        self.run_ok("ThemeAnalysis", Theme="Aller-vers", Tensions="Aller vers sans imposer.")
        analysis = self.office.load(path, hidden=True)
        try:
            lines = [p.getString() for p in paragraphs(analysis)]
            self.assertEqual(lines[lines.index("Tensions et controverses") + 1], "Aller vers sans imposer.")
            self.assertIn("Les services attendent que les gens viennent.", lines)
        finally:
            close_document(analysis)

        # Renamed, the theme keeps its document.
        self.run_ok("Themes", Action="Rename", Name="Aller-vers", NewName="Aller vers les publics")
        self.addCleanup(self.run_ok, "Themes", Action="Rename", Name="Aller vers les publics", NewName="Aller-vers")
        self.assertEqual(os.path.normpath(self.run_ok("ThemeAnalysis", Theme="Aller vers les publics", Hidden=True)),
                         os.path.normpath(path))
        document, _ = self.brief("Aller vers les publics")
        self.assertEqual(section(document, "Ce qui le produit"), ["Les services attendent que les gens viennent."])

    def test_headings_removed_or_document_deleted_read_as_empty_and_said(self):
        self.run_ok("ThemeAnalysis", Theme="Épuisement des équipes", Kind="Knot",
                    Problem="Les équipes s’épuisent.", Causes="Le sous-financement.")
        path = self.run_ok("ThemeAnalysis", Theme="Épuisement des équipes", Hidden=True)
        analysis = self.office.load(path, hidden=True)
        try:
            for p in list(paragraphs(analysis)):
                if p.getString() == "Ce qui le produit":
                    analysis.Text.removeTextContent(p)
            analysis.store()
        finally:
            close_document(analysis)
        document, message = self.brief("Épuisement des équipes")
        self.assertIn("n’a plus ces titres", message)
        self.assertIn("Ce qui le produit", message)
        # The document is the truth: without its heading, that text is now the end of the problem.
        self.assertEqual(section(document, "Le problème"), ["Les équipes s’épuisent.", "Le sous-financement."])
        self.assertEqual(section(document, "Ce qui le produit"), [])

        os.remove(path)
        document, message = self.brief("Épuisement des équipes")
        self.assertIn("n’existe plus", message)
        self.assertNotIn("Les équipes s’épuisent.", document.Text.getString())

    def test_theme_analysis_refuses_bad_input_and_changes_nothing(self):
        before = self.project_file()
        self.assertIn("Inconnu", self.refused("ThemeAnalysis", Theme="Inconnu", Kind="Knot"))
        self.assertIn("Rope", self.refused("ThemeAnalysis", Theme="Aller-vers", Kind="Rope", Problem="x"))
        self.assertEqual(self.project_file(), before)

    def test_a_key_quote_given_to_tag_selection_comes_first_in_the_brief(self):
        quote = next(p for p in self.passages if p["themes"] == ["Surcharge administrative"])
        document = self.office.load(os.path.join(self.project, "transcripts", quote["transcript"]))
        try:
            search = document.createSearchDescriptor()
            search.SearchString = quote["quote"]
            document.getCurrentController().select(document.findFirst(search))
            ok, message = self.dispatch(document, "TagSelection", Themes="Surcharge administrative", KeyQuote=True)
            self.assertTrue(ok, message)
            ok, message = self.dispatch(document, "TagSelection", Themes="Surcharge administrative",
                                        MemoThemes="Inconnu")
            self.assertFalse(ok)
            document.store()
        finally:
            close_document(document)
        brief, _ = self.brief("Surcharge administrative")
        first = section(brief, "Ce que dit le terrain")[0]
        self.assertEqual(first, "«\xa0%s\xa0»" % french(quote["quote"]))

    # -- Carriers --------------------------------------------------------------------------
    def test_recorded_carriers_are_exactly_those_of_the_brief(self):
        document, _ = self.brief("Partenariat avec le CPAS")
        proposals = section(document, "Qui peut le porter")
        self.assertTrue(any("(proposition)" in line for line in proposals), proposals)

        self.run_ok("Carriers", Theme="Partenariat avec le CPAS", Organisation="Le Pas de Porte asbl",
                    Capacity="Experience;Expertise", Willing="Yes", ContactRole="coordinatrice",
                    Reason="Elle a signé une convention avec le CPAS.")
        document, message = self.brief("Partenariat avec le CPAS")
        self.assertLessEqual(page_count(document), 2, message)
        carriers = [line for line in section(document, "Qui peut le porter") if not line.startswith("«")]
        self.assertEqual(len(carriers), 1, carriers)
        self.assertTrue(carriers[0].startswith("Le Pas de Porte asbl"), carriers)
        self.assertIn("prête à porter le chantier", carriers[0])
        self.assertIn("Elle a signé une convention avec le CPAS.", carriers[0])
        self.assertNotIn("(proposition)", " ".join(carriers))

        self.run_ok("Carriers", Action="Remove", Theme="Partenariat avec le CPAS",
                    Organisation="Le Pas de Porte asbl")
        document, _ = self.brief("Partenariat avec le CPAS")
        self.assertTrue(any("(proposition)" in line for line in section(document, "Qui peut le porter")))

    def test_carriers_refuse_bad_input_and_change_nothing(self):
        before = self.project_file()
        self.assertIn("Inconnu", self.refused("Carriers", Theme="Inconnu", Organisation="AMO Cerf-Volant"))
        self.assertIn("Hors registre", self.refused("Carriers", Theme="Aller-vers", Organisation="Hors registre"))
        self.assertIn("Money", self.refused("Carriers", Theme="Aller-vers", Organisation="AMO Cerf-Volant",
                                            Capacity="Money"))
        self.assertIn("Maybe", self.refused("Carriers", Theme="Aller-vers", Organisation="AMO Cerf-Volant",
                                            Willing="Maybe"))
        self.refused("Carriers", Action="Remove", Theme="Aller-vers", Organisation="AMO Cerf-Volant")
        self.assertEqual(self.project_file(), before)

    # -- The deliverable ---------------------------------------------------------------------
    def test_every_brief_of_the_deliverable_holds_in_two_pages_without_placeholder(self):
        folder = os.path.join(self.tmp, "livrable")
        path = self.run_ok("Deliverable", Folder=folder, Hidden=True)
        document = self.office.load(path, hidden=True)
        self.addCleanup(close_document, document)
        cursor = document.getCurrentController().getViewCursor()
        starts = []
        for paragraph in paragraphs(document):
            if paragraph.ParaStyleName == TITLE_STYLE:
                cursor.gotoRange(paragraph.getStart(), False)
                starts.append((paragraph.getString(), cursor.getPage()))
        end = page_count(document)
        for i, (title, page) in enumerate(starts):
            following = starts[i + 1][1] - 1 if i + 1 < len(starts) else end
            self.assertLessEqual(following - page + 1, 2, title)
        text = subprocess.run(["pdftotext", path[:-4] + ".pdf", "-"], capture_output=True,
                              check=True).stdout.decode("utf-8")
        self.assertNotIn("(à préciser", text)
        # No quote in two briefs while another would do: a brief takes a quote of an earlier one only after all its own
        # (a key quote, first, may be one), to fill the room left.
        briefs = []
        for paragraph in paragraphs(document):
            if paragraph.ParaStyleName == TITLE_STYLE:
                briefs.append((paragraph.getString(), []))
            elif paragraph.ParaStyleName == "ETS Argumentaire – Citation" and briefs:
                briefs[-1][1].append(paragraph.getString())
        seen = set()
        for title, quotes in briefs:
            again = [i for i, q in enumerate(quotes) if q in seen and i > 0]
            if again:
                self.assertTrue(all(q in seen for q in quotes[again[0]:]), (title, quotes))
            seen.update(quotes)
