"""Issue 15, item 4: closed transcripts read without LibreOffice (core/coding/odt_transcript) give what Writer gives for
the same files, character for character: tags, passages (bookmarks, their text and the text before them), plain text
with each passage's place in UTF-16 units. Over every demo transcript tagged with the demo's passages, one of them
given what a person's transcript holds besides (passages over two paragraphs, overlapping, at a paragraph's start,
over a tab, a line break, runs of spaces, an emoji, a soft hyphen, a no-break space; an author's own bookmark), and
through the product: the passages list of the project read from closed files equals the one read from open ones."""

import json
import os
import re
import shutil
import subprocess
import time
import unittest

from ets_fixture import OfficeTestCase, close_document  # first: it gives UNO the extension's types

import uno  # noqa: E402,F401
from com.sun.star.text.ControlCharacter import LINE_BREAK, PARAGRAPH_BREAK  # noqa: E402

from demo_project import copy_demo, open_project, tag_demo_passages  # noqa: E402

READER = os.environ.get("ETS_READ_ODT", "")
ANCHOR = re.compile(r"ETS_[0-9a-f]{12}")
EXTRA = "ssm-entre-deux.odt"  # the demo transcript given more to read


def utf16(text):
    return len(text.encode("utf-16-le")) // 2


def core_reads(paths):
    """What the core reads of each file, by the test tool (tests/integration/tools/read_odt_transcript.cpp)."""
    output = subprocess.run([READER] + list(paths), check=True, capture_output=True, timeout=120).stdout
    return json.loads(output.decode("utf-8"))


def writer_records(document):
    properties = document.getDocumentProperties().getUserDefinedProperties()
    if not properties.getPropertySetInfo().hasPropertyByName("ETS.Tags"):
        return []
    records = []
    for tag in json.loads(properties.getPropertyValue("ETS.Tags")).get("tags", []):
        themes = [{"id": "", "name": t} if isinstance(t, str) else {"id": t.get("id", ""), "name": t.get("name", "")}
                  for t in tag.get("themes", [])]
        records.append({"anchor": tag.get("anchor", ""), "themes": themes, "memo": tag.get("memo", ""),
                        "coder": tag.get("coder", ""), "created": tag.get("created", "")})
    return records


def writer_anchors(document):
    """Each ETS bookmark's text and the text before it, as WriterTranscript::anchors reads them."""
    found = {}
    bookmarks = document.getBookmarks()
    for i in range(bookmarks.getCount()):
        bookmark = bookmarks.getByIndex(i)
        if not ANCHOR.match(bookmark.getName()):
            continue
        marked = bookmark.getAnchor()
        cursor = marked.getText().createTextCursorByRange(marked.getStart())
        cursor.gotoStartOfParagraph(True)
        paragraph = cursor.getString()
        cursor.collapseToStart()
        previous = ""
        if cursor.gotoPreviousParagraph(False):
            cursor.gotoEndOfParagraph(True)
            previous = cursor.getString()
        found[bookmark.getName()] = {"text": marked.getString(), "paragraph": paragraph, "previous": previous}
    return found


def writer_plain(document):
    """The body's text and each ETS bookmark's place in it, as readPlainText (uno/writer/plain_text.cpp) walks it."""
    parts, starts, spans, length, first = [], {}, {}, 0, True
    paragraphs = document.getText().createEnumeration()
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if not paragraph.supportsService("com.sun.star.text.Paragraph"):
            continue
        if not first:
            parts.append("\n")
            length += 1
        first = False
        portions = paragraph.createEnumeration()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            if portion.TextPortionType != "Bookmark":
                text = portion.getString()
                parts.append(text)
                length += utf16(text)
                continue
            name = portion.Bookmark.getName()
            if not ANCHOR.match(name):
                continue
            if portion.IsStart:
                starts[name] = length
            if (not portion.IsStart or portion.IsCollapsed) and name in starts:
                spans[name] = [starts[name], length]
    return "".join(parts), spans


