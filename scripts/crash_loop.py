#!/usr/bin/env python3
"""Crash loop of theme renames in a real LibreOffice (issue 16): a rename over six transcripts is started, soffice is
killed with SIGKILL at a random moment of it, started again, and the next command must find the project and every
transcript agreeing: one theme name everywhere (the project's), each passage listed once, no transcript waiting, no
lock left. Prints the counts at the end; exits 1 when any cycle found a passage lost, doubled or disagreeing.

    scripts/crash_loop.py --oxt build/ets-workbench.oxt --cycles 200
"""

import argparse
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import threading
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))

from ets_office import Office  # noqa: E402
from odf_tags import themes_on_disk  # noqa: E402

DEMO = os.path.join(ROOT, "demo")
NAMES = ("Non-recours aux droits", "Non-recours")


def project_file(folder):
    with open(os.path.join(folder, "ets-project.json"), encoding="utf-8") as f:
        return json.load(f)


def run(office, command, **arguments):
    document = office.new_document("swriter", hidden=True)
    try:
        return office.dispatch(document.getCurrentController().getFrame(), command, **arguments)
    finally:
        try:
            document.close(True)
        except Exception:
            pass


def prepare(office, folder):
    """The demo project with six transcripts, each with its first demo quote tagged with NAMES[0]."""
    shutil.copytree(DEMO, folder)
    result = office.automation().openProject(folder, False, "", "Claire")
    assert result.Success, result.Message
    with open(os.path.join(DEMO, "passages.json"), encoding="utf-8") as f:
        quotes = json.load(f)
    names = sorted(os.listdir(os.path.join(folder, "transcripts")))
    for number in range(2):
        shutil.copy(os.path.join(folder, "transcripts", names[number]),
                    os.path.join(folder, "transcripts", "copie-%s" % names[number]))
    paths = []
    for name in sorted(os.listdir(os.path.join(folder, "transcripts"))):
        path = os.path.join(folder, "transcripts", name)
        quote = next(q["quote"] for q in quotes if q["transcript"] == name.replace("copie-", ""))
        document = office.load(path, hidden=True)
        search = document.createSearchDescriptor()
        search.SearchString = quote
        document.getCurrentController().select(document.findFirst(search))
        ok, anchor = office.dispatch(document.getCurrentController().getFrame(), "TagSelection", Themes=NAMES[0])
        assert ok, anchor
        document.store()
        document.close(True)
        paths.append(path)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oxt", default=os.environ.get("ETS_OXT", os.path.join(ROOT, "build", "ets-workbench.oxt")))
    parser.add_argument("--cycles", type=int, default=20)
    parser.add_argument("--seed", type=int, default=16)
    options = parser.parse_args()
    random.seed(options.seed)
    work = tempfile.mkdtemp(prefix="ets-crash-loop-")
    folder = os.path.join(work, "projet")
    office = Office(oxt=options.oxt, headless=True)
    kills = checked = lost = doubled = disagreeing = waiting = 0
    try:
        office.start()
        paths = prepare(office, folder)
        started = time.monotonic()
        ok, message = run(office, "Themes", Action="Rename", Name=NAMES[0], NewName=NAMES[1])
        assert ok, message
        duration = time.monotonic() - started
        current = 1
        for cycle in range(options.cycles):
            target = 1 - current
            document = office.new_document("swriter", hidden=True)
            frame = document.getCurrentController().getFrame()
            outcome = {}

            def rename():
                try:
                    outcome["result"] = office.dispatch(frame, "Themes", Action="Rename", Name=NAMES[current],
                                                        NewName=NAMES[target])
                except Exception as error:  # the office dies under the call
                    outcome["error"] = error

            thread = threading.Thread(target=rename)
            thread.start()
            time.sleep(random.uniform(0, duration * 1.1))
            if "result" not in outcome:
                os.killpg(office.process.pid, signal.SIGKILL)
                kills += 1
            thread.join(60)
            office.restart()
            ok, listed = run(office, "Passages", Interactive=False, Scope="Project")
            assert ok, listed
            listed = json.loads(listed)
            names = [t["name"] for t in project_file(folder)["themes"]]
            current = 1 if NAMES[1] in names else 0
            transcripts = [p["transcript"] for p in listed]
            checked += len(listed)
            lost += len(paths) - len(set(transcripts))
            doubled += len(transcripts) - len(set(transcripts))
            disagreeing += sum(1 for p in listed if p["themes"] != [NAMES[current]])
            disagreeing += sum(1 for path in paths if themes_on_disk(path) != {NAMES[current]})
            waiting += len(project_file(folder).get("pendingRewrites", []))
            print("cycle %d: %s, %d passages, project says %r" % (cycle + 1, "killed" if "result" not in outcome
                                                                  else "finished", len(listed), NAMES[current]),
                  flush=True)
    finally:
        office.stop()
        shutil.rmtree(work, ignore_errors=True)
    print("cycles %d, kills %d, passages checked %d, lost %d, doubled %d, disagreeing %d, left waiting %d"
          % (options.cycles, kills, checked, lost, doubled, disagreeing, waiting))
    return 1 if lost or doubled or disagreeing or waiting else 0


if __name__ == "__main__":
    sys.exit(main())
