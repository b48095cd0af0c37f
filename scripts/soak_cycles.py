#!/usr/bin/env python3
"""The soak of issue 16 in a real LibreOffice: cycles of tag / untag / re-tag / rename / save / close / reopen over
three transcripts of the demo project, checked after each cycle against a model of the passages they must carry
(none lost, none doubled, each with the themes the model says), read back twice: from each transcript reopened
(Passages of the document) and from the whole project with the transcripts closed (Passages of the project).
Prints the counts and soffice's memory (VmRSS) at the start and the end; exits 1 when anything disagreed.

    scripts/soak_cycles.py --oxt build/ets-workbench.oxt --cycles 500

Each cycle, in each transcript: the second quote is tagged « Essai cyclique » (a new passage, or that theme added to
the passage left by the cycle before), untagged whole (the passage goes), tagged again with « Essai cyclique » and the
renamed theme, and every other cycle « Essai cyclique » alone is untagged again; the transcript is saved; then the
theme on every first quote is renamed (back and forth, the open transcripts rewritten and saved) and the transcripts
are closed.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))

from ets_office import Office  # noqa: E402

DEMO = os.path.join(ROOT, "demo")
TRANSCRIPTS = ("ais-toit-commun.odt", "maison-medicale-le-sureau.odt", "ssm-entre-deux.odt")
NAMES = ("Essai renommé", "Essai rebaptisé")
CYCLE = "Essai cyclique"
WARM = 20  # cycles after which Writer, its fonts and caches are loaded: the growth after this one is what leaks


def rss_kb(pid):
    """The resident memory of process `pid` in kB, from /proc."""
    with open("/proc/%d/status" % pid, encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def demo_quotes(transcript, count=2):
    with open(os.path.join(DEMO, "passages.json"), encoding="utf-8") as f:
        return [p["quote"] for p in json.load(f) if p["transcript"] == transcript][:count]


class Failure(Exception):
    pass


class Soak:
    """The demo project copied into `folder`, opened in `office`, and the model of its three transcripts' passages."""

    def __init__(self, office, folder, log=print):
        self.office = office
        self.folder = folder
        self.log = log
        self.current = 0  # NAMES[current] is the renamed theme's name now
        self.model = {}  # (transcript, quote) -> set of theme names
        self.checked = self.lost = self.doubled = self.wrong = self.unexpected = 0
        self.quotes = {name: demo_quotes(name) for name in TRANSCRIPTS}

    # -- driving LibreOffice ----------------------------------------------------------------
    def dispatch(self, document, command, **arguments):
        ok, message = self.office.dispatch(document.getCurrentController().getFrame(), command, **arguments)
        if not ok:
            raise Failure("%s %r: %s" % (command, arguments, message))
        return message

    def select(self, document, text):
        search = document.createSearchDescriptor()
        search.SearchString = text
        found = document.findFirst(search)
        if found is None:
            raise Failure("not in the transcript: " + text)
        document.getCurrentController().select(found)

    def path(self, name):
        return os.path.join(self.folder, "transcripts", name)

    def prepare(self):
        shutil.copytree(DEMO, self.folder)
        result = self.office.automation().openProject(self.folder, False, "", "Claire")
        if not result.Success:
            raise Failure(result.Message)
        for name in TRANSCRIPTS:
            document = self.office.load(self.path(name), hidden=True)
            try:
                self.select(document, self.quotes[name][0])
                self.dispatch(document, "TagSelection", Themes=NAMES[0])
                self.model[(name, self.quotes[name][0])] = {NAMES[0]}
                document.store()
            finally:
                document.close(True)

    # -- checking against the model -----------------------------------------------------------
    def compare(self, listed, names, where):
        """Counts what `listed` (Passages' JSON) says about the transcripts `names` against the model."""
        seen = {}
        for passage in listed:
            name = os.path.basename(passage["transcript"])
            if name in names:
                key = (name, passage["text"].strip())
                seen.setdefault(key, []).append(sorted(passage["themes"]))
        problems = []
        for key, themes in sorted(self.model.items()):
            if key[0] not in names:
                continue
            self.checked += 1
            found = seen.pop(key, [])
            if not found:
                self.lost += 1
                problems.append("lost %r" % (key,))
                continue
            if len(found) > 1:
                self.doubled += len(found) - 1
                problems.append("doubled %r x%d" % (key, len(found)))
            if found[0] != sorted(themes):
                self.wrong += 1
                problems.append("%r has %r, not %r" % (key, found[0], sorted(themes)))
        for key in seen:
            self.unexpected += 1
            problems.append("unexpected %r" % (key,))
        if problems:
            self.log("%s: %s" % (where, "; ".join(problems)))

    def check_document(self, name, document):
        self.compare(json.loads(self.dispatch(document, "Passages", Interactive=False)), {name},
                     "reopened %s" % name)

    def check_project(self):
        document = self.office.new_document("swriter", hidden=True)
        try:
            listed = json.loads(self.dispatch(document, "Passages", Interactive=False, Scope="Project"))
        finally:
            document.close(True)
        self.compare(listed, set(TRANSCRIPTS), "project")

    # -- one cycle ----------------------------------------------------------------------------
    def cycle(self, number):
        documents = {name: self.office.load(self.path(name), hidden=True) for name in TRANSCRIPTS}
        try:
            for name, document in documents.items():
                self.check_document(name, document)  # reopened: as saved and closed by the cycle before
                second = self.quotes[name][1]
                key = (name, second)
                self.select(document, second)
                self.dispatch(document, "TagSelection", Themes=CYCLE)
                self.model.setdefault(key, set()).add(CYCLE)
                self.select(document, second)
                self.dispatch(document, "Untag", Interactive=False)
                del self.model[key]
                self.select(document, second)
                self.dispatch(document, "TagSelection", Themes="%s;%s" % (CYCLE, NAMES[self.current]))
                self.model[key] = {CYCLE, NAMES[self.current]}
                if number % 2:
                    self.select(document, second)
                    self.dispatch(document, "Untag", Themes=CYCLE)
                    self.model[key] = {NAMES[self.current]}
                document.store()
            target = 1 - self.current
            self.dispatch(next(iter(documents.values())), "Themes", Action="Rename", Name=NAMES[self.current],
                          NewName=NAMES[target])
            for themes in self.model.values():
                if NAMES[self.current] in themes:
                    themes.discard(NAMES[self.current])
                    themes.add(NAMES[target])
            self.current = target
        finally:
            for document in documents.values():
                try:
                    document.close(True)
                except Exception:
                    pass
        self.check_project()

    def leftovers(self):
        """Temporaries of saves left in the project folder."""
        return [name for name in os.listdir(self.folder) if ".tmp" in name]

    def counts(self):
        return {"checked": self.checked, "lost": self.lost, "doubled": self.doubled, "wrong": self.wrong,
                "unexpected": self.unexpected}

    def clean(self):
        return not (self.lost or self.doubled or self.wrong or self.unexpected)


