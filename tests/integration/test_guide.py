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

from ets_fixture import (OfficeTestCase, accessible_children, close_document, dialog_controls, file_url, named,  # first:
                         props)  # it gives UNO the extension's types

import uno  # noqa: E402,F401

SOURCE = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


def menu_commands():
    """The commands of the ETS menu, from the one command list."""
    with open(os.path.join(SOURCE, "src", "uno", "app", "command_list.hpp"), encoding="utf-8") as source:
        return re.findall(r"COMMAND\((\w+),", source.read())


def press_f1(display):
    """F1 pressed and released on the X display, as a person's keyboard does (XTest): the key reaches the office like
    any key, through its event loop and its key handlers."""
    press_key(display, 0xFFBE)  # XK_F1


def press_key(display, keysym):
    """A key pressed and released on the X display through XTest."""
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
        code = x11.XKeysymToKeycode(connection, keysym)
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

    def press_f1_in_the_dialog(self):
        """F1 with the keyboard's focus on the dialog shown, as a person's click gives it (earlier tests' windows may
        have had it)."""
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        for i in range(toolkit.getTopWindowCount()):
            window = toolkit.getTopWindow(i)
            if window is not None and hasattr(window, "endExecute"):
                window.toFront()
                window.setFocus()
        time.sleep(1)
        press_f1(self.office.display)

    def wait_for_guides(self, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline and not self.open_guides():
            time.sleep(0.3)
        return self.open_guides()

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

    def test_aide_is_in_the_ets_menu_of_writer_and_calc_just_before_about(self):
        from test_project import wait_for_menu
        for document in (self.writer(), self.calc()):
            names, bar = wait_for_menu(document)
            self.assertIn("ETS", names, "menus seen: %s" % names)
            ets = bar.getAccessibleChild(names.index("ETS")).getAccessibleContext()
            items = [ets.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                     for i in range(ets.getAccessibleChildCount())]
            self.assertIn("Aide", items)
            self.assertEqual(items.index("Aide") + 1, items.index("À propos d’ETS Workbench"), items)

    def test_topic_opens_the_french_guide_read_only_at_the_commands_heading(self):
        opened, guide = self.guide(Topic="SearchAndTag")
        self.assertEqual(opened["language"], "fr")  # the fixture's office speaks French (Belgium)
        self.assertEqual(opened["topic"], "SearchAndTag")
        self.assertEqual(opened["heading"], "Rechercher et coder")
        self.assertTrue(opened["file"].endswith(os.path.join("guide", "fr.odt")), opened["file"])
        self.assertTrue(guide.isReadonly(), "nothing of the guide can be changed")
        arguments = {argument.Name: argument.Value for argument in guide.getArgs()}
        self.assertTrue(arguments.get("LockEditDoc"), "not even switched to editing: %s" % sorted(arguments))
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

    def test_f1_in_an_ets_message_box_opens_the_guide_at_its_start(self):
        writer = self.writer()
        worker = threading.Thread(target=lambda: self.dispatch(writer, "About"), daemon=True)  # its message box
        worker.start()
        box, ok = self.message_box()
        try:
            self.assertIsNotNone(box, "About's message box did not open")
            box.toFront()
            box.setFocus()
            time.sleep(1)
            press_f1(self.office.display)
            guides = self.wait_for_guides()
            self.assertEqual(len(guides), 1, "F1 opened the guide")
            self.assertEqual(guides[0].getCurrentController().getViewCursor().getPage(), 1)
        finally:
            if ok is not None:
                ok.doAccessibleAction(0)
            else:
                press_key(self.office.display, 0xFF1B)  # Escape: a box left open would hold the office for the next tests
            worker.join(timeout=30)
        self.assertFalse(worker.is_alive(), "the message box closed")

    def message_box(self, timeout=15):
        """The ETS message box shown (titled as the extension), and its OK button; (None, None) when none opens."""
        import uno
        push_button = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i in range(toolkit.getTopWindowCount()):
                window = toolkit.getTopWindow(i)
                if window is None or window.getAccessibleContext().getAccessibleName() != "ETS Workbench":
                    continue
                for child in accessible_children(window.getAccessibleContext()):
                    if child.getAccessibleRole() == push_button and child.getAccessibleName() == "OK":
                        return window, child
            time.sleep(0.3)
        return None, None

    def test_the_guide_opens_while_a_macros_command_holds_the_project(self):
        # A click on the office's main thread while a macro's command holds the project: any other command is refused
        # (« occupé », test_busy); the guide needs nothing of the project, and opens.
        self.create_project("occupe", "Occupé", "Claire")
        writer = self.writer(hidden=True)
        frame = writer.getCurrentController().getFrame()
        automation = self.office.automation()
        helper = self.office.create("com.sun.star.frame.DispatchHelper")
        macro, clicked = {}, {}

        def macro_command():
            result = automation.executeInFrame(frame, "Themes", named(Action="Add", Name="De la macro"))
            macro["result"] = (result.Success, result.Message)

        def click_while_the_macro_runs():
            thread = threading.Thread(target=macro_command)
            thread.start()
            time.sleep(2)  # the macro's command has taken the project, and waits for the office held here
            # The control: a command that reads the project is refused at that moment (opening the guide lets the
            # office work, and the macro's command may then finish: the control comes first).
            event = helper.executeDispatch(frame, "vnd.ets:About", "", 0, props(Interactive=False))
            clicked["about"] = (event.State == 1, event.Result)
            event = helper.executeDispatch(frame, "vnd.ets:Guide", "", 0, props(Topic="SearchAndTag"))
            clicked["result"] = (event.State == 1, event.Result)
            macro["thread"] = thread

        callback = self.office.on_main_thread(click_while_the_macro_runs)
        self.assertTrue(callback.done.wait(60), "the click did not come back")
        if callback.error:
            raise callback.error
        ok, result = clicked["result"]
        self.assertTrue(ok, result)
        self.assertEqual(json.loads(result)["topic"], "SearchAndTag")
        ok, message = clicked["about"]
        self.assertFalse(ok, "About ran while the macro's command held the project")
        self.assertIn("occupé par une autre commande", message)
        macro["thread"].join(30)
        self.assertTrue(macro["result"][0], macro["result"])

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
        try:
            buttons, _ = dialog_controls(self, "Noter")
        except AssertionError:
            press_key(self.office.display, 0xFF1B)  # Escape: a dialog left open would hold the office for the next tests
            worker.join(timeout=30)
            raise
        self.press_f1_in_the_dialog()
        guides = self.wait_for_guides()
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
