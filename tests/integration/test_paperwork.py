"""Issue 17, items 5 and 6: the interview calendar and consent (CalendarSheet, the card's planned date and consent,
the guide's GDPR notice and consent form) and the review copy of a transcript (ReviewCopy), run with arguments in a
real LibreOffice and checked through the Writer and Calc APIs after save and reload."""

import datetime
import json
import os
import shutil
import subprocess
import threading
import time

from ets_fixture import (OfficeTestCase, accessible_children, close_document, dialog_controls, file_url,  # first:
                         props)  # it gives UNO the extension's types

import uno  # noqa: E402,F401
from com.sun.star.lang import DisposedException  # noqa: E402

GRID = [{"question": "Quelles difficultés vivez-vous ?", "purpose": "les nœuds", "prompts": ["Un exemple ?"]}]


def day(offset):
    return (datetime.date.today() + datetime.timedelta(days=offset)).isoformat()


def serial(iso):
    """A date as Calc counts days (1899-12-30 is day 0)."""
    return float((datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def user_properties(document):
    container = document.getDocumentProperties().getUserDefinedProperties()
    return {p.Name: container.getPropertyValue(p.Name) for p in container.getPropertySetInfo().getProperties()}


def comments(document):
    found = []
    fields = document.getTextFields().createEnumeration()
    while fields.hasMoreElements():
        field = fields.nextElement()
        if field.supportsService("com.sun.star.text.textfield.Annotation"):
            found.append(field)
    return found


class PaperworkTest(OfficeTestCase):

    def setUp(self):
        super().setUp()
        self.folder = self.create_project("Étude", "Calendrier", "Claire")
        self.project_file = os.path.join(self.folder, "ets-project.json")
        self.document = self.writer(hidden=True)
        for name, status in (("Maison Zèbre", "Contacted"), ("Abeille", "Identified"), ("Mouette", "Identified")):
            ok, result = self.dispatch(self.document, "Organisations", Action="Add", Name=name, Status=status,
                                       Referent="Marie D.")
            self.assertTrue(ok, result)

    # -- helpers ----------------------------------------------------------------------------------------------------
    def project(self):
        with open(self.project_file, encoding="utf-8") as f:
            return json.load(f)

    def project_bytes(self):
        with open(self.project_file, "rb") as f:
            return f.read()

    def assert_refused(self, document, command, **arguments):
        before = self.project_bytes()
        ok, message = self.dispatch(document, command, **arguments)
        self.assertFalse(ok, "%s %s was accepted: %s" % (command, arguments, message))
        self.assertTrue(message)
        self.assertNotIn("{", message)
        self.assertEqual(self.project_bytes(), before, "%s %s changed the project file" % (command, arguments))
        return message

    def interview(self, organisation):
        ids = {o["id"] for o in self.project()["organisations"] if o["name"] == organisation}
        found = [i for i in self.project()["interviews"] if i["organisationId"] in ids]
        return found[0] if found else None

    def transcript(self, text, **card):
        """A transcript saved in the project's transcripts/ folder with its card recorded; left open (hidden)."""
        folder = os.path.join(self.folder, "transcripts")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, "zebre.odt")
        document = self.writer(hidden=True)
        document.getText().setString(text)
        document.storeAsURL(file_url(path), props(FilterName="writer8"))
        ok, result = self.dispatch(document, "RecordInterview", **card)
        self.assertTrue(ok, result)
        document.store()
        return document, path

    def reload_sheet(self, document):
        path = os.path.join(self.tmp, "calendrier.ods")
        document.storeToURL(file_url(path), props(FilterName="calc8"))
        reloaded = self.office.load(path)
        self.addCleanup(close_document, reloaded)
        return reloaded

    # -- the calendar ----------------------------------------------------------------------------------------------
    def test_calendar_sheet_lists_each_interview_and_flags_organisations_not_contacted(self):
        held, consent = day(-3), day(-4)
        self.transcript("Intervieweur : Bonjour.", Organisation="Maison Zèbre", Date=held, Status="Held",
                        Consent=True, ConsentDate=consent, ConsentForm="signed", PlannedDate=day(-5))
        ok, result = self.dispatch(self.document, "Organisations", Action="Update", Name="Abeille",
                                   PlannedDate=day(20), Status="Planned")
        self.assertTrue(ok, result)

        sheet_doc = self.calc(hidden=True)
        ok, result = self.dispatch(sheet_doc, "CalendarSheet", PhaseEnd=day(10))
        self.assertTrue(ok, result)
        self.assertIn("Calendrier", result)
        self.assertEqual(self.project()["phase"], {"end": day(10)})
        card = self.interview("Maison Zèbre")
        self.assertEqual((card["consentForm"], card["consentDate"], card["plannedDate"]), ("Signed", consent, day(-5)))

        reloaded = self.reload_sheet(sheet_doc)
        cells = reloaded.NamedRanges.getByName("ETS_Calendar").getReferredCells()
        self.assertEqual(cells.getSpreadsheet().getName(), "Calendrier")
        rows = [list(row) for row in cells.getDataArray()]
        self.assertEqual(rows[0], ["Organisation", "Référent", "À faire", "Prévu le", "Réalisé", "Transcrit",
                                   "Envoyé en relecture", "Validé", "Consenti", "Consenti le", "Forme"])
        by_name = {row[0]: row for row in rows[1:]}
        self.assertEqual(sorted(by_name), ["Abeille", "Maison Zèbre", "Mouette"])
        zebre = by_name["Maison Zèbre"]
        self.assertEqual(zebre[1], "Marie D.")
        self.assertEqual(zebre[3], serial(day(-5)))
        self.assertEqual(zebre[4], serial(held))
        self.assertEqual((zebre[8], zebre[9], zebre[10]), ("oui", serial(consent), "signé"))
        self.assertEqual(zebre[2], "")
        self.assertEqual(by_name["Abeille"][3], serial(day(20)))
        self.assertEqual(by_name["Abeille"][2], "")  # its interview is planned: contacted
        self.assertIn("à contacter avant la fin de la phase", by_name["Mouette"][2])
        self.assertEqual(by_name["Mouette"][8], "")  # no card: nothing known of consent
        # Dates are real dates, shown in the document's date format.
        row = 1 + [r[0] for r in rows[1:]].index("Maison Zèbre")
        cell = cells.getCellByPosition(4, row)
        self.assertEqual(cell.getValue(), serial(held))
        number_type = reloaded.getNumberFormats().getByKey(cell.NumberFormat).Type
        self.assertTrue(number_type & uno.getConstantByName("com.sun.star.util.NumberFormat.DATE"))
        self.assertNotEqual(cell.getString(), held)  # shown in the locale, not as stored

        # Without PhaseEnd the one kept in the project is used; far from it, nobody is flagged.
        ok, result = self.dispatch(sheet_doc, "CalendarSheet", PhaseEnd=day(60))
        self.assertTrue(ok, result)
        rows = [list(r) for r in sheet_doc.NamedRanges.getByName("ETS_Calendar").getReferredCells().getDataArray()]
        self.assertEqual([r[2] for r in rows[1:]], ["", "", ""])
        ok, result = self.dispatch(sheet_doc, "CalendarSheet", Interactive=False)
        self.assertTrue(ok, result)
        self.assertEqual(self.project()["phase"], {"end": day(60)})
        # An empty PhaseEnd clears it: nobody flagged, and the message says the end is not set.
        ok, result = self.dispatch(sheet_doc, "CalendarSheet", PhaseEnd="")
        self.assertTrue(ok, result)
        self.assertIn("n’est pas fixée", result)
        self.assertEqual(self.project()["phase"], {"end": ""})

    def test_calendar_refusals_write_nothing(self):
        sheet_doc = self.calc(hidden=True)
        self.assert_refused(sheet_doc, "CalendarSheet", PhaseEnd="2027-02-30")
        self.assert_refused(sheet_doc, "CalendarSheet", PhaseEnd="fin février")
        self.assertFalse(sheet_doc.getSheets().hasByName("Calendrier"))
        self.assertFalse(sheet_doc.NamedRanges.hasByName("ETS_Calendar"))

    def test_a_planned_date_in_the_past_or_invalid_is_refused(self):
        document = self.writer(hidden=True)
        document.getText().setString("Intervieweur : Bonjour.")
        message = self.assert_refused(document, "RecordInterview", Organisation="Abeille", PlannedDate=day(-1),
                                      Status="Planned")
        self.assertIn(day(-1), message)
        self.assertNotIn("ETS.InterviewId", user_properties(document))
        self.assert_refused(document, "RecordInterview", Organisation="Abeille", PlannedDate="2026-02-30")
        self.assert_refused(document, "RecordInterview", Organisation="Abeille", ConsentDate="demain")
        self.assert_refused(document, "RecordInterview", Organisation="Abeille", ConsentForm="pigeon voyageur")
        self.assert_refused(self.document, "Organisations", Action="Update", Name="Mouette", PlannedDate=day(-2))
        self.assert_refused(self.document, "Organisations", Action="Update", Name="Mouette", PlannedDate="2026-13-01")
        # A held interview may have been planned in the past; a future plan is fine.
        ok, result = self.dispatch(document, "RecordInterview", Organisation="Abeille", PlannedDate=day(-1),
                                   Status="Held", Date=day(-1))
        self.assertTrue(ok, result)
        ok, result = self.dispatch(self.document, "Organisations", Action="Update", Name="Mouette", PlannedDate=day(3))
        self.assertTrue(ok, result)

    # -- the guide ---------------------------------------------------------------------------------------------------
    def guide(self, **arguments):
        target = os.path.join(self.tmp, "guide-%d.odt" % len(os.listdir(self.tmp)))
        ok, result = self.dispatch(self.document, "InterviewGuide", Questions=json.dumps(GRID), Target=target,
                                   Hidden=True, **arguments)
        self.assertTrue(ok, result)
        guide = self.office.load(target)
        self.addCleanup(close_document, guide)
        return guide

    def paragraphs(self, document):
        found = []
        enumeration = document.Text.createEnumeration()
        while enumeration.hasMoreElements():
            paragraph = enumeration.nextElement()
            if paragraph.supportsService("com.sun.star.text.Paragraph"):
                found.append(paragraph)
        return found

    def test_guide_has_the_gdpr_notice_and_the_consent_form_on_a_page_of_its_own(self):
        guide = self.guide()
        text = guide.Text.getString()
        self.assertNotIn("{", text)
        for expected in ("Protection des données (RGPD)", "Finalité\u00a0:", "Conservation\u00a0:", "Vos droits\u00a0:",
                         "Contact\u00a0: ____", "Formulaire de consentement", "Signature\u00a0:",
                         "l’entretien soit enregistré puis transcrit\u202f;"):
            self.assertIn(expected, text)
        page_break = uno.Enum("com.sun.star.style.BreakType", "PAGE_BEFORE")
        breaking = [p.getString() for p in self.paragraphs(guide) if p.BreakType == page_break]
        self.assertEqual(breaking, ["Formulaire de consentement"])
        # The form comes last: nothing of the protocol after it.
        strings = [p.getString() for p in self.paragraphs(guide)]
        self.assertEqual(strings[-1], "Signature\u00a0:")
        form = strings[strings.index("Formulaire de consentement"):]
        self.assertEqual(form[1], "Calendrier")  # the project's name under the form's title
        self.assertFalse([line for line in form if line.startswith("Objectifs") or line.startswith("Protection")])

        guide = self.guide(Contact="Claire V., claire@example.org")
        text = guide.Text.getString()
        self.assertEqual(text.count("Contact\u00a0: Claire V., claire@example.org"), 2)  # the notice and the form
        self.assertNotIn("Contact\u00a0: ____", text)
        self.assertEqual(self.project()["guide"]["contact"], "Claire V., claire@example.org")

    # -- the review copy ----------------------------------------------------------------------------------------------
    def tagged_transcript(self):
        ok, result = self.dispatch(self.document, "Themes", Action="Add", Name="Logement")
        self.assertTrue(ok, result)
        document, path = self.transcript(
            "Intervieweur : Vous travaillez avec qui ?\nMaison Zèbre travaille avec MOUETTE et l’Abeille, "
            "pas avec les Abeilles du quartier.", Organisation="Maison Zèbre", Date=day(-3), Status="Transcribed",
            Consent=True)
        found = document.createReplaceDescriptor()
        found.SearchString = "travaille avec MOUETTE"
        document.getCurrentController().select(document.findFirst(found))
        ok, result = self.dispatch(document, "TagSelection", Themes="Logement", Memo="à relire")
        self.assertTrue(ok, result)
        document.store()
        self.assertEqual(len(comments(document)), 1)
        return document, path

    def test_review_copy_hides_tags_and_the_other_organisations_and_records_it_sent(self):
        document, path = self.tagged_transcript()
        before = read_bytes(path)
        out = os.path.join(self.tmp, "relectures")
        ok, copy = self.dispatch(document, "ReviewCopy", Format="odt", Folder=out)
        self.assertTrue(ok, copy)
        self.assertEqual(os.path.dirname(copy), out)
        self.assertTrue(copy.endswith("zebre \u2013 relecture.odt"), copy)

        reviewed = self.office.load(copy)
        self.addCleanup(close_document, reviewed)
        text = reviewed.Text.getString()
        self.assertIn("Maison Zèbre travaille avec [organisation ", text)
        self.assertNotIn("MOUETTE", text)
        self.assertNotIn("Abeille,", text)
        self.assertIn("les Abeilles du quartier", text)  # whole words only
        self.assertEqual(comments(reviewed), [])
        self.assertEqual([n for n in reviewed.getBookmarks().getElementNames() if n.startswith("ETS")], [])
        self.assertEqual([n for n in user_properties(reviewed) if n.startswith("ETS.")], [])

        # The transcript the tandem keeps is untouched: same file, same tags, not modified.
        self.assertEqual(read_bytes(path), before)
        self.assertFalse(document.isModified())
        self.assertEqual(len(comments(document)), 1)
        self.assertIn("MOUETTE", document.Text.getString())
        self.assertIn("ETS.InterviewId", user_properties(document))

        card = self.interview("Maison Zèbre")
        self.assertEqual((card["reviewSent"], card["status"]), (datetime.date.today().isoformat(), "SentForReview"))

        # As PDF, from the transcript's key without opening it: the text is there, without the other names.
        close_document(document)
        ok, pdf = self.dispatch(self.document, "ReviewCopy", Transcript="transcripts/zebre.odt", Format="PDF")
        self.assertTrue(ok, pdf)
        self.assertEqual(os.path.dirname(pdf), os.path.join(self.folder, "transcripts"))
        with open(pdf, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")
        if shutil.which("pdftotext"):
            pdf_text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
            self.assertIn("Maison Zèbre", pdf_text)
            self.assertNotIn("MOUETTE", pdf_text)
            self.assertNotIn("à relire", pdf_text)
        self.assertEqual(read_bytes(path), before)

        # The calendar shows it sent.
        sheet_doc = self.calc(hidden=True)
        ok, result = self.dispatch(sheet_doc, "CalendarSheet", Interactive=False)
        self.assertTrue(ok, result)
        reloaded = self.reload_sheet(sheet_doc)
        rows = [list(r) for r in reloaded.NamedRanges.getByName("ETS_Calendar").getReferredCells().getDataArray()]
        zebre = [r for r in rows if r[0] == "Maison Zèbre"][0]
        self.assertEqual(zebre[6], serial(datetime.date.today().isoformat()))
        self.assertEqual(zebre[5], "oui")

    def test_review_copy_refusals_write_nothing(self):
        out = os.path.join(self.tmp, "rien")
        plain = self.writer(hidden=True)
        plain.getText().setString("Une lettre, pas une transcription. Mouette.")
        plain.storeAsURL(file_url(os.path.join(self.tmp, "lettre.odt")), props(FilterName="writer8"))
        message = self.assert_refused(plain, "ReviewCopy", Folder=out)
        self.assertIn("lettre.odt", message)
        self.assertIn("transcription", message)
        self.assert_refused(self.document, "ReviewCopy", Transcript="transcripts/nulle-part.odt", Folder=out)
        document, _ = self.tagged_transcript()
        self.assert_refused(document, "ReviewCopy", Format="docx", Folder=out)
        self.assertFalse(os.path.exists(out) and os.listdir(out), "a refused copy left files behind")
        self.assertNotIn("reviewSent", self.interview("Maison Zèbre"))

    # -- the dialogs a person gets from the menu ------------------------------------------------------------------
    def run_dialog(self, document, command, button, fill):
        """Runs the command as from the menu: fills its dialog, presses `button`, then closes the message box that
        says what was done; returns (succeeded, message)."""
        outcome = {}
        worker = threading.Thread(target=lambda: outcome.update(result=self.dispatch(document, command)), daemon=True)
        worker.start()
        buttons, fields = dialog_controls(self, button)
        fill(fields)
        time.sleep(0.5)
        buttons[button].doAccessibleAction(0)
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        push_button = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")
        boxes = {uno.getConstantByName("com.sun.star.accessibility.AccessibleRole." + role) for role in ("ALERT", "DIALOG")}
        deadline = time.time() + 30
        while worker.is_alive() and time.time() < deadline:
            time.sleep(0.5)
            for i in range(toolkit.getTopWindowCount()):
                try:
                    window = toolkit.getTopWindow(i)
                    context = window.getAccessibleContext() if window is not None else None  # None: going away
                    if context is None or context.getAccessibleRole() not in boxes:
                        continue
                    children = accessible_children(context)
                    pushes = [c for c in children if c.getAccessibleRole() == push_button]
                except DisposedException:  # the dialog closing as it is read: look again at the next round
                    continue
                if pushes and button not in [c.getAccessibleName() for c in pushes]:  # the message box
                    pushes[0].doAccessibleAction(0)
                    break
        worker.join(timeout=5)
        self.assertFalse(worker.is_alive(), "the %s dialog did not close" % command)
        return outcome["result"]

    def test_the_calendar_dialog_asks_the_end_of_the_phase(self):
        sheet_doc = self.calc()
        ok, message = self.dispatch(sheet_doc, "CalendarSheet", PhaseEnd=day(12))  # kept in the project
        self.assertTrue(ok, message)
        shown = {}

        def read(fields):  # the end kept, in a date field shown in the regional format
            shown["text"] = fields[0].getText()

        ok, message = self.run_dialog(sheet_doc, "CalendarSheet", "Écrire le calendrier", read)
        self.assertTrue(ok, message)
        end = datetime.date.fromisoformat(day(12))
        self.assertIn(str(end.year), shown["text"])
        self.assertNotEqual(shown["text"], day(12))
        self.assertEqual(self.project()["phase"], {"end": day(12)})
        rows = sheet_doc.NamedRanges.getByName("ETS_Calendar").getReferredCells().getDataArray()
        self.assertEqual(len(rows), 4)
        self.assertEqual(sum(1 for row in rows[1:] if row[2].startswith("à contacter")), 2)  # Abeille, Mouette

    def test_the_review_copy_dialog_asks_the_format_and_the_folder(self):
        document, path = self.tagged_transcript()
        close_document(document)
        shown = self.office.load(path, hidden=False)
        self.addCleanup(close_document, shown)
        out = os.path.join(self.tmp, "pour relecture")

        def folder(fields):  # the one editable field, the transcript's folder to start with
            editable = [f for f in fields if hasattr(f, "setText")]
            self.assertEqual(len(editable), 1)
            self.assertIn("transcripts", editable[0].getText())
            editable[0].setText(out)

        ok, message = self.run_dialog(shown, "ReviewCopy", "Écrire la copie", folder)
        self.assertTrue(ok, message)
        written = os.listdir(out)
        self.assertEqual(written, ["zebre \u2013 relecture.pdf"])
        self.assertIn(os.path.join(out, written[0]), message)
        self.assertEqual(self.interview("Maison Zèbre")["status"], "SentForReview")
