"""Issue 16: a command started on the office's main thread (a person's menu, toolbar or sidebar click) while a macro's
command, on another thread, holds the project and waits for the office. The main thread holds the office for as long
as it works: waiting there for the project hung both for good. It is now refused at once with a message, the macro's
command finishes, and the next click works.

The office's main thread is reached as LibreOffice reaches it for a click: a callback posted to its event loop
(com.sun.star.awt.AsyncCallback) runs there holding the office, and what this client calls from inside that callback
runs on the same thread (UNO keeps a call's thread across the bridge)."""

import json
import os
import threading
import time
import unittest

from ets_fixture import OfficeTestCase, named, props  # first: it gives UNO the extension's types

import signal  # noqa: E402

import uno  # noqa: E402,F401


class BusyTest(OfficeTestCase):
    headless = True

    def setUp(self):
        super().setUp()
        self.create_project("projet", "Occupé", "Claire")
        self.document = self.writer(hidden=True)
        self.frame = self.document.getCurrentController().getFrame()
        self.automation = self.office.automation()
        self.helper = self.office.create("com.sun.star.frame.DispatchHelper")

    def on_main_thread(self, work, timeout=30):
        """Runs `work` on the office's main thread; fails (and ends the hung office) when it does not come back."""
        callback = self.office.on_main_thread(work)
        if not callback.done.wait(timeout):
            os.killpg(self.office.process.pid, signal.SIGKILL)  # hung: nothing else can end it
            self.office.process.wait()
            self.office.restart()  # for the next test
            self.fail("the office hung: the main thread waited for the project, the macro's command for the office")
        if callback.error:
            raise callback.error
        return callback

    def click(self, command, **arguments):
        """The command dispatched as the menu does, from the thread that runs it (main thread in on_main_thread)."""
        event = self.helper.executeDispatch(self.frame, "vnd.ets:" + command, "", 0, props(**arguments))
        return event.State == 1, event.Result

    def test_a_click_while_a_macro_command_holds_the_project_is_refused_at_once_and_the_macro_finishes(self):
        macro = {}

        def macro_command():
            # Another thread of this client: in the office, a thread of the bridge, as a macro run from outside.
            result = self.automation.executeInFrame(self.frame, "Themes", named(Action="Add", Name="De la macro"))
            macro["result"] = (result.Success, result.Message)

        clicked = {}

        def click_while_the_macro_runs():
            thread = threading.Thread(target=macro_command)
            thread.start()
            # The macro's command takes the project at once, then needs the office, held here: it waits.
            time.sleep(2)
            self.assertNotIn("result", macro, "the macro's command did not wait for the office")
            clicked["result"] = self.click("Themes", Action="Add", Name="Du clic refusé")
            macro["thread"] = thread

        self.on_main_thread(click_while_the_macro_runs)
        ok, message = clicked["result"]
        self.assertFalse(ok, "the click ran while the macro's command held the project")
        self.assertIn("occupé par une autre commande", message)
        macro["thread"].join(30)
        self.assertIn("result", macro, "the macro's command never finished")
        self.assertTrue(macro["result"][0], macro["result"][1])

        # The project free again, a click on the main thread runs.
        self.on_main_thread(lambda: clicked.update(again=self.click("Themes", Action="Add", Name="Du clic")))
        ok, message = clicked["again"]
        self.assertTrue(ok, message)
        with open(os.path.join(self.tmp, "projet", "ets-project.json"), encoding="utf-8") as f:
            themes = sorted(theme["name"] for theme in json.load(f)["themes"])
        self.assertEqual(["De la macro", "Du clic"], themes)  # the refused click changed nothing

    def test_a_macro_command_waits_for_another_macro_command(self):
        # Off the main thread nothing is refused: two macros' commands at once both run, one after the other.
        results = []

        def run(number):
            result = self.automation.executeInFrame(self.frame, "Themes", named(Action="Add", Name="T%d" % number))
            results.append((result.Success, result.Message))

        threads = [threading.Thread(target=run, args=(number,)) for number in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        self.assertEqual(4, len(results))
        self.assertTrue(all(ok for ok, _ in results), results)


if __name__ == "__main__":
    unittest.main()
