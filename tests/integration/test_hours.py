"""Issue 4 (item 3): the mission's timesheet. Hours are logged by dispatch and by the automation
service into the project file; every refused line leaves ets-project.json byte for byte as it was;
the « Heures » sheet adds up, is refreshed in place, and does not move when a line is refused."""

import datetime
import json
import os
import re
import threading
import time

from ets_fixture import OfficeTestCase, accessible_children, dialog_controls, named  # first: it gives UNO the extension's types

import uno  # noqa: E402

FRENCH = re.compile(r"(?i)rien n’a été (enregistré|modifié)")


class HoursTest(OfficeTestCase):

    def setUp(self):
        super().setUp()
        self.folder = self.create_project("Mission", "Mission ETS", "Claire V.")
        self.project_file = os.path.join(self.folder, "ets-project.json")
        self.sheet_doc = self.calc(hidden=True)
        ok, result = self.dispatch(self.sheet_doc, "Organisations", Action="Add", Name="Maison médicale Le Sureau")
        self.assertTrue(ok, result)

    def test_the_dialog_shows_hours_the_french_way_and_reads_either_way(self):
        """Issue 17: « 1,00 » in the hours field (not « 1.00 » beside the hint « (0,25 ; 1,5 ; 2,75) »), « 1.5 »
        read as an hour and a half as « 1,5 » is, the date field's date (today, shown in the regional format) kept
        as ISO in the project."""
        for typed in ("1.5",):  # a point where a French person might type a comma (both read in core unit tests)
            document = self.writer()
            outcome = {}
            worker = threading.Thread(target=lambda: outcome.update(result=self.dispatch(document, "LogHours")),
                                      daemon=True)
            worker.start()
            buttons, fields = dialog_controls(self, "Noter")
            hours = [field for field in fields if field.getText() == "1,00"]
            self.assertEqual(len(hours), 1, [field.getText() for field in fields])
            hours[0].setText(typed)
            buttons["Noter"].doAccessibleAction(0)
            self.press_ok_of_message_box()  # what was logged, said to the person
            worker.join(timeout=30)
            self.assertFalse(worker.is_alive(), "the dialog did not close")
            ok, message = outcome["result"]
            self.assertTrue(ok, message)
            self.assertIn("1,5", message)
            entry = self.project()["hours"][-1]
            self.assertEqual((entry["hours"], entry["date"]), (1.5, datetime.date.today().isoformat()))

    # -- helpers ----------------------------------------------------------------------------
    def press_ok_of_message_box(self, timeout=20):
        role = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")
        boxes = [uno.getConstantByName("com.sun.star.accessibility.AccessibleRole." + kind) for kind in ("ALERT", "DIALOG")]
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i in range(toolkit.getTopWindowCount()):
                window = toolkit.getTopWindow(i)
                try:
                    if window is None or window.getAccessibleContext().getAccessibleRole() not in boxes:
                        continue  # a document's window: its whole text would be walked
                    buttons = [c for c in accessible_children(window.getAccessibleContext())
                               if c.getAccessibleRole() == role and c.getAccessibleName() == "OK"]
                except Exception:  # a window going away as we read it
                    continue
                if buttons:
                    buttons[0].doAccessibleAction(0)
                    return
            time.sleep(0.3)
        self.fail("no message box with OK opened")

    def project(self):
        with open(self.project_file, encoding="utf-8") as f:
            return json.load(f)

    def project_bytes(self):
        with open(self.project_file, "rb") as f:
            return f.read()

    def log(self, document=None, **arguments):
        ok, result = self.dispatch(document or self.sheet_doc, "LogHours", **arguments)
        self.assertTrue(ok, "%s refused: %s" % (arguments, result))
        return result

    def assert_refused(self, document=None, **arguments):
        before = self.project_bytes()
        ok, message = self.dispatch(document or self.sheet_doc, "LogHours", **arguments)
        self.assertFalse(ok, "%s was accepted: %s" % (arguments, message))
        self.assertRegex(message, FRENCH)
        self.assertEqual(self.project_bytes(), before, "%s changed the project file" % (arguments,))
        return message

    def block(self, name, document=None):
        ranges = (document or self.sheet_doc).NamedRanges
        self.assertTrue(ranges.hasByName(name), name)
        return ranges.getByName(name).getReferredCells()

    def rows(self, name, document=None):
        return [list(row) for row in self.block(name, document).getDataArray()]

    def summary(self):
        """The summary block as {section: {label: hours}} plus the totals."""
        sections, current = {}, None
        for row in self.rows("ETS_Hours_Summary")[1:]:
            label, value = row[0], row[1]
            if label in ("Par activité", "Par personne", "Par mois"):
                current = sections.setdefault(label, {})
            elif label in ("Total", "Minimum de la mission", "Reste à prester"):
                sections[label] = value
            else:
                current[label] = value
        return sections

    def sheet_contents(self):
        sheet = self.sheet_doc.Sheets.getByName("Heures")
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        return sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()

    # -- logging ----------------------------------------------------------------------------
    def test_log_by_dispatch_and_through_the_service(self):
        writer = self.writer(hidden=True)
        result = self.log(writer, Date="2025-11-05", Person="Claire V.", Activity="Interviews",
                          Organisation="maison médicale le sureau", Hours=2.5, Note="Premier entretien")
        self.assertIn("2,5", result)
        self.assertIn("75", result)
        self.assertIn("72,5", result)  # what is left
        entry = self.project()["hours"][0]
        organisation = self.project()["organisations"][0]
        self.assertEqual((entry["date"], entry["person"], entry["activity"], entry["hours"], entry["note"],
                          entry["organisationId"]),
                         ("2025-11-05", "Claire V.", "Interviews", 2.5, "Premier entretien", organisation["id"]))

        service = self.office.automation()
        result = service.execute("LogHours", named(Date="2025-11-06", Activity="transcription", Hours="1,75"))
        self.assertTrue(result.Success, result.Message)
        entry = self.project()["hours"][1]
        self.assertEqual((entry["activity"], entry["hours"], entry["person"]), ("Transcription", 1.75, "Claire V."))
        self.assertEqual(entry.get("organisationId", ""), "")

        # The label of an activity in French (any case) is accepted, as are the Dutch and English ones.
        self.log(Date="2025-11-07", Activity="Réunion préparatoire avec le comité d'accompagnement", Hours=2)
        self.log(Date="2025-11-07", Activity="rédaction des thématiques et argumentaires", Hours="0,25")
        self.log(Date="2025-11-07", Activity="transcriptie", Hours=1)
        activities = [e["activity"] for e in self.project()["hours"]]
        self.assertEqual(activities[2:], ["PreparatoryMeeting", "Writing", "Transcription"])

        result = service.execute("LogHours", named(Date="2025-11-08", Activity="Cuisine", Hours=1))
        self.assertFalse(result.Success)
        self.assertIn("Cuisine", result.Message)

    def test_refusals_leave_the_project_file_unchanged(self):
        self.log(Date="2025-11-05", Person="Claire V.", Activity="Analysis", Hours=20)
        for hours in (0, -1, "0", "-2,5"):
            self.assertIn("plus grand que zéro", self.assert_refused(Date="2025-11-06", Activity="Analysis", Hours=hours))
        for hours in (0.3, "0,3", 1.1):
            self.assertIn("quarts d’heure", self.assert_refused(Date="2025-11-06", Activity="Analysis", Hours=hours))
        # 20 hours already that day: 5 more would be 25; 25 on an empty day too.
        message = self.assert_refused(Date="2025-11-05", Person="claire v.", Activity="Writing", Hours=5)
        self.assertIn("25", message)
        self.assertIn("2025-11-05", message)
        self.assert_refused(Date="2025-11-09", Activity="Writing", Hours=25)
        self.assertIn("2025-02-30", self.assert_refused(Date="2025-02-30", Activity="Analysis", Hours=1))
        self.assert_refused(Date="5/11/2025", Activity="Analysis", Hours=1)
        self.assertIn("Cuisine", self.assert_refused(Date="2025-11-06", Activity="Cuisine", Hours=1))
        self.assertIn("Inconnue", self.assert_refused(Date="2025-11-06", Activity="Analysis", Hours=1,
                                                      Organisation="Inconnue"))
        self.assert_refused(Date="2025-11-06", Activity="Analysis", Hours=1, Person="   ")
        self.assert_refused(Date="2025-11-06", Activity="Analysis", Hours="beaucoup")
        self.assert_refused(Activity="Analysis", Hours=1)  # no date
        # Up to 24 in a day is fine.
        self.log(Date="2025-11-05", Person="Claire V.", Activity="Writing", Hours=4)
        self.assertEqual(len(self.project()["hours"]), 2)

    # -- the sheet ----------------------------------------------------------------------------
    def test_hours_sheet_adds_up_and_is_refreshed_in_place(self):
        lines = [("2025-11-05", "Claire V.", "Interviews", 2), ("2025-11-05", "Amina", "Interviews", 2),
                 ("2025-11-20", "Claire V.", "Transcription", 6.5), ("2025-12-02", "Claire V.", "Analysis", 7.75),
                 ("2026-01-15", "Amina", "Writing", 3.25)]
        for date, person, activity, hours in lines:
            self.log(Date=date, Person=person, Activity=activity, Hours=hours)
        undo = self.sheet_doc.getUndoManager()
        undo_before = len(undo.getAllUndoActionTitles())
        ok, result = self.dispatch(self.sheet_doc, "HoursSheet", Interactive=False)
        self.assertTrue(ok, result)
        self.assertIn("Heures", result)
        self.assertEqual(len(undo.getAllUndoActionTitles()), undo_before + 1)  # one undo step
        self.assertEqual(undo.getCurrentUndoActionTitle(), "Mettre à jour la feuille des heures")
        self.assert_sheet_adds_up(lines)

        # A person's formula pointing at the summary's total keeps working after a refresh.
        sheet = self.sheet_doc.Sheets.getByName("Heures")
        summary_at = self.block("ETS_Hours_Summary").getRangeAddress()
        total_row = summary_at.StartRow + [r[0] for r in self.rows("ETS_Hours_Summary")].index("Total")
        sheet.getCellByPosition(5, 0).setFormula("=B%d*2" % (total_row + 1))
        sheets_before = self.sheet_doc.Sheets.getCount()

        # More lines, another person, another month: logging in this spreadsheet refreshes the sheet.
        more = [("2026-02-03", "Luc", "Restitution", 3), ("2025-11-21", "Claire V.", "Other", 0.25)]
        for date, person, activity, hours in more:
            self.log(Date=date, Person=person, Activity=activity, Hours=hours)
        self.assert_sheet_adds_up(lines + more)
        ok, result = self.dispatch(self.sheet_doc, "HoursSheet", Interactive=False)
        self.assertTrue(ok, result)
        self.assert_sheet_adds_up(lines + more)
        self.assertEqual(self.sheet_doc.Sheets.getCount(), sheets_before)
        total = sum(h for *_, h in lines + more)
        self.sheet_doc.calculateAll()
        formula_cell = sheet.getCellByPosition(5, 0)
        self.assertEqual(formula_cell.getValue(), total * 2, formula_cell.getFormula())

        # A refused line changes neither the project nor the sheet.
        before = self.sheet_contents()
        self.assert_refused(Date="2026-02-03", Person="Luc", Activity="Restitution", Hours=22)
        self.assert_refused(Date="2026-02-04", Person="Luc", Activity="Restitution", Hours=0.3)
        self.assertEqual(self.sheet_contents(), before)
        ok, result = self.dispatch(self.sheet_doc, "HoursSheet", Interactive=False)
        self.assertTrue(ok, result)
        self.assertEqual(self.sheet_contents(), before)

        # The invoice summary is the sheet's print range.
        areas = sheet.getPrintAreas()
        self.assertEqual(len(areas), 1)
        invoice = self.block("ETS_Hours_Invoice").getRangeAddress()
        self.assertEqual((areas[0].StartRow, areas[0].EndRow, areas[0].StartColumn, areas[0].EndColumn),
                         (invoice.StartRow, invoice.EndRow, invoice.StartColumn, invoice.EndColumn))
        style = self.sheet_doc.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
        self.assertEqual((style.ScaleToPagesX, style.ScaleToPagesY), (1, 1))

    def assert_sheet_adds_up(self, lines):
        total = sum(h for *_, h in lines)
        summary = self.summary()
        self.assertEqual(summary["Total"], total)
        self.assertEqual(summary["Minimum de la mission"], 75)
        self.assertEqual(summary["Reste à prester"], max(0, 75 - total))
        self.assertEqual(sum(summary["Par activité"].values()), total)
        self.assertEqual(len(summary["Par activité"]), 9)
        self.assertEqual(summary["Par activité"]["Entretiens"], sum(h for _, _, a, h in lines if a == "Interviews"))
        people = {}
        months = {}
        for date, person, _, hours in lines:
            people[person] = people.get(person, 0) + hours
            months[date[:7]] = months.get(date[:7], 0) + hours
        self.assertEqual(summary["Par personne"], people)
        self.assertEqual(summary["Par mois"], months)

        invoice = self.rows("ETS_Hours_Invoice")
        header = invoice[1]
        self.assertEqual(header[0], "Activité")
        self.assertEqual(header[1:-1], sorted(months))
        body, totals = invoice[2:-1], invoice[-1]
        self.assertEqual(len(body), 9)
        for column, month in enumerate(sorted(months), start=1):
            self.assertEqual(sum(row[column] for row in body), months[month])
            self.assertEqual(totals[column], months[month])
        self.assertEqual(totals[-1], total)
        self.assertEqual(sum(row[-1] for row in body), total)

        entries = self.rows("ETS_Hours_Entries")
        self.assertEqual(entries[0], ["Date", "Personne", "Heures", "Activité", "Organisation", "Note", "Cumul"])
        self.assertEqual(len(entries), len(lines) + 1)
        self.assertEqual(sum(row[2] for row in entries[1:]), total)
        self.assertEqual(entries[-1][6], total)  # the running total ends on the total
        self.assertEqual([row[0] for row in entries[1:]], sorted(row[0] for row in entries[1:]))

    def test_hours_sheet_needs_a_spreadsheet(self):
        writer = self.writer(hidden=True)
        ok, message = self.dispatch(writer, "HoursSheet", Interactive=False)
        self.assertFalse(ok)
        self.assertIn("Calc", message)

    def test_empty_timesheet(self):
        ok, result = self.dispatch(self.sheet_doc, "HoursSheet", Interactive=False)
        self.assertTrue(ok, result)
        summary = self.summary()
        self.assertEqual((summary["Total"], summary["Reste à prester"]), (0, 75))
        self.assertEqual(self.rows("ETS_Hours_Invoice")[1], ["Activité", "Total"])
        self.assertEqual(len(self.rows("ETS_Hours_Entries")), 1)


if __name__ == "__main__":
    import unittest
    unittest.main()
