"""Issue 3 (items 1 and 2): the register of organisations and the interview card of a transcript,
driven by dispatch and by the automation service in a real LibreOffice. Every refusal must leave
ets-project.json byte for byte as it was."""

import json
import os
import shutil
import threading
import time

from ets_fixture import OfficeTestCase, dialog_controls, file_url, named, props  # first: it gives UNO the extension's types

import uno  # noqa: E402,F401

ROOT = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


def user_properties(document):
    container = document.getDocumentProperties().getUserDefinedProperties()
    return {p.Name: container.getPropertyValue(p.Name) for p in container.getPropertySetInfo().getProperties()}


class RegisterTest(OfficeTestCase):

    def setUp(self):
        super().setUp()
        self.folder = self.create_project("Étude", "Registre", "Claire")
        self.project_file = os.path.join(self.folder, "ets-project.json")
        self.document = self.writer(hidden=True)

    # -- helpers ----------------------------------------------------------------------------
    def project(self):
        with open(self.project_file, encoding="utf-8") as f:
            return json.load(f)

    def project_bytes(self):
        with open(self.project_file, "rb") as f:
            return f.read()

    def organisation(self, name):
        found = [o for o in self.project()["organisations"] if o["name"] == name]
        return found[0] if found else None

    def add(self, name, **fields):
        ok, result = self.dispatch(self.document, "Organisations", Action="Add", Name=name, **fields)
        self.assertTrue(ok, result)
        return result

    def assert_refused(self, command, document=None, **arguments):
        """The command fails with a message and ets-project.json does not change by one byte."""
        before = self.project_bytes()
        ok, message = self.dispatch(document or self.document, command, **arguments)
        self.assertFalse(ok, "%s %s was accepted: %s" % (command, arguments, message))
        self.assertTrue(message)
        self.assertEqual(self.project_bytes(), before, "%s %s changed the project file" % (command, arguments))
        return message

    def saved_transcript(self, name="entretien.odt", folder=None):
        """A Writer document saved as .odt (in the project's transcripts/ folder by default), left open."""
        folder = folder or os.path.join(self.folder, "transcripts")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, name)
        document = self.writer(hidden=True)
        document.getText().setString("Intervieweur : Bonjour.")
        document.storeAsURL(file_url(path), props(FilterName="writer8"))
        return document, path

    # -- the register -----------------------------------------------------------------------
    def test_add_update_remove_by_dispatch(self):
        name = self.add("Maison médicale Le Sureau", Kind="Maison médicale", Sector="Santé",
                        Commune="Molenbeek-Saint-Jean", Contact="accueil", Referent="Marie D.",
                        Role="Both", Status="Contacted", Notes="Nœuds : non-recours.")
        self.assertEqual(name, "Maison médicale Le Sureau")
        entry = self.organisation("Maison médicale Le Sureau")
        self.assertEqual((entry["kind"], entry["commune"], entry["role"], entry["status"], entry["notes"]),
                         ("Maison médicale", "Molenbeek-Saint-Jean", "Both", "Contacted", "Nœuds : non-recours."))

        ok, result = self.dispatch(self.document, "Organisations", Action="Update", Name="maison médicale le sureau",
                                   Status="Interviewed", NewName="MM Le Sureau")
        self.assertTrue(ok, result)
        self.assertEqual(result, "MM Le Sureau")
        entry = self.organisation("MM Le Sureau")
        self.assertEqual(entry["status"], "Interviewed")
        self.assertEqual(entry["kind"], "Maison médicale")  # not given, so kept
        self.assertIsNone(self.organisation("Maison médicale Le Sureau"))

        ok, result = self.dispatch(self.document, "Organisations", Action="Remove", Name="MM Le Sureau")
        self.assertTrue(ok, result)
        self.assertIn("MM Le Sureau", result)
        self.assertEqual(self.project()["organisations"], [])

    def test_add_update_remove_through_the_service(self):
        service = self.office.automation()
        result = service.execute("Organisations", named(Action="Add", Name="AMO Cerf-Volant", Role="Lever"))
        self.assertTrue(result.Success, result.Message)
        self.assertEqual(self.organisation("AMO Cerf-Volant")["role"], "Lever")
        result = service.execute("Organisations", named(Action="Update", Name="AMO Cerf-Volant", Commune="Schaerbeek"))
        self.assertTrue(result.Success, result.Message)
        self.assertEqual(self.organisation("AMO Cerf-Volant")["commune"], "Schaerbeek")
        result = service.execute("Organisations", named(Action="Remove", Name="AMO Cerf-Volant"))
        self.assertTrue(result.Success, result.Message)
        self.assertIsNone(self.organisation("AMO Cerf-Volant"))
        result = service.execute("Organisations", named(Action="Remove", Name="AMO Cerf-Volant"))
        self.assertFalse(result.Success)
        self.assertIn("AMO Cerf-Volant", result.Message)

    def test_refusals_leave_the_project_file_unchanged(self):
        self.add("Clic Solidaire")
        message = self.assert_refused("Organisations", Action="Add", Name="  clic SOLIDAIRE ")
        self.assertIn("Clic Solidaire", message)
        self.assertRegex(message, "(?i)registre|existe")  # French, the profile's language
        message = self.assert_refused("Organisations", Action="Add", Name="Autre", Role="Noeud")
        self.assertIn("Noeud", message)
        self.assert_refused("Organisations", Action="Add", Name="Autre", Status="Fini")
        self.assert_refused("Organisations", Action="Add", Name="   ")
        self.assert_refused("Organisations", Action="Update", Name="Inconnue", Kind="asbl")
        self.assert_refused("Organisations", Action="Update", Name="Clic Solidaire", Role="Levier")
        self.assert_refused("Organisations", Action="Delete", Name="Clic Solidaire")
        message = self.assert_refused("Organisations", Name="Clic Solidaire")
        self.assertIn("Action", message)
        self.assertIsNone(self.organisation("Autre"))

    def test_remove_with_interviews_needs_force(self):
        self.add("Le Pas de Porte")
        transcript, _ = self.saved_transcript()
        ok, interview_id = self.dispatch(transcript, "RecordInterview", Organisation="Le Pas de Porte",
                                         Date="2026-11-12")
        self.assertTrue(ok, interview_id)
        message = self.assert_refused("Organisations", Action="Remove", Name="Le Pas de Porte")
        self.assertIn("1", message)
        self.assertIsNotNone(self.organisation("Le Pas de Porte"))
        ok, result = self.dispatch(self.document, "Organisations", Action="Remove", Name="Le Pas de Porte", Force=True)
        self.assertTrue(ok, result)
        data = self.project()
        self.assertEqual(data["organisations"], [])
        interview = [i for i in data["interviews"] if i["id"] == interview_id][0]
        self.assertEqual(interview["organisationId"], "")  # kept, unlinked

    # -- the interview card -----------------------------------------------------------------
    def test_record_interview_writes_document_and_project(self):
        self.add("AMO Cerf-Volant")
        document, path = self.saved_transcript("amo.odt")
        ok, interview_id = self.dispatch(document, "RecordInterview", Organisation="amo cerf-volant",
                                         Date="2026-11-19", DurationMinutes=120,
                                         Interviewers="Samir B.; Claire V.", Participants="directrice; éducateur de rue",
                                         ParticipantNames="Anne X.", Place="Schaerbeek", Consent=True,
                                         Status="Transcribed")
        self.assertTrue(ok, interview_id)
        self.assertTrue(interview_id.startswith("int-"), interview_id)
        self.assertFalse(document.isModified())  # saved with its card: file and project agree
        document.close(True)

        reloaded = self.office.load(path)
        self.addCleanup(reloaded.close, True)
        card = user_properties(reloaded)
        self.assertEqual(card["ETS.InterviewId"], interview_id)
        self.assertEqual(card["ETS.Organisation"], "AMO Cerf-Volant")
        self.assertEqual(card["ETS.Date"], "2026-11-19")
        self.assertEqual(card["ETS.DurationMinutes"], "120")
        self.assertEqual(card["ETS.Participants"], "directrice; éducateur de rue")
        self.assertEqual(card["ETS.ParticipantNames"], "Anne X.")
        self.assertEqual(card["ETS.Consent"], "true")

        interviews = {i["id"]: i for i in self.project()["interviews"]}
        interview = interviews[interview_id]
        self.assertEqual(interview["organisationId"], self.organisation("AMO Cerf-Volant")["id"])
        self.assertEqual(interview["transcript"], "transcripts/amo.odt")
        self.assertEqual(interview["durationMinutes"], 120)
        self.assertEqual(interview["interviewers"], ["Samir B.", "Claire V."])
        self.assertEqual(interview["participants"], ["directrice", "éducateur de rue"])
        self.assertTrue(interview["consent"])
        self.assertNotIn("Anne X.", self.project_bytes().decode("utf-8"))  # names stay in the document

        # Recording again updates the same interview; arguments not given keep the card's values.
        ok, again = self.dispatch(reloaded, "RecordInterview", Status="Coded")
        self.assertTrue(ok, again)
        self.assertEqual(again, interview_id)
        interviews = [i for i in self.project()["interviews"] if i["id"] == interview_id]
        self.assertEqual(len(interviews), 1)
        self.assertEqual((interviews[0]["status"], interviews[0]["place"]), ("Coded", "Schaerbeek"))

    def test_record_interview_refusals_change_nothing(self):
        self.add("Clic Solidaire")
        document, path = self.saved_transcript("clic.odt")
        self.assert_refused("RecordInterview", document, Organisation="Clic Solidaire", Date="2026-02-30")
        self.assert_refused("RecordInterview", document, Organisation="Clic Solidaire", Date="26/11/2026")
        message = self.assert_refused("RecordInterview", document, Organisation="Clic Solidaire", DurationMinutes=-5)
        self.assertIn("-5", message)
        self.assert_refused("RecordInterview", document, Organisation="Clic Solidaire", DurationMinutes="1h30")
        self.assert_refused("RecordInterview", document, Organisation="Clic Solidaire", DurationMinutes=2000)
        message = self.assert_refused("RecordInterview", document, Organisation="Inconnue", Date="2026-11-26")
        self.assertIn("Inconnue", message)
        self.assertNotIn("ETS.InterviewId", user_properties(document))
        self.assertFalse(document.isModified())

        # Calc is no transcript.
        self.assert_refused("RecordInterview", self.calc(hidden=True), Organisation="Clic Solidaire")

        # A read-only document is refused with its own message.
        document.close(True)
        read_only = self.office.desktop.loadComponentFromURL(file_url(path), "_blank", 0,
                                                             props(Hidden=True, ReadOnly=True))
        self.addCleanup(read_only.close, True)
        message = self.assert_refused("RecordInterview", read_only, Organisation="Clic Solidaire", Date="2026-11-26")
        self.assertRegex(message, "(?i)lecture seule")
        self.assertNotIn("ETS.InterviewId", user_properties(read_only))

    def test_new_transcript_has_speaker_styles_language_and_card(self):
        self.add("Maison médicale Le Sureau")
        ok, path = self.dispatch(self.document, "NewTranscript", Organisation="Maison médicale Le Sureau",
                                 Date="2026-11-05", DurationMinutes=90, Participants="accueillante",
                                 File="sureau", Hidden=True)
        self.assertTrue(ok, path)
        self.assertEqual(path, os.path.join(self.folder, "transcripts", "sureau.odt"))
        self.assertTrue(os.path.exists(path))
        for component in list(self.office.desktop.getComponents()):  # the command's own (hidden) window
            if component.getURL() == file_url(path):
                component.close(True)

        document = self.office.load(path)
        self.addCleanup(document.close, True)
        styles = document.getStyleFamilies().getByName("ParagraphStyles")
        for name in ("ETS Intervieweur", "ETS Interviewé"):
            self.assertTrue(styles.hasByName(name), name)
        self.assertEqual(styles.getByName("ETS Intervieweur").ParentStyle, "ETS Interviewé")
        used = set()
        paragraphs = document.getText().createEnumeration()
        while paragraphs.hasMoreElements():
            used.add(paragraphs.nextElement().ParaStyleName)
        self.assertTrue({"ETS Intervieweur", "ETS Interviewé"} <= used, used)
        locale = styles.getByName("Standard").CharLocale
        self.assertEqual((locale.Language, locale.Country), ("fr", "BE"))
        page = document.getStyleFamilies().getByName("PageStyles").getByName("Standard")
        self.assertTrue(page.HeaderIsOn)
        self.assertIn("Maison médicale Le Sureau", page.HeaderText.getString())
        self.assertIn("2026-11-05", page.HeaderText.getString())

        card = user_properties(document)
        interviews = {i["id"]: i for i in self.project()["interviews"]}
        self.assertIn(card["ETS.InterviewId"], interviews)
        interview = interviews[card["ETS.InterviewId"]]
        self.assertEqual(interview["transcript"], "transcripts/sureau.odt")
        self.assertEqual(interview["durationMinutes"], 90)

        # An existing file is never replaced; an unknown organisation creates nothing.
        self.assert_refused("NewTranscript", Organisation="Maison médicale Le Sureau", File="sureau", Hidden=True)
        self.assert_refused("NewTranscript", Organisation="Inconnue", File="autre", Hidden=True)
        self.assertFalse(os.path.exists(os.path.join(self.folder, "transcripts", "autre.odt")))

    def test_transcript_keeps_its_card_away_from_its_project(self):
        self.add("Clic Solidaire")
        document, path = self.saved_transcript("clic.odt")
        ok, interview_id = self.dispatch(document, "RecordInterview", Organisation="Clic Solidaire",
                                         Date="2026-11-26", Place="Forest")
        self.assertTrue(ok, interview_id)
        document.close(True)

        # E-mailed elsewhere: the copy carries its card.
        elsewhere = os.path.join(self.tmp, "courriel")
        os.makedirs(elsewhere)
        copy = os.path.join(elsewhere, "clic.odt")
        shutil.copy(path, copy)
        opened = self.office.load(copy)
        self.addCleanup(opened.close, True)
        card = user_properties(opened)
        self.assertEqual((card["ETS.InterviewId"], card["ETS.Organisation"], card["ETS.Place"]),
                         (interview_id, "Clic Solidaire", "Forest"))

        # Recorded in another project, it keeps its id there too, and its path is absolute.
        other = os.path.join(self.tmp, "Autre projet")
        self.assertTrue(self.office.automation().openProject(other, True, "Autre", "Samir").Success)
        self.project_file = os.path.join(other, "ets-project.json")
        self.add("Clic Solidaire")
        ok, same = self.dispatch(opened, "RecordInterview", Status="Held")
        self.assertTrue(ok, same)
        self.assertEqual(same, interview_id)
        interview = [i for i in self.project()["interviews"] if i["id"] == interview_id][0]
        self.assertEqual(interview["transcript"], copy)
        self.assertEqual(interview["place"], "Forest")