class OdtReaderTest(OfficeTestCase):

    @classmethod
    def setUpClass(cls):
        if not READER or not os.path.exists(READER):
            raise unittest.SkipTest("ETS_READ_ODT does not name the built reader tool; run through ctest")
        super().setUpClass()

    def setUp(self):
        super().setUp()
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.folder = copy_demo(os.path.join(self.tmp, "demo"))
        open_project(self.office, self.folder)
        tag_demo_passages(self.office, self.folder, before_saving=self.give_more)
        self.files = sorted(os.path.join(self.folder, "transcripts", name)
                            for name in os.listdir(os.path.join(self.folder, "transcripts")))

    # -- a person's transcript: what the demo's single-paragraph quotes do not have ------------------------------------
    def give_more(self, name, frame):
        if name != EXTRA:
            return
        document = frame.getController().getModel()
        text = document.getText()
        end = text.getEnd()
        text.insertControlCharacter(end, PARAGRAPH_BREAK, False)
        text.insertString(text.getEnd(), "Samir :   Et   après ?\tUn onglet, puis à la ligne", False)
        text.insertControlCharacter(text.getEnd(), LINE_BREAK, False)
        text.insertString(text.getEnd(), "😀 « émoji » l’apos\u00adtrophe\u00a0: fin.", False)
        text.insertControlCharacter(text.getEnd(), PARAGRAPH_BREAK, False)
        text.insertString(text.getEnd(), "Directrice : Deuxième paragraphe 𝄞 et sa suite.", False)
        mine = document.createInstance("com.sun.star.text.Bookmark")
        mine.setName("Repère de l’autrice")
        text.insertTextContent(self.find(document, "Deuxième").getStart(), mine, False)

        def tag(start, end, themes):
            cursor = text.createTextCursorByRange(self.find(document, start).getStart())
            cursor.gotoRange(self.find(document, end).getEnd(), True)
            document.getCurrentController().select(cursor)
            ok, message = self.office.dispatch(frame, "TagSelection", Themes=themes, Memo="mémo\u00a0!")
            self.assertTrue(ok, message)

        # A footnote, a field, a frame and hidden text in the running text.
        text.insertControlCharacter(text.getEnd(), PARAGRAPH_BREAK, False)
        text.insertString(text.getEnd(), "Samir : Avec une note", False)
        note = document.createInstance("com.sun.star.text.Footnote")
        text.insertTextContent(text.getEnd(), note, False)
        note.getText().setString("Le texte de la note.")
        text.insertString(text.getEnd(), ", un champ ", False)
        field = document.createInstance("com.sun.star.text.textfield.DateTime")
        field.IsFixed = True
        text.insertTextContent(text.getEnd(), field, False)
        text.insertString(text.getEnd(), " et un cadre ", False)
        frame_ = document.createInstance("com.sun.star.text.TextFrame")
        frame_.AnchorType = uno.Enum("com.sun.star.text.TextContentAnchorType", "AS_CHARACTER")
        text.insertTextContent(text.getEnd(), frame_, False)
        frame_.getText().setString("Dans le cadre")
        text.insertString(text.getEnd(), " puis", False)
        hidden = text.createTextCursorByRange(text.getEnd())
        text.insertString(hidden, " caché", True)
        hidden.CharHidden = True
        text.insertString(text.getEnd(), " la fin.", False)
        tag("Avec une note", "la fin.", "Crise du logement")
        tag("Et   après", "émoji »", "Crise du logement")                       # two lines, a tab, runs of spaces
        tag("onglet", "paragraphe 𝄞", "Fracture numérique")            # over two paragraphs, an emoji, a line break
        tag("Samir", "Samir", "Non-recours aux droits")                 # a paragraph's start
        tag("l’apos", "sa suite.", "Crise du logement; Non-recours aux droits")  # a soft hyphen; overlapping

    @staticmethod
    def find(document, words):
        search = document.createSearchDescriptor()
        search.SearchString = words
        found = document.findFirst(search)
        assert found is not None, words
        return found

    # -- the tests ------------------------------------------------------------------------------------------------------
    def test_the_core_reads_each_transcript_as_writer_gives_it(self):
        read = core_reads(self.files)
        self.assertEqual(len(read), 8)
        compared = 0
        for path, core in zip(self.files, read):
            name = os.path.basename(path)
            self.assertFalse(core["fallback"], name)
            document = self.office.load(path, hidden=True)
            try:
                self.assertEqual(core["records"], writer_records(document), name)
                anchors = {a["anchor"]: {"text": a["text"], "paragraph": a["paragraph"], "previous": a["previous"]}
                           for a in core["anchors"]}
                writer = writer_anchors(document)
                self.assertEqual(sorted(anchors), sorted(writer), name)
                for anchor, expected in writer.items():
                    self.assertEqual(anchors[anchor], expected, (name, anchor))
                text, spans = writer_plain(document)
                self.assertEqual(core["plain"]["text"], text, name)
                self.assertEqual({s["anchor"]: [s["start"], s["end"]] for s in core["plain"]["spans"]}, spans, name)
                properties = document.getDocumentProperties().getUserDefinedProperties()
                self.assertEqual(core["interviewId"], properties.getPropertyValue("ETS.InterviewId"), name)
                compared += len(writer)
            finally:
                close_document(document)
        self.assertGreaterEqual(compared, 108 + 5)  # every demo passage and the five more

    def test_the_passages_of_closed_transcripts_are_those_of_open_ones(self):
        holder = self.office.new_document("swriter", hidden=True)
        self.addCleanup(close_document, holder)
        frame = holder.getCurrentController().getFrame()
        # Open: the index is read from the documents in Writer.
        opened = [self.office.load(path, hidden=True) for path in self.files]
        try:
            ok, from_writer = self.office.dispatch(frame, "Passages", Scope="Project", Interactive=False)
            self.assertTrue(ok, from_writer)
        finally:
            for document in opened:
                close_document(document)
        # Closed, each file newer than the index knows: every transcript read again, from its zip.
        stamp = time.time() + 120
        for path in self.files:
            os.utime(path, (stamp, stamp))
        ok, from_files = self.office.dispatch(frame, "Passages", Scope="Project", Interactive=False)
        self.assertTrue(ok, from_files)

        def key(passage):
            return passage["transcript"], passage["anchor"]
        writer, core = sorted(json.loads(from_writer), key=key), sorted(json.loads(from_files), key=key)
        self.assertGreaterEqual(len(core), 108 + 5)
        self.assertEqual(core, writer)

    def test_a_transcript_the_core_refuses_is_loaded_in_libreoffice_and_said(self):
        name = "amo-cerf-volant.odt"
        path = os.path.join(self.folder, "transcripts", name)
        document = self.office.load(path, hidden=True)
        try:
            document.RecordChanges = True  # deleted text Writer shows and the zip's body does not hold
            document.getText().insertString(document.getText().getStart(), "Ajouté en suivi. ", False)
            document.store()
        finally:
            close_document(document)
        self.assertTrue(core_reads([path])[0]["fallback"])
        sheet = self.office.new_document("scalc", hidden=True)
        self.addCleanup(close_document, sheet)
        ok, message = self.office.dispatch(sheet.getCurrentController().getFrame(), "TallyThemes", Interactive=False)
        self.assertTrue(ok, message)
        self.assertIn("transcripts/" + name, message)  # the sentence that says LibreOffice had to load it
        ok, listed = self.office.dispatch(sheet.getCurrentController().getFrame(), "Passages", Scope="Project",
                                          Interactive=False)
        self.assertTrue(ok, listed)
        from demo_project import demo_passages
        self.assertEqual(len([p for p in json.loads(listed) if p["transcript"].endswith(name)]),
                         len([p for p in demo_passages() if p["transcript"] == name]))


if __name__ == "__main__":
    unittest.main()
