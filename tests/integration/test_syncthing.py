"""Issue 13: a tandem without a server keeps the project folder in step with Syncthing. Two folders, two Syncthing
instances (on loopback only, in a network namespace of the test's own), one LibreOffice on each folder; both people
change the project while the folders sync and while they are cut apart. After the sync settles, both folders hold
every change: with conflict copies (maxConflicts 10) and when the partner's version silently replaces ours (0)."""

import json
import os
import tempfile
import shutil
import unittest

from ets_fixture import TwoOfficesTestCase  # first: it gives UNO the extension's types
from syncthing_pair import SyncthingPair, only_loopback

ROOT = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(ROOT, "demo")


def project_file(folder):
    with open(os.path.join(folder, "ets-project.json"), encoding="utf-8") as f:
        return f.read()


class SyncthingTest(TwoOfficesTestCase):
    """Claire's office (A) on one folder, Yasmine's (B) on the other."""

    @classmethod
    def setUpClass(cls):
        if not only_loopback():
            raise RuntimeError("run through ctest: Syncthing may only run inside tests/integration/loopback_only")
        super().setUpClass()

    def both_change(self, step, a_hours, b_hours):
        """Each side adds an organisation and logs hours: four confirmed changes."""
        self.ok(self.a, "Organisations", Action="Add", Name="Claire %s" % step)
        self.ok(self.b, "Organisations", Action="Add", Name="Yasmine %s" % step)
        self.ok(self.a, "LogHours", Date="2026-11-20", Activity="Analysis", Hours=a_hours, Note=step)
        self.ok(self.b, "LogHours", Date="2026-11-21", Activity="Writing", Hours=b_hours, Note=step)

    def holds_every_change(self, content):
        project = json.loads(content)
        names = {organisation["name"] for organisation in project["organisations"]}
        notes = sorted((line.get("note", ""), line["hours"]) for line in project["hours"] if line.get("note"))
        wanted_names = {"Claire en phase", "Yasmine en phase", "Claire coupés", "Yasmine coupés"}
        wanted_notes = sorted([("en phase", 1.5), ("en phase", 2.5), ("coupés", 2.0), ("coupés", 3.0)])
        return wanted_names <= names and notes == wanted_notes

    def converge(self, pair):
        """Each office's next command takes in what arrived (and writes back what the disk lacks), until both
        folders hold the same file."""
        for _ in range(8):
            pair.settle()
            a, b = project_file(pair.folder_a), project_file(pair.folder_b)
            if a == b and self.holds_every_change(a):
                return a
            for office in (self.a, self.b):
                self.ok(office, "Conflicts", Action="List")  # a command that only reads
        self.fail("the folders never settled on one project holding every change")

    def run_tandem(self, max_conflicts):
        tmp = tempfile.mkdtemp(prefix="ets-syncthing-")
        self.addCleanup(shutil.rmtree, tmp, True)
        pair = SyncthingPair(tmp, DEMO, max_conflicts)
        self.addCleanup(pair.stop)
        pair.start()
        for office, folder, coder in ((self.a, pair.folder_a, "Claire"), (self.b, pair.folder_b, "Yasmine")):
            result = office.automation().openProject(folder, False, "", coder)
            self.assertTrue(result.Success, result.Message)

        self.both_change("en phase", 1.5, 2.5)  # while the folders sync
        pair.settle()
        pair.cut_apart()
        self.both_change("coupés", 2, 3)  # each side alone: both change the same file
        pair.join_again()
        settled = self.converge(pair)
        return settled, pair

    def test_with_conflict_copies_both_folders_hold_every_change(self):
        settled, pair = self.run_tandem(max_conflicts=10)
        for folder in (pair.folder_a, pair.folder_b):
            self.assertEqual([name for name in os.listdir(folder) if "sync-conflict" in name], [])
        aside = [os.path.join(folder, "merged-copies") for folder in (pair.folder_a, pair.folder_b)]
        merged = [name for folder in aside if os.path.isdir(folder) for name in os.listdir(folder)]
        self.assertTrue(merged, "Syncthing made a conflict copy, merged and moved aside")
        self.assertEqual(json.loads(settled)["schemaVersion"], 2)

    def test_when_the_partners_version_silently_replaces_ours_both_folders_hold_every_change(self):
        settled, pair = self.run_tandem(max_conflicts=0)
        for folder in (pair.folder_a, pair.folder_b):
            self.assertFalse(os.path.exists(os.path.join(folder, "merged-copies")), "no copy was left to merge")
        self.assertTrue(self.holds_every_change(settled))


if __name__ == "__main__":
    unittest.main()
