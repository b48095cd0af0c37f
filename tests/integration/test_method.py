"""Issue 7: the committee's nominations, the interview guide with its question grid, and the programme of the
chantiers, on a copy of the demo project whose demo passages are tagged once for the module."""

import collections
import json
import os
import tempfile
import threading
import time
import unittest

from ets_fixture import OfficeTestCase, accessible_children, close_document, dialog_controls, named  # first: it gives UNO the extension's types
from demo_project import DEMO, copy_demo, french, open_project, tag_demo_passages

import uno  # noqa: E402,F401


GRID = [
    {"question": "Zèbre : quelles difficultés vivez-vous ?", "purpose": "les nœuds", "prompts": ["Un exemple ?", "Depuis quand ?"]},
    {"question": "Abeille : qu'est-ce qui marche ?", "purpose": "les leviers", "prompts": []},
    {"question": "Mouette : quel chantier proposeriez-vous ?", "purpose": "", "prompts": ["Qui autour de la table ?"]},
]


def demo_parents():
    with open(os.path.join(DEMO, "themes.json"), encoding="utf-8") as f:
        return {t["name"]: t.get("parent") for t in json.load(f)}


def demo_ranking():
    """The demo themes ranked from demo/passages.json alone, as the programme must rank them without priorities:
    organisations, interviews (one per organisation in the demo), passages (a parent counts its sub-themes' passages)."""
    parents = demo_parents()
    with open(os.path.join(DEMO, "passages.json"), encoding="utf-8") as f:
        passages = json.load(f)
    organisations = collections.defaultdict(set)
    counted = collections.defaultdict(int)
    for index, passage in enumerate(passages):
        themes = set()
        for theme in passage["themes"]:
            while theme:
                themes.add(theme)
                theme = parents.get(theme)
        for theme in themes:
            organisations[theme].add(passage["transcript"])
            counted[theme] += 1
    return sorted(parents, key=lambda t: (-len(organisations[t]), -len(organisations[t]), -counted[t], t.lower()))


def demo_proposals(ranking, taken, count):
    """The themes the programme proposes, in rank order: never a theme beside its own parent or sub-theme
    (one chantier covers both), whether that one was proposed or chosen by the committee."""
    parents = demo_parents()

    def lineage(theme):
        while theme:
            yield theme
            theme = parents.get(theme)

    taken, proposed = list(taken), []
    for theme in ranking:
        if len(proposed) == count:
            break
        if any(other in lineage(theme) or theme in lineage(other) for other in taken):
            continue
        proposed.append(theme)
        taken.append(theme)
    return proposed


def block(document, name):
    cells = document.NamedRanges.getByName(name).getReferredCells()
    return cells, [list(row) for row in cells.getDataArray()]


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


