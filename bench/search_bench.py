"""SearchAndTag figures of issue 15 (prints, judges nothing), on a generated project of 20 closed transcripts of
20,000 words with 2,000 passages (the tally bench's project):

 1. vnd.ets:SearchAndTag's search (no Themes: hits counted and 500 listed as JSON) over the 20 transcripts, read from
    their files without LibreOffice: words with accents and case folded, a regular expression grown to sentences, one
    letter (target: <= 1 s each);
 2. against grep over the same text extracted to files (reported only: grep neither folds accents nor reads ODF);
 3. tagging every hit of one closed transcript (reported).

    /usr/bin/python3 bench/search_bench.py --oxt build/ets-workbench.oxt
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
from tally_bench import generate_transcripts  # noqa: E402  (the same generated transcripts)

QUERIES = (("words, folded", {"Query": "equipe"}),
           ("regex, sentences", {"Query": r"d[ée]marches?\s+\w+", "Regex": True, "Unit": "Sentence"}),
           ("whole word, case", {"Query": "CPAS", "WholeWord": True, "MatchCase": True}),
           ("one letter", {"Query": "e"}))


def plain_text(path):
    """The paragraphs of an .odt as text lines: what grep is given."""
    with zipfile.ZipFile(path) as odt:
        content = odt.read("content.xml").decode("utf-8")
    # The comments beside the passages hold paragraphs of their own: out first.
    content = re.sub(r"<office:annotation(?:\s[^>]*)?>.*?</office:annotation>", "", content, flags=re.S)
    paragraphs = re.findall(r"<text:p[^>]*>(.*?)</text:p>", content, re.S)
    return "\n".join(re.sub(r"<[^>]+>", "", p) for p in paragraphs)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "ets-workbench.oxt"))
    parser.add_argument("--transcripts", type=int, default=20)
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--passages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ["ETS_OXT"] = os.path.abspath(args.oxt)
    sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
    from ets_office import Office

    work = tempfile.mkdtemp(prefix="ets-bench-search-")
    try:
        with Office(oxt=args.oxt, headless=True) as office:
            project = os.path.join(work, "projet")
            assert office.automation().openProject(project, True, "Banc d'essai", "Claire").Success
            started = time.perf_counter()
            paths = generate_transcripts(office, project, args.transcripts, args.words, args.passages)
            per = args.passages // args.transcripts
            print("generated %d transcripts of %d words, %d passages in %.0f s"
                  % (args.transcripts, args.words, per * args.transcripts, time.perf_counter() - started))

            texts = os.path.join(work, "texts")
            os.makedirs(texts)
            for path in paths:
                with open(os.path.join(texts, os.path.basename(path) + ".txt"), "w", encoding="utf-8") as f:
                    f.write(plain_text(path))
            files = sorted(os.path.join(texts, name) for name in os.listdir(texts))

            sheet = office.new_document("swriter", hidden=True)
            frame = sheet.getCurrentController().getFrame()
            print("\n1. vnd.ets:SearchAndTag, search only, over %d closed transcripts (median of %d)"
                  % (len(paths), args.runs))
            for label, arguments in QUERIES:
                times = []
                for _ in range(args.runs):
                    started = time.perf_counter()
                    ok, result = office.dispatch(frame, "SearchAndTag", **arguments)
                    times.append(time.perf_counter() - started)
                    assert ok, result
                found = json.loads(result)
                print("   %-18s %7.3f s  %6d hits  (target <= 1 s)" % (label, statistics.median(times), found["count"]))
            grep = []
            for _ in range(args.runs):
                started = time.perf_counter()
                done = subprocess.run(["grep", "-o", "-i", "équipe"] + files, capture_output=True)
                grep.append(time.perf_counter() - started)
            hits = done.stdout.count(b"\n")
            print("\n2. grep -o -i 'équipe' over the same text extracted to files: %.3f s, %d hits" % (
                statistics.median(grep), hits))
            # Tagging every hit of one closed transcript (opened hidden, tagged, saved), confirmed with Force.
            started = time.perf_counter()
            ok, result = office.dispatch(frame, "SearchAndTag", Query="rendez-vous", Themes="Banc",
                                         Transcripts=os.path.basename(paths[0]), Force=True)
            tagging = time.perf_counter() - started
            assert ok, result
            tagged = json.loads(result)
            print("\n3. tagging the %d hits of « rendez-vous » in one closed transcript of %d words with %d passages"
                  % (tagged["count"], args.words, per))
            print("   vnd.ets:SearchAndTag + Themes  %7.2f s  (%.1f ms a passage)" % (tagging, 1000 * tagging / max(tagged["count"], 1)))
            sheet.close(True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
