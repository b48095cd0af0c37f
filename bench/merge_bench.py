"""Merge figures of issue 14 for the whole command in LibreOffice (prints, judges nothing).

The generated project of build/bench/ets_bench_refi (20 transcripts of 150 paragraphs, 2,000 passages by two
coders, 40 themes) is imported into an empty project with vnd.ets:ImportQdpx (20 Writer transcripts made, tagged and
saved). A second coder's version of it is then made: the same passages under another coder's name, each source's
text edited at its start ("[Relu] " added, so that every passage must be found again by aligning the texts rather
than by its offsets). vnd.ets:MergeCoding of that file brings the 2,000 passages into the 20 transcripts (each opened
hidden, aligned, tagged, saved), then runs again (nothing new: each transcript opened, aligned, left unsaved). Both
merges are printed beside the import of the same project, in one run.

    /usr/bin/python3 bench/merge_bench.py --oxt build/ets-workbench.oxt
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "[Relu] "


def second_coder_version(source, target):
    """The same project coded by someone else: users renamed, every text source starting with PREFIX."""
    with zipfile.ZipFile(source) as z:
        entries = {name: z.read(name) for name in z.namelist()}
    qde = entries["project.qde"].decode("utf-8")
    qde = re.sub(r'(<User\b[^>]*\bname=")([^"]*)"', lambda m: m.group(1) + "Yasmine " + m.group(2) + '"', qde)
    shift = len(PREFIX)
    qde = re.sub(r'\b(startPosition|endPosition)="(\d+)"', lambda m: '%s="%d"' % (m.group(1), int(m.group(2)) + shift),
                 qde)
    entries["project.qde"] = qde.encode("utf-8")
    for name in entries:
        if name.startswith("sources/") and name.endswith(".txt"):
            text = entries[name].decode("utf-8-sig")
            entries[name] = (PREFIX + text).encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "ets-workbench.oxt"))
    parser.add_argument("--bench", default=os.path.join(ROOT, "build", "bench", "ets_bench_refi"))
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    os.environ["ETS_OXT"] = os.path.abspath(args.oxt)
    sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
    from ets_office import Office, named

    work = tempfile.mkdtemp(prefix="ets-bench-merge-")
    try:
        source = os.path.join(work, "genere.qdpx")
        subprocess.run([args.bench, "--write", source], check=True, capture_output=True, text=True)
        second = os.path.join(work, "deuxieme-codeur.qdpx")
        second_coder_version(source, second)
        imports, merges, agains = [], [], []
        summary = None
        with Office(oxt=args.oxt, headless=True) as office:
            service = office.automation()
            for run in range(args.runs):
                folder = os.path.join(work, "projet-%d" % run)
                result = service.openProject(folder, True, "Banc", "Claire V.")
                assert result.Success, result.Message
                start = time.perf_counter()
                result = service.execute("ImportQdpx", named(File=source))
                imports.append((time.perf_counter() - start) * 1000)
                assert result.Success, result.Message
                start = time.perf_counter()
                result = service.execute("MergeCoding", named(From=second))
                merges.append((time.perf_counter() - start) * 1000)
                assert result.Success, result.Message
                summary = json.loads(result.Message)
                start = time.perf_counter()
                result = service.execute("MergeCoding", named(From=second))
                agains.append((time.perf_counter() - start) * 1000)
                assert result.Success, result.Message
                again = json.loads(result.Message)
                assert all(c["added"] == 0 and c["completed"] == 0 for c in again["coders"]), again["coders"]
        added = sum(c["added"] for c in summary["coders"])
        lost = sum(len(c["notFound"]) for c in summary["coders"])
        print("Merge of a second coder's %d transcripts (%d passages added, %d not found), best of %d, one soffice:"
              % (len(summary["transcripts"]), added, lost, args.runs))
        print("  vnd.ets:ImportQdpx of the same project   %9.0f ms" % min(imports))
        print("  vnd.ets:MergeCoding (all new)            %9.0f ms   ratio to import %.2f"
              % (min(merges), min(merges) / min(imports)))
        print("  vnd.ets:MergeCoding again (nothing new)  %9.0f ms   ratio to import %.2f"
              % (min(agains), min(agains) / min(imports)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
