#!/usr/bin/env python3
"""Holds src/ to the layers of docs/design.md: no #include from a lower folder back up to a higher one (in src/uno
writer/ and calc/ do not include each other either), no UNO header in src/core, and no #include below the first line
of code of a file. Prints what breaks a rule and exits 1; exits 0 when none does. Run from anywhere."""

import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
# Higher numbers sit lower: a file may include its own folder or a folder with a higher number.
UNO_LEVELS = {"app": 0, "commands": 1, "dialogs": 2, "writer": 3, "calc": 3, "office": 4}
CORE_LEVELS = {"refi": 0, "analysis": 1, "coding": 2, "method": 2, "timesheet": 2, "register": 3, "odf": 3, "project": 4,
               "text": 5, "layout": 5}
INCLUDE = re.compile(r'\s*#\s*include\s+[<"]([^">]+)[">]')
CODE = re.compile(r"\s*(namespace|class|struct|enum|using|template|typedef|inline|static|const|extern)\b|\s*[A-Za-z_][\w:<>,\s*&]*\(")


def problems():
    for part, levels in (("uno", UNO_LEVELS), ("core", CORE_LEVELS)):
        for folder, _, files in os.walk(os.path.join(ROOT, part)):
            for name in sorted(files):
                if not name.endswith((".cpp", ".hpp")):
                    continue
                path = os.path.join(folder, name)
                shown = os.path.relpath(path, os.path.join(ROOT, ".."))
                mine = os.path.relpath(folder, os.path.join(ROOT, part)).split(os.sep)[0]
                in_comment = False
                code_seen = False
                for number, line in enumerate(open(path, encoding="utf-8"), 1):
                    stripped = line.strip()
                    if in_comment:
                        in_comment = "*/" not in stripped
                        continue
                    if stripped.startswith("/*"):
                        in_comment = "*/" not in stripped
                        continue
                    if not stripped or stripped.startswith("//"):
                        continue
                    match = INCLUDE.match(line)
                    if not match:
                        if not stripped.startswith("#") and CODE.match(line):
                            code_seen = True
                        continue
                    included = match.group(1)
                    if code_seen:
                        yield "%s:%d: #include %s below the code" % (shown, number, included)
                    first = included.split("/")[0]
                    if part == "core" and (included.startswith(("com/sun/star", "cppuhelper", "rtl/", "osl/", "sal/"))
                                           or first == "uno" or first in UNO_LEVELS):
                        yield "%s:%d: the core includes %s" % (shown, number, included)
                    if part == "core" and first == "core":
                        target = included.split("/")[1]
                        if levels.get(target, 99) < levels.get(mine, 99):
                            yield "%s:%d: includes %s, a folder above it" % (shown, number, included)
                    if part == "uno" and first in levels and first != mine and levels[first] <= levels[mine]:
                        yield "%s:%d: includes %s, a folder above or beside it" % (shown, number, included)


def main():
    found = list(problems())
    for problem in found:
        print(problem)
    if not found:
        print("layers: every include points down")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
