"""Issue 16, the short versions of the soak and of the crash loop over project saves (scripts/soak.sh runs the long
ones): 20 cycles of tag / untag / re-tag / rename / save / close / reopen over three transcripts of the demo project,
checked after each against a model of their passages (scripts/soak_cycles.py)."""

import os
import sys
import unittest

from ets_fixture import OfficeTestCase  # first: it gives UNO the extension's types

ROOT = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

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


if __name__ == "__main__":
    unittest.main()
