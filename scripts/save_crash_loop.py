#!/usr/bin/env python3
"""Crash loop of project saves in a real LibreOffice (issue 16): a macro logs hours and adds organisations one after
the other (each command saves the project: merge, temporary file, rename), soffice is killed with SIGKILL at a random
moment, started again, and then:
- the project file is whole JSON and the next command opens the project;
- every line and organisation whose command had answered is there, exactly once; the one under way when soffice was
  killed is there once or not at all; nothing else;
- a temporary a killed save left beside the project file is removed when the project is next opened, once it is old
  enough not to be another office's save under way (10 minutes: the loop ages the ones it finds, then checks);
- a new line can be logged after the restart.
Prints the counts at the end; exits 1 when any cycle found something lost, doubled, torn or left behind.

    scripts/save_crash_loop.py --oxt build/ets-workbench.oxt --kills 200
"""

import argparse
import datetime
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

DEMO = os.path.join(ROOT, "demo")
PROJECT = "ets-project.json"
FIRST_DAY = datetime.date(2026, 1, 5)


def temporaries(folder):
    return [name for name in os.listdir(folder) if name.startswith("." + PROJECT + ".tmp-")]


class SaveKills:
    """The demo project copied into `folder` and opened in `office`; what was asked of it and what was answered."""

    def __init__(self, office, folder, log=print):
        self.office = office
        self.folder = folder
        self.log = log
        self.number = 0  # of the records asked for
        self.answered = set()  # notes of hours lines and names of organisations whose command succeeded
        self.asked_when_killed = set()  # those under way at each kill: there once or not at all
        self.kills = self.cycles = self.commands = self.torn = self.lost = self.doubled = self.unexpected = 0
        self.refused_after = self.temporaries_found = self.temporaries_left = 0

    def prepare(self):
        shutil.copytree(DEMO, self.folder)
        result = self.office.automation().openProject(self.folder, False, "", "Claire")
        if not result.Success:
            raise RuntimeError(result.Message)

    def next_command(self):
        """The next command's name, arguments and the record it adds (an hours line's note, an organisation's name)."""
        self.number += 1
        if self.number % 2:
            note = "sauvegarde %d" % self.number
            day = FIRST_DAY + datetime.timedelta(days=self.number % 300)
            return "LogHours", {"Date": day.isoformat(), "Person": "Claire", "Activity": "Analysis", "Hours": 0.25,
                                "Note": note}, ("hours", note)
        name = "Organisation de l'essai %d" % self.number
        return "Organisations", {"Action": "Add", "Name": name, "Sector": "Essai"}, ("organisations", name)

    def cycle(self, delay):
        """Commands one after the other until soffice is killed `delay` seconds in; then a restart and the checks."""
        document = self.office.new_document("swriter", hidden=True)
        frame = document.getCurrentController().getFrame()
        under_way = {}
        stop = threading.Event()

        def macro():
            while not stop.is_set():
                command, arguments, record = self.next_command()
                under_way["record"] = record
                try:
                    ok, message = self.office.dispatch(frame, command, **arguments)
                except Exception:  # the office died under the call
                    return
                if not ok:
                    under_way["refused"] = message
                    return
                self.answered.add(record)
                self.commands += 1
                under_way.pop("record", None)

        thread = threading.Thread(target=macro)
        thread.start()
        time.sleep(delay)
        if "refused" not in under_way:
            os.killpg(self.office.process.pid, signal.SIGKILL)
            self.kills += 1
        stop.set()
        thread.join(60)
        if "refused" in under_way:
            raise RuntimeError("a command was refused: %s" % under_way["refused"])
        if "record" in under_way:
            self.asked_when_killed.add(under_way["record"])
        self.cycles += 1
        found = temporaries(self.folder)
        self.temporaries_found += len(found)
        old = time.time() - 11 * 60  # as if the office had been started again later: no save of another is under way
        for name in found:
            os.utime(os.path.join(self.folder, name), (old, old))
        self.office.restart()
        self.check()

    def check(self):
        try:
            with open(os.path.join(self.folder, PROJECT), encoding="utf-8") as f:
                project = json.load(f)
        except ValueError as error:
            self.torn += 1
            self.log("cycle %d: the project file is not whole JSON: %s" % (self.cycles, error))
            return
        present = {}
        for record in project.get("hours", []):
            if str(record.get("note", "")).startswith("sauvegarde "):
                present.setdefault(("hours", record["note"]), 0)
                present[("hours", record["note"])] += 1
        for record in project.get("organisations", []):
            if str(record.get("name", "")).startswith("Organisation de l'essai "):
                present.setdefault(("organisations", record["name"]), 0)
                present[("organisations", record["name"])] += 1
        problems = []
        for record in self.answered:
            if record not in present:
                self.lost += 1
                problems.append("lost %r" % (record,))
        for record, count in present.items():
            if count > 1:
                self.doubled += count - 1
                problems.append("doubled %r" % (record,))
            if record not in self.answered and record not in self.asked_when_killed:
                self.unexpected += 1
                problems.append("unexpected %r" % (record,))
        # What was under way and is there counts as answered from now on (it must stay).
        self.answered |= {record for record in self.asked_when_killed if record in present}
        self.asked_when_killed = {record for record in self.asked_when_killed if record not in present}
        # The next command opens the project (removing old temporaries) and it can be changed again.
        document = self.office.new_document("swriter", hidden=True)
        try:
            frame = document.getCurrentController().getFrame()
            ok, message = self.office.dispatch(frame, "Organisations", Action="Nominations")
            if not ok:
                self.refused_after += 1
                problems.append("the project did not open: %s" % message)
            command, arguments, record = self.next_command()
            ok, message = self.office.dispatch(frame, command, **arguments)
            if ok:
                self.answered.add(record)
            else:
                self.refused_after += 1
                problems.append("%s refused after the restart: %s" % (command, message))
        finally:
            document.close(True)
        left = temporaries(self.folder)
        self.temporaries_left += len(left)
        if left:
            problems.append("temporaries left: %s" % left)
        if problems:
            self.log("cycle %d: %s" % (self.cycles, "; ".join(problems)))

    def clean(self):
        return not (self.torn or self.lost or self.doubled or self.unexpected or self.refused_after
                    or self.temporaries_left)

    def summary(self):
        return ("save kills: cycles %d, kills %d, commands answered %d, records checked %d, lost %d, doubled %d, "
                "unexpected %d, torn files %d, refused after restart %d, temporaries left by kills %d, "
                "left after the next open %d"
                % (self.cycles, self.kills, self.commands, len(self.answered), self.lost, self.doubled,
                   self.unexpected, self.torn, self.refused_after, self.temporaries_found, self.temporaries_left))


def save_kills(office, folder, kills, seed=16, log=print):
    """`kills` cycles in `office` on a copy of the demo project made in `folder`; returns the SaveKills (its counts)."""
    rng = random.Random(seed)
    loop = SaveKills(office, folder, log)
    loop.prepare()
    for number in range(kills):
        loop.cycle(rng.uniform(0.05, 1.5))
        if (number + 1) % 10 == 0:
            log(loop.summary())
    return loop


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oxt", default=os.environ.get("ETS_OXT", os.path.join(ROOT, "build", "ets-workbench.oxt")))
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=16)
    options = parser.parse_args()
    work = tempfile.mkdtemp(prefix="ets-save-kills-")
    office = Office(oxt=options.oxt, headless=True)
    try:
        office.start()
        loop = save_kills(office, os.path.join(work, "projet"), options.kills, options.seed,
                          lambda line: print(line, flush=True))
    finally:
        office.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(loop.summary())
    return 0 if loop.clean() else 1


if __name__ == "__main__":
    sys.exit(main())