ADD = "Ajouter comme nouvelle organisation"


class RegisterDialogTest(OfficeTestCase):
    """The register dialog as a person uses it: type a name, press « Ajouter comme nouvelle organisation », then Fermer."""

    def dialog_controls(self, timeout=15):
        return dialog_controls(self, ADD, timeout)

    def test_add_through_the_dialog(self):
        folder = os.path.join(self.tmp, "dialogue")
        self.assertTrue(self.office.automation().openProject(folder, True, "Dialogue", "Claire").Success)
        document = self.writer()
        outcome = {}
        worker = threading.Thread(target=lambda: outcome.update(result=self.dispatch(document, "Organisations")),
                                  daemon=True)
        worker.start()
        buttons, fields = self.dialog_controls()
        fields[0].setText("Maison de quartier Les Tilleuls")  # the Name field comes first
        buttons[ADD].doAccessibleAction(0)
        project_file = os.path.join(folder, "ets-project.json")
        deadline = time.time() + 15
        names = []
        while time.time() < deadline and not names:
            with open(project_file, encoding="utf-8") as f:
                names = [o["name"] for o in json.load(f)["organisations"]]
            time.sleep(0.3)
        self.assertEqual(names, ["Maison de quartier Les Tilleuls"])
        buttons, _ = self.dialog_controls()  # shown again after the change
        buttons["Fermer"].doAccessibleAction(0)
        worker.join(timeout=15)
        self.assertFalse(worker.is_alive(), "the dialog did not close")
        self.assertEqual(outcome["result"], (True, "Maison de quartier Les Tilleuls"))


class DemoTranscriptsTest(OfficeTestCase):
    """The demo transcripts carry the cards of the demo project."""

    def test_demo_transcripts_carry_their_interview_ids(self):
        with open(os.path.join(ROOT, "demo", "ets-project.json"), encoding="utf-8") as f:
            project = json.load(f)
        organisations = {o["id"]: o["name"] for o in project["organisations"]}
        self.assertTrue(project["interviews"])
        for interview in project["interviews"]:
            copy = os.path.join(self.tmp, os.path.basename(interview["transcript"]))
            shutil.copy(os.path.join(ROOT, "demo", interview["transcript"]), copy)
            document = self.office.load(copy)
            try:
                card = user_properties(document)
            finally:
                document.close(True)
            self.assertEqual(card.get("ETS.InterviewId"), interview["id"], copy)
            self.assertEqual(card.get("ETS.Organisation"), organisations[interview["organisationId"]])
            self.assertEqual(card.get("ETS.Date"), interview["date"])


if __name__ == "__main__":
    import unittest
    unittest.main()
