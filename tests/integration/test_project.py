"""Issue 2: the extension installs, its ETS menu shows in Writer and Calc, OpenProject creates
and reopens a project, and bad project folders give a clear message and change nothing."""

import json
import os
import subprocess
import time
import unittest

from ets_fixture import OfficeTestCase  # first: it gives UNO the extension's types

import uno  # noqa: E402

MENU_BAR = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.MENU_BAR")


def menu_bar_names(document):
    """The top-level menus of the document's window, as a person (or a screen reader) sees them."""
    window = document.getCurrentController().getFrame().getContainerWindow()
    pending = [window.getAccessibleContext()]
    while pending:
        context = pending.pop()
        if context is None:
            continue
        if context.getAccessibleRole() == MENU_BAR:
            return [context.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                    for i in range(context.getAccessibleChildCount())], context
        for i in range(min(context.getAccessibleChildCount(), 50)):
            child = context.getAccessibleChild(i)
            if child is not None:
                pending.append(child.getAccessibleContext())
    return [], None


def wait_for_menu(document, timeout=15):
    deadline = time.time() + timeout
    while True:
        names, bar = menu_bar_names(document)
        if "ETS" in names or time.time() > deadline:
            return names, bar
        time.sleep(0.3)


class ProjectTest(OfficeTestCase):

    def test_extension_is_installed_in_the_private_profile(self):
        self.assertIn("org.etsworkbench.ets-workbench", self.office.installed_extensions())

    def test_ets_menu_in_writer_and_calc(self):
        for document in (self.writer(), self.calc()):
            names, bar = wait_for_menu(document)
            self.assertIn("ETS", names, "menus seen: %s" % names)
            # The add-on menu sits between Tools and Window, as LibreOffice places add-on menus.
            self.assertLess(names.index("ETS"), len(names) - 1)
            ets = bar.getAccessibleChild(names.index("ETS")).getAccessibleContext()
            items = [ets.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                     for i in range(ets.getAccessibleChildCount())]
            self.assertIn("Ouvrir ou créer un projet…", items)
            self.assertIn("À propos d’ETS Workbench", items)

    def test_open_project_creates_then_reopens(self):
        document = self.writer(hidden=True)
        folder = os.path.join(self.tmp, "Étude ETS")
        ok, result = self.dispatch(document, "OpenProject", Folder=folder, Create=True,
                                   Name="Phase exploratoire", Coder="Claire")
        self.assertTrue(ok, result)
        project_file = os.path.join(folder, "ets-project.json")
        self.assertEqual(result, project_file)
        with open(project_file, encoding="utf-8") as f:
            data = json.load(f)
        self.assertEqual(data["name"], "Phase exploratoire")
        self.assertEqual(data["schemaVersion"], 2)
        for key in ("themes", "organisations", "interviews", "hours", "settings"):
            self.assertIn(key, data)
        self.assertNotIn("passages", data)  # the index of passages is kept apart, by each office

        # Creating again over an existing project is refused and leaves it alone.
        before = open(project_file, "rb").read()
        ok, message = self.dispatch(document, "OpenProject", Folder=folder, Create="true")
        self.assertFalse(ok)
        self.assertTrue(message)
        self.assertEqual(open(project_file, "rb").read(), before)

        # Reopening through a file URL and through the service gives the same project.
        ok, result = self.dispatch(document, "OpenProject", Folder=uno.systemPathToFileUrl(folder), Create=False)
        self.assertTrue(ok, result)
        service = self.office.automation()
        self.assertEqual(service.getProjectFolder(), folder)
        about = service.about()
        self.assertTrue(about.Success)
        self.assertIn("Phase exploratoire", about.Message)

    def test_service_opens_a_project(self):
        folder = os.path.join(self.tmp, "par-le-service")
        service = self.office.automation()
        result = service.openProject(folder, True, "Projet macro", "Samir")
        self.assertTrue(result.Success, result.Message)
        self.assertTrue(os.path.exists(os.path.join(folder, "ets-project.json")))
        self.assertEqual(service.getProjectFolder(), folder)

    def test_failing_command_returns_failure_with_a_french_message(self):
        document = self.writer(hidden=True)
        missing = os.path.join(self.tmp, "nulle-part")
        ok, message = self.dispatch(document, "OpenProject", Folder=missing, Create=False)
        self.assertFalse(ok)
        self.assertIn(missing, message)
        self.assertRegex(message, "(?i)projet|dossier")
        self.assertFalse(os.path.exists(missing))
        # A missing argument is named in the message.
        ok, message = self.dispatch(document, "OpenProject", Create=True)
        self.assertFalse(ok)
        self.assertIn("Folder", message)
        # An unreadable boolean is named too.
        ok, message = self.dispatch(document, "OpenProject", Folder=missing, Create="peut-être")
        self.assertFalse(ok)
        self.assertIn("Create", message)
        result = self.office.automation().execute("NoSuchCommand", ())
        self.assertFalse(result.Success)
        self.assertIn("NoSuchCommand", result.Message)

    def _assert_refused_unchanged(self, content, name="abime"):
        folder = os.path.join(self.tmp, name)
        os.makedirs(folder)
        project_file = os.path.join(folder, "ets-project.json")
        with open(project_file, "wb") as f:
            f.write(content)
        document = self.writer(hidden=True)
        ok, message = self.dispatch(document, "OpenProject", Folder=folder)
        self.assertFalse(ok)
        self.assertIn("ets-project.json", message)
        with open(project_file, "rb") as f:
            self.assertEqual(f.read(), content)
        self.assertEqual(sorted(os.listdir(folder)), ["ets-project.json"])
        return message

    def test_corrupt_project_file_is_refused_and_untouched(self):
        self._assert_refused_unchanged(b'{"schemaVersion": 1, "name": "Cass\xc3\xa9", "themes": [')

    def test_future_version_is_refused_and_untouched(self):
        message = self._assert_refused_unchanged(
            json.dumps({"schemaVersion": 99, "name": "Futur", "themes": [], "organisations": [],
                        "interviews": [], "passages": [], "hours": [], "settings": {}}).encode())
        self.assertIn("99", message)

    def test_hostile_project_files_are_refused_and_the_office_lives_on(self):
        # 100,000 nested arrays once took soffice down while the message was being written.
        nested = b'{"schemaVersion": 2, "name": ' + b"[" * 100000 + b"]" * 100000 + b"}"
        message = self._assert_refused_unchanged(nested, "imbrique")
        self.assertIn("32", message)
        self.assertRegex(message, "imbriqu")
        message = self._assert_refused_unchanged(
            b'{"schemaVersion": 2, "name": "A", "name": "B", "themes": []}', "doublon")
        self.assertIn("name", message)
        message = self._assert_refused_unchanged(b'{"schemaVersion": 2, "name": "A", "x": 1e400}', "nombre")
        self.assertIn("1e400", message)
        # Still alive, and still answering.
        result = self.office.automation().execute("NoSuchCommand", ())
        self.assertFalse(result.Success)

    def test_a_relative_or_control_character_folder_is_refused_and_nothing_created(self):
        document = self.writer(hidden=True)
        before = set(os.listdir(os.getcwd()))
        for folder in ("123", "Etude/projet"):
            ok, message = self.dispatch(document, "OpenProject", Folder=folder, Create=True, Name="X")
            self.assertFalse(ok)
            self.assertIn("Folder", message)
            self.assertIn(folder, message)
        ok, message = self.dispatch(document, "OpenProject", Folder=os.path.join(self.tmp, "a\x01b"),
                                    Create=True, Name="X")
        self.assertFalse(ok)
        self.assertNotIn("a\x01b", os.listdir(self.tmp))
        self.assertEqual(set(os.listdir(os.getcwd())), before)

    def test_read_only_folder_gives_a_clear_error(self):
        mount_point = os.path.join(self.tmp, "lecture-seule")
        os.makedirs(mount_point)
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", mount_point],
                          stderr=subprocess.DEVNULL).returncode != 0:
            self.skipTest("cannot mount a read-only file system here (needs root)")
        self.addCleanup(subprocess.run, ["umount", "-l", mount_point])
        document = self.writer(hidden=True)
        folder = os.path.join(mount_point, "projet")
        ok, message = self.dispatch(document, "OpenProject", Folder=folder, Create=True, Name="RO")
        self.assertFalse(ok)
        self.assertIn(folder, message)
        self.assertEqual(os.listdir(mount_point), [])


