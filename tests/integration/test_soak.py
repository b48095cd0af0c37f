"""Issue 16, the short versions of the soak and of the crash loop over project saves (scripts/soak.sh runs the long
ones): 20 cycles of tag / untag / re-tag / rename / save / close / reopen over three transcripts of the demo project,
checked after each against a model of their passages (scripts/soak_cycles.py); and 10 kills -9 of soffice while a macro
logs hours and adds organisations, each command saving the project (scripts/save_crash_loop.py)."""

import os
import sys
import unittest

from ets_fixture import OfficeTestCase  # first: it gives UNO the extension's types

ROOT = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

import save_crash_loop  # noqa: E402
import soak_cycles  # noqa: E402


class SoakTest(OfficeTestCase):
    headless = True

    def test_twenty_cycles_lose_and_double_no_passage(self):
        lines = []
        soak, memory = soak_cycles.soak(self.office, os.path.join(self.tmp, "projet"), 20, lines.append)
        report = "\n".join(lines)
        self.assertEqual(0, soak.lost, report)
        self.assertEqual(0, soak.doubled, report)
        self.assertEqual(0, soak.wrong, report)
        self.assertEqual(0, soak.unexpected, report)
        self.assertEqual(20 * 12 - 3, soak.checked, report)  # 3 transcripts × 2 passages, reopened and in the project
        self.assertEqual([], soak.leftovers())
        print("\n" + report + "\nsoffice RSS %d MB → %d MB" % (memory["start"] // 1024, memory["end"] // 1024),
              file=sys.stderr)

    def test_kills_during_project_saves_lose_nothing_answered_and_leave_no_temporary(self):
        lines = []
        loop = save_crash_loop.save_kills(self.office, os.path.join(self.tmp, "sauvegardes"), 10, log=lines.append)
        report = "\n".join(lines + [loop.summary()])
        self.assertEqual(10, loop.kills, report)
        self.assertGreater(loop.commands, 10, report)
        for count in ("torn", "lost", "doubled", "unexpected", "refused_after", "temporaries_left"):
            self.assertEqual(0, getattr(loop, count), count + "\n" + report)
        print("\n" + report, file=sys.stderr)


if __name__ == "__main__":
    unittest.main()
