"""Issue 6: REFI-QDA exchange. The demo project (tagged as the demo pipeline tags it, plus a transcript with
emoji) is exported as .qdpx, validated against the QDA-XML schema, and imported into an empty project: the same
themes (and hierarchy), organisations, interview cards and passages (same themes on the same text, read back
through the Writer API after reloading the saved transcripts). The real ATLAS.ti and NVivo exports import with
a truthful summary, and a hostile file changes nothing."""

import json
import os
import shutil
import subprocess
import sys
import unittest
import zipfile

from ets_fixture import OfficeTestCase, close_document, file_url, named  # first: it gives UNO the extension's types

import uno  # noqa: E402,F401

ROOT = os.environ.get("ETS_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "tests", "data", "refi")
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from run_demo import copy_demo_project, tag_demo_passages  # noqa: E402

EMOJI_QUOTE = "le loyer \U0001F3E0 mange tout, m\u00eame les \U0001F35E"
EMOJI_LINE = "Elle a dit \U0001F600 : \u00ab " + EMOJI_QUOTE + " \u00bb, puis elle est partie."


def project_json(folder):
    with open(os.path.join(folder, "ets-project.json"), encoding="utf-8") as f:
        return json.load(f)


def themes_tree(project):
    """{theme name: (parent name, description, colour)}."""
    by_id = {t["id"]: t for t in project["themes"]}
    return {t["name"]: (by_id[t["parentId"]]["name"] if t.get("parentId") else "", t.get("description", ""),
                        t.get("colour", "")) for t in project["themes"]}


def organisations(project):
    fields = ("kind", "sector", "commune", "contact", "referent", "role", "status", "notes")
    return {o["name"]: tuple(o.get(f, "") for f in fields) for o in project["organisations"]}


def interview_cards(project):
    """Every interview's organisation and card fields, sorted."""
    names = {o["id"]: o["name"] for o in project["organisations"]}
    fields = ("date", "durationMinutes", "interviewers", "participants", "place", "consent", "status")
    return sorted((names.get(i.get("organisationId", ""), ""),) + tuple(json.dumps(i.get(f)) for f in fields)
                  for i in project["interviews"])


def folder_state(folder):
    state = {}
    for base, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(base, name)
            with open(path, "rb") as f:
                state[os.path.relpath(path, folder)] = f.read()
    return state


class RefiTest(OfficeTestCase):

    def setUp(self):
        super().setUp()
        self.service = self.office.automation()

    # -- helpers ----------------------------------------------------------------------------
    def open_project(self, folder, create):
        result = self.service.openProject(folder, create, "Import" if create else "", "Claire V.")
        self.assertTrue(result.Success, result.Message)

    def run_command(self, command, **arguments):
        result = self.service.execute(command, named(**arguments))
        return result.Success, result.Message

    def add_emoji_transcript(self, project):
        """A transcript whose passage comes after characters outside the BMP (two UTF-16 units each)."""
        holder = self.writer(hidden=True)
        ok, path = self.dispatch(holder, "NewTranscript", Organisation="Maison médicale Le Sureau", Date="2026-11-26",
                                 File="emoji.odt", Hidden=True)
        self.assertTrue(ok, path)
        # NewTranscript leaves its hidden document open: close it, so that the file is the only copy.
        components = self.office.create("com.sun.star.frame.Desktop").getComponents().createEnumeration()
        while components.hasMoreElements():
            component = components.nextElement()
            if component.getURL() == file_url(path):
                close_document(component)
        document = self.office.load(path, hidden=True)
        self.addCleanup(close_document, document)
        text = document.getText()
        text.insertControlCharacter(text.getEnd(), 0, False)  # PARAGRAPH_BREAK
        text.insertString(text.getEnd(), EMOJI_LINE, False)
        search = document.createSearchDescriptor()
        search.SearchString = EMOJI_QUOTE
        document.getCurrentController().select(document.findFirst(search))
        ok, anchor = self.dispatch(document, "TagSelection", Themes="Logement", Memo="emoji 😀")
        self.assertTrue(ok, anchor)
        document.store()
        close_document(document)
        return path

    def passages_in(self, folder):
        """{(transcript text around, frozenset of theme names, passage text, memo)} read through the Writer API."""
        found = set()
        for name in sorted(os.listdir(os.path.join(folder, "transcripts"))):
            document = self.office.load(os.path.join(folder, "transcripts", name), hidden=True)
            try:
                properties = document.getDocumentProperties().getUserDefinedProperties()
                info = properties.getPropertySetInfo()
                tags = json.loads(properties.getPropertyValue("ETS.Tags")) if info.hasPropertyByName("ETS.Tags") else {}
                bookmarks = document.getBookmarks()
                for record in tags.get("tags", []):
                    text = bookmarks.getByName(record["anchor"]).getAnchor().getString()
                    found.add((frozenset(t["name"] for t in record["themes"]), text, record.get("memo", "")))
            finally:
                close_document(document)
        return found

    # -- tests ------------------------------------------------------------------------------
    def test_round_trip_of_the_demo_project(self):
        source = copy_demo_project(os.path.join(self.tmp, "demo"))
        self.open_project(source, False)
        self.assertGreater(tag_demo_passages(self.office, source), 30)
        self.add_emoji_transcript(source)
        exported = os.path.join(self.tmp, "demo.qdpx")
        ok, message = self.run_command("ExportQdpx", File=exported)
        self.assertTrue(ok, message)
        self.assertIn("demo.qdpx", message)

        # Exactly project.qde and sources/, and the schema's validator finds no error.
        with zipfile.ZipFile(exported) as archive:
            names = archive.namelist()
            self.assertEqual(names[0], "project.qde")
            self.assertTrue(all(n == "project.qde" or n.startswith("sources/") for n in names), names)
            qde = archive.read("project.qde")
            sources = {n[len("sources/"):]: archive.read(n).decode("utf-8") for n in names if n.startswith("sources/") and n != "sources/"}
        qde_path = os.path.join(self.tmp, "project.qde")
        with open(qde_path, "wb") as f:
            f.write(qde)
        check = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(DATA, "Project.xsd"), qde_path],
                               capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stderr)
        # The emoji passage's positions count code points: Python slices the same way.
        emoji_text = next((t for t in sources.values() if EMOJI_QUOTE in t), None)
        self.assertIsNotNone(emoji_text, [t[-300:] for t in sources.values()])
        self.assertFalse(emoji_text.startswith("\ufeff"))
        self.assertNotIn("\r", emoji_text)
        start = emoji_text.index(EMOJI_QUOTE)
        self.assertIn('startPosition="%d" endPosition="%d"' % (start, start + len(EMOJI_QUOTE)), qde.decode("utf-8"))

        # Into an empty project.
        target = os.path.join(self.tmp, "vide")
        self.open_project(target, True)
        ok, summary = self.run_command("ImportQdpx", File=exported)
        self.assertTrue(ok, summary)
        before, after = project_json(source), project_json(target)
        self.assertIn("%d ajout" % len(before["themes"]), summary)
        self.assertEqual(themes_tree(after), themes_tree(before))
        self.assertEqual(organisations(after), organisations(before))
        self.assertEqual(interview_cards(after), interview_cards(before))
        self.assertEqual(len(after["interviews"]), len(before["interviews"]))
        expected = self.passages_in(source)
        self.assertGreater(len(expected), 30)
        self.assertEqual(self.passages_in(target), expected)
        self.assertIn((frozenset({"Logement"}), EMOJI_QUOTE, "emoji 😀"), expected)

        # Imported again into itself: everything is found by name, new transcripts only.
        ok, again = self.run_command("ImportQdpx", File=exported)
        self.assertTrue(ok, again)
        self.assertIn("Thèmes\u00a0: 0 ajouté, %d déjà" % len(before["themes"]), again)

    def test_codebook_round_trip(self):
        source = copy_demo_project(os.path.join(self.tmp, "demo"))
        self.open_project(source, False)
        codebook = os.path.join(self.tmp, "grille")
        ok, message = self.run_command("ExportQdc", File=codebook)
        self.assertTrue(ok, message)
        check = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(DATA, "Codebook.xsd"), codebook + ".qdc"],
                               capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stderr)
        target = os.path.join(self.tmp, "vide")
        self.open_project(target, True)
        ok, summary = self.run_command("ImportQdc", File=codebook + ".qdc")
        self.assertTrue(ok, summary)
        self.assertEqual(themes_tree(project_json(target)), themes_tree(project_json(source)))

    def test_real_exports_of_other_tools(self):
        target = os.path.join(self.tmp, "autres")
        self.open_project(target, True)
        ok, summary = self.run_command("ImportQdpx", File=os.path.join(DATA, "atlasti84_TestProject.qdpx"))
        self.assertTrue(ok, summary)
        self.assertIn("\u2022 Thèmes\u00a0: 14 ajoutés", summary)  # the bullet too: no mojibake
        self.assertIn("Transcriptions\u00a0: 0 créée", summary)
        self.assertIn("6 sources texte dont le fichier manque", summary)
        self.assertIn("2 sources PDF", summary)
        self.assertIn("2 sources vidéo", summary)
        self.assertEqual(len(project_json(target)["themes"]), 14)
        ok, summary = self.run_command("ImportQdpx", File=os.path.join(DATA, "nvivo15_codebook_project.qdpx"))
        self.assertTrue(ok, summary)
        self.assertIn("2 sources texte vides", summary)
        themes = themes_tree(project_json(target))
        self.assertEqual(themes["programming"][0], "competencies")

    def test_hostile_files_change_nothing(self):
        target = os.path.join(self.tmp, "cible")
        self.open_project(target, True)
        before = folder_state(target)
        slip = os.path.join(self.tmp, "slip.qdpx")
        with zipfile.ZipFile(slip, "w") as archive:
            archive.writestr("project.qde", '<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>')
            archive.writestr("../../evil.txt", "x")
        xxe = os.path.join(self.tmp, "xxe.qdpx")
        with zipfile.ZipFile(xxe, "w") as archive:
            archive.writestr("project.qde", '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                            '<Project name="&x;"/>')
        cut = os.path.join(self.tmp, "cut.qdpx")
        with open(os.path.join(DATA, "nvivo15_codebook_project.qdpx"), "rb") as f:
            data = f.read()
        with open(cut, "wb") as f:
            f.write(data[: len(data) // 2])
        for path, words in ((slip, "chemin dangereux"), (xxe, "DOCTYPE"), (cut, "archive .qdpx lisible")):
            ok, message = self.run_command("ImportQdpx", File=path)
            self.assertFalse(ok, path)
            self.assertIn(words, message)
        self.assertEqual(folder_state(target), before)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "evil.txt")))


if __name__ == "__main__":
    unittest.main()
