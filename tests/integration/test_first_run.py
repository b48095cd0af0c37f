"""Issue 17, item 2: with no project, a command a person calls offers in one dialog to create a project, open one, or
open a copy of the demo project shipped inside the .oxt, then goes on in it; cancelled, it says nothing was done.
The copy of the demo comes with its coded passages (demo/passages.json, tagged in its transcripts by the extension).
The same three choices are OpenProject's arguments. One office under Xvfb, a fresh profile with no last project; each
test forgets the project and restarts the office, so that every test starts as a first run. A second, headless office
checks that a dialog cancelled by itself leaves the command saying nothing was done."""

import json
import os
import shutil
import threading
import time
import unittest

from ets_fixture import OfficeTestCase, accessible_children, close_document  # first: it gives UNO the extension's types

import uno  # noqa: E402
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.lang import DisposedException  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
PUSH_BUTTON = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")
RADIO_BUTTON = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.RADIO_BUTTON")
TEXT = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.TEXT")


def demo_entries():
    with open(os.path.join(ROOT, "demo", "passages.json"), encoding="utf-8") as f:
        return json.load(f)


def plain(text):
    """A text compared as the demo's quotes are placed: typographic apostrophes and no-break spaces as plain ones."""
    return text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")


class FirstRunTest(OfficeTestCase):

    def setUp(self):
        super().setUp()
        self.forget_project()

    def forget_project(self):
        """No last project in the profile, and a new office process: the next command finds no project."""
        provider = self.office.create("com.sun.star.configuration.ConfigurationProvider")
        settings = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            (PropertyValue(Name="nodepath", Value="/org.etsworkbench.Settings/Project"),))
        settings.replaceByName("LastFolder", "")
        settings.commitChanges()
        self.office.restart()
        self.assertEqual(self.office.automation().getProjectFolder(), "")

    def first_run_dialog(self, worker, result, timeout=90):
        """The open first-run dialog: its window, buttons and radio buttons by name, and its text fields in order.
        The wait is long because a loaded CI machine can take a while to open the first dialog of a fresh office; it
        ends early when the command ends without a dialog, and a failure names the windows that were open."""
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        deadline = time.time() + timeout
        seen = set()
        while time.time() < deadline:
            if not worker.is_alive():
                self.fail("the command ended without the first-run dialog: %r" % (result,))
            for i in range(toolkit.getTopWindowCount()):
                window = toolkit.getTopWindow(i)
                if window is None or not hasattr(window, "endExecute"):
                    continue
                try:
                    children = accessible_children(window.getAccessibleContext())
                    buttons = {c.getAccessibleName(): c for c in children if c.getAccessibleRole() == PUSH_BUTTON}
                    seen.add("%s %s" % (window.getAccessibleContext().getAccessibleName(), sorted(buttons)))
                except DisposedException:  # a window going away as it is read: look again
                    continue
                if "Continuer" in buttons:
                    radios = {c.getAccessibleName(): c for c in children if c.getAccessibleRole() == RADIO_BUTTON}
                    return window, buttons, radios, [c for c in children if c.getAccessibleRole() == TEXT]
            time.sleep(0.3)
        self.fail("the first-run dialog did not open; dialogs seen: %s" % (sorted(seen) or "none"))

    def close_other_dialogs(self):
        """Ends the command's own dialog, once it follows the first-run dialog (there is no window manager here).
        The first-run dialog may still be on screen for a moment after its button was pressed: it is left alone."""
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        deadline = time.time() + 20
        while time.time() < deadline:
            for i in reversed(range(toolkit.getTopWindowCount())):
                window = toolkit.getTopWindow(i)
                if window is None or not hasattr(window, "endExecute"):
                    continue
                try:
                    names = [c.getAccessibleName() for c in accessible_children(window.getAccessibleContext())
                             if c.getAccessibleRole() == PUSH_BUTTON]
                except Exception:  # the first-run dialog going away as we read it
                    continue
                if "Continuer" not in names:
                    window.endExecute()
                    return
            time.sleep(0.3)
        self.fail("the command's own dialog did not follow the first-run dialog")

    def run_with_first_run(self, choose, command="Organisations"):
        """Calls `command` as a person does (no arguments) with no project; `choose` fills the first-run dialog and
        returns whether the command's own dialog is expected next. Returns the dispatch's (success, message)."""
        document = self.office.new_document("swriter")
        self.addCleanup(close_document, document)
        frame = document.getCurrentController().getFrame()
        result = []
        worker = threading.Thread(target=lambda: result.append(self.office.dispatch(frame, command)), daemon=True)
        worker.start()
        window, buttons, radios, fields = self.first_run_dialog(worker, result)
        if choose(buttons, radios, fields):
            self.close_other_dialogs()
        worker.join(timeout=60)
        self.assertFalse(worker.is_alive(), "the command did not end")
        return result[0]

    @staticmethod
    def pick(radios, name):
        radios[name].doAccessibleAction(0)
        time.sleep(0.5)

    def test_create_a_project(self):
        folder = os.path.join(self.tmp, "Mon étude")

        def choose(buttons, radios, fields):
            self.pick(radios, "Créer un nouveau projet")
            fields[0].setText(folder)
            fields[1].setText("Étude exploratoire")
            fields[2].setText("Claire V.")
            buttons["Continuer"].doAccessibleAction(0)
            return True

        self.run_with_first_run(choose)
        self.assertEqual(os.path.realpath(self.office.automation().getProjectFolder()), os.path.realpath(folder))
        with open(os.path.join(folder, "ets-project.json"), encoding="utf-8") as f:
            project = json.load(f)
        self.assertEqual(project["name"], "Étude exploratoire")
        self.assertEqual(project["themes"], [])
        # Remembered: after a restart the next command finds it without asking.
        self.office.restart()
        ok, message = self.run_organisations_macro()
        self.assertTrue(ok, message)

    def test_open_a_project(self):
        folder = os.path.join(self.tmp, "existant")
        os.makedirs(folder)
        shutil.copy(os.path.join(ROOT, "demo", "ets-project.json"), folder)

        def choose(buttons, radios, fields):
            self.pick(radios, "Ouvrir un projet existant")
            self.assertEqual(fields[0].getText(), "", "no folder is proposed for opening")
            fields[0].setText(folder)
            buttons["Continuer"].doAccessibleAction(0)
            return True

        self.run_with_first_run(choose)
        self.assertEqual(os.path.realpath(self.office.automation().getProjectFolder()), os.path.realpath(folder))

    def test_open_a_copy_of_the_demo(self):
        folder = os.path.join(self.tmp, "essai de la démo")
        proposed = []

        def choose(buttons, radios, fields):
            self.pick(radios, "Essayer avec une copie du projet de démonstration")
            proposed.append(fields[0].getText())
            fields[0].setText(folder)
            buttons["Continuer"].doAccessibleAction(0)
            return True

        self.run_with_first_run(choose)
        self.assertIn("Démo ETS", os.path.basename(proposed[0]), "a free folder under Documents is proposed")
        self.assertEqual(os.path.realpath(self.office.automation().getProjectFolder()), os.path.realpath(folder))
        transcripts = sorted(os.listdir(os.path.join(folder, "transcripts")))
        self.assertEqual(transcripts, sorted(os.listdir(os.path.join(ROOT, "demo", "transcripts"))))
        with open(os.path.join(folder, "ets-project.json"), encoding="utf-8") as f:
            self.assertEqual(len(json.load(f)["themes"]), 10)
        self.assert_demo_coded()
        # The copy is a working project: a command lists its organisations.
        ok, message = self.run_organisations_macro()
        self.assertTrue(ok, message)

    def test_cancelled_says_nothing_was_done(self):
        def choose(buttons, radios, fields):
            buttons["Annuler"].doAccessibleAction(0)
            return False

        ok, message = self.run_with_first_run(choose)
        self.assertFalse(ok)
        self.assertIn("rien n’a été fait", message)
        self.assertEqual(self.office.automation().getProjectFolder(), "")

    def test_a_macro_without_project_gets_no_dialog(self):
        ok, message = self.run_organisations_macro()
        self.assertFalse(ok)
        self.assertIn("Aucun projet ETS n’est ouvert", message)

    def test_the_three_choices_as_arguments(self):
        document = self.writer(hidden=True)
        demo = os.path.join(self.tmp, "démo")
        started = time.monotonic()
        ok, message = self.dispatch(document, "OpenProject", Folder=demo, Demo=True, Coder="Amina B.")
        print("\nthe demo copied, coded and opened in %.1f s" % (time.monotonic() - started))
        self.assertTrue(ok, message)
        self.assertEqual(len(os.listdir(os.path.join(demo, "transcripts"))), 8)
        self.assert_demo_coded()
        # Never into a folder that holds a person's files, and never over a project.
        mine = os.path.join(self.tmp, "mes documents")
        os.makedirs(mine)
        with open(os.path.join(mine, "lettre.txt"), "w") as f:
            f.write("à moi")
        ok, message = self.dispatch(document, "OpenProject", Folder=mine, Demo=True)
        self.assertFalse(ok)
        self.assertIn("contient déjà des fichiers", message)
        self.assertEqual(os.listdir(mine), ["lettre.txt"])
        ok, message = self.dispatch(document, "OpenProject", Folder=demo, Demo=True)
        self.assertFalse(ok)
        self.assertIn("contient déjà un projet", message)
        new = os.path.join(self.tmp, "nouveau")
        ok, message = self.dispatch(document, "OpenProject", Folder=new, Create=True, Name="Nouveau")
        self.assertTrue(ok, message)
        ok, message = self.dispatch(document, "OpenProject", Folder=demo)
        self.assertTrue(ok, message)
        self.assertEqual(os.path.realpath(self.office.automation().getProjectFolder()), os.path.realpath(demo))

    def assert_demo_coded(self):
        """The open copy of the demo holds every passage of demo/passages.json, read back from its saved transcripts:
        as many as the file has entries, each quote with its themes and memo, coded by the demo's researcher, and its key
        quotes marked."""
        entries = demo_entries()
        ok, listed = self.dispatch(self.writer(hidden=True), "Passages", Scope="Project", Interactive=False)
        self.assertTrue(ok, listed)
        passages = json.loads(listed)
        self.assertEqual(len(passages), len(entries))
        self.assertEqual({p["coder"] for p in passages}, {"Claire V."})
        known = entries[1]  # « Elles me donnent leur téléphone, leur code secret… » (Fracture numérique, with a memo)
        found = [p for p in passages if plain(p["text"]) == plain(known["quote"])]
        self.assertEqual(len(found), 1, known["quote"])
        self.assertTrue(found[0]["transcript"].endswith(known["transcript"]))
        self.assertEqual(found[0]["themes"], known["themes"])
        self.assertEqual(found[0]["memo"], known["memo"])
        for entry in entries:
            self.assertTrue(any(plain(p["text"]) == plain(entry["quote"]) and set(entry["themes"]) <= set(p["themes"])
                                for p in passages), entry["quote"])
        # The key quotes are marked in the project file.
        with open(os.path.join(self.office.automation().getProjectFolder(), "ets-project.json"), encoding="utf-8") as f:
            marks = json.load(f).get("passageMarks", [])
        self.assertEqual(len([m for m in marks if m["keyQuoteThemeIds"]]), len([e for e in entries if e.get("key")]))

    def run_organisations_macro(self):
        document = self.writer(hidden=True)
        return self.dispatch(document, "Organisations", Action="Add", Name="Organisation essayée %d" % time.time_ns())



class HeadlessFirstRunTest(OfficeTestCase):
    """A headless office cancels every dialog at once: a person's command with no project then says nothing was done
    (a second office, headless, for this one case)."""

    headless = True

    def test_the_dialog_cancels_itself_and_the_command_says_nothing_was_done(self):
        document = self.writer(hidden=True)
        ok, message = self.dispatch(document, "Organisations")
        self.assertFalse(ok)
        self.assertIn("Aucun projet n’a été choisi\u00a0: rien n’a été fait", message)
        self.assertEqual(self.office.automation().getProjectFolder(), "")


if __name__ == "__main__":
    unittest.main()
