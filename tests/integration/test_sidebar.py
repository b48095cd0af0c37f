"""Issue 15: the ETS deck of Writer's sidebar — registered, made by our factory for a Writer frame, listing the
codebook with counts and ticks, tagging the selection on a click and untagging on an untick (one undo step each,
through vnd.ets:QuickTag and vnd.ets:Untag), and the shortcuts' command (QuickTag with Number, also in the URL)."""

import json
import os
import shutil
import threading
import time
import unittest

from ets_fixture import OfficeTestCase, accessible_children, close_document, file_url, props  # first: it gives UNO the extension's types

import uno  # noqa: E402

ROOT = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(ROOT, "demo")
SUREAU = "maison-medicale-le-sureau.odt"
PANEL_URL = "private:resource/toolpanel/EtsPanelFactory/ThemesPanel"
QUOTE = "Je soigne les conséquences du logement, pas la cause."
OTHER = "Le non-recours, on le voit tous les jours"


class SidebarTest(OfficeTestCase):

    def setUp(self):
        super().setUp()
        self.project = os.path.join(self.tmp, "projet")
        result = self.office.automation().openProject(self.project, True, "Barre latérale", "Claire")
        self.assertTrue(result.Success, result.Message)
        os.makedirs(os.path.join(self.project, "transcripts"))
        self.frame_document = self.writer(hidden=True)
        for name, parent, colour in (("Logement", "", "#C0392B"), ("Loyers", "Logement", ""),
                                     ("Santé communautaire", "", "#2E86C1")):
            arguments = {"Action": "Add", "Name": name}
            if parent:
                arguments["Parent"] = parent
            if colour:
                arguments["Colour"] = colour
            ok, message = self.dispatch(self.frame_document, "Themes", **arguments)
            self.assertTrue(ok, message)

    # -- helpers ----------------------------------------------------------------------------
    def open_transcript(self, hidden=False, read_only=False):
        target = os.path.join(self.project, "transcripts", SUREAU)
        if not os.path.exists(target):
            shutil.copy(os.path.join(DEMO, "transcripts", SUREAU), target)
        document = self.office.desktop.loadComponentFromURL(file_url(target), "_blank", 0,
                                                            props(Hidden=hidden, ReadOnly=read_only))
        self.addCleanup(close_document, document)
        if not read_only:
            properties = document.getDocumentProperties().getUserDefinedProperties()
            if not properties.getPropertySetInfo().hasPropertyByName("ETS.InterviewId"):
                properties.addProperty("ETS.InterviewId", 128, "int-test-sidebar")
        return document

    def select(self, document, text):
        search = document.createSearchDescriptor()
        search.SearchString = text
        found = document.findFirst(search)
        self.assertIsNotNone(found, "not in the document: " + text)
        document.getCurrentController().select(found)
        return found

    def passages(self, document):
        ok, result = self.dispatch(document, "Passages", Interactive=False)
        self.assertTrue(ok, result)
        return json.loads(result)

    def open_panel(self, document):
        """The ETS deck shown as a click on its tab shows it; returns the panel's controls by kind."""
        sidebar = document.getCurrentController().getSidebar()
        sidebar.setVisible(True)
        deck = sidebar.getDecks().getByName("EtsDeck")
        deck.activate(True)
        panel = deck.getPanels().getByName("EtsThemesPanel")
        panel.expand(True)
        window = panel.getDialog()
        self.assertIsNotNone(window, "the ETS panel has no window")
        return window

    def rows(self, window):
        """{theme name: its check box} as the panel shows them, and the panel's message. The panel may rebuild its
        rows meanwhile (on the office's thread, after a command): read again then."""
        for _attempt in range(50):
            try:
                boxes, message = {}, ""
                for control in window.getControls():
                    model = control.getModel()
                    if control.supportsService("com.sun.star.awt.UnoControlCheckBox"):
                        boxes[model.Label] = control
                    elif control.supportsService("com.sun.star.awt.UnoControlFixedText") and model.MultiLine:
                        message = model.Label
                return boxes, message
            except Exception:  # a control disposed while being read
                time.sleep(0.05)
        self.fail("the panel's controls could not be read")

    def ticked(self, window):
        """The names of the themes the panel shows ticked."""
        for _attempt in range(50):
            try:
                return {name for name, box in self.rows(window)[0].items() if box.getState() == 1}
            except Exception:
                time.sleep(0.05)
        self.fail("the panel's ticks could not be read")

    def assert_ticked(self, window, names):
        self.assertTrue(self.wait_for(lambda: self.ticked(window) == names),
                        "ticked: %s, expected %s" % (sorted(self.ticked(window)), sorted(names)))

    def click_theme(self, window, name, state):
        self.click(self.rows(window)[0][name], state)

    @staticmethod
    def click(box, state):
        """What a person's click does: the check box's window changes state and tells its listeners (setting the
        control's state, as the panel itself does, is no click)."""
        box.getPeer().setState(state)

    def wait_for(self, condition, timeout=5):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if condition():
                return True
            time.sleep(0.1)
        return condition()

    # -- registration -----------------------------------------------------------------------
    def test_deck_panel_and_factory_are_registered(self):
        provider = self.office.create("com.sun.star.configuration.ConfigurationProvider")

        def node(path):
            return provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                        (uno.createUnoStruct("com.sun.star.beans.PropertyValue",
                                                                             "nodepath", 0, path, 0),))
        decks = node("/org.openoffice.Office.UI.Sidebar/Content/DeckList")
        self.assertTrue(decks.hasByName("EtsDeck"))
        self.assertIn("com.sun.star.text.TextDocument", " ".join(decks.getByName("EtsDeck").ContextList))
        panel = node("/org.openoffice.Office.UI.Sidebar/Content/PanelList").getByName("EtsThemesPanel")
        self.assertEqual(panel.DeckId, "EtsDeck")
        self.assertEqual(panel.ImplementationURL, PANEL_URL)
        factories = node("/org.openoffice.Office.UI.Factories/Registered/UIElementFactories")
        self.assertEqual(factories.getByName("org.etsworkbench.PanelFactory").FactoryImplementation,
                         "org.etsworkbench.PanelFactory")

    def test_the_factory_makes_a_panel_for_a_writer_frame(self):
        document = self.open_transcript(hidden=False)
        frame = document.getCurrentController().getFrame()
        manager = self.office.create("com.sun.star.ui.UIElementFactoryManager")
        element = manager.createUIElement(PANEL_URL, props(Frame=frame, ParentWindow=frame.getContainerWindow()))
        self.assertIsNotNone(element)
        panel = element.getRealInterface()
        self.addCleanup(panel.dispose)
        window = panel.Window
        self.assertIsNotNone(window)
        self.assertGreaterEqual(panel.getMinimalWidth(), 200)
        size = panel.getHeightForWidth(300)
        self.assertGreater(size.Preferred, 3 * 22)  # the filter, the message and three themes
        boxes, message = self.rows(window)
        self.assertEqual(sorted(boxes), ["Logement", "Loyers", "Santé communautaire"])
        self.assertIn("cochez", message)
        # Another URL of the same factory is no panel of ours; nothing thrown either way.
        self.assertIsNone(self.office.create("org.etsworkbench.PanelFactory").createUIElement(
            "private:resource/toolpanel/EtsPanelFactory/Nothing", props(Frame=frame)))
        self.assertIsNone(self.office.create("org.etsworkbench.PanelFactory").createUIElement(PANEL_URL, ()))

    # -- the panel in the sidebar -----------------------------------------------------------
    def test_a_click_tags_the_selection_and_an_untick_untags_it(self):
        document = self.open_transcript()
        window = self.open_panel(document)
        self.assertEqual(sorted(self.rows(window)[0]), ["Logement", "Loyers", "Santé communautaire"])
        self.assert_ticked(window, set())
        self.select(document, QUOTE)
        steps = len(document.getUndoManager().getAllUndoActionTitles())
        self.click_theme(window, "Logement", 1)
        self.assertTrue(self.wait_for(lambda: len(self.passages(document)) == 1), "the click tagged nothing")
        self.assertEqual(len(document.getUndoManager().getAllUndoActionTitles()), steps + 1)  # one click, one step
        passage = self.passages(document)[0]
        self.assertEqual(passage["themes"], ["Logement"])
        self.assertEqual(passage["text"], QUOTE)
        self.assertEqual(document.getUndoManager().getCurrentUndoActionTitle(), "Coder un passage")
        # The panel follows: the theme is ticked.
        self.assert_ticked(window, {"Logement"})
        # A second theme on the same text: the same passage gains it.
        self.select(document, QUOTE)
        self.click_theme(window, "Santé communautaire", 1)
        self.assertTrue(self.wait_for(
            lambda: self.passages(document)[0]["themes"] == ["Logement", "Santé communautaire"]))
        # The cursor elsewhere: nothing ticked; back in the passage: both ticked.
        self.select(document, OTHER)
        self.assert_ticked(window, set())
        document.getCurrentController().select(self.select(document, "conséquences").getStart())
        self.assert_ticked(window, {"Logement", "Santé communautaire"})
        # Untick: that theme leaves the passage, in one undo step.
        self.click_theme(window, "Logement", 0)
        self.assertTrue(self.wait_for(lambda: self.passages(document)[0]["themes"] == ["Santé communautaire"]))
        self.assertEqual(document.getUndoManager().getCurrentUndoActionTitle(), "Retirer le codage")
        # Tagged another way (a shortcut, a macro, the dialog): the panel follows without waiting for the cursor.
        self.select(document, OTHER)
        self.assert_ticked(window, set())
        ok, message = self.dispatch(document, "QuickTag", Theme="Loyers")
        self.assertTrue(ok, message)
        self.assert_ticked(window, {"Loyers"})

    def memo_controls(self, window):
        """The memo box and its button."""
        box = button = None
        for control in window.getControls():
            if control.supportsService("com.sun.star.awt.UnoControlEdit") and control.getModel().MultiLine:
                box = control
            elif control.supportsService("com.sun.star.awt.UnoControlButton"):
                button = control
        self.assertIsNotNone(box, "no memo box")
        self.assertIsNotNone(button, "no memo button")
        return box, button

    def test_the_memo_of_the_passage_under_the_cursor_is_shown_and_saved(self):
        document = self.open_transcript()
        window = self.open_panel(document)
        box, button = self.memo_controls(window)
        # Outside a passage: the box is greyed and says where to put the cursor.
        self.assertFalse(box.getModel().Enabled)
        self.assertIn("passages", box.getText())
        self.select(document, QUOTE)
        self.click_theme(window, "Logement", 1)
        self.assertTrue(self.wait_for(lambda: len(self.passages(document)) == 1), "the click tagged nothing")
        document.getCurrentController().select(self.select(document, "conséquences").getStart())
        self.assertTrue(self.wait_for(lambda: box.getModel().Enabled), "the memo box stays greyed in a passage")
        self.assertEqual(box.getText(), "")
        # Typed in the box, saved with the button (a person's click: the button's accessible action).
        box.getPeer().setText("À relire : le logement avant la santé")
        steps = len(document.getUndoManager().getAllUndoActionTitles())
        button.getPeer().getAccessibleContext().doAccessibleAction(0)
        self.assertTrue(self.wait_for(
            lambda: self.passages(document)[0]["memo"] == "À relire : le logement avant la santé"), "memo not saved")
        self.assertEqual(len(document.getUndoManager().getAllUndoActionTitles()), steps + 1)
        self.assertEqual(document.getUndoManager().getCurrentUndoActionTitle(), "Mémo du passage")
        comments = [field for field in self.fields(document)
                    if field.supportsService("com.sun.star.text.textfield.Annotation")]
        self.assertEqual(comments[0].Content, "Thèmes : Logement\nÀ relire : le logement avant la santé")
        # Elsewhere and back: the box follows the cursor.
        self.select(document, OTHER)
        self.assertTrue(self.wait_for(lambda: not box.getModel().Enabled))
        document.getCurrentController().select(self.select(document, "conséquences").getStart())
        self.assertTrue(self.wait_for(lambda: box.getText() == "À relire : le logement avant la santé"))
        # Ctrl+Z takes the memo back.
        document.getUndoManager().undo()
        self.assertEqual(self.passages(document)[0]["memo"], "")
        # From a macro, outside any passage: refused, nothing changed.
        self.select(document, OTHER)
        ok, message = self.dispatch(document, "Passages", Action="Memo", Memo="perdu")
        self.assertFalse(ok)
        self.assertIn("aucun de vos passages", message)

    @staticmethod
    def fields(document):
        found, fields = [], document.getTextFields().createEnumeration()
        while fields.hasMoreElements():
            found.append(fields.nextElement())
        return found

    def test_the_filter_keeps_matching_themes_and_their_parents(self):
        document = self.open_transcript()
        window = self.open_panel(document)
        edit = [c for c in window.getControls() if c.supportsService("com.sun.star.awt.UnoControlEdit")][0]
        # The panel filters on the office's main thread, soon after the text changes.
        edit.setText("loy")
        self.assertTrue(self.wait_for(lambda: sorted(self.rows(window)[0]) == ["Logement", "Loyers"]),
                        sorted(self.rows(window)[0]))
        edit.setText("rien de tel")
        self.assertTrue(self.wait_for(lambda: self.rows(window)[0] == {}), sorted(self.rows(window)[0]))
        self.assertIn("rien de tel", self.rows(window)[1])
        edit.setText("")
        self.assertTrue(self.wait_for(lambda: len(self.rows(window)[0]) == 3), sorted(self.rows(window)[0]))

    # -- the command behind the click and the shortcuts -------------------------------------
    def test_quick_tag_by_name_by_number_and_from_a_shortcut_url(self):
        document = self.open_transcript(hidden=True)
        self.select(document, QUOTE)
        ok, anchor = self.dispatch(document, "QuickTag", Theme="santé communautaire")
        self.assertTrue(ok, anchor)
        # The numbers follow the codebook's tree, whatever was used last: Logement 1, Loyers 2, Santé communautaire 3.
        self.select(document, OTHER)
        ok, other = self.dispatch(document, "QuickTag", Number=1)
        self.assertTrue(ok, other)
        self.select(document, OTHER)
        ok, same = self.dispatch(document, "QuickTag?Number:short=2")
        self.assertTrue(ok, same)
        self.assertEqual(other, same)
        listed = {p["anchor"]: p["themes"] for p in self.passages(document)}
        self.assertEqual(listed, {anchor: ["Santé communautaire"], other: ["Logement", "Loyers"]})
        self.assertEqual(document.getUndoManager().getCurrentUndoActionTitle(), "Coder un passage")

    def test_ctrl_alt_1_to_9_tag_with_the_sidebar_numbers_and_ctrl_alt_0_opens_the_dialog(self):
        supplier = self.office.create("com.sun.star.ui.ModuleUIConfigurationManagerSupplier")
        shortcuts = supplier.getUIConfigurationManager("com.sun.star.text.TextDocument").getShortCutManager()
        for number in range(1, 10):
            key = uno.createUnoStruct("com.sun.star.awt.KeyEvent")
            key.KeyCode = uno.getConstantByName("com.sun.star.awt.Key.NUM0") + number
            key.Modifiers = uno.getConstantByName("com.sun.star.awt.KeyModifier.MOD1") | \
                uno.getConstantByName("com.sun.star.awt.KeyModifier.MOD2")
            self.assertEqual(shortcuts.getCommandByKeyEvent(key), "vnd.ets:QuickTag?Number:short=%d" % number)
        key.KeyCode = uno.getConstantByName("com.sun.star.awt.Key.NUM0")
        self.assertEqual(shortcuts.getCommandByKeyEvent(key), "vnd.ets:TagSelection")  # the dialog
        key.KeyCode = uno.getConstantByName("com.sun.star.awt.Key.N")
        self.assertEqual(shortcuts.getCommandByKeyEvent(key), "vnd.ets:Passages?Action:string=Next")
        key.KeyCode = uno.getConstantByName("com.sun.star.awt.Key.P")
        self.assertEqual(shortcuts.getCommandByKeyEvent(key), "vnd.ets:Passages?Action:string=Previous")

    def test_next_and_previous_passage_from_the_cursor(self):
        document = self.open_transcript(hidden=True)
        self.select(document, OTHER)
        ok, second = self.dispatch(document, "QuickTag", Theme="Logement")
        self.assertTrue(ok, second)
        self.select(document, QUOTE)
        ok, first = self.dispatch(document, "QuickTag", Theme="santé communautaire")
        self.assertTrue(ok, first)
        text = document.getText()
        order = sorted([(first, QUOTE), (second, OTHER)],
                       key=lambda p: document.getText().getString().find(p[1]))
        cursor = document.getCurrentController().getViewCursor()
        cursor.gotoRange(text.getStart(), False)
        ok, anchor = self.dispatch(document, "Passages?Action:string=Next")  # as Ctrl+Alt+N sends it
        self.assertTrue(ok, anchor)
        self.assertEqual(anchor, order[0][0])
        self.assertEqual(document.getCurrentController().getSelection().getByIndex(0).getString(), order[0][1])
        ok, anchor = self.dispatch(document, "Passages", Action="Next")
        self.assertEqual(anchor, order[1][0])
        ok, anchor = self.dispatch(document, "Passages", Action="Previous")
        self.assertEqual(anchor, order[0][0])
        cursor.gotoRange(text.getStart(), False)
        ok, anchor = self.dispatch(document, "Passages", Action="Next", Theme="Santé communautaire")
        self.assertEqual((ok, anchor), (True, first))  # the filter skips the other passage, wherever it is
        cursor.gotoRange(text.getEnd(), False)
        ok, message = self.dispatch(document, "Passages", Action="Next")
        self.assertFalse(ok)
        self.assertIn("Aucun passage codé après le curseur", message)

    def answer_message(self, action, words):
        """Runs `action` (which shows a message box) in a thread, checks that a message box says `words`, closes it
        with its button and returns what the action returned."""
        outcome = {}
        worker = threading.Thread(target=lambda: outcome.update(result=action()), daemon=True)
        worker.start()
        push_button = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")
        boxes = {uno.getConstantByName("com.sun.star.accessibility.AccessibleRole." + role) for role in ("ALERT", "DIALOG")}
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        said, seen, deadline = None, [], time.time() + 15
        while said is None and time.time() < deadline:
            for i in range(toolkit.getTopWindowCount()):
                window = toolkit.getTopWindow(i)
                context = window.getAccessibleContext() if window is not None else None  # None: going away
                if context is None or context.getAccessibleRole() not in boxes:
                    continue
                children = accessible_children(context)
                seen = [c.getAccessibleName() for c in children]
                buttons = [c for c in children if c.getAccessibleRole() == push_button]
                if buttons:  # a message box: closed whatever it says, so that no test is left behind it
                    said = " ".join(seen)
                    buttons[0].doAccessibleAction(0)
                    break
            time.sleep(0.2)
        worker.join(timeout=15)
        if worker.is_alive():  # say what is still on screen (another message box?) before failing
            for i in range(toolkit.getTopWindowCount()):
                window = toolkit.getTopWindow(i)
                ctx = window.getAccessibleContext() if window is not None else None
                if ctx is not None:
                    print("TOP", ctx.getAccessibleRole(), ctx.getAccessibleName(),
                          [c.getAccessibleName() for c in accessible_children(ctx)][:12])
        self.assertIsNotNone(said, "no message box was shown")
        self.assertIn(words, said)
        self.assertFalse(worker.is_alive())
        return outcome.get("result")

    def test_a_shortcut_without_a_theme_says_so_and_changes_nothing(self):
        document = self.open_transcript()
        self.select(document, QUOTE)
        frame = document.getCurrentController().getFrame()
        # A person's shortcut: the refusal is shown, not only returned.
        ok, message = self.answer_message(lambda: self.office.dispatch(frame, "QuickTag?Number:short=9"), "numéro 9")
        self.assertFalse(ok)
        self.assertEqual(document.getBookmarks().getCount(), 0)

    def test_a_click_without_a_selection_says_so_and_changes_nothing(self):
        document = self.open_transcript()
        window = self.open_panel(document)
        document.getCurrentController().select(self.select(document, QUOTE).getStart())  # a mere cursor
        box = self.rows(window)[0]["Loyers"]
        self.answer_message(lambda: self.click(box, 1), "Aucun texte n’est sélectionné")
        self.assertEqual(document.getBookmarks().getCount(), 0)
        self.assert_ticked(window, set())  # the tick goes back: nothing was tagged

    def test_refusals_say_why_and_change_nothing(self):
        document = self.open_transcript(hidden=True)
        before = document.getBookmarks().getCount()
        # No selection.
        document.getCurrentController().select(document.getText().createTextCursor())
        ok, message = self.dispatch(document, "QuickTag", Theme="Logement")
        self.assertFalse(ok)
        self.assertIn("sélectionn", message)
        # A number no theme has, an unknown theme: nothing is created.
        self.select(document, QUOTE)
        ok, message = self.dispatch(document, "QuickTag", Number=9)
        self.assertFalse(ok)
        self.assertIn("numéro 9", message)
        for number in (0, 2.5, 1e20, -3):
            ok, message = self.dispatch(document, "QuickTag", Number=number)
            self.assertFalse(ok, number)
            self.assertIn("numéro", message)
        ok, message = self.dispatch(document, "QuickTag", Theme="Thème inventé")
        self.assertFalse(ok)
        self.assertIn("Thème inventé", message)
        # The header.
        style = document.getStyleFamilies().getByName("PageStyles").getByName("Standard")
        style.HeaderIsOn = True
        style.HeaderText.setString("En-tête confidentiel")
        document.getCurrentController().select(style.HeaderText.createTextCursorByRange(style.HeaderText))
        ok, message = self.dispatch(document, "QuickTag", Theme="Logement")
        self.assertFalse(ok)
        self.assertIn("en-tête", message)
        self.assertEqual(document.getBookmarks().getCount(), before)
        with open(os.path.join(self.project, "ets-project.json"), encoding="utf-8") as f:
            self.assertEqual(sorted(t["name"] for t in json.load(f)["themes"]),
                             ["Logement", "Loyers", "Santé communautaire"])
        # A read-only transcript.
        close_document(document)
        readonly = self.open_transcript(hidden=True, read_only=True)
        self.select(readonly, QUOTE)
        ok, message = self.dispatch(readonly, "QuickTag", Theme="Logement")
        self.assertFalse(ok)
        self.assertIn("lecture seule", message)


