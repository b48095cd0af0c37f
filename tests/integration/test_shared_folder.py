"""Issue 13: two people, one project folder. Two real LibreOffice instances (two profiles) work on one folder, as a
tandem does on a network drive or a synchronised folder: nothing either confirms is lost, whatever the order of their
commands, a sync client replacing the file, its conflict copies, or a transcript the other has open."""

import json
import os
import shutil
import threading
import time
import unittest

from ets_fixture import TwoOfficesTestCase, close_document, run_command  # first: it gives UNO the extension's types

ROOT = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(ROOT, "demo")
SUREAU = "maison-medicale-le-sureau.odt"


class SharedFolderTest(TwoOfficesTestCase):
    """Claire's office (A) and Yasmine's (B), each with its own profile, on one copy of the demo project."""

    def setUp(self):
        import tempfile
        self.tmp = tempfile.mkdtemp(prefix="ets-shared-")
        self.folder = os.path.join(self.tmp, "projet")
        shutil.copytree(DEMO, self.folder)
        self.addCleanup(shutil.rmtree, self.tmp, True)
        for office, coder in ((self.a, "Claire"), (self.b, "Yasmine")):
            result = office.automation().openProject(self.folder, False, "", coder)
            self.assertTrue(result.Success, result.Message)

    # -- helpers ----------------------------------------------------------------------------
    def project_file(self):
        with open(os.path.join(self.folder, "ets-project.json"), encoding="utf-8") as f:
            return json.load(f)

    def names(self, collection):
        return sorted(item["name"] for item in self.project_file()[collection])

    def log(self, office, hours, date="2026-11-20"):
        return self.ok(office, "LogHours", Date=date, Activity="Analysis", Hours=hours)

    def transcript(self, office, name=SUREAU, hidden=True):
        return office.load(os.path.join(self.folder, "transcripts", name), hidden=hidden)

    def tag_in(self, office, text, themes):
        """Tags `text` of the Sureau transcript in `office`, saves the transcript and closes it."""
        document = self.transcript(office)
        try:
            search = document.createSearchDescriptor()
            search.SearchString = text
            document.getCurrentController().select(document.findFirst(search))
            ok, anchor = office.dispatch(document.getCurrentController().getFrame(), "TagSelection", Themes=themes)
            self.assertTrue(ok, anchor)
            document.store()
            return anchor
        finally:
            close_document(document)

    # -- what both confirm is kept ------------------------------------------------------------
    def test_every_change_of_both_offices_is_kept_and_each_sees_the_others(self):
        before = len(self.project_file()["hours"])
        self.ok(self.a, "Organisations", Action="Add", Name="Maison X")
        self.ok(self.b, "Organisations", Action="Add", Name="Maison Y")
        self.ok(self.a, "Themes", Action="Add", Name="Thème de Claire")
        self.ok(self.b, "Themes", Action="Add", Name="Thème de Yasmine")
        self.log(self.a, 2)
        told = self.log(self.b, 3)  # B's save merges A's 2 h: the total B is told counts them
        data = self.project_file()
        self.assertIn("Maison X", self.names("organisations"))
        self.assertIn("Maison Y", self.names("organisations"))
        self.assertIn("Thème de Claire", self.names("themes"))
        self.assertIn("Thème de Yasmine", self.names("themes"))
        self.assertEqual(len(data["hours"]), before + 2)
        total = sum(line["hours"] for line in data["hours"])
        self.assertIn(("%g" % total).replace(".", ","), told)
        # A's next command sees what B did: renaming B's theme works in A.
        self.ok(self.a, "Themes", Action="Rename", Name="Thème de Yasmine", NewName="Thème partagé")
        self.assertIn("Thème partagé", self.names("themes"))
        self.assertIn("Maison Y", self.names("organisations"))

    def test_each_kind_of_record_changed_in_turn_by_both_is_kept(self):
        sureau = "Maison médicale Le Sureau"
        self.ok(self.a, "Organisations", Action="SetReferent", Name="Marie Dupont", Organisation=sureau)
        self.ok(self.b, "Pseudonyms", People="Martine Dubois = coordinatrice")
        self.ok(self.a, "InterviewGuide", Questions='["Qu’est-ce qui vous freine ?"]', Consent="Consentement de Claire",
                Target=os.path.join(self.tmp, "guide.odt"), Hidden=True)
        calc = self.b.new_document("scalc", hidden=True)
        try:
            ok, told = self.b.dispatch(calc.getCurrentController().getFrame(), "Programme", Start="2028-03",
                                       Interactive=False)
        finally:
            close_document(calc)
        self.assertTrue(ok, told)
        self.ok(self.a, "Organisations", Action="Update", Name=sureau, Notes="Note de Claire")
        self.ok(self.b, "Organisations", Action="Update", Name=sureau, Commune="Jette")
        data = self.project_file()
        self.assertIn("Marie Dupont", [r["name"] for r in data["referents"]])
        self.assertEqual([(p["name"], p["role"]) for p in data["people"]][-1], ("Martine Dubois", "coordinatrice"))
        self.assertEqual(data["guide"]["consent"], "Consentement de Claire")
        self.assertEqual(data["cycle"]["start"], "2028-03")
        organisation = next(o for o in data["organisations"] if o["name"] == sureau)
        self.assertEqual((organisation["notes"], organisation["commune"]), ("Note de Claire", "Jette"))

    def test_forty_lines_of_hours_from_each_office_at_once_are_eighty_lines(self):
        before = len(self.project_file()["hours"])
        failures = []

        def forty(office):
            for i in range(40):
                ok, message = run_command(office, "LogHours", Date="2026-11-%02d" % (1 + i % 28), Activity="Analysis",
                                          Hours=0.25)
                if not ok:
                    failures.append(message)

        threads = [threading.Thread(target=forty, args=(office,)) for office in (self.a, self.b)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(failures, [])
        self.assertEqual(len(self.project_file()["hours"]), before + 80)

    def test_commands_that_only_read_never_write_the_project_file(self):
        path = os.path.join(self.folder, "ets-project.json")
        with open(path, "rb") as f:
            before = f.read()
        self.ok(self.b, "Passages", Scope="Project", Interactive=False)
        calc = self.b.new_document("scalc", hidden=True)
        try:
            ok, message = self.b.dispatch(calc.getCurrentController().getFrame(), "TallyThemes", Interactive=False)
            self.assertTrue(ok, message)
        finally:
            close_document(calc)
        self.ok(self.b, "About", Interactive=False)
        with open(path, "rb") as f:
            self.assertEqual(f.read(), before)

    # -- sync clients -------------------------------------------------------------------------
    def test_a_file_a_sync_client_replaces_between_commands_is_merged(self):
        self.ok(self.a, "Organisations", Action="Add", Name="Z1")
        path = os.path.join(self.folder, "ets-project.json")
        with open(path, "rb") as f:
            older = f.read()
        self.ok(self.b, "Organisations", Action="Add", Name="Z2")
        # The partner's older version arrives as sync clients write: beside the file, then renamed over it.
        with open(path + ".syncing", "wb") as f:
            f.write(older)
        os.replace(path + ".syncing", path)
        self.ok(self.b, "Organisations", Action="Add", Name="Z3")
        self.assertTrue({"Z1", "Z2", "Z3"} <= set(self.names("organisations")))

    def test_a_conflict_copy_is_merged_then_moved_aside_and_said(self):
        self.ok(self.a, "Organisations", Action="Add", Name="W1")
        copy = os.path.join(self.folder, "ets-project.sync-conflict-20261202-101112-ABCDEFG.json")
        data = self.project_file()
        data["organisations"].append({"id": "org-copie", "name": "W2", "kind": "", "sector": "", "commune": "",
                                      "contact": "", "referent": "", "role": "Knot", "status": "Identified",
                                      "notes": ""})
        data.setdefault("revisions", {})["organisations/org-copie"] = {"by": "Yasmine", "at": "2026-12-02T09:00:00.000Z"}
        with open(copy, "w", encoding="utf-8") as f:
            json.dump(data, f)
        told = self.ok(self.b, "Organisations", Action="Add", Name="W3")
        self.assertTrue({"W1", "W2", "W3"} <= set(self.names("organisations")))
        self.assertFalse(os.path.exists(copy))
        self.assertTrue(os.path.exists(os.path.join(self.folder, "merged-copies", os.path.basename(copy))))
        self.assertIn(os.path.basename(copy), told)

    # -- transcripts the other person has open ------------------------------------------------
    def test_a_transcript_open_in_the_other_office_is_counted_as_saved_and_said(self):
        quote = "Je soigne les conséquences du logement, pas la cause."
        self.tag_in(self.a, quote, "Crise du logement")
        held = self.transcript(self.b, hidden=False)  # Yasmine has it open: LibreOffice locks it
        self.addCleanup(close_document, held)
        calc = self.a.new_document("scalc", hidden=True)
        try:
            ok, told = self.a.dispatch(calc.getCurrentController().getFrame(), "TallyThemes", Interactive=False)
        finally:
            close_document(calc)
        self.assertTrue(ok, told)
        self.assertNotIn("incomplet", told)
        self.assertIn("ouverte par un autre codeur", told)
        self.assertIn("1 passage", told)
        raw = self.ok(self.a, "Passages", Scope="Project", Interactive=False)
        listed = json.loads(raw)
        self.assertEqual([p["text"] for p in listed], [quote])
        told = self.ok(self.a, "ExportQdpx", File=os.path.join(self.tmp, "export.qdpx"))
        self.assertIn("1 passage", told)

    def test_a_rename_waits_for_a_transcript_the_other_has_open_then_applies_when_it_is_opened(self):
        quote = "Je soigne les conséquences du logement, pas la cause."
        self.tag_in(self.a, quote, "Crise du logement")
        held = self.transcript(self.b, hidden=False)
        told = self.ok(self.a, "Themes", Action="Rename", Name="Crise du logement", NewName="Logement introuvable")
        self.assertIn("attend ce changement", told)
        self.assertEqual(len(self.project_file()["pendingRewrites"]), 1)
        close_document(held)  # Yasmine closes it without change
        reopened = self.transcript(self.a, hidden=False)  # opened in Claire's office: rewritten once it is shown
        self.addCleanup(close_document, reopened)

        def comments():
            found = []
            fields = reopened.getTextFields().createEnumeration()
            while fields.hasMoreElements():
                field = fields.nextElement()
                if field.supportsService("com.sun.star.text.textfield.Annotation"):
                    found.append(field.Content)
            return found

        # LibreOffice announces a shown document once its window is up, after loadComponentFromURL returns.
        deadline = time.monotonic() + 20
        while comments() == ["Thèmes : Crise du logement"] and time.monotonic() < deadline:
            time.sleep(0.2)
        self.assertEqual(comments(), ["Thèmes : Logement introuvable"])
        self.assertFalse(reopened.isModified(), "the rewritten transcript is saved")
        self.assertEqual(self.project_file().get("pendingRewrites", []), [])


if __name__ == "__main__":
    unittest.main()