class MethodTest(OfficeTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.workdir = tempfile.mkdtemp(prefix="ets-method-")
        cls.project = os.path.join(cls.workdir, "projet")
        copy_demo(cls.project, leave_out=("sources", "README.md", "*.bak"))
        open_project(cls.office, cls.project)
        passages = tag_demo_passages(cls.office, cls.project, with_memos=False)
        # The index brought up to date (and saved) once, so that "writes nothing" below compares like with like.
        holder = cls.office.new_document("swriter", hidden=True)
        ok, listed = cls.office.dispatch(holder.getCurrentController().getFrame(), "Passages", Scope="Project")
        assert ok and len(json.loads(listed)) == len(passages), listed
        holder.close(True)
        cls.pristine = read_bytes(os.path.join(cls.project, "ets-project.json"))
        cls.elsewhere = os.path.join(cls.workdir, "ailleurs")
        assert cls.office.automation().openProject(cls.elsewhere, True, "Ailleurs", "Claire V.").Success

    def setUp(self):
        super().setUp()
        # Every test starts from the tagged demo project, without the priorities or choices of another test. The
        # office works on another project while the file is put back: an office that still had the demo open would
        # take the older file for a partner's and write back what it had confirmed, as it must.
        result = self.office.automation().openProject(self.elsewhere, False, "", "Claire V.")
        self.assertTrue(result.Success, result.Message)
        with open(self.project_file, "wb") as f:
            f.write(self.pristine)
        result = self.office.automation().openProject(self.project, False, "", "Claire V.")
        self.assertTrue(result.Success, result.Message)

    @property
    def project_file(self):
        return os.path.join(self.project, "ets-project.json")

    def saved_project(self):
        with open(self.project_file, encoding="utf-8") as f:
            return json.load(f)

    def headings(self, document, style):
        found = []
        paragraphs = document.Text.createEnumeration()
        while paragraphs.hasMoreElements():
            paragraph = paragraphs.nextElement()
            if paragraph.supportsService("com.sun.star.text.Paragraph") and paragraph.ParaStyleName == style:
                found.append(paragraph.getString())
        return found

    # -- nominations ----------------------------------------------------------------------------
    def test_nominations_count_named_and_met_and_flag_outside_three_to_five(self):
        result = self.office.automation().execute("Organisations", named(Action="Nominations"))
        self.assertTrue(result.Success, result.Message)
        rows = {row["referent"]: row for row in json.loads(result.Message)}
        self.assertEqual((len(rows["Marie D."]["named"]), rows["Marie D."]["interviewed"], rows["Marie D."]["flag"]), (5, 2, 0))
        self.assertEqual((len(rows["Fatou K."]["named"]), rows["Fatou K."]["flag"]), (5, 0))
        self.assertEqual((len(rows["Luc M."]["named"]), rows["Luc M."]["flag"]), (2, -1))
        self.assertEqual((len(rows["Hélène L."]["named"]), rows["Hélène L."]["interviewed"], rows["Hélène L."]["flag"]),
                         (2, 2, -1))
        # A new nomination for Luc M. lifts his flag.
        result = self.office.automation().execute("Organisations", named(Action="Add", Name="Nouvelle asbl", Referent="luc m."))
        self.assertTrue(result.Success, result.Message)
        result = self.office.automation().execute("Organisations", named(Action="SetReferent", Name="Zoé P.", Organisation="CGSP"))
        self.assertTrue(result.Success, result.Message)
        self.assertIn({"name": "Zoé P.", "organisation": "CGSP"}, self.saved_project()["referents"])

        sheet = self.calc(hidden=True)
        ok, message = self.dispatch(sheet, "OrganisationsSheet", Interactive=False)
        self.assertTrue(ok, message)
        _, data = block(sheet, "ETS_Referents")
        by_name = {row[0]: row for row in data[1:]}
        self.assertEqual(by_name["Luc M."][3:5], [3.0, 1.0])
        self.assertEqual(by_name["Luc M."][5], "")
        self.assertEqual(by_name["Hélène L."][5], "moins de 3")
        self.assertEqual(by_name["Zoé P."][1], "CGSP")

    # -- the interview guide ----------------------------------------------------------------------
    def test_guide_contains_the_edited_grid_in_order(self):
        writer = self.writer(hidden=True)
        target = os.path.join(self.tmp, "guide.odt")
        ok, result = self.dispatch(writer, "InterviewGuide", Questions=json.dumps(GRID), Presentation="Texte de présentation édité.",
                                   Consent="Formule de consentement éditée.", Target=target, Hidden=True)
        self.assertTrue(ok, result)
        self.assertEqual(result, target)
        guide = self.office.load(target)
        self.addCleanup(close_document, guide)
        self.assertEqual(self.headings(guide, "Heading 2"),
                         ["%d. %s" % (i + 1, french(q["question"])) for i, q in enumerate(GRID)])
        text = guide.Text.getString()
        # In French typography: narrow no-break spaces before ? and ;, no-break ones before :, ’, months in words.
        for expected in ("Texte de présentation édité.", "Formule de consentement éditée.", "Un exemple\u202f?",
                         "Qui autour de la table\u202f?", "Ce que l’on cherche\u00a0: les nœuds",
                         "Luc M. (CPAS (fictif))\u00a0: 2 organisations nommées, 1 rencontrée — moins de 3",
                         "Chantier 1\u00a0: septembre 2027"):
            self.assertIn(expected, text)
        headings = self.headings(guide, "Heading 1")
        self.assertEqual(len(headings), 8)  # with the data-protection notice (issue 17)
        self.assertEqual(headings[0], "Objectifs de la phase exploratoire")
        # The grid is kept in the project, in order.
        self.assertEqual([q["question"] for q in self.saved_project()["guide"]["questions"]], [q["question"] for q in GRID])

    def test_new_transcript_carries_the_grids_questions_as_headings(self):
        writer = self.writer(hidden=True)
        ok, result = self.dispatch(writer, "InterviewGuide", Questions=json.dumps(GRID), Hidden=True)
        self.assertTrue(ok, result)
        ok, path = self.dispatch(writer, "NewTranscript", Organisation="Housing Lab (fictif)", Date="2026-12-01",
                                 File="housing-lab.odt", Hidden=True)
        self.assertTrue(ok, path)
        transcript = self.office.load(path)
        self.addCleanup(close_document, transcript)
        self.assertEqual(self.headings(transcript, "Heading 2"), [q["question"] for q in GRID])

    def test_the_dialog_edits_the_grid_then_writes_the_guide(self):
        demo = [q["question"] for q in self.saved_project()["guide"]["questions"]]
        writer = self.writer()
        outcome = {}
        worker = threading.Thread(target=lambda: outcome.update(result=self.dispatch(writer, "InterviewGuide")), daemon=True)
        worker.start()
        buttons, fields = dialog_controls(self, "Rédiger le guide")
        # Accessible clicks are carried out later by the office's main loop: one action at a time.
        buttons["Descendre"].doAccessibleAction(0)  # the first question becomes the second
        time.sleep(1)
        buttons["Nouvelle question"].doAccessibleAction(0)
        time.sleep(1)
        fields[0].setText("Question ajoutée dans le dialogue")
        time.sleep(1)
        buttons["Rédiger le guide"].doAccessibleAction(0)
        worker.join(timeout=30)
        if worker.is_alive():  # say what is still open (a message box?) before failing
            toolkit = self.office.create("com.sun.star.awt.Toolkit")
            texts = []
            for i in range(toolkit.getTopWindowCount()):
                window = toolkit.getTopWindow(i)
                if window is not None and hasattr(window, "endExecute"):
                    texts += [c.getAccessibleName() for c in accessible_children(window.getAccessibleContext())]
            self.fail("the dialog did not close: %s" % texts)
        ok, title = outcome["result"]
        self.assertTrue(ok, title)
        self.assertEqual([q["question"] for q in self.saved_project()["guide"]["questions"]],
                         [demo[1], demo[0]] + demo[2:] + ["Question ajoutée dans le dialogue"])
        guides, components = [], self.office.desktop.getComponents().createEnumeration()
        while components.hasMoreElements():
            component = components.nextElement()
            # Earlier tests' hidden guides are open too: this one is the guide with the question just added.
            if hasattr(component, "DocumentProperties") and component.DocumentProperties.Title == title and \
                    "Question ajoutée dans le dialogue" in component.Text.getString():
                guides.append(component)
        self.assertEqual(len(guides), 1)
        self.addCleanup(close_document, guides[0])
        self.assertEqual(self.headings(guides[0], "Heading 2")[-1], "%d. Question ajoutée dans le dialogue" % (len(demo) + 1))

    def test_bad_grids_write_nothing(self):
        writer = self.writer(hidden=True)
        before = read_bytes(self.project_file)
        target = os.path.join(self.tmp, "guide.odt")
        for questions, expected in (("[]", "grille de questions est vide"), ("pas du json", "n’a pas pu être lue"),
                                    ('[{"question": "  "}]', "question n° 1")):
            ok, message = self.dispatch(writer, "InterviewGuide", Questions=questions, Target=target, Hidden=True)
            self.assertFalse(ok, questions)
            self.assertIn(expected, message)
            self.assertEqual(read_bytes(self.project_file), before)
            self.assertFalse(os.path.exists(target))

    # -- the programme --------------------------------------------------------------------------
    def programme(self, sheet, **arguments):
        ok, message = self.dispatch(sheet, "Programme", **(arguments or {"Interactive": False}))
        self.assertTrue(ok, message)
        return {name: block(sheet, name) for name in ("ETS_Programme_Cycle", "ETS_Programme_Slots", "ETS_Programme_Places", "ETS_Programme_Themes")}

    def test_demo_programme_fills_three_slots_with_the_top_themes_and_forty_places(self):
        sheet = self.calc(hidden=True)
        blocks = self.programme(sheet, Start="2027-09")
        slots = blocks["ETS_Programme_Slots"][1][1:]
        themes = blocks["ETS_Programme_Themes"][1][1:]
        expected = demo_ranking()
        self.assertEqual([row[1] for row in themes], expected)
        self.assertEqual([row[3] for row in slots[:3]], demo_proposals(expected, [], 3))
        # Never a theme beside its own parent (one chantier covers both).
        proposed = [row[3] for row in slots if row[3]]
        self.assertEqual([t for t in proposed if demo_parents().get(t) in proposed], [])
        self.assertEqual([row[3] for row in slots[3:]], ["", "", ""])
        self.assertEqual([(row[1], row[2]) for row in slots],
                         [("2027-09", "2027-09"), ("2028-03", "2028-03"), ("2028-09", "2028-09"),
                          ("2029-03", "2029-03"), ("2029-09", "2029-09"), ("2030-03", "2030-03")])
        places = collections.defaultdict(int)
        for number, theme, organisation, passages, seats, brings in blocks["ETS_Programme_Places"][1][1:]:
            if organisation != "places ouvertes":  # the places no carrier takes (8 at most each)
                self.assertGreater(passages, 0)
                self.assertLessEqual(seats, 8)
            places[int(number)] += seats
        self.assertEqual(dict(places), {1: 40, 2: 40, 3: 40})
        self.assertEqual(sum(row[4] for row in blocks["ETS_Programme_Places"][1][1:]), 120)
        self.assertIn("une analyse", blocks["ETS_Programme_Places"][1][1][5])
        self.assertEqual([row[6] for row in slots[:3]], [40, 40, 40])

    def test_a_transcript_that_cannot_be_read_does_not_count_with_its_old_passages(self):
        missing = "amo-cerf-volant.odt"
        path = os.path.join(self.project, "transcripts", missing)
        os.rename(path, path + ".ailleurs")
        self.addCleanup(os.rename, path + ".ailleurs", path)
        parents = demo_parents()
        with open(os.path.join(DEMO, "passages.json"), encoding="utf-8") as f:
            passages = [p for p in json.load(f) if p["transcript"] != missing]
        expected = collections.Counter()
        for passage in passages:
            rolled = set()
            for theme in passage["themes"]:
                while theme:
                    rolled.add(theme)
                    theme = parents.get(theme)
            expected.update(rolled)
        themes = self.programme(self.calc(hidden=True))["ETS_Programme_Themes"][1][1:]
        self.assertEqual({row[1]: row[4] for row in themes if row[4]}, dict(expected))
        self.assertEqual(max(row[2] for row in themes), 6)  # seven organisations left to count, six at most on a theme
        # The index keeps the passages of the transcript it could not read.
        ok, listed = self.dispatch(self.writer(hidden=True), "Passages", Scope="Project", Interactive=False)
        self.assertTrue(ok, listed)
        self.assertTrue(any(p["transcript"].endswith(missing) for p in json.loads(listed)))

    def test_a_priority_typed_in_the_sheet_changes_the_ranking_and_survives(self):
        sheet = self.calc(hidden=True)
        cells, themes = self.programme(sheet)["ETS_Programme_Themes"]
        last = themes[-1][1]
        self.assertNotIn(last, demo_proposals(demo_ranking(), [], 3))
        cells.getCellByPosition(5, len(themes) - 1).setValue(1)
        for _ in range(2):
            blocks = self.programme(sheet)
            themes = blocks["ETS_Programme_Themes"][1]
            self.assertEqual((themes[1][1], themes[1][5]), (last, 1.0))
            self.assertEqual(blocks["ETS_Programme_Slots"][1][1][3], last)
        self.assertEqual(len([row for row in themes[1:] if row[5] != ""]), 1)
        # Kept in the project too: a new spreadsheet gets it.
        other = self.calc(hidden=True)
        self.assertEqual(self.programme(other)["ETS_Programme_Themes"][1][1][1], last)

    def test_the_cycle_settings_typed_in_the_sheet_are_kept(self):
        sheet = self.calc(hidden=True)
        cycle, data = self.programme(sheet)["ETS_Programme_Cycle"]
        self.assertEqual([row[1] for row in data[1:]], ["2027-09", 6, 2, 40, 4, 1])
        cycle.getCellByPosition(1, 1).setValue(46753)  # 2028-01 typed in Calc may become a date: 2028-01-01
        cycle.getCellByPosition(1, 2).setValue(4)  # chantiers
        cycle.getCellByPosition(1, 4).setValue(30)  # places
        blocks = self.programme(sheet)
        slots = blocks["ETS_Programme_Slots"][1][1:]
        self.assertEqual([row[1] for row in slots], ["2028-01", "2028-07", "2029-01", "2029-07"])
        self.assertEqual([row[6] for row in slots[:3]], [30, 30, 30])
        self.assertEqual(self.saved_project()["cycle"], {"start": "2028-01", "chantiers": 4, "perYear": 2, "participants": 30,
                                                         "days": 4, "spanMonths": 1, "placesPerOrganisation": 8})

    def test_a_hand_assigned_slot_survives(self):
        sheet = self.calc(hidden=True)
        cells, slots = self.programme(sheet)["ETS_Programme_Slots"]
        ranking = demo_ranking()
        chosen = ranking[1]  # the second-ranked theme, put by hand into slot 3
        cells.getCellByPosition(5, 3).setString(chosen)
        for _ in range(2):
            slots = self.programme(sheet)["ETS_Programme_Slots"][1]
            self.assertEqual([row[3] for row in slots[1:4]], demo_proposals(ranking, [chosen], 2) + [chosen])
            self.assertEqual(slots[3][4], "comité")
            self.assertEqual(slots[3][5], chosen)
        # The Slots argument assigns too, and empties a slot's choice.
        slots = self.programme(sheet, Slots="5=%s; 3=" % ranking[-1])["ETS_Programme_Slots"][1]
        self.assertEqual([row[3] for row in slots[1:]], demo_proposals(ranking, [ranking[-1]], 3) + ["", ranking[-1], ""])

    def test_bad_input_gives_its_message_and_writes_nothing(self):
        sheet = self.calc(hidden=True)
        before = read_bytes(self.project_file)
        ok, message = self.dispatch(sheet, "Programme", Start="2026-10")
        self.assertFalse(ok)
        self.assertIn("2026-12", message)  # the demo's last interview
        self.assertFalse(sheet.NamedRanges.hasByName("ETS_Programme_Slots"))
        self.assertEqual(read_bytes(self.project_file), before)

        self.programme(sheet)
        written = {name: block(sheet, name)[1] for name in ("ETS_Programme_Cycle", "ETS_Programme_Slots", "ETS_Programme_Places", "ETS_Programme_Themes")}
        before = read_bytes(self.project_file)
        cases = [
            (dict(Start="septembre"), "n’est pas un mois AAAA-MM"),
            (dict(Start="2026-10"), "a déjà des entretiens ou des heures en 2026-12"),
            (dict(Slots="9=Aller-vers"), "de 1 à 6"),
            (dict(Slots="1=Thème inconnu"), "Thème inconnu"),
            (dict(Slots="1=Aller-vers; 2=aller-vers"), "deux chantiers"),
            (dict(PerYear=3, SpanMonths=5), "se chevaucheraient"),
            (dict(Participants=0), "Participants"),
        ]
        for arguments, expected in cases:
            ok, message = self.dispatch(sheet, "Programme", **arguments)
            self.assertFalse(ok, arguments)
            self.assertIn(expected, message, arguments)
        # What a person types into the sheet is checked the same way.
        cycle, _ = block(sheet, "ETS_Programme_Cycle")
        for row, typed, expected in ((1, "2026-01", "2026-12"), (1, "rentrée", "«\u00a0rentrée\u00a0»"), (4, "beaucoup", "«\u00a0beaucoup\u00a0»")):
            previous = written["ETS_Programme_Cycle"][row][1]
            cycle.getCellByPosition(1, row).setString(typed)
            ok, message = self.dispatch(sheet, "Programme", Interactive=False)
            self.assertFalse(ok, typed)
            self.assertIn(expected, message)
            if isinstance(previous, float):
                cycle.getCellByPosition(1, row).setValue(previous)
            else:
                cycle.getCellByPosition(1, row).setString(previous)
        cells, themes = block(sheet, "ETS_Programme_Themes")
        cells.getCellByPosition(5, 2).setString("haute")
        written["ETS_Programme_Themes"][2][5] = "haute"
        ok, message = self.dispatch(sheet, "Programme", Interactive=False)
        self.assertFalse(ok)
        self.assertIn("«\u00a0haute\u00a0»", message)
        self.assertIn(themes[2][1], message)
        for name, data in written.items():
            self.assertEqual(block(sheet, name)[1], data, name)
        self.assertEqual(read_bytes(self.project_file), before)


if __name__ == "__main__":
    unittest.main()
