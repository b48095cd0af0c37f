"""Merge figures of issue 14 for the whole command in LibreOffice (prints, judges nothing).

The generated project of build/bench/ets_bench_refi (20 transcripts of 150 paragraphs, 2,000 passages by two
coders, 40 themes) is imported into an empty project with vnd.ets:ImportQdpx (20 Writer transcripts made, tagged and
saved). A second coder's version of it is then made: the same passages under another coder's name, each source's
text edited at its start ("[Relu] " added, so that every passage must be found again by aligning the texts rather
than by its offsets). Made from our own export, its sources are named as our transcripts (the usual case: the second
coder worked on a copy of the project); made from the generated file, they are not, and each is matched to our
transcript by its text (all 20 read first). vnd.ets:MergeCoding of that file brings the 2,000 passages into the 20
transcripts (each opened hidden, aligned, tagged, saved), then runs again (nothing new). Every merge is printed
beside the import of the same project, in one run.

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
    parser.add_argument("--runs", type=int, default=1)
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
        imports = []
        figures = {}  # variant → (merges, agains, summary)
        with Office(oxt=args.oxt, headless=True) as office:
            service = office.automation()
            for run in range(args.runs):
                for variant in ("named", "by-text"):
                    folder = os.path.join(work, "projet-%d-%s" % (run, variant))
                    result = service.openProject(folder, True, "Banc", "Claire V.")
                    assert result.Success, result.Message
                    start = time.perf_counter()
                    result = service.execute("ImportQdpx", named(File=source))
                    imports.append((time.perf_counter() - start) * 1000)
                    assert result.Success, result.Message
                    if variant == "named":
                        # The usual case: the second coder exports a copy of our project, its sources named as ours.
                        exported = os.path.join(work, "export-%d.qdpx" % run)
                        result = service.execute("ExportQdpx", named(File=exported))
                        assert result.Success, result.Message
                        theirs = os.path.join(work, "deuxieme-codeur-%d.qdpx" % run)
                        second_coder_version(exported, theirs)
                    else:
                        theirs = second  # sources named otherwise: each transcript found by its text
                    merges, agains, _ = figures.setdefault(variant, ([], [], None))
                    start = time.perf_counter()
                    result = service.execute("MergeCoding", named(From=theirs))
                    merges.append((time.perf_counter() - start) * 1000)
                    assert result.Success, result.Message
                    summary = json.loads(result.Message)
                    start = time.perf_counter()
                    result = service.execute("MergeCoding", named(From=theirs))
                    agains.append((time.perf_counter() - start) * 1000)
                    assert result.Success, result.Message
                    again = json.loads(result.Message)
                    assert all(c["added"] == 0 and c["completed"] == 0 for c in again["coders"]), again["coders"]
                    figures[variant] = (merges, agains, summary)
        best_import = min(imports)
        print("Merge of a second coder's 20 transcripts, best of %d, one soffice:" % args.runs)
        print("  vnd.ets:ImportQdpx of the same project              %9.0f ms" % best_import)
        for variant, label in (("named", "sources named as ours"), ("by-text", "sources found by their text")):
            merges, agains, summary = figures[variant]
            added = sum(c["added"] for c in summary["coders"])
            lost = sum(len(c["notFound"]) for c in summary["coders"])
            print("  vnd.ets:MergeCoding, %-27s %9.0f ms   ratio to import %.2f   (%d transcripts, %d passages "
                  "added, %d not found)" % (label, min(merges), min(merges) / best_import, len(summary["transcripts"]),
                                            added, lost))
            print("  vnd.ets:MergeCoding again, nothing new            %9.0f ms   ratio to import %.2f"
                  % (min(agains), min(agains) / best_import))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