class SidebarWithoutProjectTest(OfficeTestCase):
    """An office that never opened an ETS project (its own profile): the panel says so, a click cannot happen."""

    def test_the_panel_says_no_project_is_open_and_quick_tag_refuses(self):
        document = self.writer()
        document.getText().setString("Un texte quelconque.")
        sidebar = document.getCurrentController().getSidebar()
        sidebar.setVisible(True)
        deck = sidebar.getDecks().getByName("EtsDeck")
        deck.activate(True)
        window = deck.getPanels().getByName("EtsThemesPanel").getDialog()
        labels = [c.getModel().Label for c in window.getControls()
                  if c.getModel().getPropertySetInfo().hasPropertyByName("Label")]
        self.assertTrue(any("Aucun projet ETS" in label for label in labels), labels)
        self.assertFalse([c for c in window.getControls()
                          if c.supportsService("com.sun.star.awt.UnoControlCheckBox")])
        search = document.createSearchDescriptor()
        search.SearchString = "texte"
        document.getCurrentController().select(document.findFirst(search))
        ok, message = self.dispatch(document, "QuickTag", Theme="Logement")
        self.assertFalse(ok)
        self.assertIn("Aucun projet ETS", message)
        self.assertEqual(document.getBookmarks().getCount(), 0)


if __name__ == "__main__":
    unittest.main()
