"""Issue 17, item 1: the user guide ships inside the .oxt, one document per language written from docs/guide/, and
opens read-only in Writer from ETS > Aide (vnd.ets:Guide, Topic = a command's name) and with F1 in the ETS dialogs,
the view at that command's heading; LibreOffice's own help (which would go to the network) is never asked."""

import ctypes
import json
import os
import re
import threading
import time
import unittest

from ets_fixture import OfficeTestCase, close_document, dialog_controls, file_url  # first: it gives UNO the extension's types

SOURCE = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


def menu_commands():
    """The commands of the ETS menu, from the one command list."""
    with open(os.path.join(SOURCE, "src", "uno", "app", "command_list.hpp"), encoding="utf-8") as source:
        return re.findall(r"COMMAND\((\w+),", source.read())


def press_f1(display):
    """F1 pressed and released on the X display, as a person's keyboard does (XTest): the key reaches the office like
    any key, through its event loop and its key handlers."""
    try:
        x11, xtst = ctypes.CDLL("libX11.so.6"), ctypes.CDLL("libXtst.so.6")
    except OSError as missing:
        raise unittest.SkipTest("XTest is not installed: %s" % missing)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        raise unittest.SkipTest("cannot open the display " + display)
    try:
        code = x11.XKeysymToKeycode(connection, 0xFFBE)  # XK_F1
        xtst.XTestFakeKeyEvent(connection, code, 1, 0)
        xtst.XTestFakeKeyEvent(connection, code, 0, 0)
        x11.XFlush(connection)
    finally:
        x11.XCloseDisplay(connection)


