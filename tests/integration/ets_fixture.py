"""The shared fixture of the integration tests: one LibreOffice per test module, with the
freshly built extension installed into a throw-away profile."""

import os
import sys
import tempfile
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


def close_document(document):
    try:
        document.setModified(False)
        document.close(True)
    except Exception:
        pass
