"""Issue 12, the document: the committee's deliverable and the workbook, in a real LibreOffice. The deliverable's PDF
(read back with pdftotext) has page numbers, an introduction and method, the programme with the committee's column and
the annexes, French typography (no ordinary space before « : ; ? ! »), dates in words, no placeholder and no name of
the pseudonymisation list; the tally's sheets print legibly (page setup read back through the Calc API), follow the
UI's language, leave no empty default sheet, and the chart counts whole organisations in the codebook's colours."""

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import zipfile
import zlib

from ets_fixture import OfficeTestCase, close_document  # first: it gives UNO the extension's types
from demo_project import copy_demo, open_project, tag_demo_passages

import uno  # noqa: E402,F401



def pdf_text(pdf):
    return subprocess.run(["pdftotext", pdf, "-"], capture_output=True, check=True).stdout.decode("utf-8")


def pdf_character_maps(pdf):
    """The ToUnicode maps of the PDF's fonts, upper case: which characters its glyphs stand for."""
    with open(pdf, "rb") as f:
        data = f.read()
    maps = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            stream = zlib.decompress(match.group(1))
        except zlib.error:
            continue
        if b"begincmap" in stream:
            maps.append(stream.decode("latin-1").upper())
    return "\n".join(maps)


def odt_text(odt):
    """Every text of the document (body, tables, header, footer) as the .odt stores it, tags taken out."""
    with zipfile.ZipFile(odt) as archive:
        xml = archive.read("content.xml").decode("utf-8") + archive.read("styles.xml").decode("utf-8")
    return html.unescape(re.sub(r"<[^>]+>", "", xml.replace("<text:s/>", " ")))


def pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, check=True).stdout.decode("utf-8")
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_body_extents(pdf):
    """Per page, (top, bottom) of its body text in points: the running header (the first line) and the footer
    (« page N sur M ») left out; None for a page with no body text."""
    boxes = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    extents = []
    for page in boxes.split("<page ")[1:]:
        words = [(float(top), float(bottom), html.unescape(word)) for top, bottom, word in
                 re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', page)]
        if not words:
            extents.append(None)
            continue
        header = min(top for top, _, _ in words)  # the first line: the running header (the cover has none)
        footer = max(top for top, _, _ in words)  # the last line: « page N sur M »
        body = [(top, bottom) for top, bottom, _ in words if header + 2 < top < footer - 2]
        extents.append((min(b[0] for b in body), max(b[1] for b in body)) if body else None)
    return extents


class DeliverableDocumentTest(OfficeTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.root = tempfile.mkdtemp(prefix="ets-document-")
        cls.project = os.path.join(cls.root, "projet")
        copy_demo(cls.project)
        with open(os.path.join(cls.project, "ets-project.json"), encoding="utf-8") as f:
            data = json.load(f)
        cls.people = [p["name"] for p in data["people"]]
        cls.colours = {t["name"]: t.get("colour", "") for t in data["themes"]}
        open_project(cls.office, cls.project)
        tag_demo_passages(cls.office, cls.project, with_keys=True)  # as the demo tags them

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(cls.root, ignore_errors=True)

    def deliverable(self, **arguments):
        folder = os.path.join(self.tmp, "livrable")
        holder = self.writer(hidden=True)
        ok, path = self.dispatch(holder, "Deliverable", Folder=folder, Hidden=True, **arguments)
        self.assertTrue(ok, path)
        return path, path[:-4] + ".pdf"

    # -- the deliverable ------------------------------------------------------------------------
    def test_pdf_reads_as_a_committee_document(self):
        odt, pdf = self.deliverable()  # pseudonymised by default
        text = pdf_text(pdf)
        pages = pdf_pages(pdf)
        # Page numbers out of the page count, from the page after the cover.
        self.assertIn("page 2 sur %d" % pages, text)
        self.assertIn("page %d sur %d" % (pages, pages), text)
        self.assertNotIn("page 1 sur", text)
        # A reader finds a brief from the PDF's outline and from the table of contents' links.
        with open(pdf, "rb") as f:
            raw = f.read()
        self.assertIn(b"/Outlines", raw)
        self.assertGreaterEqual(raw.count(b"/Subtype/Link"), 10)
        flat = text.replace("\n", " ")
        for heading in ("Introduction et méthode", "Thèmes et problèmes", "Programme proposé des chantiers",
                        "Décision du comité", "Annexes", "Organisations rencontrées", "Grille d’entretien",
                        "Grille de codage", "Pseudonymisation"):
            self.assertIn(heading, flat)
        self.assertNotIn("(à préciser", text)
        self.assertNotIn("(s)", text)
        # No ordinary space before « : ; ? »: pdftotext (poppler) writes every blank, U+00A0 and U+202F included, as
        # U+0020, so the PDF's own character maps are read for the no-break spaces, the document's text for the
        # spaces, and pdftotext for what an ordinary space would do: a sign thrown alone at the start of a line.
        self.assertEqual([line for line in text.split("\n") if re.match(r"[:;?!»]", line)], [])
        self.assertEqual([line for line in text.split("\n") if line.endswith("«")], [])
        maps = pdf_character_maps(pdf)
        self.assertIn("<00A0>", maps)
        self.assertIn("<202F>", maps)
        content = odt_text(odt)
        bad = [content[max(0, m.start() - 30):m.end() + 5] for m in re.finditer(r" [:;?!]", content)]
        self.assertEqual(bad, [], "ordinary spaces before : ; ? !")
        self.assertEqual(re.findall(r"[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]", text), [], "straight apostrophes")
        # Dates and months in words, never ISO dates nor "2027-09 → 2027-09".
        self.assertIn("novembre 2026", flat)
        self.assertIn("septembre 2027", flat)
        self.assertEqual(re.findall(r"\b\d{4}-\d{2}(?:-\d{2})?\b", text), [])
        for name in self.people:
            self.assertNotIn(name, text)
        self.assertNotIn("feuille « Citations", text.replace("\u00a0", " "))
        self.assertIn("sont pseudonymisées", text)

    def test_demo_briefs_fill_more_than_one_and_a_half_pages_and_at_most_two(self):
        _, pdf = self.deliverable()
        text = pdf_text(pdf)
        contents = dict((title.strip(), int(page)) for title, page in re.findall(r"^(\S.*?)\.{3,}\s*(\d+)$", text, re.M))
        starts = sorted(contents.items(), key=lambda item: item[1])
        extents = pdf_body_extents(pdf)
        with open(os.path.join(self.project, "ets-project.json"), encoding="utf-8") as f:
            themes = [t["name"] for t in json.load(f)["themes"]]
        briefs = 0
        for (title, first), (_, following) in zip(starts, starts[1:]):
            if title not in themes:
                continue
            briefs += 1
            self.assertEqual(following - first, 2, title)  # two pages, never three
            top, bottom = extents[first - 1]
            second = extents[first]
            self.assertIsNotNone(second, title)
            # The second page filled more than half as far as the first (the demo's material allows it everywhere).
            self.assertGreater(second[1] - second[0], (bottom - top) / 2, title)
        self.assertEqual(briefs, len(themes))

    def test_the_saved_file_is_laid_out_as_it_was_measured(self):
        # The core writes the file after Writer measured a first writing of it: opened again, Writer's own update of
        # the table of contents finds every heading on the page the file says, the pages are the PDF's, and none of
        # the measuring's bookmarks is left.
        odt, pdf = self.deliverable()
        document = self.office.load(odt, hidden=True)
        self.addCleanup(close_document, document)
        self.assertEqual([name for name in document.getBookmarks().getElementNames() if name.startswith("ets-")], [])
        index = document.getDocumentIndexes().getByIndex(0)
        written = index.getAnchor().getString()
        self.assertRegex(written, r"Thèmes et problèmes\t\d+")
        self.office.create("com.sun.star.frame.DispatchHelper").executeDispatch(
            document.getCurrentController().getFrame(), ".uno:Repaginate", "", 0, ())
        index.refresh()
        self.assertEqual(index.getAnchor().getString(), written)
        cursor = document.getCurrentController().getViewCursor()
        cursor.jumpToLastPage()
        self.assertEqual(cursor.getPage(), pdf_pages(pdf))

    def test_cover_has_no_header_and_the_other_pages_have_header_and_page_fields(self):
        odt, _ = self.deliverable(Themes="Aller-vers")
        document = self.office.load(odt, hidden=True)
        self.addCleanup(close_document, document)
        first = document.Text.createEnumeration().nextElement()
        self.assertEqual(first.PageDescName, "First Page")
        standard = document.StyleFamilies.getByName("PageStyles").getByName("Standard")
        self.assertTrue(standard.HeaderIsOn)
        self.assertTrue(standard.FooterIsOn)
        self.assertIn("livrable au comité de pilotage", standard.HeaderText.getString())
        fields = []
        enumeration = standard.FooterText.createEnumeration().nextElement().createEnumeration()
        while enumeration.hasMoreElements():
            portion = enumeration.nextElement()
            if portion.TextPortionType == "TextField":
                fields.append(portion.TextField.getPropertySetInfo().hasPropertyByName("SubType"))
        self.assertEqual(len(fields), 2)  # the page number and the page count
        first_style = document.StyleFamilies.getByName("PageStyles").getByName("First Page")
        self.assertFalse(first_style.HeaderIsOn)
        self.assertFalse(first_style.FooterIsOn)
        self.assertEqual(first_style.Width, standard.Width)

    def test_themes_table_wraps_whole_sentences(self):
        odt, _ = self.deliverable()
        document = self.office.load(odt, hidden=True)
        self.addCleanup(close_document, document)
        rows = document.TextTables.getByIndex(0).getDataArray()
        self.assertEqual(rows[0], ("Thème", "Nature", "Problème", "Terrain", "Organisations porteuses"))
        for row in rows[1:]:
            self.assertIn(row[1], ("", "Nœud", "Levier", "Nœud et levier"))
            self.assertFalse(row[2].endswith("…"), row[2])
            self.assertRegex(row[3], r"^\d+ organisations?, \d+ entretiens?, \d+ passages?$")
        kinds = {row[0]: row[1] for row in rows[1:]}
        self.assertTrue(any(kinds.values()), kinds)  # the demo's written analyses give their themes a kind

    # -- the workbook ----------------------------------------------------------------------------
    def test_tally_sheets_print_legibly_in_the_uis_language(self):
        sheet_doc = self.calc(hidden=True)
        ok, message = self.dispatch(sheet_doc, "TallyThemes", Interactive=False)
        self.assertTrue(ok, message)
        ok, message = self.dispatch(sheet_doc, "OrganisationsSheet", Interactive=False)
        self.assertTrue(ok, message)
        names = list(sheet_doc.Sheets.ElementNames)
        self.assertEqual(names[:2], ["Thèmes", "Citations"])  # the new spreadsheet's empty sheet was used
        self.assertFalse(any(re.fullmatch(r"(Feuille|Sheet)\d+", n) for n in names), names)
        styles = sheet_doc.StyleFamilies.getByName("PageStyles")
        for name in names:
            sheet = sheet_doc.Sheets.getByName(name)
            style = styles.getByName(sheet.PageStyle)
            self.assertTrue(style.IsLandscape, name)
            self.assertGreater(style.Width, style.Height, name)
            self.assertEqual(style.ScaleToPagesX, 1, name)
            self.assertEqual(style.ScaleToPagesY, 0, name)
            self.assertTrue(sheet.getPrintTitleRows(), name)
            self.assertEqual(sheet.getTitleRows().StartRow, 0, name)
            self.assertEqual(sheet.getTitleRows().EndRow, 0, name)
        # The quotes sheet prints one page wide: a row never spreads over pages side by side.
        self.assertEqual(styles.getByName(sheet_doc.Sheets.getByName("Citations").PageStyle).ScaleToPagesX, 1)
        # Numbers as the UI writes them: « 38,5 ».
        self.assertEqual(sheet_doc.CharLocale.Language, "fr")
        tally = sheet_doc.NamedRanges.getByName("ETS_Tally").getReferredCells()
        probe = tally.getCellByPosition(3, 1)  # a count of the tally's first theme
        kept = probe.getValue()
        probe.setValue(38.5)
        self.assertEqual(probe.getString(), "38,5")
        probe.setValue(kept)
        # The chart: whole organisations on its axis, each bar in its theme's colour.
        charts = sheet_doc.Sheets.getByName("Thèmes").getCharts()
        chart = charts.getByName("ETS_TallyChart").getEmbeddedObject()
        axis = chart.getDiagram().getYAxis()
        self.assertFalse(axis.AutoStepMain)
        self.assertEqual(axis.StepMain, 1.0)
        rows = sheet_doc.NamedRanges.getByName("ETS_Tally").getReferredCells().getDataArray()
        first_theme = rows[1][0].strip()
        expected = int(self.colours[first_theme][1:], 16)
        self.assertEqual(chart.getDiagram().getDataPointProperties(0, 0).FillColor, expected)


if __name__ == "__main__":
    unittest.main()
