"""Issue 17 (items 7 and 3): vnd.ets:Invoice in a real LibreOffice. Hours are logged first through LogHours; the
invoice is made with From, To and Folder; the .odt is opened through the Writer API after it was saved (hours,
amounts, number), its PDF exists; each bad input writes nothing and records nothing; the options written to the
configuration (Tools ▸ Options ▸ ETS Workbench) change the invoice; the options page's handler keeps the old value of
what it refuses; the dialog, as a person uses it, refuses a folder it cannot write and stays, then makes the invoice."""

import datetime
import json
import os
import threading
import time

from ets_fixture import OfficeTestCase, accessible_children, close_document, dialog_controls  # first: UNO types

import uno  # noqa: E402,F401
from com.sun.star.lang import DisposedException  # noqa: E402

NBSP = "\u00a0"
NNBSP = "\u202f"
YEAR = str(datetime.date.today().year)


class InvoiceTest(OfficeTestCase):

    def setUp(self):
        super().setUp()
        self.folder = self.create_project("Mission", "Phase exploratoire", "Claire")
        self.project_file = os.path.join(self.folder, "ets-project.json")
        self.out = os.path.join(self.tmp, "factures")
        self.doc = self.writer(hidden=True)
        self.set_options(InvoiceHourlyRate="", InvoiceFlatAmount="", InvoicerName="", InvoicerAddress="",
                         DocumentLanguage="")
        for date, person, activity, hours in [("2026-10-20", "Claire", "Protocol", 3),
                                              ("2026-11-05", "Claire", "Interviews", 2.5),
                                              ("2026-11-05", "Yasmine", "Interviews", 2.5),
                                              ("2026-11-12", "Claire", "Analysis", 4),
                                              ("2026-11-30", "Claire", "Writing", 1.25),
                                              ("2026-12-01", "Claire", "Writing", 6)]:
            ok, message = self.dispatch(self.doc, "LogHours", Date=date, Person=person, Activity=activity,
                                        Hours=hours)
            self.assertTrue(ok, message)

    # -- helpers ----------------------------------------------------------------------------
    def set_options(self, **values):
        self.office.set_options(**values)

    def option(self, name):
        return self.office.option(name)

    def project(self):
        with open(self.project_file, encoding="utf-8") as f:
            return json.load(f)

    def project_bytes(self):
        with open(self.project_file, "rb") as f:
            return f.read()

    def invoice(self, **arguments):
        ok, result = self.dispatch(self.doc, "Invoice", **arguments)
        self.assertTrue(ok, result)
        return result

    def read_back(self, odt):
        """The saved invoice opened in Writer: its body text and its tables' cells."""
        document = self.office.load(odt)
        try:
            text = document.getText().getString()
            tables = [[list(row) for row in document.TextTables.getByIndex(i).getDataArray()]
                      for i in range(document.TextTables.getCount())]
            return text, tables
        finally:
            document.close(True)

    def assert_refused(self, pattern, **arguments):
        before = self.project_bytes()
        files = sorted(os.listdir(self.tmp))
        ok, message = self.dispatch(self.doc, "Invoice", **arguments)
        self.assertFalse(ok, "%s was accepted: %s" % (arguments, message))
        self.assertRegex(message, pattern)
        self.assertRegex(message, "Aucune facture n’a été faite ni enregistrée")
        self.assertEqual(self.project_bytes(), before, "%s changed the project file" % (arguments,))
        self.assertEqual(sorted(os.listdir(self.tmp)), files, "%s wrote a file" % (arguments,))
        self.assertFalse(os.path.exists(self.out) and os.listdir(self.out), "%s wrote an invoice" % (arguments,))
        return message

    # -- the invoice ------------------------------------------------------------------------
    def test_an_hourly_invoice_for_november(self):
        self.set_options(InvoiceHourlyRate="62,50", InvoicerName="Claire Dubois",
                         InvoicerAddress="Rue Haute 12\n1000 Bruxelles")
        odt = self.invoice(From="2026-11-01", To="2026-11-30", Folder=self.out)
        self.assertEqual(odt, os.path.join(self.out, "Facture %s-001.odt" % YEAR))
        pdf = odt[:-4] + ".pdf"
        self.assertTrue(os.path.exists(pdf))
        with open(pdf, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")

        text, tables = self.read_back(odt)
        self.assertIn("Facture n°" + NBSP + YEAR + "-001", text)
        self.assertIn("Claire Dubois\nRue Haute 12\n1000 Bruxelles", text)
        self.assertIn("du 1er novembre 2026 au 30 novembre 2026", text)
        self.assertIn("Minimum de la mission" + NBSP + ": 75" + NBSP + "h", text)
        self.assertIn("13,25" + NBSP + "h", text)  # October's hours count towards the minimum
        self.assertIn("61,75" + NBSP + "h", text)  # what is left of it
        self.assertNotIn("{", text)
        hours, amount = tables
        self.assertEqual(hours[0], ["Activité", "Claire", "Yasmine", "Total"])  # each member of the tandem apart
        self.assertEqual(hours[1], ["Entretiens", "2,5" + NBSP + "h", "2,5" + NBSP + "h", "5" + NBSP + "h"])
        self.assertEqual(hours[2][0], "Analyse")
        self.assertEqual(hours[-1], ["Total", "7,75" + NBSP + "h", "2,5" + NBSP + "h", "10,25" + NBSP + "h"])
        self.assertEqual(amount[1][1], "640,63" + NBSP + "€")  # 10,25 h × 62,50 €
        self.assertEqual(amount[-1], ["Total à payer", "640,63" + NBSP + "€"])

        record = self.project()["invoices"][0]
        self.assertEqual(record["number"], YEAR + "-001")
        self.assertEqual((record["from"], record["to"], record["hours"]), ("2026-11-01", "2026-11-30", 10.25))
        self.assertEqual(record["amountCents"], 64063)
        self.assertEqual(record["file"], os.path.basename(odt))

        # The next invoice takes the next number; a thousand euros and more are grouped as French writes them.
        self.set_options(InvoiceHourlyRate="1 000")
        second = self.invoice(From="2026-12-01", To="2026-12-01", Folder=self.out)
        self.assertTrue(second.endswith("Facture %s-002.odt" % YEAR), second)
        _, tables = self.read_back(second)
        self.assertEqual(tables[1][-1][1], "6" + NNBSP + "000,00" + NBSP + "€")
        self.assertEqual([i["number"] for i in self.project()["invoices"]], [YEAR + "-001", YEAR + "-002"])

    def test_a_flat_amount_and_what_is_not_known_left_to_fill_by_hand(self):
        self.set_options(InvoiceFlatAmount="3000")
        odt = self.invoice(From="2026-10-01", To="2026-12-31", Folder=self.out)
        text, tables = self.read_back(odt)
        self.assertEqual(tables[1][1], ["Forfait de la mission (minimum 75" + NBSP + "h)", "3" + NNBSP + "000,00" + NBSP + "€"])
        self.assertIn("Nom et adresse" + NBSP + ": ____", text)  # no invoicer in the options: a line to fill
        self.assertNotIn("{", text)
        # Without any amount in the options, the amount too is a line to fill by hand.
        self.set_options(InvoiceFlatAmount="")
        text, tables = self.read_back(self.invoice(From="2026-10-01", To="2026-12-31", Folder=self.out))
        self.assertEqual(len(tables), 1)
        self.assertIn("Montant à payer" + NBSP + ": ____", text)

    def test_the_language_of_documents_written_comes_from_the_options(self):
        self.set_options(DocumentLanguage="en", InvoiceHourlyRate="1234.5")
        odt = self.invoice(From="2026-11-01", To="2026-11-30", Folder=self.out)
        self.assertTrue(odt.endswith("Invoice %s-001.odt" % YEAR), odt)
        text, tables = self.read_back(odt)
        self.assertIn("Invoice no. " + YEAR + "-001", text)
        self.assertEqual(tables[0][1][0], "Interviews")
        self.assertEqual(tables[1][-1][1], "€12,653.63")  # 10.25 h × 1,234.50
        self.set_options(DocumentLanguage="")

    def test_the_default_folder_is_the_projects_and_calc_invoices_too(self):
        ok, odt = self.dispatch(self.calc(hidden=True), "Invoice", From="2026-11-01", To="2026-11-30")
        self.assertTrue(ok, odt)
        self.assertEqual(os.path.dirname(odt), self.folder)
        self.assertTrue(os.path.exists(odt[:-4] + ".pdf"))

    def press_in_message_box(self, name, timeout=20):
        """Presses the button `name` of the message box on screen (a top window that is no document's frame)."""
        import uno
        push_button = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")
        frame_role = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.FRAME")
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i in range(toolkit.getTopWindowCount()):
                window = toolkit.getTopWindow(i)
                if window is None or (hasattr(window, "isVisible") and not window.isVisible()):
                    continue  # a box already closed may still be listed
                try:
                    context = window.getAccessibleContext()
                    if context is None or context.getAccessibleRole() == frame_role:
                        continue
                    wanted = [child for child in accessible_children(context)
                              if child.getAccessibleRole() == push_button and child.getAccessibleName() == name]
                except DisposedException:  # a box going away as it is read: look again
                    continue
                if wanted:
                    wanted[0].doAccessibleAction(0)
                    time.sleep(1)
                    return
            time.sleep(0.3)
        self.fail("no message box with a button « %s »" % name)

    def test_the_dialog_refuses_a_folder_it_cannot_write_then_makes_the_invoice(self):
        writer = self.writer()
        blocker = os.path.join(self.tmp, "un-fichier")
        with open(blocker, "w") as f:
            f.write("pas un dossier")
        outcome = {}
        worker = threading.Thread(target=lambda: outcome.update(result=self.dispatch(writer, "Invoice")), daemon=True)
        worker.start()
        buttons, fields = dialog_controls(self, "Facturer")
        folder = [field for field in fields if field.getText() == self.folder]  # the project's folder proposed
        self.assertEqual(len(folder), 1, [field.getText() for field in fields])
        # Accessible edits and clicks are carried out by the office's main loop: one at a time.
        folder[0].setText(os.path.join(blocker, "factures"))
        time.sleep(0.5)
        buttons["Facturer"].doAccessibleAction(0)
        self.press_in_message_box("OK")  # the refusal, over the dialog
        self.assertNotIn("invoices", [k for k, v in self.project().items() if v])
        buttons, fields = dialog_controls(self, "Facturer")  # the dialog stays, with what was typed
        folder = [field for field in fields if field.getText() == os.path.join(blocker, "factures")]
        self.assertEqual(len(folder), 1, [field.getText() for field in fields])
        folder[0].setText(self.out)
        time.sleep(0.5)
        buttons["Facturer"].doAccessibleAction(0)
        self.press_in_message_box("OK", timeout=120)  # the message saying where the invoice is
        worker.join(timeout=60)
        self.assertFalse(worker.is_alive(), "the dialog did not close")
        ok, message = outcome["result"]
        self.assertTrue(ok, message)
        self.assertIn("Facture %s-001" % YEAR, message)
        odt = os.path.join(self.out, "Facture %s-001.odt" % YEAR)
        self.assertTrue(os.path.exists(odt[:-4] + ".pdf"))
        # The period proposed: from the first hour not invoiced yet (20 October) to today, every hour logged.
        record = self.project()["invoices"][0]
        self.assertEqual((record["from"], record["to"]), ("2026-10-20", datetime.date.today().isoformat()))
        _, tables = self.read_back(odt)
        self.assertEqual(tables[0][-1][-1], "19,25" + NBSP + "h")
        for component in list(self.office.desktop.getComponents()):  # the invoice the person was shown
            if getattr(component, "URL", "").endswith(".odt") and "Facture" in component.URL:
                close_document(component)

    # -- bad input --------------------------------------------------------------------------
    def test_bad_input_writes_nothing(self):
        self.assert_refused("Aucune heure n’est notée du 2027-01-01 au 2027-01-31",
                            From="2027-01-01", To="2027-01-31", Folder=self.out)
        self.assert_refused("se termine le 2026-11-01, avant de commencer le 2026-11-30",
                            From="2026-11-30", To="2026-11-01", Folder=self.out)
        self.assert_refused("2026-11-31", From="2026-11-01", To="2026-11-31", Folder=self.out)
        self.set_options(InvoiceHourlyRate="soixante")
        self.assert_refused("taux horaire.*soixante", From="2026-11-01", To="2026-11-30", Folder=self.out)
        self.set_options(InvoiceHourlyRate="")
        blocker = os.path.join(self.tmp, "un-fichier")
        with open(blocker, "w") as f:
            f.write("pas un dossier")
        self.assert_refused("Impossible d’écrire dans le dossier", From="2026-11-01", To="2026-11-30",
                            Folder=os.path.join(blocker, "factures"))
        ok, message = self.dispatch(self.doc, "Invoice", From="2026-11-01")
        self.assertFalse(ok)
        self.assertIn("To", message)
        self.assertNotIn("invoices", [k for k, v in self.project().items() if v])

    # -- the options page -------------------------------------------------------------------
    def test_the_options_page_keeps_the_old_value_of_what_it_refuses(self):
        self.set_options(QuotesPerBrief=10, PlacesPerOrganisation=6, InvoiceHourlyRate="60")
        frame = self.doc.getCurrentController().getFrame()
        provider = self.office.create("com.sun.star.awt.ContainerWindowProvider")
        handler = self.office.create("org.etsworkbench.OptionsHandler")
        extension = self.office.ctx.getValueByName(
            "/singletons/com.sun.star.deployment.PackageInformationProvider").getPackageLocation(
            "org.etsworkbench.ets-workbench")
        page = provider.createContainerWindow(extension + "/dialogs/Options.xdl", "",
                                              frame.getContainerWindow(), handler)
        try:
            self.assertTrue(handler.callHandlerMethod(page, "initialize", "external_event"))
            self.assertEqual(page.getControl("QuotesField").getText(), "10")
            self.assertEqual(page.getControl("RateField").getText(), "60")
            self.assertEqual(page.getControl("CoderField").getText(), "Claire")
            self.assertEqual(page.getControl("LanguageList").getItemCount(), 4)
            page.getControl("QuotesField").setText("-3")
            page.getControl("PlacesField").setText("-1")
            page.getControl("RateField").setText("soixante")
            page.getControl("NameField").setText("Claire Dubois")
            page.getControl("PseudonymiseBox").setState(0)
            page.getControl("LanguageList").selectItemPos(2, True)
            self.assertTrue(handler.callHandlerMethod(page, "ok", "external_event"))
            self.assertEqual(self.option("QuotesPerBrief"), 10)
            self.assertEqual(self.option("PlacesPerOrganisation"), 6)
            self.assertEqual(self.option("InvoiceHourlyRate"), "60")
            self.assertEqual(self.option("InvoicerName"), "Claire Dubois")
            self.assertFalse(self.option("Pseudonymise"))
            self.assertEqual(self.option("DocumentLanguage"), "nl")
            status = page.getControl("StatusLabel").getText()
            self.assertIn("«" + NBSP + "-3" + NBSP + "» n’est pas un nombre entier de 0 à 50", status)
            self.assertIn("L’ancienne valeur est gardée", status)
            self.assertIn("soixante", status)
            self.assertEqual(page.getControl("QuotesField").getText(), "10")  # the old value back in its field
            # Good values are taken.
            page.getControl("QuotesField").setText("4")
            page.getControl("RateField").setText("62,50")
            self.assertTrue(handler.callHandlerMethod(page, "ok", "external_event"))
            self.assertEqual(self.option("QuotesPerBrief"), 4)
            self.assertEqual(self.option("InvoiceHourlyRate"), "62,50")
            self.assertEqual(page.getControl("StatusLabel").getText(), "")
            # The coder's name changed on the page is who logs hours from the next command on.
            page.getControl("CoderField").setText("Claire D.")
            self.assertTrue(handler.callHandlerMethod(page, "ok", "external_event"))
            ok, message = self.dispatch(self.doc, "LogHours", Date="2026-12-02", Activity="Writing", Hours=1)
            self.assertTrue(ok, message)
            self.assertEqual(self.project()["hours"][-1]["person"], "Claire D.")
            # A page a person sees says it at once in a message box too (on OK the options dialog closes).
            page.setVisible(True)
            page.getControl("QuotesField").setText("-3")
            worker = threading.Thread(target=lambda: handler.callHandlerMethod(page, "ok", "external_event"),
                                      daemon=True)
            worker.start()
            self.press_in_message_box("OK")
            worker.join(timeout=20)
            self.assertFalse(worker.is_alive(), "the message box did not close")
            self.assertEqual(self.option("QuotesPerBrief"), 4)
        finally:
            page.dispose()
            self.set_options(QuotesPerBrief=16, PlacesPerOrganisation=8, Pseudonymise=True, DocumentLanguage="",
                             InvoicerName="", InvoiceHourlyRate="")  # each test's project sets the coder again

    def test_a_new_project_takes_the_options_cap_of_places(self):
        self.set_options(PlacesPerOrganisation=5)
        try:
            folder = self.create_project("Autre", "Autre projet", "Claire")
            with open(os.path.join(folder, "ets-project.json"), encoding="utf-8") as f:
                self.assertEqual(json.load(f)["cycle"]["placesPerOrganisation"], 5)
        finally:
            self.set_options(PlacesPerOrganisation=8)


if __name__ == "__main__":
    import unittest
    unittest.main()
