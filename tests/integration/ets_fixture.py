"""The shared fixture of the integration tests: one LibreOffice per test module, with the
freshly built extension installed into a throw-away profile."""

import os
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.join(os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", "..")),
                                "scripts", "lib"))

from ets_office import Office, file_url, named, props  # noqa: E402,F401

OXT = os.environ.get("ETS_OXT", "")


class OfficeTestCase(unittest.TestCase):
    """Starts soffice once for all the tests of a class and stops it after them."""

    office = None
    headless = False

    @classmethod
    def setUpClass(cls):
        if not OXT or not os.path.exists(OXT):
            raise unittest.SkipTest("ETS_OXT does not name a built .oxt; run through ctest")
        cls.office = Office(oxt=OXT, headless=cls.headless)
        try:
            cls.office.start()
        except BaseException:
            cls.office.stop()  # tearDownClass does not run when setUpClass fails
            raise

    @classmethod
    def tearDownClass(cls):
        if cls.office:
            cls.office.stop()
            cls.office = None

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="ets-test-")

    def create_project(self, folder_name, title, coder):
        """A new ETS project in this test's temporary folder, opened; returns its folder."""
        folder = os.path.join(self.tmp, folder_name)
        result = self.office.automation().openProject(folder, True, title, coder)
        self.assertTrue(result.Success, result.Message)
        return folder

    def writer(self, hidden=False):
        document = self.office.new_document("swriter", hidden=hidden)
        self.addCleanup(close_document, document)
        return document

    def calc(self, hidden=False):
        document = self.office.new_document("scalc", hidden=hidden)
        self.addCleanup(close_document, document)
        return document

    def dispatch(self, document, command, **arguments):
        return self.office.dispatch(document.getCurrentController().getFrame(), command, **arguments)


class TwoOfficesTestCase(unittest.TestCase):
    """Two people's offices, each with its own profile: Claire's (a) and Yasmine's (b), started once for the class."""

    a = b = None

    @classmethod
    def setUpClass(cls):
        if not OXT or not os.path.exists(OXT):
            raise unittest.SkipTest("ETS_OXT does not name a built .oxt; run through ctest")
        cls.a = Office(oxt=OXT)
        cls.b = Office(oxt=OXT)
        try:
            cls.a.start()
            cls.b.start()
        except BaseException:
            cls.tearDownClass()  # not run by unittest when setUpClass fails
            raise

    @classmethod
    def tearDownClass(cls):
        for office in (cls.a, cls.b):
            if office:
                office.stop()

    def ok(self, office, command, **arguments):
        """Runs the command in `office` as a macro does and returns its message; it must succeed."""
        ok, message = run_command(office, command, **arguments)
        self.assertTrue(ok, "%s: %s" % (command, message))
        return message


def run_command(office, command, **arguments):
    """Dispatches an ETS command in `office` as a macro does, from a hidden Writer document; (success, message)."""
    document = office.new_document("swriter", hidden=True)
    try:
        return office.dispatch(document.getCurrentController().getFrame(), command, **arguments)
    finally:
        close_document(document)


def close_document(document):
    try:
        document.setModified(False)
        document.close(True)
    except Exception:
        pass


def accessible_children(context):
    """Every accessible context below `context`, breadth first."""
    found, pending = [], [context]
    while pending:
        current = pending.pop(0)
        for i in range(current.getAccessibleChildCount()):
            child = current.getAccessibleChild(i).getAccessibleContext()
            found.append(child)
            pending.append(child)
    return found


def dialog_controls(test, button, timeout=15):
    """The open dialog that has a push button named `button`: its buttons by name and its text fields in order.
    Fails the test when no such dialog opens in time."""
    import uno
    from com.sun.star.lang import DisposedException
    push_button = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")
    text = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.TEXT")
    toolkit = test.office.create("com.sun.star.awt.Toolkit")
    deadline = time.time() + timeout
    while time.time() < deadline:
        for i in range(toolkit.getTopWindowCount()):
            window = toolkit.getTopWindow(i)
            if window is None or not hasattr(window, "endExecute"):
                continue
            try:
                children = accessible_children(window.getAccessibleContext())
                buttons = {c.getAccessibleName(): c for c in children if c.getAccessibleRole() == push_button}
            except DisposedException:  # a dialog closing as it is read (the one before, often): look again
                continue
            if button in buttons:
                return buttons, [c for c in children if c.getAccessibleRole() == text]
        time.sleep(0.3)
    test.fail("no dialog with a button « %s » opened" % button)