class GuideTest(OfficeTestCase):

    def tearDown(self):
        for guide in self.open_guides():
            close_document(guide)

    def open_guides(self):
        found, components = [], self.office.desktop.getComponents().createEnumeration()
        while components.hasMoreElements():
            component = components.nextElement()
            if hasattr(component, "getURL") and re.search(r"/guide/(fr|en|nl)\.odt$", component.getURL()):
                found.append(component)
        return found

    def guide(self, **arguments):
        """Runs vnd.ets:Guide as a macro does; its result and the guide document it opened."""
        writer = self.writer(hidden=True)
        ok, result = self.dispatch(writer, "Guide", **arguments)
        self.assertTrue(ok, result)
        opened = json.loads(result)
        guides = [g for g in self.open_guides() if g.getURL() == file_url(opened["file"])]
        self.assertEqual(len(guides), 1, "the guide is open once")
        return opened, guides[0]

    def heading_at_view_cursor(self, guide):
        cursor = guide.getText().createTextCursorByRange(guide.getCurrentController().getViewCursor().getStart())
        cursor.gotoStartOfParagraph(False)
        cursor.gotoEndOfParagraph(True)
        return cursor

    def assert_view_at(self, guide, topic, heading):
        anchor = guide.getBookmarks().getByName(topic).getAnchor()
        view = guide.getCurrentController().getViewCursor()
        self.assertEqual(guide.getText().compareRegionStarts(anchor, view.getStart()), 0, "the view is at " + topic)
        paragraph = self.heading_at_view_cursor(guide)
        self.assertEqual(paragraph.getString(), heading)
        self.assertGreater(paragraph.getPropertyValue("OutlineLevel"), 0, "a heading, in the Navigator")
        self.assertGreater(view.getPage(), 1, "a command's section is past the tour")

    def test_topic_opens_the_french_guide_read_only_at_the_commands_heading(self):
        opened, guide = self.guide(Topic="SearchAndTag")
        self.assertEqual(opened["language"], "fr")  # the fixture's office speaks French (Belgium)
        self.assertEqual(opened["topic"], "SearchAndTag")
        self.assertEqual(opened["heading"], "Rechercher et coder")
        self.assertTrue(opened["file"].endswith(os.path.join("guide", "fr.odt")), opened["file"])
        self.assertTrue(guide.isReadonly(), "nothing of the guide can be changed")
        self.assertFalse(guide.isModified())
        self.assert_view_at(guide, "SearchAndTag", "Rechercher et coder")
        self.assertIn("Chercher des mots", guide.getText().getString())
        # Its table of contents is filled (pandoc leaves it empty), and the guide stays unmodified.
        contents = guide.getDocumentIndexes().getByIndex(0).getAnchor().getString()
        self.assertIn("Rechercher et coder", contents)
        self.assertIn("Visite guidée", contents)
        self.assertFalse(guide.isModified())
        # Its pictures are inside it: the guide needs nothing outside the extension.
        self.assertGreater(guide.getGraphicObjects().getCount(), 20)

    def test_a_topic_is_found_whatever_its_spelling_and_the_guide_comes_forward_once(self):
        self.guide(Topic="LogHours")
        opened, guide = self.guide(Topic="  vnd.ets:tallythemes ")  # the open guide is reused, its view moved
        self.assertEqual(opened["topic"], "TallyThemes")
        self.assert_view_at(guide, "TallyThemes", "Décompte des thèmes")
        self.assertEqual(len(self.open_guides()), 1)
        opened, guide = self.guide(Topic="sharing")  # a section of the tour
        self.assertEqual(opened["heading"], "À deux sur un même dossier")

    def test_without_a_topic_the_guide_opens_at_its_start(self):
        opened, guide = self.guide(Interactive=False)
        self.assertEqual(opened["topic"], "")
        self.assertEqual(guide.getCurrentController().getViewCursor().getPage(), 1)

    def test_an_unknown_topic_is_refused_and_opens_nothing(self):
        writer = self.writer(hidden=True)
        ok, message = self.dispatch(writer, "Guide", Topic="Frobnicate")
        self.assertFalse(ok)
        self.assertIn("n’a pas de partie «\u00a0Frobnicate\u00a0»", message)
        self.assertEqual(self.open_guides(), [])

    def test_every_command_of_the_menu_has_its_section_in_each_language(self):
        opened, _ = self.guide(Topic="About")
        folder = os.path.dirname(opened["file"])
        commands = menu_commands()
        self.assertIn("Guide", commands)
        for language in ("fr", "en", "nl"):
            document = self.office.load(os.path.join(folder, language + ".odt"))
            try:
                bookmarks = document.getBookmarks()
                for command in commands:
                    self.assertTrue(bookmarks.hasByName(command), "%s.odt has no section %s" % (language, command))
                    heading = bookmarks.getByName(command).getAnchor()
                    self.assertTrue(heading.getString(), "%s.odt: the section %s has a heading" % (language, command))
            finally:
                close_document(document)

    def test_f1_in_a_dialog_opens_the_guide_at_the_dialogs_command(self):
        self.create_project("projet", "Aide", "Claire")
        writer = self.writer()
        outcome = {}
        worker = threading.Thread(target=lambda: outcome.update(result=self.dispatch(writer, "LogHours")), daemon=True)
        worker.start()
        buttons, _ = dialog_controls(self, "Noter")
        # The keyboard's focus on the dialog, as a person's click gives it (earlier tests' windows may have had it).
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        for i in range(toolkit.getTopWindowCount()):
            window = toolkit.getTopWindow(i)
            if window is not None and hasattr(window, "endExecute"):
                window.toFront()
                window.setFocus()
        time.sleep(1)
        press_f1(self.office.display)
        deadline = time.time() + 30
        while time.time() < deadline and not self.open_guides():
            time.sleep(0.3)
        guides = self.open_guides()
        try:
            self.assertEqual(len(guides), 1, "F1 opened the guide")
            self.assertTrue(guides[0].getURL().endswith("/guide/fr.odt"))
            self.assert_view_at(guides[0], "LogHours", "Noter des heures")
        finally:
            buttons["Annuler"].doAccessibleAction(0)  # the dialog is still there, and closes as usual
            worker.join(timeout=30)
        self.assertFalse(worker.is_alive(), "the dialog closed")


if __name__ == "__main__":
    unittest.main()
