"""Issue 4: the Calc tally of themes (TallyThemes) and the organisations sheet (OrganisationsSheet), checked against
the passages counted independently from the transcripts' own tags, refreshed in place around a person's own cells."""

import json
import os
import shutil
import unittest

from ets_fixture import OfficeTestCase, close_document  # first: it gives UNO the extension's types

import uno  # noqa: E402,F401

ROOT = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(ROOT, "demo")
TRANSCRIPTS = {  # transcript: (organisation, interview date)
    "maison-medicale-le-sureau.odt": ("Maison médicale Le Sureau", "2026-11-05"),
    "accueil-de-jour-le-pas-de-porte.odt": ("Le Pas de Porte asbl", "2026-11-12"),
    "amo-cerf-volant.odt": ("AMO Cerf-Volant", "2026-11-19"),
}


def demo_quotes(transcript):
    with open(os.path.join(DEMO, "passages.json"), encoding="utf-8") as f:
        return [p for p in json.load(f) if p["transcript"] == transcript]


def block(document, name):
    """The data of the extension's block, found as the command finds it: through the named range."""
    cells = document.NamedRanges.getByName(name).getReferredCells()
    return cells, [list(row) for row in cells.getDataArray()]


class TallyTest(OfficeTestCase):

    def setUp(self):
        super().setUp()
        self.project = os.path.join(self.tmp, "projet")
        result = self.office.automation().openProject(self.project, True, "Décompte", "Claire")
        self.assertTrue(result.Success, result.Message)
        os.makedirs(os.path.join(self.project, "transcripts"))
        service = self.office.automation()
        from ets_fixture import named
        for organisation, _ in TRANSCRIPTS.values():
            result = service.execute("Organisations", named(Action="Add", Name=organisation, Status="Interviewed"))
            self.assertTrue(result.Success, result.Message)
        result = service.execute("Organisations", named(Action="Add", Name="Clic Solidaire", Sector="Numérique"))
        self.assertTrue(result.Success, result.Message)
        for name, (organisation, date) in TRANSCRIPTS.items():
            document = self.open_transcript(name)
            ok, message = self.dispatch(document, "RecordInterview", Organisation=organisation, Date=date)
            self.assertTrue(ok, message)
            close_document(document)

    # -- helpers ----------------------------------------------------------------------------
    def path(self, name):
        return os.path.join(self.project, "transcripts", name)

    def open_transcript(self, name):
        target = self.path(name)
        if not os.path.exists(target):
            shutil.copy(os.path.join(DEMO, "transcripts", name), target)
        document = self.office.load(target, hidden=True)
        self.addCleanup(close_document, document)
        return document

    def tag_quotes(self, name, quotes):
        """Tags the demo quotes in the transcript, saves and closes it (the tally then reads it closed)."""
        document = self.open_transcript(name)
        for quote in quotes:
            search = document.createSearchDescriptor()
            search.SearchString = quote["quote"]
            found = document.findFirst(search)
            self.assertIsNotNone(found, quote["quote"])
            document.getCurrentController().select(found)
            ok, anchor = self.dispatch(document, "TagSelection", Themes="; ".join(quote["themes"]), Memo=quote.get("memo", ""))
            self.assertTrue(ok, anchor)
        document.store()
        close_document(document)

    def counted_from_transcripts(self):
        """Counts per theme (sub-themes rolled up) and organisation from the documents themselves: their ETS.Tags records
        whose bookmark spans text, and the codebook's tree from the project file."""
        with open(os.path.join(self.project, "ets-project.json"), encoding="utf-8") as f:
            data = json.load(f)
        parent = {t["name"]: next((p["name"] for p in data["themes"] if p["id"] == t.get("parentId", t.get("parent", ""))), "")
                  for t in data["themes"]}
        counts, interviews, total = {}, {}, 0
        for name, (organisation, _) in TRANSCRIPTS.items():
            if not os.path.exists(self.path(name)):
                continue
            document = self.office.load(self.path(name), hidden=True)
            try:
                properties = document.getDocumentProperties().getUserDefinedProperties()
                records = json.loads(properties.getPropertyValue("ETS.Tags"))["tags"]
                bookmarks = document.getBookmarks()
                for record in records:
                    if not bookmarks.hasByName(record["anchor"]) or \
                            not bookmarks.getByName(record["anchor"]).getAnchor().getString().strip():
                        continue
                    total += 1
                    themes = set()
                    for theme in record["themes"]:
                        name_ = theme["name"] if isinstance(theme, dict) else theme
                        while name_:
                            themes.add(name_)
                            name_ = parent.get(name_, "")
                    for theme in themes:
                        counts.setdefault(theme, {}).setdefault(organisation, 0)
                        counts[theme][organisation] += 1
                        interviews.setdefault(theme, set()).add(name)
            finally:
                close_document(document)
        return counts, interviews, total

    def assert_sheet_matches(self, document, counts, interviews, total):
        cells, rows = block(document, "ETS_Tally")
        header, themes, last = rows[0], rows[1:-1], rows[-1]
        self.assertEqual(header[:5], ["Thème", "Organisations", "Entretiens", "Passages", "Part des entretiens"])
        organisations = header[5:]
        listed = {row[0]: row for row in themes}
        for theme, per_organisation in counts.items():
            row = listed[theme]
            self.assertEqual(row[1], len(per_organisation), theme)
            self.assertEqual(row[2], len(interviews[theme]), theme)
            self.assertEqual(row[3], sum(per_organisation.values()), theme)
            self.assertAlmostEqual(row[4], len(interviews[theme]) / 3, msg=theme)
            for column, organisation in enumerate(organisations):
                self.assertEqual(row[5 + column], per_organisation.get(organisation, 0), (theme, organisation))
        for theme, row in listed.items():
            if theme not in counts:
                self.assertEqual(row[3], 0, theme)
        # Top-level themes sorted by organisations, then passages; the sub-theme right under its parent.
        names = [row[0] for row in themes]
        self.assertEqual(names.index("Fracture numérique"), names.index("Non-recours aux droits") + 1)
        keys = [(-row[1], -row[3]) for row in themes if row[0] != "Fracture numérique"]
        self.assertEqual(keys, sorted(keys))
        self.assertEqual(last[3], total)
        _, quotes = block(document, "ETS_Quotes")
        self.assertEqual(len(quotes) - 1, total)
        return cells, rows

    # -- tests ------------------------------------------------------------------------------
    def test_tally_matches_the_transcripts_and_refreshes_in_place(self):
        for name in TRANSCRIPTS:
            self.tag_quotes(name, demo_quotes(name)[:4])
        # A sub-theme: its passages count for its parent too.
        ok, message = self.dispatch(self.calc(hidden=True), "Themes", Action="Describe", Name="Fracture numérique",
                                    Parent="Non-recours aux droits")
        self.assertTrue(ok, message)
        sheet_doc = self.calc()
        ok, message = self.dispatch(sheet_doc, "TallyThemes", Interactive=False)
        self.assertTrue(ok, message)
        counts, interviews, total = self.counted_from_transcripts()
        self.assertIn(str(total) + " passage", message)
        cells, rows = self.assert_sheet_matches(sheet_doc, counts, interviews, total)
        self.assertIn("Thèmes", sheet_doc.Sheets.ElementNames)
        self.assertIn("Citations", sheet_doc.Sheets.ElementNames)
        self.assertEqual(sheet_doc.getUndoManager().getCurrentUndoActionTitle(), "Décompte des thèmes")

        # The person's own cells: a column right of the table pointing into it, a total of a table column, a note below.
        address = cells.getRangeAddress()
        sheet = sheet_doc.Sheets.getByIndex(address.Sheet)
        user_column = address.EndColumn + 1
        first, end = address.StartRow + 1, address.EndRow  # theme rows (1-based end excludes the total row)
        for row in range(first, end):
            sheet.getCellByPosition(user_column, row).setFormula("=D%d*10" % (row + 1))
        sheet.getCellByPosition(user_column, end + 1).setFormula("=SUM(D%d:D%d)" % (first + 1, end))
        sheet.getCellByPosition(0, address.EndRow + 3).setString("Note de l'équipe")
        sheet.getCellByPosition(user_column, 0).setString("Poids")

        # More passages, with a theme not yet tallied: the table grows.
        sureau = "maison-medicale-le-sureau.odt"
        self.tag_quotes(sureau, demo_quotes(sureau)[4:9])
        ok, message = self.dispatch(sheet_doc, "TallyThemes", Interactive=False)
        self.assertTrue(ok, message)
        counts2, interviews2, total2 = self.counted_from_transcripts()
        self.assertGreater(total2, total)
        cells2, rows2 = self.assert_sheet_matches(sheet_doc, counts2, interviews2, total2)
        address2 = cells2.getRangeAddress()
        grown = (address2.EndRow - address2.StartRow) - (address.EndRow - address.StartRow)
        self.assertGreater(grown, 0)
        self.assertEqual(address2.EndColumn, address.EndColumn)  # same organisations: same width
        # The user's column is intact and still right: each formula reads the passages of its own row.
        for row in range(address2.StartRow + 1, address2.EndRow):
            cell = sheet.getCellByPosition(user_column, row)
            if cell.getFormula():
                self.assertEqual(cell.getFormula(), "=D%d*10" % (row + 1))
                self.assertEqual(cell.getValue(), sheet.getCellByPosition(3, row).getValue() * 10)
        total_cell = sheet.getCellByPosition(user_column, address2.EndRow + 1 - 1 + 1)
        self.assertEqual(total_cell.getFormula(), "=SUM(D%d:D%d)" % (first + 1, address2.EndRow))
        self.assertEqual(total_cell.getValue(), sum(row[3] for row in rows2[1:-1]))
        self.assertEqual(sheet.getCellByPosition(user_column, 0).getString(), "Poids")
        # The note moved down with the table.
        self.assertEqual(sheet.getCellByPosition(0, address2.EndRow + 3).getString(), "Note de l'équipe")
        self.assertEqual(sheet.getCellByPosition(0, address.EndRow + 3).getString() == "Note de l'équipe", grown == 0)

        # The chart follows the table: theme and organisations columns, header and theme rows.
        chart = sheet.getCharts().getByName("ETS_TallyChart")
        ranges = chart.getRanges()
        self.assertEqual((ranges[0].StartColumn, ranges[0].EndColumn), (0, 1))
        self.assertEqual(ranges[0].EndRow, address2.EndRow - 1)

        # The quotes: one row per passage, a link that opens the transcript at the passage.
        quotes_cells, quotes = block(sheet_doc, "ETS_Quotes")
        links = [quotes_cells.getCellByPosition(7, r).getFormula() for r in range(1, len(quotes))]
        self.assertTrue(all(link.startswith('=HYPERLINK("file:///') and "#ETS_" in link for link in links), links[:2])
        texts = {row[4] for row in quotes[1:]}
        self.assertIn(demo_quotes(sureau)[5]["quote"], texts)

    def test_filters_and_refusals(self):
        self.tag_quotes("amo-cerf-volant.odt", demo_quotes("amo-cerf-volant.odt")[:5])
        document = self.calc(hidden=True)
        ok, message = self.dispatch(document, "TallyThemes", Themes="Crise du logement; Aller-vers",
                                    Organisations="amo cerf-volant")
        self.assertTrue(ok, message)
        _, rows = block(document, "ETS_Tally")
        self.assertEqual(sorted(row[0] for row in rows[1:-1]), ["Aller-vers", "Crise du logement"])
        self.assertEqual(rows[0][5:], ["AMO Cerf-Volant"])
        cells, _ = block(document, "ETS_Tally")
        narrow = cells.getRangeAddress()
        sheet = document.Sheets.getByIndex(narrow.Sheet)
        sheet.getCellByPosition(narrow.EndColumn + 1, 1).setString("à droite")
        ok, message = self.dispatch(document, "TallyThemes", Coder="Personne")
        self.assertTrue(ok, message)
        cells, rows = block(document, "ETS_Tally")
        self.assertEqual(rows[-1][3], 0)
        # Three organisations with interviews now: the table widened, shifting only its own rows' cells to the right.
        wide = cells.getRangeAddress()
        self.assertEqual(wide.EndColumn, narrow.EndColumn + 2)
        self.assertEqual(sheet.getCellByPosition(wide.EndColumn + 1, 1).getString(), "à droite")
        # Unknown names: refused, in French, the sheets as they were.
        before = block(document, "ETS_Tally")[1]
        ok, message = self.dispatch(document, "TallyThemes", Themes="Thème inconnu")
        self.assertFalse(ok)
        self.assertIn("Thème inconnu", message)
        ok, message = self.dispatch(document, "TallyThemes", Organisations="Nulle part")
        self.assertFalse(ok)
        self.assertIn("Nulle part", message)
        self.assertEqual(block(document, "ETS_Tally")[1], before)
        # Not a spreadsheet.
        ok, message = self.dispatch(self.writer(hidden=True), "TallyThemes", Interactive=False)
        self.assertFalse(ok)
        self.assertIn("Calc", message)

    def test_missing_transcript_makes_an_incomplete_tally(self):
        for name in TRANSCRIPTS:
            self.tag_quotes(name, demo_quotes(name)[:3])
        document = self.calc(hidden=True)
        ok, message = self.dispatch(document, "TallyThemes", Interactive=False)
        self.assertTrue(ok, message)
        os.rename(self.path("amo-cerf-volant.odt"), os.path.join(self.tmp, "ailleurs.odt"))
        ok, message = self.dispatch(document, "TallyThemes", Interactive=False)
        self.assertTrue(ok, message)
        self.assertIn("incomplet", message)
        self.assertIn("amo-cerf-volant.odt", message)
        counts, interviews, total = self.counted_from_transcripts()
        _, rows = block(document, "ETS_Tally")
        self.assertEqual(rows[-1][3], total)  # the others still counted, the missing one not
        self.assertEqual(rows[-1][2], 2)

    def test_undo_removes_the_whole_tally_in_one_step(self):
        sureau = "maison-medicale-le-sureau.odt"
        self.tag_quotes(sureau, demo_quotes(sureau)[:3])
        # Visible: LibreOffice 7.4 crashes undoing a sheet insertion in a hidden document (no view), whoever inserted it.
        document = self.calc()
        sheets_before = document.Sheets.ElementNames
        ok, message = self.dispatch(document, "TallyThemes", Interactive=False)
        self.assertTrue(ok, message)
        first = block(document, "ETS_Tally")[1]
        self.assertGreater(len(document.Sheets.ElementNames), len(sheets_before))
        # A refresh is one step too: undoing it gives the first tally back.
        self.tag_quotes(sureau, demo_quotes(sureau)[3:6])
        ok, message = self.dispatch(document, "TallyThemes", Interactive=False)
        self.assertTrue(ok, message)
        self.assertNotEqual(block(document, "ETS_Tally")[1], first)
        document.getUndoManager().undo()
        self.assertEqual(block(document, "ETS_Tally")[1], first)
        document.getUndoManager().undo()
        self.assertEqual(document.Sheets.ElementNames, sheets_before)
        self.assertFalse(document.NamedRanges.hasByName("ETS_Tally"))
        self.assertFalse(document.NamedRanges.hasByName("ETS_Quotes"))

    def test_organisations_sheet(self):
        self.tag_quotes("amo-cerf-volant.odt", demo_quotes("amo-cerf-volant.odt")[:2])
        document = self.calc(hidden=True)
        ok, message = self.dispatch(document, "OrganisationsSheet", Interactive=False)
        self.assertTrue(ok, message)
        _, rows = block(document, "ETS_Organisations")
        self.assertEqual(rows[0][0], "Nom")
        self.assertEqual([row[0] for row in rows[1:]],
                         ["AMO Cerf-Volant", "Clic Solidaire", "Le Pas de Porte asbl", "Maison médicale Le Sureau"])
        amo = rows[1]
        self.assertEqual(amo[7], "Rencontrée")
        self.assertEqual(amo[9], 1)
        self.assertEqual(amo[10], "Aller-vers; Non-recours aux droits")
        self.assertEqual(rows[2][2], "Numérique")
        self.assertEqual(rows[2][9], 0)
        # Refreshed in place: one more organisation, one more row, the cell below moves.
        cells, _ = block(document, "ETS_Organisations")
        end = cells.getRangeAddress().EndRow
        sheet = document.Sheets.getByIndex(cells.getRangeAddress().Sheet)
        sheet.getCellByPosition(0, end + 2).setString("à relancer")
        from ets_fixture import named
        result = self.office.automation().execute("Organisations", named(Action="Add", Name="Bis"))
        self.assertTrue(result.Success, result.Message)
        ok, message = self.dispatch(document, "OrganisationsSheet", Interactive=False)
        self.assertTrue(ok, message)
        self.assertEqual(sheet.getCellByPosition(0, end + 3).getString(), "à relancer")


if __name__ == "__main__":
    unittest.main()