def soak(office, folder, cycles, log=print):
    """Runs `cycles` cycles in `office` on a copy of the demo project made in `folder`; returns the Soak (its counts)
    and the memory figures {start, end} in kB."""
    soak = Soak(office, folder, log)
    soak.prepare()
    memory = {"start": rss_kb(office.process.pid)}
    started = time.monotonic()
    for number in range(cycles):
        soak.cycle(number)
        if number + 1 == WARM:
            memory["warm"] = rss_kb(office.process.pid)
        if (number + 1) % 10 == 0 or number + 1 == cycles:
            log("cycle %d: %d passages checked, lost %d, doubled %d, wrong %d, unexpected %d, RSS %d MB (%.1f s a cycle)"
                % (number + 1, soak.checked, soak.lost, soak.doubled, soak.wrong, soak.unexpected,
                   rss_kb(office.process.pid) // 1024, (time.monotonic() - started) / (number + 1)))
    memory["end"] = rss_kb(office.process.pid)
    return soak, memory


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oxt", default=os.environ.get("ETS_OXT", os.path.join(ROOT, "build", "ets-workbench.oxt")))
    parser.add_argument("--cycles", type=int, default=500)
    options = parser.parse_args()
    work = tempfile.mkdtemp(prefix="ets-soak-")
    office = Office(oxt=options.oxt, headless=True)
    try:
        office.start()
        result, memory = soak(office, os.path.join(work, "projet"), options.cycles, lambda line: print(line, flush=True))
        leftovers = result.leftovers()
    finally:
        office.stop()
        shutil.rmtree(work, ignore_errors=True)
    warm = ", %d MB after %d cycles (%+d MB since)" % (memory["warm"] // 1024, WARM,
                                                        (memory["end"] - memory["warm"]) // 1024) \
        if "warm" in memory else ""
    print("soak: cycles %d, passages checked %d, lost %d, doubled %d, wrong themes %d, unexpected %d, "
          "temporaries left %d; soffice RSS %d MB at the start, %d MB at the end (%+d MB)%s"
          % (options.cycles, result.checked, result.lost, result.doubled, result.wrong, result.unexpected,
             len(leftovers), memory["start"] // 1024, memory["end"] // 1024,
             (memory["end"] - memory["start"]) // 1024, warm))
    return 0 if result.clean() and not leftovers else 1


if __name__ == "__main__":
    sys.exit(main())