class NoProjectTest(OfficeTestCase):
    """A fresh profile has no project: every command that needs one says so and changes nothing."""

    def test_commands_refuse_without_a_project(self):
        document = self.writer(hidden=True)
        document.getText().setString("Un passage à coder.")
        search = document.createSearchDescriptor()
        search.SearchString = "passage"
        document.getCurrentController().select(document.findFirst(search))
        for command, arguments in (("TagSelection", {"Themes": "Logement"}),
                                   ("Themes", {"Action": "Add", "Name": "Logement"}),
                                   ("Passages", {"Interactive": False}),
                                   ("Organisations", {"Action": "Add", "Name": "CPAS"}),
                                   ("LogHours", {"Date": "2026-11-25", "Activity": "Analysis", "Hours": 1})):
            ok, message = self.dispatch(document, command, **arguments)
            self.assertFalse(ok, command)
            self.assertIn("Aucun projet ETS n’est ouvert", message, command)
        self.assertEqual(document.getBookmarks().getCount(), 0)
        self.assertEqual(self.office.automation().getProjectFolder(), "")


class LastProjectTest(OfficeTestCase):
    """The last project opened comes back after the office restarts."""

    def test_last_project_is_reopened_after_restart(self):
        folder = os.path.join(self.tmp, "dernier")
        result = self.office.automation().openProject(folder, True, "Le dernier", "Claire")
        self.assertTrue(result.Success, result.Message)
        self.office.restart()
        service = self.office.automation()
        self.assertEqual(service.getProjectFolder(), folder)
        self.assertIn("Le dernier", service.about().Message)


if __name__ == "__main__":
    unittest.main()
